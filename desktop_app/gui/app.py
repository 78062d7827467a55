"""Start the desktop application."""
from __future__ import annotations

import datetime
import sys
import traceback
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .. import APP_ID, APP_NAME
from ..paths import data_dir
from ..resources import resources_dir
from ..domain.messages import MessageError
from .common.window_lock import open_for_window


def create_application(argv=None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    install_translator(app)
    return app


def install_translator(app, locale: Optional[str] = None) -> Optional[QTranslator]:
    """Chinese is the source language; other locales load i18n/<locale>.qm if present. Qt's own
    texts (OK, Cancel, Close) follow the language the window is shown in."""
    name = locale or QLocale.system().name()
    if name.startswith("zh"):
        _install_qt_texts(app, "zh_CN")
        return None
    translator = QTranslator(app)
    folder = Path(resources_dir()).parent / "i18n"
    if translator.load(f"town_assessment_desk_{name}", str(folder)) or translator.load(
            f"town_assessment_desk_{name.split('_')[0]}", str(folder)):
        app.installTranslator(translator)
        _install_qt_texts(app, name)
        return translator
    _install_qt_texts(app, "zh_CN")  # no translation of ours: the window stays Chinese, so do Qt's buttons
    return None


def _install_qt_texts(app, name: str) -> None:
    translator = QTranslator(app)
    if translator.load(f"qtbase_{name}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(translator)


def run(database: Optional[Path] = None, year: Optional[int] = None) -> int:
    app = create_application()
    from .main_window import MainWindow  # after QApplication exists
    from .common.messenger import Messenger

    try:
        store, lock = open_for_window(database)
    except MessageError as error:
        Messenger().error(None, error.render(QCoreApplication.translate))
        return 2
    from .accounts.signin import sign_in

    if sign_in(store) is None:  # the user closed the sign-in: nothing was opened for them
        store.close()
        lock.unlock()
        return 0
    window = MainWindow(store, window_lock=lock)
    install_error_report(window, Messenger())
    window.start(year)
    window.show()
    window.backup_keeper.start()
    return app.exec()


def install_error_report(parent, messenger, log_path: Optional[Path] = None):
    """An unexpected error inside the window is written to a log file and shown as a
    plain message; the window stays open (every write is one transaction, so nothing
    half-done is kept). Returns the hook, which replaces ``sys.excepthook``."""
    log_path = log_path or data_dir() / "errors.log"

    def report(kind, error, trace) -> None:
        text = "".join(traceback.format_exception(kind, error, trace))
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            with open(log_path, "a", encoding="utf-8") as log:
                log.write(f"--- {datetime.datetime.now().isoformat(timespec='seconds')}\n{text}")
        except OSError:
            pass
        if sys.__stderr__ is not None:  # a windowed Windows build has no console
            sys.__stderr__.write(text)
        messenger.error(parent, QCoreApplication.translate(
            "Application", "程序遇到意外错误，刚才的操作没有完成，已保存的数据不受影响。\n"
                           "错误：{error}\n详细信息已记录在 {log}，请将该文件提供给技术支持。").format(
            error=f"{kind.__name__}: {error}", log=log_path))

    sys.excepthook = report
    return report
