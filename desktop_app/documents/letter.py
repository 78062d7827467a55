"""考核结果反馈: one letter per town with its whole score breakdown and the problems
to rectify. One PDF per town, or every letter in one file (each starting on an odd
page with its own page numbers, so a double-sided print separates cleanly)."""
from __future__ import annotations

from typing import Callable, Iterator, Mapping, NamedTuple, Optional, Sequence

from reportlab.platypus import Spacer

from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.losses import INSPECTION, VETO, Loss, year_losses
from ..domain.model import ROUNDS_MEAN, AssessmentYear, Deduction, Town
from ..domain.numbers import chinese_numeral, points_text, two_decimals
from ..domain.scoring import TownResult, YearResult, round_score
from .blocks import HeaderBlock, SignatureBlock
from .common import BuiltDocument, is_draft, render
from .fonts import FANG, XBS, DocumentError, FontSet
from .layout import (
    BODY, FLUSH, SIZE_2, TEXT_WIDTH, TITLE, BlankLines, Column, GongwenDoc, GridTable, NewPage, SectionStart,
    StartOnOddPage, TableRow, TextBlock, flow_text, mm,
)
from .seal import DEFAULT_DIAMETER_MM
from .texts import (
    appeal_sentence, area, fill_fields, format_date, full_width_punctuation, heading_runs, letter_deadline, normalise_doc_number,
    limit_sentences, notice_texts, paragraphs, plan_name, split_title, subject_of, unit_noun, veto_clause,
)



def addressee(town: Town) -> str:
    if town.kind == "街道":
        return f"{town.name}党工委、办事处"
    if town.kind in ("镇", "乡"):
        return f"{town.name}党委、人民政府"
    return town.name


def pronoun(town: Town) -> str:
    return {"街道": "你街道", "镇": "你镇", "乡": "你乡"}.get(town.kind or "", "你单位")


class _TownRecords(NamedTuple):
    scores: dict
    bonuses: list
    vetoes: list


_last_index: Optional[tuple] = None  # (year, {town: _TownRecords}) of the last year asked about
_last_losses: Optional[tuple] = None  # (year, result, {town: losses}) of the last result asked about


def town_losses(year: AssessmentYear, result: YearResult, town: str) -> tuple[Loss, ...]:
    """The core's losses of one town; computed once per result, not again for each of 500 letters."""
    global _last_losses
    cached = _last_losses
    if cached is None or cached[0] is not year or cached[1] is not result:
        cached = _last_losses = (year, result, year_losses(year, result))
    return cached[2].get(town, ())


def town_records(year: AssessmentYear, town: str) -> _TownRecords:
    """A town's entries; the year is indexed once, not scanned again for each of 500 letters."""
    global _last_index
    cached = _last_index
    if cached is None or cached[0] is not year:
        index = {t.code: _TownRecords({}, [], []) for t in year.towns}
        for score in year.scores:
            if score.town in index:
                index[score.town].scores[score.part] = score
        for number, bonus in enumerate(year.bonuses):
            if bonus.town in index:
                index[bonus.town].bonuses.append((number, bonus))
        for veto in year.vetoes:
            if veto.town in index:
                index[veto.town].vetoes.append(veto)
        cached = _last_index = (year, index)
    return cached[1].get(town) or _TownRecords({}, [], [])


UNEXPLAINED = "责任单位未说明失分原因"


def deduction_text(deduction: Deduction) -> str:
    """未按时报送，扣0.50分: one deduction as the score table and the problem list print it."""
    return f"{deduction.reason.strip().rstrip('。；;')}，扣{two_decimals(deduction.points)}分"


def attached(names: Sequence[str]) -> str:
    return f"（佐证材料：{'、'.join(names)}）" if names else ""


