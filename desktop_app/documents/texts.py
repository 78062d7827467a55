"""The wording of the documents: defaults from the plan, the year's edited texts,
and the small typographic rules (dates, 〔〕 document numbers, full-width punctuation,
heading fonts, title line breaks)."""
from __future__ import annotations

import datetime as _dt
import math
import re
from typing import TYPE_CHECKING, Iterable, Optional, Sequence

from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.model import AssessmentYear
from ..domain.numbers import chinese_date, parse_date_text
from .names import FANG, HEI, KAI, DocumentError

if TYPE_CHECKING:  # the window reads the texts at start-up: fonts and layout load reportlab
    from .fonts import FontSet
    from .layout import Run

# Keys of the year's ``issuer`` dict that the documents read; the GUI edits them.
TEXT_KEYS = (
    "marks", "file_word", "doc_number", "title", "recipients", "opening", "commendation", "requirements",
    "attachment_title", "signatures", "date", "contact", "cc", "printer", "print_date",
    "letter_signature", "letter_deadline", "letter_requirements", "letter_title", "letter_doc_number",
    "appeal_deadline", "area",
)






def format_date(value) -> str:
    """A date of a document: 2024年6月28日 (typed as 2024-06-28, 2024/6/28 or 2024年6月28日)."""
    date = parse_date_text(value)
    if date is None:
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "日期“{text}”无法识别，请写成 2024-06-28 或 2024年6月28日。"),
                            text=str(value))
    return chinese_date(date)


_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]"


def full_width_punctuation(text: str) -> str:
    """Half-width , ; : ( ) ! ? typed next to Chinese become full-width (，；：（）！？)."""
    if not text:
        return text
    pairs = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
    out = []
    for index, ch in enumerate(text):
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        if ch in pairs and (re.match(_CJK, before or " ") or re.match(_CJK, after or " ")):
            ch = pairs[ch]
        elif ch == "(" and re.match(_CJK, after or " "):
            ch = "（"
        elif ch == ")" and (re.match(_CJK, before or " ") or "".join(out).count("（") > "".join(out).count("）")):
            ch = "）"
        out.append(ch)
    return "".join(out)


def normalise_doc_number(text: str) -> str:
    """长委办发[2024]03号 -> 长委办发〔2024〕3号: hexagonal brackets, no leading zeros, no 第."""
    if not text:
        return ""
    text = text.strip()
    text = re.sub(r"[\[【(（〔]\s*(\d{4})\s*[\]】)）〕]", r"〔\1〕", text)
    text = re.sub(r"〕\s*第?\s*0*(\d+)\s*号?$", r"〕\1号", text)
    return text


def subject_of(title: str) -> str:
    """The assessment's subject from a year title: 长寿区2023年度XX考核 -> XX."""
    match = re.search(r"\d{4}\s*年度?(.+?)(考核)?(工作)?$", title)
    return match.group(1) if match else title


def plan_name(title: str) -> str:
    return f"《{title}工作实施方案》" if title.endswith("考核") else f"《{title}考核工作实施方案》"


def _join(items: Sequence[str], last: str = "和") -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + last + items[-1]


def _bureau(year: AssessmentYear) -> Optional[str]:
    return next((d.name for d in year.departments if "乡村振兴" in d.name), None)


def unit_noun(year: AssessmentYear) -> str:
    """What the year's assessed units are called in the documents: 镇街, unless the year names
    its level (a city over its counties: 县（区）)."""
    return year.unit_name("镇街")


# The administrative units an issuing organ's name starts with (重庆市长寿区…, 某市…, 甲县…), and the
# words its organ part starts with: the last unit before the organ part is the area it speaks for.
_AREA_UNITS = "省市州盟区县旗"
_ORGAN_WORDS = ("乡村振兴", "农业农村", "人民政府", "委员会", "领导小组", "办公室", "委", "局")


def area_of_organ(name: str) -> str:
    """全区 / 全县 / 全市 … for an issuing organ's name (重庆市长寿区乡村振兴局 → 全区); 全区 when
    the name has no administrative unit before its organ part."""
    cut = min((name.find(word) for word in _ORGAN_WORDS if word in name), default=len(name))
    place = name[:cut]
    last = max(place.rfind(unit) for unit in _AREA_UNITS)
    return "全" + (place[last] if last >= 0 else "区")


def _marks(issuer: dict) -> list[str]:
    """The issuing organs' marks the issuer settings give (its name when no marks are set)."""
    return [m for m in issuer.get("marks") or ([issuer["name"]] if issuer.get("name") else []) if m]


def area(year: AssessmentYear) -> str:
    """The area the documents speak for: the notice setting, else from the first issuing organ."""
    issuer = year.issuer or {}
    marks = _marks(issuer)
    return issuer.get("area") or area_of_organ(marks[0] if marks else "")


