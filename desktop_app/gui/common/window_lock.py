"""One window per database: a lock file beside it, naming the computer and process that hold it.

Two windows on one file would each show and undo-stack their own view of it. The
command line needs no window lock: its writes wait for the window's (busy timeout).
A window that crashed leaves its lock behind; Qt sees that its process is gone and
takes the lock over.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QLockFile

from ...domain.messages import QT_TRANSLATE_NOOP, MessageError
from ...paths import default_database_path
from ...services import open_store
from ...storage import Store


class DatabaseInUseError(MessageError):
    context = "Application"


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def lock_for_window(database: Path) -> QLockFile:
    """Hold ``database`` for this window, or say who holds it."""
    database.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(database)))
    lock.setStaleLockTime(0)  # held as long as the window is open; a crashed holder is still detected
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        pid, host, _ = lock.getLockInfo()  # PySide6 returns (pid, hostname, appname)
        raise DatabaseInUseError(QT_TRANSLATE_NOOP(
            "Application", "数据库 {path} 已在另一个窗口中打开（计算机 {host}，进程号 {pid}）。"
                           "同一个数据库一次只能在一个窗口中打开：请切换到那个窗口，或将其关闭后再打开。"),
            path=str(database), host=host or "?", pid=pid)
    raise DatabaseInUseError(QT_TRANSLATE_NOOP(
        "Application", "无法在数据库所在的文件夹 {folder} 中建立锁文件，该文件夹可能是只读的或已满。"
                       "请把数据库放到可以写入的文件夹后再打开。"), folder=str(database.parent))


def open_for_window(database: Optional[Path], *, create: bool = False) -> tuple[Store, QLockFile]:
    """The store of ``database`` (the default one when None; a missing one made only with
    ``create``) and this window's lock on it."""
    if database is not None and not create and not Path(database).exists():
        open_store(database)  # says what is wrong, before a lock file is left beside nothing
    lock = lock_for_window(Path(database) if database is not None else default_database_path())
    try:
        return open_store(database, create=create), lock
    except BaseException:
        lock.unlock()
        raise