def problem_lines(year: AssessmentYear, losses: Sequence[Loss], files_by_owner: Mapping[str, Sequence[str]] = {},
                  town: str = "") -> list[str]:
    """The town's problems as its letter lists them: vetoes, then inspection rounds that cost
    points, then every part below its points (scheme order) with the points lost and the
    department's reasons, or a plain statement that none was given; ``files_by_owner``: the names
    of evidence files (``score:TOWN/PART`` of a part's deductions, ``veto:#N`` of a veto record)."""
    departments = {d.code: d.name for d in year.departments}
    indicators = {i.code: i for i in year.indicators}
    inspection_types = {k.code: k.name for k in year.inspection_types}
    lines = []
    for loss in losses:
        if loss.source == VETO:
            veto = year.vetoes[loss.index]
            evidence = f"（{veto.evidence.rstrip('。')}）" if veto.evidence else ""
            evidence += attached(files_by_owner.get(f"veto:#{loss.index}", ()))
            lines.append(f"{loss.reason.strip().rstrip('。；;')}{evidence}，实行“一票否决”。")
        elif loss.source == INSPECTION:
            record = year.inspections[loss.index]
            name = inspection_types.get(record.type, record.type)
            round_text = f"（第{record.round}轮）" if record.round else ""
            note = f"：{loss.reason.strip().rstrip('。；;')}" if (loss.reason or "").strip() else ""
            lines.append(f"{name}{round_text}中出现问题导致区被扣分，失分{two_decimals(loss.points)}分{note}。")
        else:
            indicator = indicators[loss.indicator]
            department = departments.get(loss.department, loss.department)
            head = f"{indicator.name}（{department}）失分{two_decimals(loss.points)}分"
            reasons = [deduction_text(d) for d in loss.deductions]
            if (loss.note or "").strip():
                reasons.append(loss.note.strip().rstrip("。；;"))
            files = attached([name for part in loss.parts_scored
                              for name in files_by_owner.get(f"score:{town}/{part}", ())])
            if reasons:
                lines.append(full_width_punctuation(f"{head}：{'；'.join(reasons)}") + f"{files}。")
            else:
                lines.append(f"{head}，{UNEXPLAINED}{files}。")
    return lines


def assessed_with(year: AssessmentYear, result: YearResult, row: TownResult) -> list[TownResult]:
    """The towns ranked together with ``row``: its class when the year ranks by class, else all."""
    if year.rules.rank_by_class and year.town_classes:
        return [other for other in result.rows if other.town_class == row.town_class]
    return list(result.rows)


def tied(result: YearResult, row: TownResult, year: Optional[AssessmentYear] = None) -> bool:
    rows = assessed_with(year, result, row) if year is not None else result.rows
    return sum(1 for other in rows if other.rank == row.rank) > 1


def score_table(year: AssessmentYear, row: TownResult, fonts: FontSet) -> GridTable:
    departments = {d.code: d.name for d in year.departments}
    records = town_records(year, row.code)
    scores = records.scores
    vetoed_by = {v.indicator for v in records.vetoes if v.indicator}
    columns = [Column("序号"), Column("指标", align="left", wrap=True, min_chars=4),
               Column("责任单位"), Column("分值"), Column("得分"),
               Column("扣分情况", align="left", wrap=True, min_chars=6)]
    rows: list[TableRow] = []
    number = 0
    for position, category in enumerate(year.categories):
        subtotal = row.categories.get(category.code)
        label = chinese_numeral(position + 1)
        rows.append(TableRow((f"{label}、{category.name}（{points_text(category.points)}分）"
                              f"　小计得分：{two_decimals(subtotal)}",), "section"))
        for indicator in year.indicators:
            if indicator.category != category.code:
                continue
            in_rounds = indicator.rounds is not None and not indicator.veto and indicator.applies(row.code)
            if in_rounds:  # the year score first, as the core counts it, then each round
                number += 1
                entered = [scores.get(part.code) for part in indicator.parts]
                year_score = round_score(indicator, [None if s is None else s.score for s in entered])
                how = "各轮取平均" if indicator.rounds == ROUNDS_MEAN else "各轮累加"
                missing = sum(1 for s in entered if s is None)
                rows.append(TableRow((str(number), f"{indicator.name}（全年）", "—", points_text(indicator.points),
                                      two_decimals(year_score), f"{how}，缺{missing}轮按0分计" if missing else how)))
            for part in indicator.parts:
                department = departments.get(part.department, part.department)
                if in_rounds:
                    name = f"　{part.round}"
                else:
                    number += 1
                    name = indicator.name if len(indicator.parts) == 1 else f"{indicator.name}（{department}部分）"
                if indicator.veto:
                    state = "否决" if indicator.code in vetoed_by else "未触发"
                    rows.append(TableRow((str(number), name, department, "否决项", state, "—")))
                    continue
                if not indicator.applies(row.code):
                    rows.append(TableRow((str(number), name, department, points_text(part.points), "不适用", "—")))
                    continue
                score = scores.get(part.code)
                if score is None:
                    rows.append(TableRow(("" if in_rounds else str(number), name, department, points_text(part.points),
                                          "未打分", "—")))
                    continue
                lost = "；".join(deduction_text(d) for d in score.deductions)
                if score.note:
                    lost = f"{lost}；{score.note}" if lost else score.note
                if not lost and score.score < part.points:
                    lost = "未说明失分原因"
                rows.append(TableRow(("" if in_rounds else str(number), name, department, points_text(part.points),
                                      two_decimals(score.score), full_width_punctuation(lost) or "—")))
    return GridTable(columns, rows, fonts, f"{row.name}的得分表", sizes=(12.0, 10.5))


