"""Run slow work off the GUI thread with a progress dialog.

The work function must not touch the database connection (SQLite connections
belong to their thread): parse and check files there, write in the GUI thread.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Worker(QObject):
    finished = Signal(object, object)  # result, error
    progress = Signal(int, int)

    def __init__(self, work: Callable):
        super().__init__()
        self.work = work

    def run(self) -> None:
        try:
            result = self.work(lambda done, total: self.progress.emit(done, total))
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread to report
            self.finished.emit(None, error)
        else:
            self.finished.emit(result, None)


def run_in_background(parent: QWidget, label: str, work: Callable):
    """Run ``work(report)`` in a thread, showing progress; return (result, error).

    ``report(done, total)`` moves the bar; without calls it stays a busy indicator.
    """
    dialog = QProgressDialog(label, None, 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Background", "请稍候"))
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    thread = QThread()
    worker = _Worker(work)
    worker.moveToThread(thread)
    outcome: dict = {}
    loop = QEventLoop()

    def finish(result, error):
        outcome["result"], outcome["error"] = result, error
        thread.quit()

    def progress(done, total):
        dialog.setMaximum(total)
        dialog.setValue(done)

    worker.finished.connect(finish)
    worker.progress.connect(progress)
    thread.started.connect(worker.run)
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    return outcome.get("result"), outcome.get("error")
