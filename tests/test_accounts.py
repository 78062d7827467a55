"""Who is acting: accounts, sign-in, and the permission check in the services' one write path."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

from decimal import Decimal

import pytest

from desktop_app.domain.model import Bonus
from desktop_app.services import (
    DEMO_ACCOUNT, DEMO_PASSWORD, AccountError, Accounts, PermissionDeniedError, YearService, YearSession,
)
from desktop_app.services import accounts as accounts_module
from desktop_app.services.accounts import hash_password, password_matches
from desktop_app.services.documents import DocumentSettings
from desktop_app.storage import Store
from desktop_app.storage.database import system_account
from tests.conftest import database_files, run_cli

ADMIN_PASSWORD, CLERK_PASSWORD = "bureau-2024", "zzb-first-1"


class Clock:
    def __init__(self):
        self.now = dt.datetime(2024, 1, 10, 9, 0, 0)

    def __call__(self):
        return self.now


@pytest.fixture
def office(fresh_database):
    """The demo year with an administrator and a 区委组织部 (zzb) operator who has chosen a password."""
    store = Store(fresh_database)
    accounts = Accounts(store)
    accounts.create_first_administrator("admin", "考核办", ADMIN_PASSWORD)
    accounts.add("zzb1", "组织部 张三", "department", "zzb", "initial-pw")
    accounts.sign_in("zzb1", "initial-pw")
    accounts.change_password("initial-pw", CLERK_PASSWORD)
    accounts.sign_out()
    yield store
    store.close()


def _wrong_passwords(accounts: Accounts, count: int) -> None:
    for _ in range(count):
        with pytest.raises(AccountError, match="不正确"):
            accounts.sign_in("zzb1", "wrong password")


def _parts(session: YearSession):
    own = next(p for _, p in session.department_parts("zzb"))
    other = next(p for _, p in session.year.parts() if p.department not in ("zzb", "") and
                 any(p.code == q.code for _, q in session.department_parts(p.department)))
    return own, other


def _some_town_score(session: YearSession, part):
    return next(s for s in session.year.scores if s.part == part.code)


def test_a_password_is_kept_only_as_a_salted_slow_hash():
    first, second = hash_password("same password"), hash_password("same password")
    assert first != second  # salted
    assert first.startswith("scrypt$16384$8$1$") and "same password" not in first
    assert password_matches("same password", first) and password_matches("same password", second)
    assert not password_matches("same passwore", first)
    assert not password_matches("same password", "plain$text") and not password_matches("x", "")


def test_a_department_operator_may_change_only_its_own_departments_scores(office):
    session = YearSession(office, 2023)
    own, other = _parts(session)
    Accounts(office).sign_in("zzb1", CLERK_PASSWORD)
    mine = _some_town_score(session, own)
    session.set_score(mine.town, own.code, None, deductions=())  # clear, then enter again
    assert session.score_of(mine.town, own.code) is None
    session.set_score(mine.town, own.code, mine.score, mine.deductions, mine.note)
    assert session.score_of(mine.town, own.code) == mine
    session.submit_department("zzb")
    theirs = _some_town_score(session, other)
    before = database_files(office.path)
    refusals = [
        lambda: session.set_score(theirs.town, other.code, "0"),
        lambda: session.set_scores([theirs._replace(score=Decimal(0), deductions=(), note="改")]),
        lambda: session.clear_scores([(theirs.town, other.code)]),
        lambda: session.restore_scores([(theirs.town, other.code, None)]),
        lambda: session.submit_department(other.department),
        lambda: session.reopen_department("zzb"),
        lambda: session.set_bonuses([*session.year.bonuses, Bonus(theirs.town, session.year.bonus_types[0].code)]),
        lambda: session.set_vetoes(()),
        lambda: session.set_inspections(()),
        lambda: session.set_adjustments(()),
        lambda: session.set_limit_flags(()),
        lambda: session.set_rollups(()),
        lambda: session.update_scheme(dataclasses.replace(session.year, title="改了标题")),
        lambda: session.set_issuer({**session.year.issuer, "name": "某某"}),
        lambda: session.finalise(),
        lambda: session.waive_department(other.department, "部门未交"),
        lambda: YearService(office).import_year(session.year, replace=True),
        lambda: DocumentSettings(office).set_seal_diameter_mm(40),
        lambda: Accounts(office).add("x1", "某人", "admin", None, "password-1"),
    ]
    for number, refusal in enumerate(refusals):
        with pytest.raises(PermissionDeniedError) as refused:
            refusal()
            pytest.fail(f"refusal {number} was allowed")
        assert "zzb1" in refused.value.describe()
    assert database_files(office.path) == before
    entries = office.audit_entries(2023)
    assert entries[-1]["operator"] == "zzb1" and entries[-1]["action"] == "submit_department"


def test_an_administrator_may_change_anything(office):
    session = YearSession(office, 2023)
    _, other = _parts(session)
    Accounts(office).sign_in("admin", ADMIN_PASSWORD)
    theirs = _some_town_score(session, other)
    session.set_score(theirs.town, other.code, "0", deductions=())
    session.update_scheme(dataclasses.replace(session.year, title="改了标题"))
    assert session.year.title == "改了标题"
    assert {e["operator"] for e in office.audit_entries(2023)[-2:]} == {"admin"}


def test_without_signing_in_a_database_with_accounts_refuses_every_change_but_reads(office):
    session = YearSession(office, 2023)
    own, _ = _parts(session)
    with pytest.raises(PermissionDeniedError, match="请先登录"):
        session.set_score(_some_town_score(session, own).town, own.code, "0", deductions=())
    assert YearService(office).compute(2023).rows  # reading needs no sign-in


def test_an_account_disabled_after_signing_in_is_refused_at_its_next_change(office):
    clerk_store = Store(office.path)
    try:
        Accounts(clerk_store).sign_in("zzb1", CLERK_PASSWORD)
        admin = Accounts(office)
        admin.sign_in("admin", ADMIN_PASSWORD)
        admin.set_disabled("zzb1", True)
        session = YearSession(clerk_store, 2023)
        own, _ = _parts(session)
        with pytest.raises(PermissionDeniedError, match="停用"):
            session.set_score(_some_town_score(session, own).town, own.code, "0", deductions=())
        with pytest.raises(AccountError, match="停用"):
            Accounts(clerk_store).sign_in("zzb1", CLERK_PASSWORD)
    finally:
        clerk_store.close()


def test_repeated_wrong_passwords_lock_the_account_for_a_growing_delay(office):
    clock = Clock()
    accounts = Accounts(office, clock=clock)
    for attempt in range(accounts_module.LOCK_AFTER):
        with pytest.raises(AccountError, match="不正确"):
            accounts.sign_in("zzb1", "wrong password")
    with pytest.raises(AccountError, match="已锁定至 2024-01-10 09:00:30"):
        accounts.sign_in("zzb1", CLERK_PASSWORD)  # even the right password, while locked
    clock.now += dt.timedelta(seconds=31)
    with pytest.raises(AccountError, match="不正确"):
        accounts.sign_in("zzb1", "wrong again")  # the sixth failure doubles the delay
    clock.now += dt.timedelta(seconds=59)
    with pytest.raises(AccountError, match="已锁定至 2024-01-10 09:01:31"):
        accounts.sign_in("zzb1", CLERK_PASSWORD)
    clock.now += dt.timedelta(seconds=2)
    assert accounts.sign_in("zzb1", CLERK_PASSWORD).department == "zzb"
    assert office.account("zzb1")["failed_attempts"] == 0 and office.account("zzb1")["locked_until"] is None
    failures = [e for e in office.audit_entries() if e["action"] == "sign_in_failed"]
    assert [json.loads(e["new_value"])["locked_until"] for e in failures] == [
        "2024-01-10T09:00:30", "2024-01-10T09:01:31"]  # only the lockouts change an audited value
    assert all(e["reason"] == "zzb1" for e in failures)


def test_an_unknown_name_and_a_wrong_password_get_the_same_answer(office):
    accounts = Accounts(office)
    with pytest.raises(AccountError) as unknown:
        accounts.sign_in("nobody", "whatever-1")
    with pytest.raises(AccountError) as wrong:
        accounts.sign_in("admin", "whatever-1")
    assert unknown.value.describe() == wrong.value.describe() == "账户名或密码不正确"


def test_a_password_set_by_an_administrator_must_be_changed_before_any_change(office):
    accounts = Accounts(office)
    accounts.sign_in("admin", ADMIN_PASSWORD)
    accounts.reset_password("zzb1", "temporary-1")
    accounts.sign_out()
    operator = accounts.sign_in("zzb1", "temporary-1")
    assert operator.must_change
    session = YearSession(office, 2023)
    own, _ = _parts(session)
    town = _some_town_score(session, own).town
    with pytest.raises(PermissionDeniedError, match="初始密码"):
        session.set_score(town, own.code, "0", deductions=())
    with pytest.raises(AccountError, match="原密码不正确"):
        accounts.change_password("temporary-2", "my own password")
    with pytest.raises(AccountError, match="至少 8 个字符"):
        accounts.change_password("temporary-1", "short")
    accounts.change_password("temporary-1", "my own password")
    assert not accounts.signed_in.must_change
    session.set_score(town, own.code, "0", deductions=())
    assert session.score_of(town, own.code).score == 0
    assert not password_matches("temporary-1", office.account("zzb1")["password_hash"])


def test_the_first_administrator_is_made_once_and_the_last_one_cannot_be_disabled(fresh_database):
    with Store(fresh_database) as store:
        accounts = Accounts(store)
        assert accounts.needs_first_administrator()
        with pytest.raises(AccountError, match="至少 8"):
            accounts.create_first_administrator("admin", "", "1234567")
        with pytest.raises(AccountError, match="不含空格"):
            accounts.create_first_administrator("ad min", "", "12345678")
        assert accounts.needs_first_administrator()
        accounts.create_first_administrator("admin", "", "12345678")
        assert accounts.signed_in.name == "admin" and accounts.signed_in.display_name == "admin"
        with pytest.raises(AccountError, match="已有管理员"):
            accounts.create_first_administrator("second", "", "12345678")
        with pytest.raises(AccountError, match="唯一可用的管理员"):
            accounts.set_disabled("admin", True)
        with pytest.raises(AccountError, match="须指定一个部门"):
            accounts.add("clerk", "", "department", None, "12345678")
        with pytest.raises(AccountError, match="已存在"):
            accounts.add("admin", "", "admin", None, "12345678")
        accounts.add("second", "", "admin", None, "12345678")
        accounts.set_disabled("admin", True)  # another administrator remains
        assert [(a.name, a.role) for a in accounts.list()] == [("admin", "admin"), ("second", "admin")]
        assert accounts.disabled("admin") and not accounts.disabled("second")


def test_the_audit_trail_names_accounts_but_never_a_password_or_its_hash(office):
    text = json.dumps(office.audit_entries(), ensure_ascii=False)
    assert "initial-pw" not in text and CLERK_PASSWORD not in text and "scrypt$" not in text
    kinds = [(e["action"], e["key"], e["operator"]) for e in office.audit_entries() if e["target"] == "accounts"]
    assert kinds[:3] == [("create_administrator", "admin", system_account()),
                         ("add_account", "zzb1", "admin"), ("change_password", "zzb1", "zzb1")]


def test_the_demonstration_database_offers_its_documented_account(tmp_path, monkeypatch):
    from desktop_app.services import open_store

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with open_store() as store:  # the first run makes the demonstration database
        accounts = Accounts(store)
        assert accounts.demo_account() == DEMO_ACCOUNT
        assert accounts.sign_in(DEMO_ACCOUNT, DEMO_PASSWORD).is_admin
    with Store(tmp_path / "own.db") as own:
        assert Accounts(own).demo_account() is None


def test_the_command_line_changes_a_database_with_accounts_only_as_a_signed_in_account(office, tmp_path):
    office.close()
    database = office.path
    env = {"DESK_PASSWORD": CLERK_PASSWORD}
    before = database_files(database)
    refused = run_cli("submit", "--year", "2023", "--department", "zzb", "--db", database)
    assert refused.returncode == 2 and "--user" in refused.stderr and "Traceback" not in refused.stderr
    assert database_files(database) == before
    no_password = run_cli("submit", "--year", "2023", "--department", "zzb", "--db", database, "--user", "zzb1")
    assert no_password.returncode == 2 and "DESK_PASSWORD" in no_password.stderr
    other = run_cli("submit", "--year", "2023", "--department", "mzj", "--db", database, "--user", "zzb1", extra_env=env)
    assert other.returncode == 2 and "只能录入和提交本部门" in other.stderr
    wrong = run_cli("submit", "--year", "2023", "--department", "zzb", "--db", database, "--user", "zzb1",
                    extra_env={"DESK_PASSWORD": "wrong"})
    assert wrong.returncode == 2 and "账户名或密码不正确" in wrong.stderr
    with Store(database) as store:
        assert "zzb" not in store.submitted_departments(2023)
        assert store.account("zzb1")["failed_attempts"] == 1  # the failed sign-in is counted
    done = run_cli("--user", "zzb1", "submit", "--year", "2023", "--department", "zzb", "--db", database, extra_env=env)
    assert done.returncode == 0, done.stderr
    reading = run_cli("status", "--year", "2023", "--db", database)  # reading needs no sign-in
    assert reading.returncode == 0, reading.stderr
    with Store(database) as store:
        assert "zzb" in store.submitted_departments(2023)
        assert store.audit_entries(2023)[-1]["operator"] == "zzb1"


def test_account_changes_are_in_the_trail_beside_the_years_own(office):
    from desktop_app.services.audit import AuditTrail

    trail = AuditTrail(office)
    assert all(e.year == 2023 for e in trail.entries(2023))
    mixed = trail.entries(2023, with_general=True)
    accounts = [e for e in mixed if e.target == "accounts"]
    assert [e.action for e in accounts][:3] == ["create_administrator", "add_account", "change_password"]
    assert "账户" in accounts[1].describe() and "部门=zzb" in accounts[1].describe()
    assert {e.year for e in mixed} == {2023, None}


def test_a_changed_account_shows_only_what_changed(office):
    from desktop_app.services.audit import AuditTrail, entry_cells

    change = [e for e in AuditTrail(office).entries() if e.action == "change_password"][-1]
    old, new = entry_cells(change)[8:10]
    assert old.startswith("须改初始密码=1") and new.startswith("须改初始密码=0")
    assert "姓名" not in old + new and "角色" not in old + new  # unchanged fields are left out
    assert set(change.shown_values()[1]) <= {"must_change", "password_set_at"}


def test_an_operator_may_enter_its_own_department_and_an_administrator_any():
    from desktop_app.services import Operator

    clerk, admin = Operator("zzb1", "", "department", "zzb"), Operator("admin", "", "admin")
    assert clerk.may_enter("zzb") and not clerk.may_enter("mzj") and not clerk.is_admin
    assert admin.may_enter("zzb") and admin.may_enter("mzj") and admin.is_admin


def test_a_department_operator_clears_undoes_and_submits_its_own_sheet_by_every_path(office):
    session = YearSession(office, 2023)
    own, _ = _parts(session)
    Accounts(office).sign_in("zzb1", CLERK_PASSWORD)
    cells = [(s.town, s.part) for s in session.year.scores if s.part == own.code]
    kept = [s for s in session.year.scores if s.part == own.code]
    session.clear_scores(cells[:2])
    assert all(session.score_of(town, part) is None for town, part in cells[:2])
    session.restore_scores([(s.town, s.part, s) for s in kept[:2]])
    assert [session.score_of(s.town, s.part) for s in kept[:2]] == kept[:2]
    session.submit_departments(["zzb"])
    assert "zzb" in session.submitted()


def test_a_refusal_names_what_was_refused(office):
    session = YearSession(office, 2023)
    Accounts(office).sign_in("zzb1", CLERK_PASSWORD)
    with pytest.raises(PermissionDeniedError, match="不能“审定”"):
        session.finalise()
    with pytest.raises(PermissionDeniedError, match="不能“重新打开年度”"):
        session.reopen("复核")


def test_a_reset_unlocks_and_restarts_the_account_and_is_recorded_as_a_reset(office):
    accounts = Accounts(office, clock=Clock())
    _wrong_passwords(accounts, accounts_module.LOCK_AFTER)
    office.update_account("zzb1", password_set_at="2000-01-01T00:00:00")
    accounts.sign_in("admin", ADMIN_PASSWORD)
    accounts.reset_password("zzb1", "temporary-1")
    account = office.account("zzb1")
    assert (account["failed_attempts"], account["locked_until"], account["must_change"]) == (0, None, 1)
    assert account["password_set_at"] > "2000-01-01T00:00:00"
    accounts.set_disabled("zzb1", True)
    assert [e["action"] for e in office.audit_entries()[-2:]] == ["reset_password", "edit_account"]
    office.update_account("zzb1", disabled=0, password_set_at="2000-01-01T00:00:00")
    accounts.sign_in("zzb1", "temporary-1")
    accounts.change_password("temporary-1", "my own password")
    assert office.account("zzb1")["password_set_at"] > "2000-01-01T00:00:00"


def test_only_a_real_account_is_offered_as_the_demonstration_one(tmp_path, monkeypatch):
    from desktop_app.services import open_store
    from desktop_app.services.accounts import DEMO_SETTING

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with open_store() as store:
        demo = Accounts(store).sign_in(DEMO_ACCOUNT, DEMO_PASSWORD)
        assert (demo.display_name, demo.must_change) == ("演示管理员", False)
        for setting in ("nobody", b"demo"):
            store.set_setting(DEMO_SETTING, setting)
            assert Accounts(store).demo_account() is None


def test_a_hash_of_another_kind_or_shape_never_matches():
    assert not password_matches("secret-1", "bcrypt$16384$8$1$00$00")
    assert not password_matches("secret-1", "scrypt$16384$8$1$zz$00")  # not hex


def test_no_name_never_signs_in_even_beside_an_account_named_like_a_placeholder(office):
    accounts = Accounts(office)
    accounts.sign_in("admin", ADMIN_PASSWORD)
    accounts.add("XXXX", "", "admin", None, "password-9")
    accounts.sign_out()
    for nobody in (None, "", "  "):
        with pytest.raises(AccountError, match="不正确"):
            accounts.sign_in(nobody, "password-9")


def test_a_right_password_after_a_few_wrong_ones_starts_the_count_again(office):
    accounts = Accounts(office, clock=Clock())
    _wrong_passwords(accounts, accounts_module.LOCK_AFTER - 1)
    assert office.account("zzb1")["failed_attempts"] == accounts_module.LOCK_AFTER - 1
    accounts.sign_in("zzb1", CLERK_PASSWORD)
    assert office.account("zzb1")["failed_attempts"] == 0


def test_signing_in_after_a_lockout_is_recorded_as_the_sign_in_that_lifted_it(office):
    clock = Clock()
    accounts = Accounts(office, clock=clock)
    _wrong_passwords(accounts, accounts_module.LOCK_AFTER)
    clock.now += dt.timedelta(minutes=1)
    accounts.sign_in("zzb1", CLERK_PASSWORD)
    last = [e for e in office.audit_entries() if e["target"] == "accounts"][-1]
    assert (last["action"], last["key"], json.loads(last["new_value"])["locked_until"]) == ("sign_in", "zzb1", None)


def test_whether_a_sign_in_still_holds_after_the_file_changed(office):
    accounts = Accounts(office)
    assert not accounts.sign_in_still_holds()  # nobody signed in, and the file has accounts
    accounts.sign_in("zzb1", CLERK_PASSWORD)
    assert accounts.sign_in_still_holds()
    office.update_account("zzb1", department="mzj")
    assert not accounts.sign_in_still_holds()  # rebound
    office.update_account("zzb1", department="zzb", disabled=1)
    assert not accounts.sign_in_still_holds()  # disabled
    office.update_account("zzb1", disabled=0)
    assert accounts.sign_in_still_holds()
    office.update_account("zzb1", role="admin", department=None)
    assert not accounts.sign_in_still_holds()  # another role
    with Store(office.path.parent / "empty.db") as empty:
        assert Accounts(empty).sign_in_still_holds()  # no accounts, nobody signed in
        empty.signed_in = accounts.signed_in
        assert not Accounts(empty).sign_in_still_holds()  # the account is not in this file


def test_an_account_is_changed_by_its_known_fields_only(office):
    office.update_account("zzb1", display_name="组织部 张三丰")
    assert office.account("zzb1")["display_name"] == "组织部 张三丰"
    with pytest.raises(AssertionError):
        office.update_account("zzb1", colour="red")
    with pytest.raises(AssertionError):
        office.update_account("zzb1")


def test_a_department_operator_may_not_restore_a_backup_and_is_told_so(office):
    from desktop_app.services.backups import Backups

    backup = Backups(office).take("manual")
    Accounts(office).sign_in("zzb1", CLERK_PASSWORD)
    with pytest.raises(PermissionDeniedError, match="不能“从备份恢复”"):
        Backups(office).restore(backup.path)
    assert office.account("zzb1") is not None


def test_the_whole_trail_with_the_general_entries_is_the_whole_trail(office):
    from desktop_app.services.audit import AuditTrail

    trail = AuditTrail(office)
    assert [e.id for e in trail.entries(with_general=True)] == [e.id for e in trail.entries()]
    assert {e.year for e in trail.entries()} == {2023, None}


def test_an_account_rebound_to_another_department_after_signing_in_is_refused(office):
    clerk_store = Store(office.path)
    try:
        Accounts(clerk_store).sign_in("zzb1", CLERK_PASSWORD)
        office.update_account("zzb1", department="mzj")  # the administrator moved the account meanwhile
        session = YearSession(clerk_store, 2023)
        own, _ = _parts(session)
        with pytest.raises(PermissionDeniedError, match="已被停用或修改"):
            session.set_score(_some_town_score(session, own).town, own.code, "0", deductions=())
    finally:
        clerk_store.close()


def test_a_given_salt_is_used_and_a_fresh_one_is_sixteen_bytes():
    fixed = hash_password("same password", salt=b"\1" * 16)
    assert fixed == hash_password("same password", salt=b"\1" * 16)
    kind, n, r, p, salt, digest = hash_password("same password").split("$")
    assert (len(salt), len(digest)) == (32, 64)  # 16 bytes of salt, 32 of digest, in hex
    assert fixed.split("$")[4] == "01" * 16


def test_an_account_name_is_one_to_forty_characters_without_spaces(fresh_database):
    with Store(fresh_database) as store:
        accounts = Accounts(store)
        for bad in (None, "", " admin", "ad min", "x" * 41):
            with pytest.raises(AccountError, match="1 至 40 个字符"):
                accounts.create_first_administrator(bad, "", "12345678")
        assert accounts.create_first_administrator("x" * 40, "考核办", "12345678").display_name == "考核办"


def test_display_names_are_kept_as_given(office):
    names = {a.name: a.display_name for a in Accounts(office).list()}
    assert names == {"admin": "考核办", "zzb1": "组织部 张三"}


def test_a_lock_ends_at_the_second_it_names(office):
    clock = Clock()
    accounts = Accounts(office, clock=clock)
    _wrong_passwords(accounts, accounts_module.LOCK_AFTER)
    clock.now += dt.timedelta(seconds=accounts_module.LOCK_SECONDS)  # 09:00:30, the time the lock names
    assert accounts.sign_in("zzb1", CLERK_PASSWORD).name == "zzb1"


def test_a_write_waits_five_seconds_for_another_one(fresh_database):
    with Store(fresh_database) as store:
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_the_account_list_knows_which_accounts_are_disabled(office):
    accounts = Accounts(office)
    accounts.sign_in("admin", ADMIN_PASSWORD)
    accounts.add("zzb2", "组织部 李四", "department", "zzb", "initial-pw2")
    assert accounts.disabled_names() == set()
    accounts.set_disabled("zzb1", True)
    assert accounts.disabled_names() == {"zzb1"}
    accounts.set_disabled("zzb1", False)
    accounts.set_disabled("zzb2", True)
    assert accounts.disabled_names() == {"zzb2"}


def test_changes_before_anyone_signs_in_name_unknown_when_the_system_has_no_name(monkeypatch):
    import getpass

    def nameless():
        raise KeyError("getpwuid(): uid not found: 1000")

    monkeypatch.setattr(getpass, "getuser", nameless)
    assert system_account() == "unknown"