def defaults(year: AssessmentYear, today: Optional[_dt.date] = None) -> dict:
    """Texts to start from, built from the year (its title, scheme and issuer settings)."""
    issuer = dict(year.issuer or {})
    today = today or _dt.date.today()
    marks = _marks(issuer)
    methods = list(dict.fromkeys(i.method for i in year.indicators if i.method))
    method_text = "、".join(methods) if methods else "量化打分"
    inspections = [kind.name for kind in year.inspection_types]
    basis = f"按照{plan_name(year.title)}要求，采取{method_text}相结合的方式"
    if inspections:
        basis += f"，并运用{_join(inspections)}结果"
    noun = unit_noun(year)
    basis += (f"，对{area(year)}{{镇街数}}个{noun}{{年度}}年度{subject_of(year.title)}工作进行了考核。"
              "经审定，现将考核结果通报如下。")
    date = today
    return {
        "area": area(year),
        "marks": marks,
        "file_word": len(marks) > 1,
        "doc_number": issuer.get("doc_number", ""),
        "title": f"关于{year.title}结果的通报",
        "recipients": issuer.get("recipients") or f"各{noun}",
        "opening": basis,
        "commendation": "并在项目安排、奖励评优、政策先行先试等方面给予倾斜支持。",
        "requirements": (f"各{noun}要认真对照考核发现的问题，举一反三、限时整改，整改情况纳入专项督导检查。"
                         f"受到通报表扬的{noun}要珍惜荣誉、再接再厉；考核等次靠后的{noun}要深入查找原因，"
                         "切实改进工作，确保各项工作取得实效。"),
        "attachment_title": f"{year.title}结果汇总表",
        "signatures": list(marks),
        "date": date.isoformat(),
        "contact": issuer.get("contact", ""),
        "cc": issuer.get("cc", ""),
        "printer": issuer.get("printer") or (marks[0] if marks else ""),
        "print_date": "",
        "letter_signature": _bureau(year) or (marks[0] if marks else ""),
        "letter_deadline": "",  # empty: 90 days after the document's date
        "letter_requirements": "请对照以上问题逐项制定整改措施，明确责任人和完成时限，抓好整改落实。",
        "letter_title": "",  # empty: 关于反馈{镇街名称}{年度}年度……考核结果的函
        "letter_doc_number": "",  # empty: numbered under the notice's number, 长委办发〔2024〕3-{序号}号
        "appeal_deadline": "",  # empty: ten working days from receiving the letter
    }


def limit_sentences(year, row, name: Optional[str] = None) -> list[str]:
    """乙镇“存在突出问题”（理由），考核等次不高于“较好”。 for each grade limit the town meets that
    holds a grade down (a limit to the best grade only marks the town, for what follows from it)."""
    limits = {limit.code: limit for limit in year.grade_limits}
    best = year.rules.grades[0].name
    out = []
    for code in row.limits:
        limit = limits.get(code)
        if limit is None or limit.grade == best:
            continue
        reasons = "；".join(flag.reason for flag in year.limit_flags if flag.town == row.code and flag.limit == code)
        out.append(f"{name or row.name}“{limit.name}”{'（' + reasons + '）' if reasons else ''}，"
                   f"考核等次不高于“{limit.grade}”。")
    return out


def veto_clause(reasons: Sequence[str]) -> str:
    """"因……" for the veto sentence: a condition is a 情形, whether or not it was written
    starting with 因, so the sentence never reads "因因"."""
    return "因" + "；".join(reason.strip().rstrip("。；").removeprefix("因") for reason in reasons)


# Fields a notice or letter text may contain; filled from the year when a document is made,
# so a text copied into the next year still says the right number of towns and the right year.
FIELD_KEYS = ("opening", "commendation", "requirements", "title", "attachment_title", "letter_requirements",
              "letter_title")


def fill_fields(texts: dict, year: AssessmentYear) -> dict:
    """``texts`` with {镇街数}, {年度}, {发文字号} and {成文日期} filled in."""
    values = {"镇街数": str(len(year.towns)), "年度": str(year.year),
              "发文字号": normalise_doc_number(texts.get("doc_number", "") or ""),
              "成文日期": format_date(texts["date"]) if texts.get("date") else ""}
    filled = dict(texts)
    for key in FIELD_KEYS:
        text = filled.get(key)
        if isinstance(text, str):
            for name, value in values.items():
                text = text.replace("{" + name + "}", value)
            filled[key] = text
    return filled


def notice_texts(year: AssessmentYear, today: Optional[_dt.date] = None) -> dict:
    """The defaults overlaid with what the year stores (empty stored values keep the default)."""
    texts = defaults(year, today)
    for key, value in (year.issuer or {}).items():
        if key in TEXT_KEYS and value not in (None, "", []):
            texts[key] = value
    if isinstance(texts.get("marks"), str):
        texts["marks"] = [line for line in texts["marks"].splitlines() if line.strip()]
    if isinstance(texts.get("signatures"), str):
        texts["signatures"] = [line for line in texts["signatures"].splitlines() if line.strip()]
    if not texts.get("signatures"):
        texts["signatures"] = list(texts["marks"])
    return texts


