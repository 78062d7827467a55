"""The year file carries what follows the results: the ledger, the appeals and the evidence files
(base64), exported and imported whole; a file whose evidence does not match its digest, or that
names what is not there, is refused and changes nothing."""
import base64
import hashlib
import json

import pytest

from desktop_app.domain.appeals import CHANGED
from desktop_app.services import YearService, YearSession
from desktop_app.services.appeals import AppealRegister
from desktop_app.services.attachments import Attachments, ledger_owner, score_owner
from desktop_app.services.ledger import RectificationLedger
from desktop_app.storage import Store
from desktop_app.yearfile import YearFileError, read_year_bundle, read_year_file
from tests.conftest import database_files


@pytest.fixture
def filled(fresh_database, tmp_path):
    """The demo year with a ledger (one problem closed on a file), an appeal decided, and files."""
    store = Store(fresh_database)
    ledger = RectificationLedger(store, 2023)
    made = ledger.generate(deadline="2024-06-30")
    photo = tmp_path / "整改照片.png"
    photo.write_bytes(b"\x89PNG" + bytes(range(200)))
    files = Attachments(store, 2023)
    files.add(ledger_owner(made[1].id), photo)
    ledger.close(made[1].id, "见照片", "李四", completed_on="2024-05-01")
    ledger.update(made[2].id, measures="补齐台账", leader="张三")
    scan = tmp_path / "扣分依据.pdf"
    scan.write_bytes(b"%PDF-1.4 evidence")
    files.add(score_owner("T01", "I06"), scan)
    appeals = AppealRegister(store, 2023)
    appeal = appeals.file("T02", "I06", "扣分依据有误", filed_on="2024-03-10")
    appeals.decide(appeal.id, CHANGED, "复核改分", new_score="4.9")
    yield store
    store.close()


def test_the_ledger_appeals_and_files_go_out_with_the_year_and_come_back_whole(filled, tmp_path):
    path = tmp_path / "2023.json"
    YearService(filled).export_file(2023, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data["follow_up"]) == {"rectifications", "appeals", "attachments"}
    photo = next(item for item in data["follow_up"]["attachments"] if item["name"] == "整改照片.png")
    assert hashlib.sha256(base64.b64decode(photo["data"])).hexdigest() == photo["sha256"]
    before = filled.follow_up(2023)
    with Store(tmp_path / "other.db") as other:
        YearService(other).import_file(path)
        after = other.follow_up(2023)
        strip = lambda items: [item.__class__(**{**{f: getattr(item, f) for f in item.__slots__}, "id": None})  # noqa: E731
                               for item in items]
        assert strip(after.rectifications) == strip(before.rectifications)
        assert strip(after.appeals) == strip(before.appeals)
        assert [(f.name, f.sha256, f.data) for f in after.files] == [(f.name, f.sha256, f.data) for f in before.files]
        # files still belong to the problem they were attached to, under its new number
        closed = next(e for e in after.rectifications if e.status == "closed")
        assert Attachments(other, 2023).names(ledger_owner(closed.id)) == ["整改照片.png"]
        assert YearSession(other, 2023).score_of("T02", "I06").score == YearSession(filled, 2023).score_of("T02", "I06").score


def test_a_year_file_without_a_follow_up_keeps_the_stored_ledger_on_replace(filled, example_year, tmp_path):
    before = filled.follow_up(2023)
    YearService(filled).import_year(example_year, replace=True)
    assert filled.follow_up(2023) == before


def test_a_year_file_written_without_follow_up_has_no_such_section(example_year, tmp_path):
    from desktop_app.yearfile import write_year_file

    write_year_file(example_year, tmp_path / "plain.json")
    assert "follow_up" not in json.loads((tmp_path / "plain.json").read_text(encoding="utf-8"))
    year, follow_up = read_year_bundle(tmp_path / "plain.json")
    assert year == example_year and not follow_up


