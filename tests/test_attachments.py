"""Evidence files kept in the database: name, size, digest and who added them; refused when too
large or of a kind no office opens; opened from a copy; in the trail without their bytes."""
import hashlib
import json

import pytest

from desktop_app.services.attachments import MAX_BYTES, AttachmentError, Attachments, ledger_owner, score_owner
from desktop_app.services.ledger import RectificationLedger
from tests.conftest import database_files


@pytest.fixture
def store(fresh_store):
    return fresh_store


def test_a_file_is_kept_with_its_name_size_digest_and_who_added_it(store, tmp_path):
    photo = tmp_path / "整改照片.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 40)
    files = Attachments(store, 2023)
    entry = RectificationLedger(store, 2023).add("T01", "问题")
    item = files.add(ledger_owner(entry.id), photo)
    assert (item["name"], item["size"], item["sha256"]) == ("整改照片.jpg", photo.stat().st_size,
                                                           hashlib.sha256(photo.read_bytes()).hexdigest())
    assert item["added_by"] == store.operator
    assert files.names(ledger_owner(entry.id)) == ["整改照片.jpg"] and files.names(score_owner("T01", "I06")) == []
    photo.write_bytes(b"changed afterwards")  # the database keeps its own copy
    copy = files.copy_for_viewing(item["id"])
    assert copy.name == "整改照片.jpg" and hashlib.sha256(copy.read_bytes()).hexdigest() == item["sha256"]
    trail = [e for e in store.audit_entries(2023) if e["target"] == "attachments"]
    assert [(e["action"], e["change"]) for e in trail] == [("add_attachment", "insert")]
    assert json.loads(trail[0]["new_value"]) == {"name": "整改照片.jpg", "size": item["size"], "sha256": item["sha256"],
                                                 "added_by": store.operator, "added_at": item["added_at"]}
    assert files.remove(item["id"]) and files.list() == []
    with pytest.raises(AttachmentError, match="已被删除"):
        files.copy_for_viewing(item["id"])


@pytest.mark.parametrize("name, size, message", [
    ("程序.exe", 10, "“程序.exe”不是可作佐证材料的文件类型"),
    ("扫描件.pdf", MAX_BYTES + 1, "“扫描件.pdf”有 20.0 MB，超过每个佐证文件 20 MB 的上限"),
])
def test_a_file_too_large_or_of_another_kind_is_refused_and_nothing_is_stored(store, tmp_path, name, size, message):
    path = tmp_path / name
    with open(path, "wb") as handle:
        handle.truncate(size)
    before = database_files(store.path)
    with pytest.raises(AttachmentError, match=message):
        Attachments(store, 2023).add("ledger:1", path)
    assert database_files(store.path) == before


def test_a_file_that_cannot_be_read_is_refused_with_the_reason(store, tmp_path):
    with pytest.raises(AttachmentError, match="无法读取“不存在.pdf”"):
        Attachments(store, 2023).add("ledger:1", tmp_path / "不存在.pdf")


def test_a_losss_evidence_files_are_named_in_its_letter_and_the_upward_workbook(store, tmp_path, example_year):
    import openpyxl

    from desktop_app.documents.letter import letter_paragraphs
    from desktop_app.documents.texts import notice_texts
    from desktop_app.domain.scoring import compute
    from desktop_app.excel.submission import write_submission_workbook

    scan = tmp_path / "危房核查记录.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    files = Attachments(store, 2023)
    year = store.load_year(2023)
    lost = next(s for s in year.scores if s.deductions and s.town == "T01")
    files.add(score_owner(lost.town, lost.part), scan)
    evidence = files.names_by_owner()
    assert evidence == {score_owner(lost.town, lost.part): ["危房核查记录.pdf"]}
    result = compute(year)
    _, after = letter_paragraphs(year, result, result.by_code()["T01"], notice_texts(year), (), evidence)
    named = [line for line in after if "（佐证材料：危房核查记录.pdf）" in line]
    assert len(named) == 1 and lost.deductions[0].reason in named[0]
    path = write_submission_workbook(year, result, tmp_path / "上报.xlsx", evidence=evidence)
    sheet = openpyxl.load_workbook(path).worksheets[1]
    header = next(row for row in sheet.iter_rows(values_only=True) if row and "佐证材料" in row)
    column = header.index("佐证材料")
    listed = [row for row in sheet.iter_rows(values_only=True) if len(row) > column and row[column] == "危房核查记录.pdf"]
    assert len(listed) == 1 and lost.part in listed[0]
    # without evidence files the sheet keeps its columns
    plain = openpyxl.load_workbook(write_submission_workbook(year, result, tmp_path / "plain.xlsx")).worksheets[1]
    assert not any("佐证材料" in (row or ()) for row in plain.iter_rows(values_only=True))


