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