@pytest.mark.parametrize("change, message", [
    (lambda f: f["attachments"][0].update(data=base64.b64encode(b"tampered").decode()),
     "有 8 字节，与记录的大小"),
    (lambda f: f["attachments"][0].update(sha256="0" * 64), "内容与其 SHA-256 不符"),
    (lambda f: f["attachments"][0].update(data="@@@"), "不是有效的 base64 编码"),
    (lambda f: f["attachments"][0].update(owner="ledger:99999"), "所属的“ledger:99999”不存在"),
    (lambda f: f["rectifications"][1].update(id=f["rectifications"][0]["id"]), "重复"),
    (lambda f: f["rectifications"][0].update(status="done"), "follow_up.rectifications[0].status"),
])
def test_a_follow_up_that_does_not_hold_together_refuses_the_whole_file(filled, tmp_path, change, message):
    path = tmp_path / "2023.json"
    YearService(filled).export_file(2023, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["follow_up"])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(YearFileError) as refused:
        read_year_file(path)
    assert message in refused.value.describe() and str(path) in refused.value.describe()
    target = tmp_path / "target.db"
    with Store(target) as other:
        before = database_files(target)
        with pytest.raises(YearFileError):
            YearService(other).import_file(path)
        assert database_files(target) == before


def test_the_command_line_import_keeps_the_ledger_appeals_and_files(filled, tmp_path):
    from tests.conftest import run_cli_in_process

    path = tmp_path / "2023.json"
    YearService(filled).export_file(2023, path)
    target = tmp_path / "new.db"
    result = run_cli_in_process("import", path, "--db", target)
    assert result.returncode == 0, result.stderr
    with Store(target) as other:
        moved = other.follow_up(2023)
        assert (len(moved.rectifications), len(moved.appeals), len(moved.files)) == (
            len(filled.follow_up(2023).rectifications), 1, 2)


def test_a_removed_problem_or_appeal_takes_its_files_and_its_number_is_never_given_again(filled, tmp_path):
    ledger = RectificationLedger(filled, 2023)
    files = Attachments(filled, 2023)
    closed = next(e for e in ledger.entries() if e.status == "closed")
    last = max(e.id for e in ledger.entries())
    ledger.remove([e.id for e in ledger.entries() if e.id >= closed.id])
    assert files.names(ledger_owner(closed.id)) == []
    again = ledger.add("T05", "新问题")
    assert again.id > last and files.names(ledger_owner(again.id)) == []
    appeal = AppealRegister(filled, 2023).file("T03", "I06", "理由")
    note = tmp_path / "申诉书.pdf"
    note.write_bytes(b"%PDF")
    files.add(f"appeal:{appeal.id}", note)
    AppealRegister(filled, 2023).withdraw(appeal.id)
    assert files.names(f"appeal:{appeal.id}") == []
    path = tmp_path / "again.json"
    YearService(filled).export_file(2023, path)
    read_year_bundle(path)  # its own export reads back: no file is left without its owner


def _evidence(name, data=b"%PDF"):
    return {"owner": "score:T01/I06", "name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
            "added_by": "x", "added_at": None, "data": base64.b64encode(data).decode()}


@pytest.mark.parametrize("change, message", [
    (lambda f: f["attachments"].append(_evidence("evil.exe")), "“evil.exe”不是可作佐证材料的文件类型"),
    (lambda f: f["attachments"].append(_evidence("..")), "“..”不是有效的文件名"),
    (lambda f: f["attachments"].append(_evidence("a/b.pdf")), "“a/b.pdf”不是有效的文件名"),
    (lambda f: f["appeals"][0].update(decision="pending"), "待复核的申诉不能有复核日期、复核人或复核后得分"),
    (lambda f: f["appeals"][0].update(score_after=None), "改分的申诉须有 0 到该项分值之间的复核后得分"),
    (lambda f: f["appeals"][0].update(score_after=99), "改分的申诉须有 0 到该项分值之间的复核后得分"),
    (lambda f: f["appeals"][0].update(reason="  "), "申诉理由不能为空"),
    (lambda f: f["rectifications"][0].update(source_key="x" * 3000), "“来源标识”超过 2000 个字"),
])
def test_a_follow_up_the_program_would_never_write_is_refused(filled, tmp_path, change, message):
    path = tmp_path / "2023.json"
    YearService(filled).export_file(2023, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["follow_up"])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(YearFileError, match=message):
        read_year_file(path)


def test_a_finalised_year_takes_no_appeal_nor_score_evidence_but_its_ledger_goes_on(filled, tmp_path):
    from desktop_app.services import FinalisedError

    session = YearSession(filled, 2023)
    pending = [a for a in AppealRegister(filled, 2023).appeals() if a.pending]
    assert not pending
    session.submit_departments([d.code for d in session.year.departments])
    session.finalise()
    scan = tmp_path / "补充.pdf"
    scan.write_bytes(b"%PDF")
    files = Attachments(filled, 2023)
    before = database_files(filled.path)
    for refusal in (lambda: AppealRegister(filled, 2023).file("T01", "I06", "理由"),
                    lambda: files.add(score_owner("T01", "I06"), scan),
                    lambda: files.remove(files.list(score_owner("T01", "I06"))[0]["id"])):
        with pytest.raises(FinalisedError):
            refusal()
    assert database_files(filled.path) == before
    entry = RectificationLedger(filled, 2023).entries()[0]
    assert files.add(ledger_owner(entry.id), scan)["name"] == "补充.pdf"


