"""结果看板 explain view: how one town's score is made, as rich text.

Everything is read from the year (scores, deductions, notes, registers), the
town's ``TownResult`` (subtotals, bonus breakdown, totals, rank, grade) and the
store's entry times; the text only groups them by category and indicator.
"""
from __future__ import annotations

from html import escape
from typing import Mapping

from PySide6.QtCore import QObject

from ...domain.model import ROUNDS_MEAN, AssessmentYear
from ...domain.numbers import points_text, signed, two_decimals
from ...domain.scoring import TownResult, rollup_score, round_score

MUTED = "#666666"
WARN = "#c62828"


def _esc(value) -> str:
    return escape(str(value)) if value is not None else ""


def _coloured(html: str, colour: str) -> str:
    return f"<span style='color:{colour}'>{html}</span>"


def _heading(text: str, colour: str = "") -> str:
    style = f" style='color:{colour}'" if colour else ""
    return f"<h4{style}>{text}</h4>"


def _total_line(label: str, value: str) -> str:
    return f"<p style='margin:2px 0 0 0'>{label} <b>{value}</b></p>"


class Explainer(QObject):
    """Builds the explain view's HTML for one town."""

    _limits: dict = {}
    _flags: tuple = ()

    def _flag_reasons(self, town: str, limit: str) -> str:
        reasons = [flag.reason for flag in self._flags if flag.town == town and flag.limit == limit]
        return "（" + _esc("；".join(reasons)) + "）" if reasons else ""

    def html(self, year: AssessmentYear, row: TownResult, times: Mapping[tuple[str, str], str]) -> str:
        self._limits = {limit.code: limit for limit in year.grade_limits}
        self._flags = year.limit_flags
        parts = [self._heading(row), self._categories(year, row, times), self._bonus(year, row),
                 self._inspections(year, row), self._adjustments(year, row), self._vetoes(year, row),
                 self._totals(year, row)]
        return "".join(parts)

    # --- sections ----------------------------------------------------------------

    def _heading(self, row: TownResult) -> str:
        text = self.tr("第 {rank} 名 · 等次 {grade} · 最终得分 {final}").format(
            rank=row.rank, grade=_esc(row.grade), final=two_decimals(row.final))
        flags = []
        if row.vetoed:
            flags.append(_coloured("<b>" + self.tr("一票否决") + "</b>", WARN))
        for code in row.limits:
            limit = self._limits.get(code)
            if limit is not None:
                flags.append(_coloured(self.tr("等次限制：{name}，最高评为“{grade}”{reasons}").format(
                    name=_esc(limit.name), grade=_esc(limit.grade), reasons=self._flag_reasons(row.code, code)), WARN))
        if not row.complete:
            flags.append(_coloured(self.tr("临时结果：缺 {count} 项打分，按 0 分计").format(
                count=len(row.missing_parts)), WARN))
        return (f"<h3 style='margin:0'>{_esc(row.name)} <span style='color:{MUTED};font-weight:normal'>"
                f"({_esc(row.code)})</span></h3><p style='margin-top:2px'>{text}"
                + "".join("<br>" + flag for flag in flags) + "</p>")

    def _categories(self, year: AssessmentYear, row: TownResult, times) -> str:
        departments = {d.code: d.name for d in year.departments}
        scores = {s.part: s for s in year.scores if s.town == row.code}
        rules = {rule.part: rule for rule in year.rollup_parts}
        rollups = {r.part: r for r in year.rollups if r.town == row.code}
        out = [_heading(self.tr("计分明细"))]
        for category in year.categories:
            indicators = [i for i in year.indicators if i.category == category.code and not i.veto]
            title = self.tr("<b>{name}</b>（{points}分） 小计 <b>{subtotal}</b>").format(
                name=_esc(category.name), points=points_text(category.points),
                subtotal=two_decimals(row.categories.get(category.code)))
            columns = (self.tr("指标 / 部门"), self.tr("分值"), self.tr("得分"))
            out.append(f"<p style='margin:6px 0 2px 0'>{title}</p>"
                       "<table width='100%' cellspacing='0' cellpadding='2' style='border-collapse:collapse'>"
                       f"<tr style='color:{MUTED}'><td>{columns[0]}</td>"
                       f"<td align='right'>{columns[1]}</td><td align='right'>{columns[2]}</td></tr>")
            skipped = []
            for indicator in indicators:
                if not indicator.applies(row.code):
                    skipped.append(indicator)
                    continue
                if indicator.rounds is not None and indicator.parts:
                    out.append(self._round_head(indicator, [scores.get(part.code) for part in indicator.parts]))
                for part in indicator.parts:
                    if part.code in rules:
                        out.append(self._rollup_rows(indicator, part, rules[part.code], rollups.get(part.code)))
                        continue
                    out.append(self._part_rows(indicator, part, scores.get(part.code), departments,
                                               times.get((row.code, part.code))))
            out.append("</table>")
            for indicator in skipped:
                out.append(f"<p style='color:{MUTED};margin:0'>" + self.tr(
                    "不适用：{code} {name}（{points}分，不计入适用满分）").format(
                    code=_esc(indicator.code), name=_esc(indicator.name),
                    points=points_text(indicator.points)) + "</p>")
        return "".join(out)

    def _rollup_rows(self, indicator, part, rule, rollup) -> str:
        """A part scored from the level below: its score as the core works it out, the lower file it
        came from (name, results fingerprint, day read) and each unit's result and weight."""
        value = None if rollup is None else rollup_score(part.points, rule, rollup)
        shown = _coloured("<b>" + self.tr("未汇总") + "</b>", WARN) if value is None else f"<b>{two_decimals(value)}</b>"
        head = (f"<tr><td style='border-top:1px solid #dddddd'>{_esc(part.code)} {_esc(indicator.name)}"
                f"<br><span style='color:{MUTED}'>{self.tr('下级结果汇总')}</span></td>"
                f"<td align='right' valign='top' style='border-top:1px solid #dddddd'>{points_text(part.points)}</td>"
                f"<td align='right' valign='top' style='border-top:1px solid #dddddd'>{shown}</td></tr>")
        if rollup is None:
            details = [self.tr("尚未导入下级年度文件（在“加分与否决 → 下级结果”中导入）")]
        else:
            details = [self.tr("来源：{file}（{title}，数据指纹 {fingerprint}，{date} 读取）").format(
                file=_esc(rollup.source), title=_esc(rollup.lower_title), fingerprint=_esc(rollup.fingerprint),
                date=_esc(rollup.imported_on))]
            weighted = [(unit, rule.weight(unit.class_name)) for unit in rollup.units]
            details.append(self.tr("{points} × 各单位（最终得分 ÷ 满分）的加权平均，{count} 个单位：").format(
                points=points_text(part.points), count=len(rollup.units)))
            details += [self.tr("{name} {final} ÷ {full}{weight}").format(
                name=_esc(unit.name), final=two_decimals(unit.final), full=points_text(unit.full),
                weight="" if not rule.weights else self.tr("，权重 {weight}").format(weight=points_text(weight)))
                for unit, weight in weighted]
        return head + (f"<tr><td colspan='3' style='color:{MUTED}'>" + "<br>".join(details) + "</td></tr>")

    def _round_head(self, indicator, scores) -> str:
        """An indicator scored in rounds: its year score as the core works it out from its rounds
        (listed below it), or that rounds are still missing."""
        value = round_score(indicator, [None if score is None else score.score for score in scores])
        shown = f"<b>{two_decimals(value)}</b>"
        if None in scores:
            shown = _coloured(shown + "<br>" + self.tr("缺 {count} 轮，按 0 计").format(count=scores.count(None)), WARN)
        how = (self.tr("全年得分 = 各轮得分平均（保留两位小数），不超过 {points} 分") if indicator.rounds == ROUNDS_MEAN
               else self.tr("全年得分 = 各轮得分之和，不超过 {points} 分")).format(points=points_text(indicator.points))
        return (f"<tr><td style='border-top:1px solid #dddddd'>{_esc(indicator.code)} {_esc(indicator.name)}"
                f"<br><span style='color:{MUTED}'>{how}</span></td>"
                f"<td align='right' valign='top' style='border-top:1px solid #dddddd'>{points_text(indicator.points)}</td>"
                f"<td align='right' valign='top' style='border-top:1px solid #dddddd'>{shown}</td></tr>")

    def _part_rows(self, indicator, part, score, departments, when) -> str:
        department = departments.get(part.department, part.department)
        if part.round is not None:
            department = self.tr("{round}（{department}）").format(round=part.round, department=department)
        if score is None:
            value = _coloured("<b>" + self.tr("未填") + "</b>", WARN)
        else:
            value = f"<b>{two_decimals(score.score)}</b>"
        head = (f"<tr><td style='border-top:1px solid #dddddd'>{_esc(part.code)} {_esc(indicator.name)}"
                f"<br><span style='color:{MUTED}'>{_esc(department)}</span></td>"
                f"<td align='right' valign='top' style='border-top:1px solid #dddddd'>{points_text(part.points)}</td>"
                f"<td align='right' valign='top' style='border-top:1px solid #dddddd'>{value}</td></tr>")
        details = []
        if score is not None:
            for deduction in score.deductions:
                details.append(self.tr("扣 {points}：{reason}").format(
                    points=two_decimals(deduction.points), reason=_esc(deduction.reason)))
            if score.note:
                details.append(self.tr("备注：{note}").format(note=_esc(score.note)))
            if when:
                details.append(self.tr("录入时间：{time}").format(time=_esc(str(when).replace("T", " "))))
        if not details:
            return head
        return head + (f"<tr><td colspan='3' style='color:{MUTED}'>" + "<br>".join(details) + "</td></tr>")

    def _bonus(self, year: AssessmentYear, row: TownResult) -> str:
        types = {t.code: t for t in year.bonus_types}
        detail = row.bonus_detail
        out = [_heading(self.tr("加分"))]

        def describe(index: int) -> str:
            record = year.bonuses[index]
            kind = types.get(record.type)
            text = self.tr("{type} ×{count}").format(type=_esc(kind.name if kind else record.type), count=record.count)
            extra = [_esc(v) for v in (record.evidence, record.date) if v]
            if record.group:
                extra.append(self.tr("同一成果“{group}”").format(group=_esc(record.group)))
            return text + (f" <span style='color:{MUTED}'>（{'，'.join(extra)}）</span>" if extra else "")

        lines = []
        for group, value, index in detail.achievements:
            lines.append(f"{describe(index)}：<b>{signed(value)}</b>")
        for index in detail.superseded:
            lines.append(_coloured(describe(index) + "：" + self.tr("就高不就低，未计入"), MUTED))
        if not lines:
            lines.append(_coloured(self.tr("无加分记录"), MUTED))
        out.append("<p style='margin:0'>" + "<br>".join(lines) + "</p>")
        if detail.capped:
            out.append(f"<p style='margin:2px 0 0 0;color:{WARN}'>" + self.tr(
                "合计 {uncapped}，已达上限 {cap} 分，按 {cap} 分计").format(
                uncapped=two_decimals(detail.uncapped), cap=points_text(year.rules.bonus_cap)) + "</p>")
        out.append(_total_line(self.tr("加分合计"), two_decimals(row.bonus)))
        return "".join(out)

    def _inspections(self, year: AssessmentYear, row: TownResult) -> str:
        types = {t.code: t for t in year.inspection_types}
        out = [_heading(self.tr("督查评估"))]
        lines = []
        for counted in row.inspection_detail:
            record = year.inspections[counted.index]
            kind = types.get(record.type)
            name = _esc(kind.name if kind else record.type)
            if record.round is not None:
                name = self.tr("{name} 第 {round} 轮").format(name=name, round=record.round)
            if not counted.cancelled:
                change = f"<b>{signed(counted.change)}</b>"
            else:
                change = (f"<b style='color:{WARN}'>{signed(counted.change)}</b> "
                          + self.tr("因该镇街导致区被扣分，取消加分并扣除"))
            note = f" <span style='color:{MUTED}'>（{_esc(record.note)}）</span>" if record.note else ""
            lines.append(f"{name}：{change}{note}")
        if not lines:
            lines.append(_coloured(self.tr("无督查评估记录"), MUTED))
        out.append("<p style='margin:0'>" + "<br>".join(lines) + "</p>")
        out.append(_total_line(self.tr("督查评估合计"), two_decimals(row.inspection)))
        return "".join(out)

    def _adjustments(self, year: AssessmentYear, row: TownResult) -> str:
        """Each adjustment type the town has, its total and what counted of it after the type's
        cap, then the additions and deductions and their caps, as the core counted them."""
        detail = row.adjustment_detail
        if detail is None:
            return ""
        kinds = {kind.code: kind for kind in year.adjustment_types}
        out = [_heading(self.tr("调整指标"))]
        lines = []
        for code, total, counted in detail.by_type:
            kind = kinds[code]
            times = sum(a.count for a in year.adjustments if a.town == row.code and a.type == code)
            line = self.tr("{name}：{times} 次 × {points} = <b>{total}</b>").format(
                name=_esc(kind.name), times=times, points=points_text(kind.points), total=signed(total))
            if counted != total:
                line += " " + _coloured(self.tr("该项累计不超过 {cap} 分，按 {counted} 计").format(
                    cap=points_text(kind.cap), counted=signed(counted)), WARN)
            lines.append(line)
        if not lines:
            lines.append(_coloured(self.tr("无调整指标记录"), MUTED))
        rules = year.rules
        for label, uncapped, counted, cap in ((self.tr("加分项合计"), detail.additions_uncapped, detail.additions,
                                               rules.adjustment_add_cap),
                                              (self.tr("扣分项合计"), detail.deductions_uncapped, detail.deductions,
                                               rules.adjustment_deduct_cap)):
            if counted != uncapped:
                lines.append(_coloured(self.tr("{label} {uncapped}，超过上限 {cap} 分，按 {cap} 分计").format(
                    label=label, uncapped=points_text(uncapped), cap=points_text(cap)), WARN))
        out.append("<p style='margin:0'>" + "<br>".join(lines) + "</p>")
        out.append(_total_line(self.tr("调整指标合计"), two_decimals(row.adjustment)))
        return "".join(out)

    def _vetoes(self, year: AssessmentYear, row: TownResult) -> str:
        if not row.vetoed:
            return ""
        out = [_heading(self.tr("一票否决"), WARN), "<p style='margin:0'>"]
        records = [v for v in year.vetoes if v.town == row.code]
        lines = []
        for reason in row.veto_reasons:
            record = next((v for v in records if v.reason == reason), None)
            extra = [_esc(v) for v in ((record.evidence, record.date) if record else ()) if v]
            lines.append(f"<span style='color:{WARN}'>{_esc(reason)}</span>"
                         + (f" <span style='color:{MUTED}'>（{'，'.join(extra)}）</span>" if extra else ""))
        out.append("<br>".join(lines))
        out.append("</p><p style='margin:2px 0 0 0'>" + self.tr(
            "被否决的镇街排在未被否决的镇街之后，等次定为“{grade}”。").format(
            grade=_esc(year.rules.effective_veto_grade)) + "</p>")
        return "".join(out)

    def _totals(self, year: AssessmentYear, row: TownResult) -> str:
        items = [
            (self.tr("适用满分"), two_decimals(row.full)),
            (self.tr("原始得分"), two_decimals(row.raw)),
            (self.tr("折算得分（百分制）"), two_decimals(row.normalised)),
            (self.tr("加分"), two_decimals(row.bonus)),
            (self.tr("督查评估"), two_decimals(row.inspection)),
            *([(self.tr("调整指标"), two_decimals(row.adjustment))] if row.adjustment_detail is not None else []),
            (self.tr("最终得分"), f"<b>{two_decimals(row.final)}</b>"),
            (self.tr("排名"), str(row.rank)),
            (self.tr("等次"), f"<b>{_esc(row.grade)}</b>"),
            (self.tr("一票否决"), self.tr("是") if row.vetoed else self.tr("否")),
            (self.tr("数据完整"), self.tr("完整") if row.complete else self.tr("缺 {count} 项：{parts}").format(
                count=len(row.missing_parts), parts=_esc("、".join(row.missing_parts)))),
        ]
        cells = "".join(f"<tr><td>{label}</td><td align='right'>{value}</td></tr>" for label, value in items)
        formula = (self.tr("折算得分 = 原始得分 × {full_score} ÷ 适用满分；最终得分 = 折算得分 + 加分 + 督查评估 + 调整指标")
                   if row.adjustment_detail is not None else
                   self.tr("折算得分 = 原始得分 × {full_score} ÷ 适用满分；最终得分 = 折算得分 + 加分 + 督查评估")).format(
            full_score=points_text(year.rules.full_score))
        return (_heading(self.tr("合计")) + f"<table width='100%' cellspacing='0' cellpadding='2'>{cells}</table>"
                f"<p style='color:{MUTED}'>{formula}</p>")
