"""The evidence files of one thing (a ledger problem, a score's deductions): listed by name and
size, added from a file dialog, opened with the system's viewer, removed after asking."""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...services.attachments import Attachments
from .errors import EXPECTED_ERRORS, describe_error

FILTER = "佐证材料 (*.pdf *.ofd *.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.doc *.docx *.wps *.xls *.xlsx *.et " \
         "*.ppt *.pptx *.dps *.txt *.zip)"


def open_with_system_viewer(path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AttachmentList(QWidget):
    """``owner`` is set by the form that shows it (None: nothing to attach to yet)."""

    def __init__(self, workspace, changed: Callable[[], None] = lambda: None, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.changed = changed
        self.owner: Optional[str] = None
        self.opener = open_with_system_viewer  # tests replace it
        self.items = QListWidget()
        self.items.setMaximumHeight(self.items.fontMetrics().lineSpacing() * 3 + 10)
        self.items.itemDoubleClicked.connect(lambda _: self.open_selected())
        self.add_button = QPushButton(self.tr("添加…"))
        self.open_button = QPushButton(self.tr("打开"))
        self.remove_button = QPushButton(self.tr("删除"))
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.items)
        layout.addLayout(buttons)
        self.show_owner(None)

    def _files(self) -> Optional[Attachments]:
        session = self.workspace.session
        return None if session is None else Attachments(self.workspace.store, session.number)

    def show_owner(self, owner: Optional[str]) -> None:
        self.owner = owner
        self.items.clear()
        files = self._files()
        if owner is not None and files is not None:
            for item in files.list(owner):
                entry = QListWidgetItem(self.tr("{name}（{size} KB，{who}）").format(
                    name=item["name"], size=max(1, round(item["size"] / 1024)), who=item["added_by"]))
                entry.setData(256, item["id"])
                entry.setToolTip("SHA-256 " + item["sha256"])
                self.items.addItem(entry)
        self.add_button.setEnabled(owner is not None)
        self.open_button.setEnabled(self.items.count() > 0)
        self.remove_button.setEnabled(self.items.count() > 0)

    def names(self) -> list[str]:
        files = self._files()
        return [] if files is None or self.owner is None else files.names(self.owner)

    def _selected_id(self) -> Optional[int]:
        item = self.items.currentItem() or (self.items.item(0) if self.items.count() == 1 else None)
        return None if item is None else item.data(256)

    def add(self) -> bool:
        files = self._files()
        if files is None or self.owner is None:
            return False
        path = self.workspace.messenger.open_file(self, self.tr("添加佐证材料"), FILTER)
        if not path:
            return False
        if not self.workspace.apply(files.add, self.owner, path, parent=self):
            return False
        self.show_owner(self.owner)
        self.changed()
        return True

    def open_selected(self) -> bool:
        files, attachment_id = self._files(), self._selected_id()
        if files is None or attachment_id is None:
            return False
        try:
            path = files.copy_for_viewing(attachment_id)
        except EXPECTED_ERRORS as error:
            self.workspace.messenger.error(self, describe_error(error))
            return False
        return bool(self.opener(path))

    def remove_selected(self) -> bool:
        files, attachment_id = self._files(), self._selected_id()
        if files is None or attachment_id is None:
            return False
        name = self.items.currentItem().text() if self.items.currentItem() else ""
        if not self.workspace.messenger.confirm(self, self.tr("删除佐证材料“{name}”？").format(name=name),
                                                self.tr("删除佐证材料")):
            return False
        if not self.workspace.apply(files.remove, attachment_id, parent=self):
            return False
        self.show_owner(self.owner)
        self.changed()
        return True
