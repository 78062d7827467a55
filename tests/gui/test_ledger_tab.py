"""整改台账 tab: problems made from the losses, filtered, coloured by the injected clock, edited,
closed only with evidence and a reviewer, undone, exported and imported, and a report saved."""
import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.ledger import CLOSED, IN_PROGRESS, OPEN
from desktop_app.gui.ledger.models import DUE_SOON, OVERDUE

TODAY = dt.date(2024, 6, 25)


@pytest.fixture
def tab(main_window):
    tab = main_window.ledger_tab
    tab.today = lambda: TODAY
    main_window.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    return tab


def stored(tab):
    return tab.ledger.entries()


def generate(tab, messenger, deadline="2024-06-30"):
    messenger.texts = [deadline]
    tab.generate_button.click()
    return stored(tab)


def test_problems_are_made_from_the_losses_once_and_shown(tab, messenger):
    entries = generate(tab, messenger)
    assert entries and tab.model.rowCount() == len(entries)
    assert messenger.infos[-1] == f"新增 {len(entries)} 个问题。"
    generate(tab, messenger)
    assert messenger.infos[-1] == "没有新的失分问题：台账中已有全部失分。"
    assert len(stored(tab)) == len(entries)
    assert tab.summary_label.text().startswith(f"共 {len(entries)} 个问题：待整改 {len(entries)}")
    assert "7 日内到期 " + str(len(entries)) in tab.summary_label.text()
    # one undo takes the whole step back, redo brings it again (an edit after it still undoes right)
    tab.undo.undo_action.trigger()
    assert stored(tab) == []
    tab.undo.redo_action.trigger()
    again = stored(tab)
    assert [(e.town, e.source_key, e.description) for e in again] == [(e.town, e.source_key, e.description) for e in entries]
    tab.select(again[0].id)
    tab.fields["leader"].setText("张三")
    assert tab.save_entry()
    tab.undo.undo_action.trigger()
    assert stored(tab)[0].leader == ""
    tab.undo.undo_action.trigger()
    assert stored(tab) == []


def test_filters_by_town_unit_status_and_overdue(tab, messenger):
    entries = generate(tab, messenger)
    town = entries[0].town
    tab.town_filter.setCurrentIndex(tab.town_filter.findData(town))
    assert {e.town for e in tab.visible_entries()} == {town}
    assert len(tab.visible_entries()) == sum(1 for e in entries if e.town == town)
    tab.town_filter.setCurrentIndex(0)
    tab.unit_filter.setText("区住建委")
    assert tab.visible_entries() and all("区住建委" in e.lead_unit for e in tab.visible_entries())
    tab.unit_filter.clear()
    tab.ledger.update(entries[1].id, deadline="2024-06-01")
    tab.refresh()
    tab.overdue_filter.setChecked(True)
    assert [e.id for e in tab.visible_entries()] == [entries[1].id]
    tab.overdue_filter.setChecked(False)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(IN_PROGRESS))
    assert tab.visible_entries() == []


def test_overdue_rows_are_red_and_rows_due_within_seven_days_amber(tab, messenger):
    entries = generate(tab, messenger, deadline="2024-07-20")
    tab.ledger.update(entries[0].id, deadline="2024-06-24")
    tab.ledger.update(entries[1].id, deadline="2024-07-02")
    tab.refresh()
    colour = lambda entry: tab.model.index(tab.model.row_of(entry.id), 0).data(Qt.BackgroundRole)  # noqa: E731
    assert colour(entries[0]).color() == OVERDUE
    assert colour(entries[1]).color() == DUE_SOON
    assert colour(entries[2]) is None
    assert "已逾期 1 天" in tab.model.index(tab.model.row_of(entries[0].id), 3).data(Qt.ToolTipRole)
    tab.today = lambda: dt.date(2024, 7, 3)
    tab.refresh()
    assert colour(entries[1]).color() == OVERDUE