def test_a_department_operator_attaches_to_its_own_scores_only(store, tmp_path):
    from desktop_app.services import Accounts, PermissionDeniedError

    accounts = Accounts(store)
    accounts.create_first_administrator("admin", "考核办", "bureau-2024")
    accounts.add("zjw1", "住建委", "department", "zjw", "zjw-first-1")
    entry = RectificationLedger(store, 2023).add("T01", "问题")
    accounts.sign_out()
    accounts.sign_in("zjw1", "zjw-first-1")
    accounts.change_password("zjw-first-1", "zjw-second-2")
    scan = tmp_path / "记录.pdf"
    scan.write_bytes(b"%PDF")
    files = Attachments(store, 2023)
    own = files.add(score_owner("T01", "I06"), scan)  # I06 is 区住建委's part
    assert files.names(score_owner("T01", "I06")) == ["记录.pdf"]
    for owner in (score_owner("T01", "I01"), ledger_owner(entry.id)):
        with pytest.raises(PermissionDeniedError):
            files.add(owner, scan)
    assert files.remove(own["id"])


def test_bonus_and_veto_records_carry_files_that_go_with_them(store, tmp_path, example_year):
    import openpyxl

    from desktop_app.documents.letter import letter_paragraphs
    from desktop_app.documents.texts import notice_texts
    from desktop_app.domain.model import Veto
    from desktop_app.excel.submission import write_submission_workbook
    from desktop_app.services import YearSession

    session = YearSession(store, 2023)
    session.set_vetoes((Veto("T05", "被市委通报批评"),))
    files = Attachments(store, 2023)
    notice = tmp_path / "通报文件.pdf"
    notice.write_bytes(b"%PDF notice")
    award = tmp_path / "表彰决定.pdf"
    award.write_bytes(b"%PDF award")
    bonus_index = next(i for i, b in enumerate(session.year.bonuses) if b.town == "T03")
    files.add(files.record_owner("veto", 0), notice)
    files.add(files.record_owner("bonus", bonus_index), award)
    evidence = files.names_by_owner()
    assert evidence == {"veto:#0": ["通报文件.pdf"], f"bonus:#{bonus_index}": ["表彰决定.pdf"]}
    year, result = session.year, session.result
    _, after = letter_paragraphs(year, result, result.by_code()["T05"], notice_texts(year), (), evidence)
    assert any(line.startswith("1.被市委通报批评（佐证材料：通报文件.pdf），实行“一票否决”") for line in after)
    _, after = letter_paragraphs(year, result, result.by_code()["T03"], notice_texts(year), (), evidence)
    assert any("（佐证材料：表彰决定.pdf）" in line for line in after)
    workbook = openpyxl.load_workbook(write_submission_workbook(year, result, tmp_path / "up.xlsx", evidence=evidence))
    texts = [[str(v) for v in row if v is not None] for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True)]
    assert any("通报文件.pdf" in row for row in texts) and any("表彰决定.pdf" in row for row in texts)
    # an edit keeps the record's files; a removed record takes them along
    session.set_vetoes((Veto("T05", "被市委通报批评，情节严重"),))
    assert files.names_by_owner().get("veto:#0") == ["通报文件.pdf"]
    session.set_vetoes(())
    assert "veto:#0" not in files.names_by_owner()
    with pytest.raises(AttachmentError, match="不存在"):
        files.add("veto:99999", notice)


@pytest.mark.parametrize("name, accepted", [
    ("报告.v2.pdf", True), ("照片.JPG", True), ("README", False), ("", False), (".", False), ("a:b.pdf", False),
    ("问题?.pdf", False), (" 前面有空格.pdf", False),
])
def test_a_file_name_is_plain_and_of_a_kind_an_office_opens(name, accepted):
    from desktop_app.domain.follow_up import file_name_problem

    refused = file_name_problem(name, 10)
    assert (refused is None) is accepted
    if refused is not None:
        assert refused.path == ""