FROM_LOSSES = {"part", "inspection", "veto"}  # ledger sources a letter's list of losses already names


def task_paragraphs(open_problems: Sequence, losses_listed: bool) -> list[str]:
    """The rectification tasks of a letter. Problems made from the losses just listed, all with the
    same requirement and deadline, take one sentence; otherwise each is listed as （1）, （2）…"""
    kinds = {(entry.requirement, entry.deadline) for entry in open_problems}
    if losses_listed and len(kinds) == 1 and all(entry.source in FROM_LOSSES for entry in open_problems):
        requirement, deadline = next(iter(kinds))
        # the count of the ledger's open problems, which need not be the count of the losses above
        # (a problem closed already, one loss with several deductions, a loss an appeal took back)
        text = f"上述问题已列入整改台账，尚未整改销号的共{len(open_problems)}个"
        if requirement:
            text += f"，整改要求：{requirement.rstrip('。；;，, ')}"
        text += f"，整改时限：{format_date(deadline)}前。" if deadline else "，整改时限另行通知。"
        return [full_width_punctuation(text)]
    intro = ("上述问题已列入整改台账，整改任务和时限如下：" if losses_listed
             else "以下问题已列入整改台账，整改任务和时限如下：")
    return [intro, *(f"（{number}）{task_line(entry)}" for number, entry in enumerate(open_problems, 1))]


def task_line(entry) -> str:
    """One open problem of the ledger as its letter lists it: what, what is required, by when."""
    text = entry.description.rstrip("。；;，, ")
    if entry.requirement:
        text += f"。整改要求：{entry.requirement.rstrip('。；;，, ')}"
    if entry.deadline:
        text += f"。整改时限：{format_date(entry.deadline)}前"
    else:
        text += "。整改时限另行通知"
    return full_width_punctuation(text) + "。"


