"""Backups in the window: at start and after half an hour of work, restore after a summary, the folder."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop_app.gui.backups import BackupKeeper, choose_backup_folder, restore_from_backup
from desktop_app.services.backups import Backups


def _score(window, town="T01", part="I01"):
    return next(s.score for s in window.workspace.session.year.scores if (s.town, s.part) == (town, part))


def test_restore_shows_the_backup_then_brings_it_back_and_reopens(main_window, messenger, tmp_path):
    workspace = main_window.workspace
    messenger.files = [str(tmp_path / "usb")]
    assert choose_backup_folder(main_window)
    good = Backups(workspace.store).take("manual")
    assert workspace.apply(workspace.session.set_score, "T01", "I01", "1")
    assert _score(main_window) == Decimal("1")

    messenger.files = [str(good.path)]
    messenger.confirm_answer = False
    assert not restore_from_backup(main_window)  # said no: nothing changes
    assert _score(main_window) == Decimal("1")
    question = messenger.questions[-1]
    assert str(good.path) in question and good.taken.strftime("%Y-%m-%d %H:%M:%S") in question
    assert "19 个镇街" in question and "410 条得分" in question

    messenger.files = [str(good.path)]
    messenger.confirm_answer = True
    assert restore_from_backup(main_window)
    assert _score(main_window) == Decimal("3.0")
    assert main_window.entry_tab.model.rowCount() > 0  # the tabs show the restored year
    safety = Backups(workspace.store).list()[0]
    assert safety.reason == "restore" and str(safety.path) in messenger.infos[-1]


def test_a_damaged_backup_is_refused_before_the_question(main_window, messenger, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    messenger.files = [str(bad)]
    asked = len(messenger.questions)
    assert not restore_from_backup(main_window)
    assert len(messenger.questions) == asked and messenger.errors
    assert _score(main_window) == Decimal("3.0")


def test_automatic_backups_at_start_and_after_half_an_hour_of_work(main_window, tmp_path):
    workspace = main_window.workspace
    Backups(workspace.store).set_folder(str(tmp_path / "auto"))
    now = [dt.datetime(2024, 3, 1, 9, 0, 0)]
    keeper = BackupKeeper(workspace, clock=lambda: now[0])
    shown = []
    keeper.taken.connect(shown.append)
    keeper.start()
    assert [b.reason for b in keeper.backups().list()] == ["start"]
    now[0] += dt.timedelta(minutes=45)
    keeper.check()  # no work since: no backup
    assert len(keeper.backups().list()) == 1
    assert workspace.apply(workspace.session.set_score, "T01", "I01", "2")
    now[0] += dt.timedelta(minutes=10)
    keeper.check()
    assert [b.reason for b in keeper.backups().list()] == ["interval", "start"]
    keeper.check()  # nothing since the last one
    assert len(keeper.backups().list()) == 2
    assert len(shown) == 2 and "定时" in shown[-1]
    keeper.timer.stop()


def test_a_failed_automatic_backup_is_reported_in_the_status_bar_not_as_a_dialog(main_window, messenger, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("x")
    main_window.workspace.store.set_setting("backup_folder", str(blocked / "sub"))
    errors = len(messenger.errors)
    main_window.backup_keeper.start()
    main_window.backup_keeper.timer.stop()
    assert len(messenger.errors) == errors
    assert "自动备份未完成" in main_window.statusBar().currentMessage()
