"""Message templates of the core: filled in as Chinese, or translated by the GUI first."""
from desktop_app.domain.messages import MessageError, Problem
from desktop_app.domain.scheme_edit import SchemeEditError

ENGLISH = {
    ("Validation", "满分必须大于 0"): "The full score must be above 0",
    ("Validation", "镇街 {town} 不存在（打分部分 {part}）"): "Town {town} does not exist (part {part})",
    ("SchemeEdit", "编码 {code} 不存在"): "Code {code} does not exist",
}


def english(context, text):
    return ENGLISH[(context, text)]


def test_a_problem_is_shown_translated_with_its_fields_filled_in():
    problem = Problem("scores[3]", "镇街 {town} 不存在（打分部分 {part}）", {"town": "T99", "part": "I01"})
    assert problem.render(english) == "Town T99 does not exist (part I01)"
    assert problem.render() == problem.message == "镇街 T99 不存在（打分部分 I01）"


def test_a_problem_reads_with_its_path_when_it_has_one():
    assert str(Problem("rules.full_score", "满分必须大于 0")) == "rules.full_score: 满分必须大于 0"
    assert str(Problem("", "满分必须大于 0")) == "满分必须大于 0"


def test_a_refusal_is_shown_translated_in_its_own_context():
    error = SchemeEditError("编码 {code} 不存在", code="C9")
    assert str(error) == error.render() == "编码 C9 不存在"
    assert error.render(english) == "Code C9 does not exist"
    plain = MessageError("满分必须大于 0")
    assert plain.render(english) == "The full score must be above 0"


# --- one refusal type -------------------------------------------------------------------

def test_every_refusal_of_the_program_is_one_type_with_a_list_of_problems(tmp_path):
    """Entry, storage, scheme-edit, year-file, sheet and document refusals are MessageError:
    the window and the command line need no case for each."""
    from desktop_app.cli_common import UsageError
    from desktop_app.documents.names import DocumentError
    from desktop_app.excel.problems import SheetError
    from desktop_app.services import EntryError
    from desktop_app.storage import StorageError
    from desktop_app.yearfile import YearFileError

    for kind in (EntryError, StorageError, SchemeEditError, YearFileError, SheetError, DocumentError, UsageError):
        assert issubclass(kind, MessageError), kind
    sheet = SheetError("打分表.xlsx", [Problem("打分表!D7", "镇街 {town} 不存在（打分部分 {part}）",
                                               {"town": "T99", "part": "I01"}, context="Validation")])
    assert sheet.describe() == "打分表.xlsx: 打分表!D7: 镇街 T99 不存在（打分部分 I01）"
    assert sheet.describe(english) == "打分表.xlsx: 打分表!D7: Town T99 does not exist (part I01)"
    assert sheet.problems[0].cell == "打分表!D7"


def test_a_refusal_lists_at_most_limit_problems_and_counts_the_rest():
    problems = [Problem(f"scores[{n}]", "满分必须大于 0") for n in range(5)]
    error = MessageError(problems=problems, source="2024.json")
    assert error.describe(limit=2).splitlines() == [
        "2024.json: scores[0]: 满分必须大于 0", "2024.json: scores[1]: 满分必须大于 0", "……另有 3 处问题"]
    assert len(error.describe().splitlines()) == 5
    assert error.template == "满分必须大于 0" and error.params == {}


def test_a_validation_problem_refused_by_the_entry_service_translates_in_its_own_context(tmp_path, example_year):
    """The problem keeps the context it was marked in (Validation), not the service's (Entry)."""
    import pytest

    from desktop_app.domain.model import Bonus
    from desktop_app.services import EntryError, YearSession
    from desktop_app.storage import Store

    asked = []

    def recording(context, text):
        asked.append(context)
        return text

    with Store(tmp_path / "a.db") as store:
        store.save_year(example_year)
        session = YearSession(store, 2023)
        with pytest.raises(EntryError) as raised:
            session.set_bonuses(session.year.bonuses + (Bonus("T99", "B01"),))
        raised.value.describe(recording)
        assert asked == ["Validation"]
        assert "T99" in raised.value.describe()
        assert raised.value.problems[0].path == ""  # the window says what, not where in a file


def test_the_count_of_further_problems_is_translated_and_a_single_refusal_has_no_place():
    problems = [Problem(f"scores[{n}]", "满分必须大于 0") for n in range(3)]
    asked = []

    def english(context, text):
        asked.append((context, text))
        return {"满分必须大于 0": "The full score must be above 0", "……另有 {count} 处问题": "… {count} more"}[text]

    lines = MessageError(problems=problems).describe(english, limit=1).splitlines()
    assert lines == ["scores[0]: The full score must be above 0", "… 2 more"]
    assert ("Validation", "……另有 {count} 处问题") in asked
    error = SchemeEditError("编码 {code} 不存在", code="C9")
    assert error.problems[0].path == "" and str(error) == "编码 C9 不存在"