def letter_paragraphs(year: AssessmentYear, result: YearResult, row: TownResult, texts: dict,
                      open_problems: Sequence = (), files_by_owner: Mapping[str, Sequence[str]] = {}) -> tuple[list, list]:
    """(paragraphs before the score table, paragraphs after it). ``open_problems``: the town's
    problems in the rectification ledger not yet closed, listed with their deadlines; ``files_by_owner``:
    the names of evidence files by owner (``score:TOWN/PART``), named beside the losses."""
    town = next(t for t in year.towns if t.code == row.code)
    you = pronoun(town)
    peers = assessed_with(year, result, row)
    noun = unit_noun(year)
    among = (f"在{year.class_name(row.town_class)}{len(peers)}个{noun}中" if len(peers) != len(result.rows)
             else f"在{texts.get('area') or area(year)}{len(result.rows)}个{noun}中")
    adjusted = f"；调整指标{two_decimals(row.adjustment)}分" if row.adjustment_detail is not None else ""
    before = [f"根据{plan_name(year.title)}，经审定，现将{you}{year.year}年度考核结果反馈如下。",
              "一、考核结果",
              f"{you}最终得分{two_decimals(row.final)}分，{among}"
              f"{'并列' if tied(result, row, year) else '排名'}第{row.rank}位，"
              f"考核等次为“{row.grade}”。",
              f"其中，各项指标得分{two_decimals(row.raw)}分（适用满分{points_text(row.full)}分），百分制折算得分"
              f"{two_decimals(row.normalised)}分；加分{two_decimals(row.bonus)}分；市级评估结果运用{two_decimals(row.inspection)}分"
              f"{adjusted}。"]
    if row.vetoed:
        before.append(f"{veto_clause(row.veto_reasons)}，实行“一票否决”，考核等次直接定为“{row.grade}”。")
    before += limit_sentences(year, row, you)
    if not row.complete:
        before.append(f"（尚有{len(row.missing_parts)}项未打分，以上为临时结果。）")
    before.append("二、各项指标得分")
    before.append("各项指标的分值、得分和扣分情况见下表。")
    after = []
    section = 3

    def heading(text: str) -> None:
        nonlocal section
        after.append(f"{chinese_numeral(section)}、{text}")
        section += 1

    heading("加分情况")
    bonus_types = {b.code: b for b in year.bonus_types}
    detail = row.bonus_detail
    counted = {index: value for _, value, index in detail.achievements}
    records = town_records(year, row.code).bonuses
    if not records:
        after.append("无。")
    for number, (index, record) in enumerate(records, 1):
        kind = bonus_types.get(record.type)
        name = kind.name if kind else record.type
        if record.count > 1:
            name += f"（{record.count}次）"
        evidence = "，".join(x for x in (record.evidence, format_date(record.date) if record.date else None) if x)
        evidence = f"（{evidence}）" if evidence else ""
        evidence += attached(files_by_owner.get(f"bonus:#{index}", ()))
        if index in counted:
            after.append(f"{number}.{name}{evidence}：加{two_decimals(counted[index])}分。")
        else:
            after.append(f"{number}.{name}{evidence}：与同一成果的更高表彰重复，就高不就低，不另加分。")
    if detail.capped:
        after.append(f"加分累计超过上限，按{two_decimals(row.bonus)}分计。")
    heading("市级评估结果运用")
    inspection_types = {k.code: k for k in year.inspection_types}
    if not row.inspection_detail:
        after.append("无。")
    for number, counted in enumerate(row.inspection_detail, 1):
        record = year.inspections[counted.index]
        kind = inspection_types.get(record.type)
        name = kind.name if kind else record.type
        round_text = f"（第{record.round}轮）" if record.round else ""
        if not counted.cancelled:
            after.append(f"{number}.接受{name}{round_text}，赋分{two_decimals(counted.change)}分。")
        else:
            after.append(f"{number}.{name}{round_text}中出现问题导致区被扣分，取消赋分并扣减{two_decimals(-counted.change)}分。")
    heading("需整改的问题")
    problems = problem_lines(year, town_losses(year, result, row.code), files_by_owner, row.code)
    signer = texts.get("letter_signature", "")
    if problems:
        after.extend(f"{number}.{problem}" for number, problem in enumerate(problems, 1))
    if open_problems:
        after.extend(task_paragraphs(open_problems, bool(problems)))
        after.append(f"请按时限完成整改，并将整改情况和佐证材料书面报送{signer}。")
    elif problems:
        after.append(f"请于{letter_deadline(texts)}前完成整改，并将整改情况书面报送{signer}。")
    if problems or open_problems:
        after.extend(paragraphs(full_width_punctuation(texts.get("letter_requirements", ""))))
    elif row.complete:
        after.append("本年度考核无失分问题，请继续保持。")
    else:
        after.append("已打分的指标中无失分问题；其余指标打分后另行反馈。")
    after.append(appeal_sentence(texts))
    return before, after