def letter_deadline(texts: dict) -> str:
    """The rectification deadline as printed: the one set, else 90 days after the date."""
    if texts.get("letter_deadline"):
        return format_date(texts["letter_deadline"])
    date = parse_date_text(texts.get("date")) or _dt.date.today()
    return format_date(date + _dt.timedelta(days=90))


def appeal_sentence(texts: dict) -> str:
    """How a town disputes its result: by the date the bureau set, or within ten working days."""
    signer = texts.get("letter_signature", "")
    when = (f"于{format_date(texts['appeal_deadline'])}前" if texts.get("appeal_deadline")
            else "自收到本函之日起10个工作日内")
    return f"如对考核结果有异议，请{when}向{signer}书面提出申诉，写明申诉的指标和理由并附佐证材料；逾期未申诉的，视为无异议。"


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


_LEVEL_1 = re.compile(r"^[一二三四五六七八九十]+、")
_LEVEL_2 = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")


def heading_runs(paragraph: str) -> list[Run]:
    """一、 headings in 黑体, （一） in 楷体, up to the first full stop; 1. and （1） stay 仿宋."""
    from .layout import Run

    for pattern, role in ((_LEVEL_1, HEI), (_LEVEL_2, KAI)):
        if pattern.match(paragraph):
            end = paragraph.find("。")
            if end < 0 or end == len(paragraph) - 1:
                return [Run(paragraph, role)]
            return [Run(paragraph[:end + 1], role), Run(paragraph[end + 1:], FANG)]
    return [Run(paragraph, FANG)]


# --- title lines -----------------------------------------------------------------------------

_GOOD_BEFORE = set("同和与及暨并")
_GOOD_AFTER = ("关于", "年度", "的", "、")


def split_title(text: str, fonts: FontSet, role: str, size: float, width: float,
                keep_whole: Iterable[str] = ()) -> list[str]:
    """Break a title into balanced lines without splitting the year, an issuer's or a
    town's name; explicit line breaks typed by the user are kept."""
    text = text.strip()
    if "\n" in text:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        result = []
        for line in lines:
            result.extend(split_title(line, fonts, role, size, width, keep_whole))
        return result
    font = fonts[role]
    if font.width(text, size) <= width + 0.01:
        return [text]
    from .layout import _UNIT, NO_LINE_END, NO_LINE_START

    units = [m.group() for m in _UNIT.finditer(text)]
    starts, position = [], 0
    for unit in units:
        starts.append(position)
        position += len(unit)
    protected = set()
    for phrase in keep_whole:
        if not phrase:
            continue
        for match in re.finditer(re.escape(phrase), text):
            protected.update(range(match.start() + 1, match.end()))
    for match in re.finditer(r"\d+\s*(年度|年|月|日|号|个|分)", text):
        protected.update(range(match.start() + 1, match.end()))
    widths = [font.width(unit, size) for unit in units]

    def cost_of_break(i: int) -> Optional[float]:
        """Cost of starting a line at unit i; None when forbidden."""
        if starts[i] in protected or units[i][0] in NO_LINE_START or units[i - 1][-1] in NO_LINE_END:
            return None
        if units[i] in _GOOD_BEFORE or any(text[:starts[i]].endswith(word) for word in _GOOD_AFTER):
            return 0.0
        return 6 * size  # may split a word: only when nothing better balances

    allowed = {i: cost_of_break(i) for i in range(1, len(units))}
    allowed = {i: c for i, c in allowed.items() if c is not None}
    total = sum(widths)
    best = None
    for count in range(max(2, math.ceil(total / width)), len(units) + 1):
        best = _best_breaks(widths, allowed, count, width)
        if best is not None:
            break
    if best is None and keep_whole:
        return split_title(text, fonts, role, size, width, ())  # a name longer than a line must break
    if best is None:
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "标题“{text}”无法排成行，请手动分行（在标题中换行）。"), text=text)
    bounds = [0, *best, len(units)]
    return ["".join(units[a:b]) for a, b in zip(bounds, bounds[1:])]


def _best_breaks(widths: list[float], allowed: dict, count: int, width: float) -> Optional[list[int]]:
    """Choose ``count - 1`` break points: every line fits; then least word-splitting,
    most even lengths, and no line longer than the one below it (a trapezoid)."""
    positions = sorted(allowed)
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)
    n = len(widths)
    best, best_cost = None, None

    def search(start: int, chosen: list[int]) -> None:
        nonlocal best, best_cost
        if len(chosen) == count - 1:
            lines = [prefix[b] - prefix[a] for a, b in zip([0, *chosen], [*chosen, n])]
            if max(lines) > width + 0.01:
                return
            cost = sum(allowed[b] for b in chosen) + (max(lines) - min(lines))
            cost += sum(max(0.0, upper - lower) * 0.5 for upper, lower in zip(lines, lines[1:]))
            if best_cost is None or cost < best_cost:
                best, best_cost = list(chosen), cost
            return
        for position in positions:
            if position <= start:
                continue
            if prefix[position] - prefix[start] > width + 0.01:
                break
            search(position, chosen + [position])

    search(0, [])
    return best
