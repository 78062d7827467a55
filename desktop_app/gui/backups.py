"""Backups from the window: one at start and after every half hour of work, restoring one
after showing what it holds, and choosing the folder (``services/backups.py`` does the work)."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..services import Accounts
from ..services.backups import REASONS, Backups
from ..storage.database import system_account
from .common.errors import EXPECTED_ERRORS, describe_error

CHECK_EVERY_MS = 60_000


def tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


class BackupKeeper(QObject):
    """Takes the automatic backups of the workspace's database. A failed automatic backup
    is reported in the status bar (``failed``), never as a dialog every minute."""

    failed = Signal(str)
    taken = Signal(str)

    def __init__(self, workspace, clock=None, parent=None):
        super().__init__(parent or workspace)
        self.workspace = workspace
        self.clock = clock
        self.last: Optional[dt.datetime] = None
        self.changed_since = False
        workspace.changed.connect(self._on_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def backups(self) -> Backups:
        return Backups(self.workspace.store, self.clock) if self.clock else Backups(self.workspace.store)

    def start(self) -> None:
        """The backup at start (of this database), then the half-hourly check."""
        self._take("start")
        self.timer.start()

    def _on_changed(self) -> None:
        self.changed_since = True

    def check(self) -> None:
        if self.backups().due(self.last, self.changed_since):
            self._take("interval")

    def _take(self, reason: str) -> None:
        backups = self.backups()
        try:
            made = backups.take(reason)
        except EXPECTED_ERRORS as error:
            self.failed.emit(tr("自动备份未完成：{error}").format(error=describe_error(error)))
            return
        self.last, self.changed_since = made.taken, False
        self.taken.emit(tr("已自动备份（{reason}）：{time}").format(
            reason=tr(REASONS[reason]), time=made.taken.strftime("%H:%M")))


def describe_summary(summary) -> str:
    years = "\n".join(tr("  {year} 年度 {title}：{towns} 个镇街，{scores} 条得分").format(
        year=year, title=title, towns=towns, scores=scores) for year, title, towns, scores in summary.years)
    return years or tr("  （没有年度）")


def restore_from_backup(window) -> bool:
    """Ask for a backup (in the backup folder), show when it was taken and what it holds,
    back up the current contents, restore, and reopen."""
    workspace, messenger = window.workspace, window.messenger
    backups = Backups(workspace.store)
    path = messenger.open_file(window, tr("从备份恢复"), tr("备份 (*.db);;所有文件 (*)"), str(backups.folder()))
    if not path:
        return False
    listed = {str(b.path): b for b in backups.list()}
    try:
        summary = Backups.summary(path)
    except EXPECTED_ERRORS as error:
        messenger.error(window, describe_error(error))
        return False
    known = listed.get(str(path))
    when = known.taken.strftime("%Y-%m-%d %H:%M:%S") if known else tr("（不是本数据库的自动备份，时间不详）")
    question = tr("用这个备份替换数据库的全部内容吗？\n备份：{path}\n时间：{when}\n内容：\n{years}\n"
                  "替换前会先备份当前内容，需要时可再恢复回来。").format(path=path, when=when, years=describe_summary(summary))
    if not messenger.confirm(window, question):
        return False
    workspace.leave()
    try:
        before = backups.restore(path)
    except EXPECTED_ERRORS as error:
        messenger.error(window, describe_error(error))
        return False
    store = workspace.store
    if not Accounts(store).sign_in_still_holds():  # the backup's accounts are not the ones signed in
        store.signed_in, store.operator = None, system_account()
        if store.has_accounts():
            window.sign_in(store)
    workspace.replace_store(store, workspace.window_lock)
    window.start()
    messenger.info(window, tr("已从备份恢复。恢复前的内容已备份到 {path}").format(path=before.path))
    return True


def choose_backup_folder(window) -> bool:
    workspace, messenger = window.workspace, window.messenger
    backups = Backups(workspace.store)
    folder = messenger.choose_folder(window, tr("备份文件夹（当前：{folder}）").format(folder=backups.folder()))
    if not folder:
        return False
    try:
        backups.set_folder(folder)
    except EXPECTED_ERRORS as error:
        messenger.error(window, describe_error(error))
        return False
    messenger.info(window, tr("此后的备份保存在 {folder}").format(folder=folder))
    return True