def _letter_story(doc: GongwenDoc, year: AssessmentYear, result: YearResult, row: TownResult, texts: dict,
                  fonts: FontSet, seals: Optional[dict], seal_diameter_mm: float,
                  ledger: Optional[Mapping[str, Sequence]] = None,
                  evidence: Optional[Mapping[str, Sequence[str]]] = None) -> list:
    town = next(t for t in year.towns if t.code == row.code)
    signer = texts.get("letter_signature", "").strip()
    if not signer:
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "请先填写反馈函的署名单位。"))
    story = [Spacer(TEXT_WIDTH, mm(35)), HeaderBlock([signer], False, letter_number(year, texts, town.code), fonts, doc),
             BlankLines(2),
             TextBlock("\n".join(split_title(letter_title(year, texts, town), fonts, XBS, SIZE_2, TEXT_WIDTH,
                                             [town.name, signer])), TITLE, fonts, "标题"),
             BlankLines(1),
             TextBlock(f"{addressee(town)}：", FLUSH, fonts, "主送")]
    before, after = letter_paragraphs(year, result, row, texts, (ledger or {}).get(row.code, ()), evidence or {})
    opening = []
    for paragraph in before:
        runs = heading_runs(paragraph)
        opening.append(TextBlock(runs, BODY, fonts, f"{town.name}的反馈", keep_with_next=runs[0].role != FANG))
    story.extend(flow_text(opening))
    story.append(score_table(year, row, fonts))
    story.append(Spacer(TEXT_WIDTH, mm(3)))
    blocks = []
    for paragraph in after:
        runs = heading_runs(paragraph)
        blocks.append(TextBlock(runs, BODY, fonts, f"{town.name}的反馈", keep_with_next=runs[0].role != FANG))
    signature = SignatureBlock([signer], format_date(texts.get("date")), fonts, doc, seals, seal_diameter_mm)
    story.extend(flow_text(blocks, (signature,)))
    return story


def letter_title(year: AssessmentYear, texts: dict, town: Town) -> str:
    """关于反馈菩提街道2023年度乡村振兴实绩考核结果的函, or the year's own wording ({镇街名称} filled)."""
    title = (texts.get("letter_title") or "").strip() or f"关于反馈{{镇街名称}}{year.year}年度{subject_of(year.title)}考核结果的函"
    return title.replace("{镇街名称}", town.name)


def letter_number(year: AssessmentYear, texts: dict, town: str) -> str:
    """The letter's 发文字号: the year's letter number with {序号} as the town's place in the town list
    (长乡振函〔2024〕{序号}号 -> 长乡振函〔2024〕5号), or, without one, numbered under the notice's
    number (长委办发〔2024〕3号 -> 长委办发〔2024〕3-5号). Empty when neither is set."""
    sequence = str(next(position for position, t in enumerate(year.towns, 1) if t.code == town))
    pattern = normalise_doc_number((texts.get("letter_doc_number") or "").strip()
                                   or normalise_doc_number(texts.get("doc_number") or ""))
    if pattern and "{序号}" not in pattern:
        if pattern.endswith("〕号"):
            pattern = pattern[:-1] + "{序号}号"
        elif pattern.endswith("号"):
            pattern = pattern[:-1] + "-{序号}号"
        else:
            pattern += "{序号}号"
    return normalise_doc_number(pattern.replace("{序号}", sequence))


def _rows(result: YearResult, towns: Optional[Sequence[str]]) -> list[TownResult]:
    by_code = result.by_code()
    if towns is None:
        return sorted(result.rows, key=lambda r: r.order)
    missing = [code for code in towns if code not in by_code]
    if missing:
        raise DocumentError(QT_TRANSLATE_NOOP("Documents", "镇街 {town} 不存在"), town=missing[0])
    return [by_code[code] for code in towns]


