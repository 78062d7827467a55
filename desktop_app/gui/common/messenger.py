"""Every modal question and message goes through one injectable object, so tests
replace it and no test can hang on a dialog."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Messenger:
    def error(self, parent: Optional[QWidget], text: str, title: Optional[str] = None) -> None:
        QMessageBox.warning(parent, title or QCoreApplication.translate("Messenger", "无法完成"), text)

    def info(self, parent: Optional[QWidget], text: str, title: Optional[str] = None) -> None:
        QMessageBox.information(parent, title or QCoreApplication.translate("Messenger", "提示"), text)

    def confirm(self, parent: Optional[QWidget], text: str, title: Optional[str] = None) -> bool:
        answer = QMessageBox.question(parent, title or QCoreApplication.translate("Messenger", "请确认"), text,
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def ask_text(self, parent: Optional[QWidget], label: str, text: str = "", title: Optional[str] = None) -> Optional[str]:
        value, ok = QInputDialog.getText(parent, title or QCoreApplication.translate("Messenger", "输入"), label, text=text)
        return value if ok else None

    def open_file(self, parent: Optional[QWidget], caption: str, filters: str, directory: str = "") -> Optional[str]:
        path, _ = QFileDialog.getOpenFileName(parent, caption, directory, filters)
        return path or None

    def save_file(self, parent: Optional[QWidget], caption: str, suggested: str, filters: str) -> Optional[str]:
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
        return path or None

    def choose_folder(self, parent: Optional[QWidget], caption: str) -> Optional[str]:
        return QFileDialog.getExistingDirectory(parent, caption) or None


class RecordingMessenger(Messenger):
    """For tests: records what would have been shown and answers from a script."""

    def __init__(self, confirm: bool = True, texts=(), files=()):
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.questions: list[str] = []
        self.confirm_answer = confirm
        self.texts = list(texts)
        self.files = list(files)

    def error(self, parent, text, title=None):
        self.errors.append(text)

    def info(self, parent, text, title=None):
        self.infos.append(text)

    def confirm(self, parent, text, title=None):
        self.questions.append(text)
        return self.confirm_answer

    def ask_text(self, parent, label, text="", title=None):
        self.questions.append(label)
        return self.texts.pop(0) if self.texts else None

    def open_file(self, parent, caption, filters, directory=""):
        return self.files.pop(0) if self.files else None

    def save_file(self, parent, caption, suggested, filters):
        return self.files.pop(0) if self.files else None

    def choose_folder(self, parent, caption):
        return self.files.pop(0) if self.files else None