@pytest.mark.parametrize("owner", ["score:ZZZ/I06", "score:T01/I99", "ledger:99999", "appeal:5", "other:1"])
def test_a_file_for_something_that_is_not_there_is_refused(filled, tmp_path, owner):
    from desktop_app.services.attachments import AttachmentError

    scan = tmp_path / "a.pdf"
    scan.write_bytes(b"%PDF")
    with pytest.raises(AttachmentError, match="不存在"):
        Attachments(filled, 2023).add(owner, scan)


def test_who_added_a_file_and_when_travel_with_it(filled, tmp_path):
    path = tmp_path / "2023.json"
    YearService(filled).export_file(2023, path)
    before = filled.follow_up(2023).files
    assert all(f.added_by and f.added_at for f in before)
    with Store(tmp_path / "other.db", operator="导入人") as other:
        YearService(other).import_file(path)
        after = other.follow_up(2023).files
        assert [(f.added_by, f.added_at) for f in after] == [(f.added_by, f.added_at) for f in before]
        entries = [e for e in other.audit_entries(2023) if e["action"] == "import_year"]
        assert entries and entries[0]["reason"] == str(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    stamp = data["follow_up"]["attachments"][0]["added_at"]  # as the store writes it, moved to another day
    for item in data["follow_up"]["attachments"]:
        item["added_at"] = stamp.replace(stamp[:10], "2024-01-02")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with Store(tmp_path / "fourth.db", operator="导入人") as fourth:  # a time unlike the import's own
        YearService(fourth).import_file(path)
        assert {f.added_at for f in fourth.follow_up(2023).files} == {data["follow_up"]["attachments"][0]["added_at"]}
    for item in data["follow_up"]["attachments"]:
        item["added_by"], item["added_at"] = "", None
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with Store(tmp_path / "third.db", operator="导入人") as third:
        YearService(third).import_file(path)
        assert {f.added_by for f in third.follow_up(2023).files} == {"导入人"}
        assert all(f.added_at for f in third.follow_up(2023).files)


def test_what_outlived_a_town_or_part_the_year_no_longer_has_still_reads_back(filled, tmp_path):
    """A town or part removed after problems, appeals or files were recorded for it: the program's
    own year file must read back, keeping them as they are."""
    path = tmp_path / "2023.json"
    YearService(filled).export_file(2023, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["follow_up"]["rectifications"][0]["town"] = "T99"
    data["follow_up"]["appeals"][0].update(town="T99", part="I99")
    data["follow_up"]["attachments"][-1]["owner"] = "score:T99/I99"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    _, follow_up = read_year_bundle(path)
    assert follow_up.rectifications[0].town == "T99" and follow_up.appeals[0].part == "I99"
    assert follow_up.files[-1].owner == "score:T99/I99"


def test_a_register_records_files_travel_by_its_place_in_the_register(filled, tmp_path):
    from desktop_app.domain.model import Veto

    session = YearSession(filled, 2023)
    session.set_vetoes((Veto("T05", "原因一"), Veto("T06", "原因二")))
    files = Attachments(filled, 2023)
    scan = tmp_path / "通报.pdf"
    scan.write_bytes(b"%PDF v")
    files.add(files.record_owner("veto", 1), scan)
    award = tmp_path / "表彰.pdf"
    award.write_bytes(b"%PDF b")
    files.add(files.record_owner("bonus", 2), award)
    path = tmp_path / "2023.json"
    YearService(filled).export_file(2023, path)
    owners = [item["owner"] for item in json.loads(path.read_text(encoding="utf-8"))["follow_up"]["attachments"]]
    assert "veto:#1" in owners and "bonus:#2" in owners
    with Store(tmp_path / "other.db") as other:
        YearService(other).import_file(path)
        moved = Attachments(other, 2023)
        assert moved.names_by_owner()["veto:#1"] == ["通报.pdf"]
        assert moved.list(moved.record_owner("veto", 1))[0]["name"] == "通报.pdf"
        assert moved.names_by_owner()["bonus:#2"] == ["表彰.pdf"]
        assert moved.list(moved.record_owner("bonus", 2))[0]["name"] == "表彰.pdf"