def build_letter(year: AssessmentYear, result: YearResult, town: str, texts: Optional[dict] = None, *,
                 fonts: Optional[FontSet] = None, draft: bool = False, seals: Optional[dict] = None,
                 seal_diameter_mm: float = DEFAULT_DIAMETER_MM, fingerprint: Optional[str] = None,
                 ledger: Optional[Mapping[str, Sequence]] = None,
                 evidence: Optional[Mapping[str, Sequence[str]]] = None) -> BuiltDocument:
    """One town's letter; ``ledger``: each town's open problems of the rectification ledger (by town
    code); ``evidence``: the names of evidence files by owner (``score:TOWN/PART``)."""
    fonts = fonts or FontSet.default()
    texts = fill_fields(dict(notice_texts(year) if texts is None else texts), year)
    row = _rows(result, [town])[0]
    draft = is_draft(result, draft)
    return render(lambda doc: _letter_story(doc, year, result, row, texts, fonts, seals, seal_diameter_mm, ledger,
                                            evidence), fonts,
                  title=f"{row.name}{year.year}年度考核结果反馈", author=texts.get("letter_signature", ""), draft=draft,
                  fingerprint=fingerprint)


def build_letters(year: AssessmentYear, result: YearResult, texts: Optional[dict] = None, *,
                  towns: Optional[Sequence[str]] = None, fonts: Optional[FontSet] = None, draft: bool = False,
                  seals: Optional[dict] = None, seal_diameter_mm: float = DEFAULT_DIAMETER_MM,
                  progress: Optional[Callable[[int, int], None]] = None,
                  fingerprint: Optional[str] = None,
                  ledger: Optional[Mapping[str, Sequence]] = None,
                  evidence: Optional[Mapping[str, Sequence[str]]] = None) -> Iterator[tuple[TownResult, BuiltDocument]]:
    """One letter per town (town order), reporting (done, total) as it goes."""
    fonts = fonts or FontSet.default()
    texts = fill_fields(dict(notice_texts(year) if texts is None else texts), year)
    rows = _rows(result, towns)
    for number, row in enumerate(rows):
        yield row, build_letter(year, result, row.code, texts, fonts=fonts, draft=draft, seals=seals,
                                seal_diameter_mm=seal_diameter_mm, fingerprint=fingerprint, ledger=ledger,
                                evidence=evidence)
        if progress:
            progress(number + 1, len(rows))


def build_letters_combined(year: AssessmentYear, result: YearResult, texts: Optional[dict] = None, *,
                           towns: Optional[Sequence[str]] = None, fonts: Optional[FontSet] = None,
                           draft: bool = False, seals: Optional[dict] = None,
                           seal_diameter_mm: float = DEFAULT_DIAMETER_MM,
                           progress: Optional[Callable[[int, int], None]] = None,
                           fingerprint: Optional[str] = None,
                           ledger: Optional[Mapping[str, Sequence]] = None,
                           evidence: Optional[Mapping[str, Sequence[str]]] = None) -> BuiltDocument:
    """Every letter in one file."""
    fonts = fonts or FontSet.default()
    texts = fill_fields(dict(notice_texts(year) if texts is None else texts), year)
    rows = _rows(result, towns)
    draft = is_draft(result, draft)

    def story(doc: GongwenDoc) -> list:
        flowables = []
        for number, row in enumerate(rows):
            if number:
                flowables += [NewPage(), StartOnOddPage(doc)]
            flowables.append(SectionStart())
            flowables += _letter_story(doc, year, result, row, texts, fonts, seals, seal_diameter_mm, ledger, evidence)
            if progress:
                flowables.append(_Progress(progress, number + 1, len(rows)))
        return flowables

    return render(story, fonts, title=f"{year.year}年度考核结果反馈（全部{unit_noun(year)}）",
                  author=texts.get("letter_signature", ""), draft=draft, fingerprint=fingerprint)


class _Progress(SectionStart):
    """Reports progress as layout passes the end of each letter."""

    def __init__(self, report, done: int, total: int):
        super().__init__()
        self.report, self.done, self.total = report, done, total

    def apply(self, doc) -> None:
        self.report(self.done, self.total)