def test_a_problem_is_added_edited_closed_with_its_evidence_and_undone(tab, messenger):
    tab.clear_form()
    tab.fields["town"].setCurrentIndex(tab.fields["town"].findData("T03"))
    tab.fields["description"].setPlainText("村务公开栏未更新")
    tab.fields["deadline"].setText("2024/7/15")
    assert tab.add_entry()
    (entry,) = stored(tab)
    assert (entry.town, entry.description, entry.deadline, entry.status) == ("T03", "村务公开栏未更新", "2024-07-15", OPEN)
    assert tab._shown.id == entry.id and tab.form_box.title() == f"第 {entry.id} 号问题"

    tab.fields["measures"].setPlainText("每季度更新公开内容")
    tab.fields["status"].setCurrentIndex(tab.fields["status"].findData(IN_PROGRESS))
    assert tab.save_entry()
    assert (stored(tab)[0].measures, stored(tab)[0].status) == ("每季度更新公开内容", IN_PROGRESS)

    # closing without evidence or reviewer is refused, with the reason
    assert not tab.close_entry()
    assert "销号须有佐证材料" in messenger.errors[-1] and "销号须由核验人核验并署名" in messenger.errors[-1]
    assert stored(tab)[0].status == IN_PROGRESS
    tab.fields["evidence"].setPlainText("公开栏照片 3 张")
    tab.fields["reviewer"].setText("李四")
    assert tab.close_entry()
    closed = stored(tab)[0]
    assert (closed.status, closed.completed_on, closed.reviewer) == (CLOSED, "2024-06-25", "李四")

    tab.undo.undo_action.trigger()
    assert stored(tab)[0].status == IN_PROGRESS and stored(tab)[0].evidence == ""
    tab.undo.undo_action.trigger()
    assert stored(tab)[0].measures == "" and stored(tab)[0].status == OPEN
    tab.undo.redo_action.trigger()
    assert stored(tab)[0].measures == "每季度更新公开内容"


def test_a_removal_asks_and_undo_puts_the_problem_back(tab, messenger):
    entries = generate(tab, messenger)
    tab.select(entries[0].id)
    messenger.confirm_answer = False
    assert not tab.remove_entry()
    assert len(stored(tab)) == len(entries)
    messenger.confirm_answer = True
    assert tab.remove_entry()
    assert "删除第" in messenger.questions[-1] and len(stored(tab)) == len(entries) - 1
    tab.undo.undo_action.trigger()
    back = [e for e in stored(tab) if e.description == entries[0].description and e.town == entries[0].town]
    assert len(back) == 1 and back[0].source_key == entries[0].source_key
    # the put-back problem is the one the earlier steps know: undoing further still works on it
    tab.undo.redo_action.trigger()
    assert not [e for e in stored(tab) if e.source_key == entries[0].source_key and e.town == entries[0].town]


def test_an_edit_made_elsewhere_meanwhile_is_not_overwritten(tab, messenger):
    entries = generate(tab, messenger)
    tab.select(entries[0].id)
    tab.ledger.update(entries[0].id, measures="另一窗口的措施")  # after the form was filled
    tab.fields["measures"].setPlainText("本窗口的措施")
    assert not tab.save_entry()
    assert "已在另一窗口中被修改" in messenger.errors[-1]
    assert stored(tab)[0].measures == "另一窗口的措施"