def test_a_file_of_exactly_the_limit_is_taken_and_one_byte_more_is_not(store, tmp_path):
    from desktop_app.domain.follow_up import file_name_problem

    assert file_name_problem("a.pdf", MAX_BYTES) is None
    assert file_name_problem("a.pdf", MAX_BYTES + 1) is not None


def test_a_file_of_another_kind_is_refused_before_it_is_looked_for(store, tmp_path):
    with pytest.raises(AttachmentError, match="“程序.exe”不是可作佐证材料的文件类型"):
        Attachments(store, 2023).add("ledger:1", tmp_path / "程序.exe")  # not there either


def test_a_file_that_grew_while_being_read_is_refused(store, tmp_path, monkeypatch):
    import os
    from pathlib import Path

    entry = RectificationLedger(store, 2023).add("T01", "问题")
    big = tmp_path / "扫描件.pdf"
    with open(big, "wb") as handle:
        handle.truncate(MAX_BYTES + 10)
    real_stat = Path.stat

    def small_at_first(self, *args, **kwargs):
        result = real_stat(self, *args, **kwargs)
        if self == big:
            return os.stat_result((result.st_mode, 0, 0, 1, 0, 0, 100, 0, 0, 0))
        return result

    monkeypatch.setattr(Path, "stat", small_at_first)
    with pytest.raises(AttachmentError, match="超过每个佐证文件 20 MB 的上限"):
        Attachments(store, 2023).add(ledger_owner(entry.id), big)


def test_a_records_owner_is_asked_for_by_its_place_within_the_register(store):
    from desktop_app.domain.model import Veto
    from desktop_app.services import YearSession

    YearSession(store, 2023).set_vetoes((Veto("T01", "原因"),))
    files = Attachments(store, 2023)
    assert files.record_owner("veto", 0).startswith("veto:")
    assert files.record_owner("veto", 1) is None and files.record_owner("veto", -1) is None


@pytest.mark.parametrize("name, why", [
    ("", "不是有效的文件名"), (".", "不是有效的文件名"), ("..", "不是有效的文件名"), ("a/b.pdf", "不是有效的文件名"),
    ("README", "不是可作佐证材料的文件类型"), ("X光片.jpg", None), ("XX.pdf", None),
])
def test_a_refused_file_name_says_whether_the_name_or_the_kind_is_wrong(name, why):
    from desktop_app.domain.follow_up import file_name_problem

    refused = file_name_problem(name, 10)
    if why is None:
        assert refused is None
    else:
        assert refused.message.startswith(f"“{name}”{why}")


def test_a_score_owner_splits_at_the_first_slash_and_a_code_may_hold_a_colon_or_slash(tmp_path):
    import dataclasses

    from desktop_app.services import YearService
    from desktop_app.services.attachments import split_score_owner
    from desktop_app.storage import Store
    from tests.test_scoring_properties import THREE, simple_year

    assert split_score_owner("score:T01/A/B") == ("T01", "A/B")
    year = simple_year([90], grades=THREE)
    indicator = year.indicators[0]
    odd = dataclasses.replace(indicator.parts[0], code="P:1/2")
    year = dataclasses.replace(year, indicators=(dataclasses.replace(indicator, parts=(odd,)),), scores=())
    with Store(tmp_path / "odd.db") as store:
        YearService(store).import_year(year)
        scan = tmp_path / "扣分依据.pdf"
        scan.write_bytes(b"%PDF")
        files = Attachments(store, 2023)
        files.add(score_owner("T00", "P:1/2"), scan)
        assert files.names(score_owner("T00", "P:1/2")) == ["扣分依据.pdf"]


def test_a_score_of_a_part_for_some_towns_only_takes_files_for_those_towns(store, tmp_path):
    scan = tmp_path / "依据.pdf"
    scan.write_bytes(b"%PDF")
    files = Attachments(store, 2023)
    files.add(score_owner("T03", "I22"), scan)  # I22 applies to T03
    assert files.names(score_owner("T03", "I22")) == ["依据.pdf"]
    with pytest.raises(AttachmentError, match="不存在"):
        files.add(score_owner("T01", "I22"), scan)  # nor to T01


def test_removing_a_file_that_is_not_there_says_so_without_an_error(store):
    assert Attachments(store, 2023).remove(987654) is False
