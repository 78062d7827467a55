"""One window per database: a second window is told who holds it; a crashed holder does not block."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from desktop_app.gui.common.window_lock import DatabaseInUseError, lock_for_window, lock_path, open_for_window

HOLD = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)
assert lock.tryLock(1000)
print("held", flush=True)
time.sleep(60)
"""


def _holder(path):
    """Another program holding the lock, started and waited for."""
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(lock_path(path))], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "held"
    return process


@pytest.fixture
def database(fresh_database):
    return fresh_database


def test_a_database_held_by_another_window_is_refused_naming_the_holder(database):
    holder = _holder(database)
    try:
        with pytest.raises(DatabaseInUseError) as refused:
            open_for_window(database)
    finally:
        holder.kill()
        holder.wait()
    text = str(refused.value)
    assert str(database) in text and f"进程号 {holder.pid}" in text and socket.gethostname() in text


def test_the_lock_of_a_window_that_crashed_is_taken_over(database):
    holder = _holder(database)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert lock_path(database).exists()  # left behind, as after a crash or a power cut
    store, lock = open_for_window(database)
    try:
        assert lock.isLocked() and store.list_years() == [(2023, store.list_years()[0][1])]
    finally:
        lock.unlock()
        store.close()
    assert not lock_path(database).exists()


def test_a_second_lock_in_this_process_is_refused_until_the_first_is_released(database):
    first = lock_for_window(database)
    with pytest.raises(DatabaseInUseError, match=f"进程号 {os.getpid()}"):
        lock_for_window(database)
    first.unlock()
    second = lock_for_window(database)
    assert second.isLocked()
    second.unlock()


def test_the_window_keeps_its_database_when_the_other_is_held_and_releases_its_own_on_close(
        qtbot, tmp_path, database, example_year, messenger):
    from PySide6.QtCore import QSettings

    from desktop_app.gui.main_window import MainWindow

    mine = tmp_path / "mine.db"
    store, lock = open_for_window(mine, create=True)
    store.save_year(example_year)
    window = MainWindow(store, messenger=messenger, settings=QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat),
                        window_lock=lock, sign_in=lambda store: "single user")
    qtbot.addWidget(window)
    window.start(2023)
    holder = _holder(database)
    try:
        messenger.files = [str(database)]
        window.on_open_database()
    finally:
        holder.kill()
        holder.wait()
    assert "已在另一个窗口中打开" in messenger.errors[-1]
    assert window.workspace.store.path == mine and window.workspace.window_lock is lock and lock.isLocked()

    messenger.files = [str(database)]  # its holder has gone now: the window moves to it
    window.on_open_database()
    assert window.workspace.store.path == database and not lock.isLocked()
    moved = window.workspace.window_lock
    assert moved.isLocked() and lock_for_window(mine).isLocked()  # the first database is free again
    messenger.files = [str(database)]  # opening its own database again is no conflict
    window.on_open_database()
    assert window.workspace.window_lock is moved and window.workspace.store.path == database
    window.close()
    assert not moved.isLocked()
    deadline = time.monotonic() + 2
    while lock_path(database).exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not lock_path(database).exists()
