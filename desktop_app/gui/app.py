"""Start the desktop application."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .. import APP_ID, APP_NAME
from ..resources import resources_dir
from ..services import open_store
from ..storage import StorageError


def create_application(argv=None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    install_translator(app)
    return app


def install_translator(app, locale: Optional[str] = None) -> Optional[QTranslator]:
    """Chinese is the source language; other locales load i18n/<locale>.qm if present."""
    name = locale or QLocale.system().name()
    if name.startswith("zh"):
        return None
    translator = QTranslator(app)
    folder = Path(resources_dir()).parent / "i18n"
    if translator.load(f"town_assessment_desk_{name}", str(folder)) or translator.load(
            f"town_assessment_desk_{name.split('_')[0]}", str(folder)):
        app.installTranslator(translator)
        return translator
    return None


def run(database: Optional[Path] = None, year: Optional[int] = None) -> int:
    app = create_application()
    from .main_window import MainWindow  # after QApplication exists
    from .messenger import Messenger

    try:
        store = open_store(database)
    except StorageError as error:
        Messenger().error(None, error.render(QCoreApplication.translate))
        return 2
    window = MainWindow(store)
    window.start(year)
    window.show()
    return app.exec()