def test_the_ledger_goes_out_as_a_workbook_and_comes_back(tab, messenger, tmp_path):
    entries = generate(tab, messenger)
    path = tmp_path / "台账.xlsx"
    messenger.files = [str(path)]
    assert tab.export_workbook() == str(path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    headers = [sheet.cell(4, column).value for column in range(1, sheet.max_column + 1)]
    measures, status = headers.index("整改措施") + 1, headers.index("完成情况") + 1
    sheet.cell(5, measures).value = "补齐档案"
    sheet.cell(5, status).value = "整改中"
    workbook.save(path)
    messenger.files = [str(path)]
    assert tab.import_workbook()
    assert "将新增 0 个问题，修改 1 个问题" in messenger.questions[-1]
    first = next(e for e in stored(tab) if e.id == entries[0].id)
    assert (first.measures, first.status) == ("补齐档案", IN_PROGRESS)


def test_a_faulty_workbook_is_refused_with_its_cells(tab, messenger, tmp_path):
    generate(tab, messenger)
    path = tmp_path / "台账.xlsx"
    messenger.files = [str(path)]
    tab.export_workbook()
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    headers = [sheet.cell(4, column).value for column in range(1, sheet.max_column + 1)]
    sheet.cell(5, headers.index("整改时限") + 1).value = "月底"
    workbook.save(path)
    before = stored(tab)
    messenger.files = [str(path)]
    assert not tab.import_workbook()
    assert "台账中有 1 处问题，未导入任何内容" in messenger.errors[-1] and "“月底”不是日期" in messenger.errors[-1]
    assert stored(tab) == before


def test_the_report_of_a_town_and_of_every_town_is_saved(tab, messenger, tmp_path):
    import pdfplumber

    entries = generate(tab, messenger)
    town = entries[0].town
    tab.town_filter.setCurrentIndex(tab.town_filter.findData(town))
    messenger.files = [str(tmp_path / "town.pdf")]
    assert tab.save_report() == str(tmp_path / "town.pdf")
    with pdfplumber.open(tmp_path / "town.pdf") as pdf:
        text = "".join(page.extract_text() for page in pdf.pages).replace("\n", "")
    name = tab.town_filter.currentText()
    assert f"关于{name}2023年度" in text and f"共有整改问题{sum(1 for e in entries if e.town == town)}个" in text
    tab.town_filter.setCurrentIndex(0)
    messenger.files = [str(tmp_path / "all.pdf")]
    assert tab.save_report()
    with pdfplumber.open(tmp_path / "all.pdf") as pdf:
        text = "".join(page.extract_text() for page in pdf.pages).replace("\n", "")
    assert f"共有整改问题{len(entries)}个" in text and "各镇街整改情况" in text



def test_a_problem_closed_with_an_evidence_file_only(tab, messenger, tmp_path):
    entries = generate(tab, messenger)
    tab.select(entries[0].id)
    photo = tmp_path / "整改后照片.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 2048)
    messenger.files = [str(photo)]
    assert tab.attachments.add()
    assert tab.attachments.names() == ["整改后照片.png"]
    opened = []
    tab.attachments.opener = lambda path: opened.append(path.read_bytes()) or True
    assert tab.attachments.open_selected() and opened == [photo.read_bytes()]
    tab.fields["reviewer"].setText("李四")
    assert tab.close_entry()
    closed = next(e for e in stored(tab) if e.id == entries[0].id)
    assert closed.status == CLOSED and closed.evidence == "见佐证文件：整改后照片.png"
    # another problem shows its own (no) files
    tab.select(entries[1].id)
    assert tab.attachments.names() == [] and tab.attachments.items.count() == 0
    tab.select(entries[0].id)
    messenger.confirm_answer = True
    assert tab.attachments.remove_selected() and tab.attachments.names() == []


def test_closing_from_the_form_keeps_the_other_edits_made_with_it(tab, messenger):
    entries = generate(tab, messenger)
    tab.select(entries[0].id)
    tab.fields["measures"].setPlainText("逐户补齐档案")
    tab.fields["leader"].setText("张三")
    tab.fields["status"].setCurrentIndex(tab.fields["status"].findData(CLOSED))
    tab.fields["evidence"].setPlainText("档案照片")
    tab.fields["reviewer"].setText("李四")
    assert tab.save_entry()
    closed = next(e for e in stored(tab) if e.id == entries[0].id)
    assert (closed.status, closed.measures, closed.leader, closed.completed_on) == (
        CLOSED, "逐户补齐档案", "张三", "2024-06-25")


def test_undo_does_not_overwrite_what_another_process_changed_since(tab, messenger, tmp_path):
    from desktop_app.services.ledger import RectificationLedger
    from desktop_app.storage import Store

    entries = generate(tab, messenger)
    tab.select(entries[0].id)
    tab.fields["leader"].setText("张三")
    assert tab.save_entry()
    with Store(tab.workspace.store.path) as other:
        RectificationLedger(other, 2023).close(entries[0].id, "整改报告", "王五", completed_on="2024-06-20")
    tab.undo.undo_action.trigger()  # takes back only 责任领导, which nobody else changed
    after = next(e for e in stored(tab) if e.id == entries[0].id)
    assert (after.leader, after.status, after.reviewer) == ("", CLOSED, "王五")
    with Store(tab.workspace.store.path) as other:
        RectificationLedger(other, 2023).update(entries[0].id, leader="赵六")
    errors = len(messenger.errors)
    tab.undo.redo_action.trigger()  # 责任领导 changed elsewhere meanwhile: refused, not overwritten
    assert len(messenger.errors) == errors + 1 and "已在另一窗口中被修改" in messenger.errors[-1]
    assert next(e for e in stored(tab) if e.id == entries[0].id).leader == "赵六"


def test_edits_left_in_the_form_are_offered_for_saving_before_another_problem_shows(tab, messenger):
    entries = generate(tab, messenger)
    tab.select(entries[0].id)
    tab.fields["leader"].setText("张三")
    messenger.confirm_answer = False
    tab.select(entries[1].id)
    assert "第 {} 号问题的修改尚未保存".format(entries[0].id) in messenger.questions[-1]
    assert next(e for e in stored(tab) if e.id == entries[0].id).leader == ""
    tab.fields["leader"].setText("李四")
    messenger.confirm_answer = True
    asked = len(messenger.questions)
    tab.select(entries[2].id)
    assert len(messenger.questions) == asked + 1
    assert next(e for e in stored(tab) if e.id == entries[1].id).leader == "李四"
    tab.select(entries[3].id)  # nothing typed: nothing asked
    assert len(messenger.questions) == asked + 1
