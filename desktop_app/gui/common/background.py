"""Run slow work off the GUI thread with a progress dialog.

The work function must not touch the database connection (SQLite connections
belong to their thread): parse and check files there, write in the GUI thread.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Worker(QObject):
    finished = Signal(object, object)  # result, error
    progress = Signal(int, int)

    def __init__(self, work: Callable):
        super().__init__()
        self.work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(lambda done, total: self.progress.emit(done, total))
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread to report
            self.finished.emit(None, error)
        else:
            self.finished.emit(result, None)


class _Receiver(QObject):
    """Lives in the GUI thread, so the worker's signals arrive queued, never inside the worker."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop):
        super().__init__()
        self.dialog = dialog
        self.loop = loop
        self.outcome: tuple = (None, None)

    @Slot(object, object)
    def finish(self, result, error) -> None:
        self.outcome = (result, error)
        self.loop.quit()

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)


def run_in_background(parent: QWidget, label: str, work: Callable):
    """Run ``work(report)`` in a thread, showing progress; return (result, error).

    ``report(done, total)`` moves the bar; without calls it stays a busy indicator.
    """
    dialog = QProgressDialog(label, None, 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Background", "请稍候"))
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    # The window takes no clicks meanwhile: nothing can change or close under the work.
    dialog.setWindowModality(Qt.WindowModal)
    loop = QEventLoop()
    receiver = _Receiver(dialog, loop)
    thread = QThread()
    worker = _Worker(work)
    worker.moveToThread(thread)
    worker.finished.connect(receiver.finish)
    worker.progress.connect(receiver.progress)
    thread.started.connect(worker.run)
    # Objects waiting for deleteLater would otherwise be destroyed inside loop.exec()
    # while the worker runs Python: shiboken releases the GIL part-way through
    # destroying a wrapper, and a garbage collection in the worker then crashes.
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    return receiver.outcome
