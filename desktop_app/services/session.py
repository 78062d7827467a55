"""One open year: every change the windows make goes through ``YearSession``.

Each method checks the change against the scheme and the entry workflow, writes it
in one transaction, and leaves ``year``/``result`` current. Errors are ``EntryError``
with a Chinese message naming what is wrong and what to do.
"""
from __future__ import annotations

import contextlib
import dataclasses
from collections import Counter
from decimal import Decimal
from typing import Iterable, Optional

from ..domain.losses import Loss, reason_missing, unexplained, year_losses
from ..domain.messages import QT_TRANSLATE_NOOP, MessageError, Problem
from ..domain.model import Adjustment, AssessmentYear, Bonus, Deduction, Inspection, LimitFlag, RollUp, Score, Veto
from ..domain.numbers import decimal_places, parse_decimal, to_text
from ..domain.progress import department_counts
from ..domain.scheme_edit import ENTRY_FIELDS, dropped_entries, fit_entries
from ..domain.scoring import YearResult, compute
from ..domain.status import FINALISED, YearState, year_state
from ..domain.validation import in_names, score_problems, structural_problems, validate
from ..storage import Store
from .backups import Backups
from .base import Service

STATUS_EMPTY, STATUS_IN_PROGRESS, STATUS_SUBMITTED = "empty", "in_progress", "submitted"
STATUS_LABELS = {
    STATUS_EMPTY: QT_TRANSLATE_NOOP("Entry", "未填"),
    STATUS_IN_PROGRESS: QT_TRANSLATE_NOOP("Entry", "填报中"),
    STATUS_SUBMITTED: QT_TRANSLATE_NOOP("Entry", "已提交"),
}
CONTEXT = "Entry"


class EntryError(MessageError):
    context = CONTEXT


class ConflictError(EntryError):
    """The edit was made from data that another process has changed since."""


def parse_score_text(text) -> Decimal:
    """A typed score: digits with at most two decimals (full-width digits accepted)."""
    if isinstance(text, Decimal):
        value = text
    else:
        cleaned = str(text).strip().translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
        try:
            value = parse_decimal(cleaned)
        except ValueError:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "“{text}”不是数字，请输入 0 到分值之间的数，最多两位小数"), text=text) from None
    if decimal_places(value) > 2:
        raise EntryError(QT_TRANSLATE_NOOP("Entry", "{value} 超过两位小数，请最多保留两位小数"), value=to_text(value))
    return abs(value) if value == 0 else value  # "-0" is 0, never printed as -0.00


class YearSession(Service):
    """One year's use cases. Every change goes through ``_write``, which refuses it while the year is finalised."""

    def __init__(self, store: Store, year: int):
        super().__init__(store)
        self.number = year
        self._result_for: Optional[AssessmentYear] = None
        self._result: Optional[YearResult] = None
        self._state_for: Optional[AssessmentYear] = None
        self._state: Optional[YearState] = None
        self.year  # fail now, not later, if the year is not there

    @contextlib.contextmanager
    def _write(self, year: Optional[int] = None, *, action: str, reason: Optional[str] = None,
               departments: Iterable[str] = ()):
        with super()._write(self.number if year is None else year, action=action, reason=reason,
                            departments=departments):
            yield

    def _departments_of(self, part_codes: Iterable[str]) -> set[str]:
        """The departments that score these parts: whose data a score change touches."""
        department_of = {part.code: part.department for _, part in self.year.parts()}
        return {department_of.get(code, "") for code in part_codes}

    # --- current state -----------------------------------------------------------

    @property
    def year(self) -> AssessmentYear:
        return self.store.load_year(self.number)

    @property
    def result(self) -> YearResult:
        year = self.year
        if self._result_for is not year:
            self._result, self._result_for = compute(year), year
        return self._result

    def problems(self):
        return validate(self.year)

    def unexplained_losses(self) -> dict[str, tuple[Loss, ...]]:
        """The losses the towns' letters would carry without a reason from their department (town order)."""
        return unexplained(year_losses(self.year, self.result))


    # --- scheme lookups ------------------------------------------------------------

    def find_part(self, part_code: str):
        for indicator, part in self.year.parts():
            if part.code == part_code:
                return indicator, part
        raise EntryError(QT_TRANSLATE_NOOP("Entry", "打分部分 {part} 不存在"), part=part_code)

    def department_parts(self, department: str) -> list:
        """(indicator, part) pairs a department scores; veto indicators are not scored."""
        return [(i, p) for i, p in self.year.parts() if p.department == department and not i.veto]

    def department_name(self, code: str) -> str:
        return next((d.name for d in self.year.departments if d.code == code), code)

    def town_name(self, code: str) -> str:
        return next((t.name for t in self.year.towns if t.code == code), code)

    def score_of(self, town: str, part: str) -> Optional[Score]:
        for score in self.year.scores:
            if score.town == town and score.part == part:
                return score
        return None

    def score_map(self) -> dict[tuple[str, str], Score]:
        return {(s.town, s.part): s for s in self.year.scores}

    # --- department workflow -------------------------------------------------------

    def score_times(self) -> dict[tuple[str, str], str]:
        """When each score was last entered: (town, part) -> local time text."""
        return self.store.score_times(self.number)

    def submitted(self) -> dict[str, str]:
        return self.store.submitted_departments(self.number)

    def departments_progress(self) -> dict[str, tuple[str, int, int]]:
        """(status, entered, total) of every department's sheet, from the core's result."""
        submitted = self.submitted()
        progress = {}
        for department, (entered, total) in department_counts(self.year, self.result).items():
            if department in submitted:
                status = STATUS_SUBMITTED
            else:
                status = STATUS_IN_PROGRESS if entered else STATUS_EMPTY
            progress[department] = (status, entered, total)
        return progress

    def state(self) -> YearState:
        """Draft, official or finalised, with every condition that fails (``domain/status.py``).
        Asked by several tabs after each change: worked out again only when something was committed
        since, ours or another window's, which always gives a new year object (``Store.load_year``)."""
        with self.store.reading():  # the year, its submissions and finalisation as one committed state
            year = self.year
            if self._state_for is year:
                return self._state
            submitted = self.submitted()
            waived = self.store.waived_departments(self.number)
            finalisation = self.store.finalisation(self.number)
            pending = tuple((a.town, a.part) for a in self.store.appeals(self.number) if a.pending)
        self._state = year_state(year, self.result, {d: t for d, t in submitted.items() if d not in waived},
                                 waived, finalisation, pending)
        self._state_for = year
        return self._state

    def finalised(self) -> bool:
        """Whether the year is finalised (read-only), without working out the whole state."""
        return self.store.finalisation(self.number) is not None

    def finalise(self) -> YearState:
        """审定: freeze an official year with the fingerprint of its results."""
        self.refuse_unless_permitted("finalise")
        state = self.state()
        if state.state == FINALISED:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "{year} 年度已经审定"), year=self.number)
        if not state.official:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "{year} 年度还不能审定，尚有 {count} 项条件未满足："),
                             year=self.number, count=len(state.failing),
                             problems=[dataclasses.replace(problem, path="") for problem in state.problems])
        Backups(self.store).take("finalise")
        with Service._write(self, action="finalise"):
            self.store.set_finalised(self.number, state.fingerprint)
        return self.state()

    def reopen(self, reason: str) -> None:
        """Reopen a finalised year for changes; the reason is kept with the year."""
        reason = (reason or "").strip()
        if not reason:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "重新打开已审定的年度须说明理由"))
        self.refuse_unless_permitted("reopen_year")
        if self.store.finalisation(self.number) is None:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "{year} 年度未审定，无需重新打开"), year=self.number)
        with Service._write(self, action="reopen_year", reason=reason):
            self.store.set_finalised(self.number, None, reason)

    def waive_department(self, department: str, reason: str) -> None:
        """Count a department's sheet as submitted without the department doing so, saying why."""
        reason = (reason or "").strip()
        if not reason:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "未经部门提交而计为已提交，须说明理由"))
        self.department_name_or_refuse(department)
        with self._write(action="waive_department", reason=reason):
            self.store.set_department_submitted(self.number, department, True, waived_reason=reason)

    def department_name_or_refuse(self, department: str) -> str:
        for known in self.year.departments:
            if known.code == department:
                return known.name
        raise EntryError(QT_TRANSLATE_NOOP("Entry", "{year} 年度没有编码为 {department} 的部门"),
                         year=self.number, department=department)

    def department_progress(self, department: str) -> tuple[str, int, int]:
        """(status, entered, total) for a department's sheet."""
        return self.departments_progress().get(department, (STATUS_EMPTY, 0, 0))

    def submit_department(self, department: str) -> None:
        self.department_name_or_refuse(department)
        status, entered, total = self.department_progress(department)
        if entered < total:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "{department}还有 {missing} 项未打分，全部填完后才能提交"),
                             department=self.department_name(department), missing=total - entered)
        with self._write(action="submit_department", departments={department}):
            self.store.set_department_submitted(self.number, department, True)

    def submit_departments(self, departments: Iterable[str]) -> None:
        """Submit several sheets at once: all of them, or (if any is unfinished) none."""
        departments = list(departments)
        unfinished = []
        for department in departments:
            self.department_name_or_refuse(department)
            _, entered, total = self.department_progress(department)
            if entered < total:
                unfinished.append(Problem("", QT_TRANSLATE_NOOP("Entry", "{department}还有 {missing} 项未打分"),
                                          {"department": self.department_name(department), "missing": total - entered},
                                          context="Entry"))
        if unfinished:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "有 {count} 个部门的打分表没有填完，均未提交："),
                             count=len(unfinished), problems=unfinished)
        with self._write(action="submit_department", departments=departments):
            for department in departments:
                self.store.set_department_submitted(self.number, department, True)

    def reopen_department(self, department: str) -> None:
        self.department_name_or_refuse(department)
        with self._write(action="reopen_department"):
            self.store.set_department_submitted(self.number, department, False)

    # --- scores -------------------------------------------------------------------

    def score_checker(self, *, on_appeal: bool = False):
        """Checks entries against the scheme and the locked sheets, with the look-ups
        made once (a returned sheet checks thousands of scores). ``check(town, part, None)``
        checks only that the cell may change (to clear it). ``on_appeal``: the bureau's decision
        on an appeal, which changes a score of a submitted sheet (the sheet stays submitted)."""
        self._refuse_if_finalised(self.number)  # before the sheet's lock: it says what to do
        year = self.year
        parts = {part.code: (indicator, part) for indicator, part in year.parts()}
        towns = {t.code: t.name for t in year.towns}
        submitted = {} if on_appeal else self.submitted()

        def check(town: str, part_code: str, score: Optional[Decimal], deductions: Iterable[Deduction] = (),
                  note: Optional[str] = None) -> Optional[Score]:
            found = parts.get(part_code)
            if found is None:
                raise EntryError(QT_TRANSLATE_NOOP("Entry", "打分部分 {part} 不存在"), part=part_code)
            indicator, part = found
            if town not in towns:
                raise EntryError(QT_TRANSLATE_NOOP("Entry", "镇街 {town} 不存在"), town=town)
            if part.department in submitted:
                raise EntryError(QT_TRANSLATE_NOOP("Entry", "{department}的打分表已提交，不能修改；如需更改请先“退回修改”"),
                                 department=self.department_name(part.department))
            if score is None:
                return None
            candidate = Score(town, part_code, score, tuple(deductions), note or None)
            if any(not deduction.reason.strip() for deduction in candidate.deductions):
                raise EntryError(QT_TRANSLATE_NOOP("Entry", "{town}“{indicator}”的扣分项没有填写扣分事由"),
                                 town=towns[town], indicator=indicator.name)
            problems = score_problems("", candidate, indicator, part)
            if problems:
                raise EntryError(problems=problems[:1])
            if reason_missing(year.rules, candidate, part.points):
                raise EntryError(QT_TRANSLATE_NOOP(
                    "Entry", "{town}“{indicator}”得分 {score}，低于分值 {points}。本年度要求说明失分原因："
                             "请在右侧“扣分项”中填写扣分事由和扣分，或填写备注"),
                    town=towns[town], indicator=indicator.name, score=to_text(score), points=to_text(part.points))
            return candidate

        return check

    def check_score(self, town: str, part_code: str, score: Optional[Decimal],
                    deductions: Iterable[Deduction] = (), note: Optional[str] = None) -> Optional[Score]:
        return self.score_checker()(town, part_code, score, deductions, note)

    def set_score(self, town: str, part_code: str, score, deductions: Optional[Iterable[Deduction]] = None,
                  note: Optional[str] = None) -> Optional[Score]:
        """Enter, change or (score None) clear one score. Deductions given without a
        score set it to points − Σ deductions. Returns the stored score."""
        existing = self.score_of(town, part_code)
        deductions = tuple(deductions) if deductions is not None else (existing.deductions if existing else ())
        if score is None and not deductions:
            self.check_score(town, part_code, None)  # locked sheet, unknown codes
            if existing is not None:
                with self._write(action="clear_score", departments=self._departments_of([part_code])):
                    self.store.delete_score(self.number, town, part_code)
            return None
        _, part = self.find_part(part_code)
        if score is None:
            score = max(Decimal(0), part.points - sum((d.points for d in deductions), Decimal(0)))
        else:
            score = parse_score_text(score)
        stored = self.check_score(town, part_code, score, deductions, note)
        if stored != existing:
            with self._write(action="set_score", departments={part.department}):
                self.store.set_score(self.number, stored)
        return stored

    def set_score_on_appeal(self, town: str, part_code: str, score, note: str) -> Score:
        """An appeal's decision to change a score: every check of an entry but the submitted
        sheet's lock (the bureau decides appeals after the departments submitted)."""
        self.refuse_unless_permitted("decide_appeal")  # the bureau's, not a department's: before any other check
        stored = self.score_checker(on_appeal=True)(town, part_code, parse_score_text(score), (), note)
        with self._write(action="decide_appeal"):
            self.store.set_score(self.number, stored)
        return stored

    def set_scores(self, scores: Iterable[Score]) -> dict[str, int]:
        """Enter many scores at once (a returned sheet, a pasted block): every one is
        checked first and any fault refuses all. Returns counts new/changed/unchanged."""
        existing = self.score_map()
        check = self.score_checker()
        checked, counts = [], {"new": 0, "changed": 0, "unchanged": 0}
        for score in scores:
            stored = check(score.town, score.part, parse_score_text(score.score), score.deductions, score.note)
            before = existing.get((score.town, score.part))
            if before == stored:
                counts["unchanged"] += 1
                continue
            counts["changed" if before is not None else "new"] += 1
            checked.append(stored)
        if checked:
            with self._write(action="set_scores", departments=self._departments_of(s.part for s in checked)):
                self.store.set_scores(self.number, checked)
        return counts

    def clear_scores(self, cells: Iterable[tuple[str, str]]) -> None:
        """Remove the scores of many (town, part) cells at once, in one transaction."""
        cells = list(cells)
        check = self.score_checker()
        for town, part in cells:
            check(town, part, None)  # locked sheet, unknown codes
        with self._write(action="clear_scores", departments=self._departments_of(part for _, part in cells)):
            self.store.delete_scores(self.number, cells)

    def restore_scores(self, states: Iterable[tuple[str, str, Optional[Score]]]) -> None:
        """Undo/redo of a block: put every (town, part) back to its Score or to empty,
        all in one transaction."""
        states = list(states)
        with self._write(action="undo_scores", departments=self._departments_of(part for _, part, _ in states)):
            kept = [score for _, _, score in states if score is not None]
            if kept:
                self.set_scores(kept)
            emptied = [(town, part) for town, part, score in states if score is None]
            if emptied:
                self.clear_scores(emptied)

    def restore_score(self, score: Optional[Score], town: str, part_code: str) -> None:
        """Put back an earlier state of one cell exactly (undo/redo)."""
        if score is None:
            self.set_score(town, part_code, None, deductions=())
        else:
            self.set_score(town, part_code, score.score, score.deductions, score.note)

    # --- registers -----------------------------------------------------------------

    def _changed_since(self, current: AssessmentYear, based_on: Optional[AssessmentYear], wanted_fields: dict) -> dict:
        """The fields (name -> wanted value) to write onto ``current`` (read inside the write).
        With ``based_on`` (the year the edit was made from), a field that another window or
        the command line changed since then, differently, refuses the edit instead of undoing theirs."""
        changes = {}
        for name, wanted in wanted_fields.items():
            if based_on is not None:
                before, now = getattr(based_on, name), getattr(current, name)
                if wanted == before:
                    continue
                if now != before and now != wanted:
                    raise ConflictError(QT_TRANSLATE_NOOP(
                        "Entry", "这部分数据在您修改期间已被另一处（另一窗口或命令行）更改，本次修改未保存。"
                                 "画面已按最新数据显示，请核对后再改一次。"))
            changes[name] = wanted
        return changes

    def _replace_entries(self, based_on: Optional[AssessmentYear] = None, **changes) -> None:
        with self._write(action="set_" + next(iter(changes))):
            current = self.year  # inside the write: the latest committed year, locked until this commits
            merged = self._changed_since(current, based_on, changes)
            updated = dataclasses.replace(current, **merged)
            problems = [p for p in validate(updated) if p.path.split("[")[0] in changes]
            if problems:
                raise EntryError(problems=[dataclasses.replace(in_names(problems[0], updated), path="")])
            if merged:
                self.store.update_year(updated)

    def set_bonuses(self, bonuses: Iterable[Bonus], based_on: Optional[AssessmentYear] = None) -> None:
        self._replace_entries(based_on, bonuses=tuple(bonuses))

    def set_inspections(self, inspections: Iterable[Inspection], based_on: Optional[AssessmentYear] = None) -> None:
        self._replace_entries(based_on, inspections=tuple(inspections))

    def set_vetoes(self, vetoes: Iterable[Veto], based_on: Optional[AssessmentYear] = None) -> None:
        self._replace_entries(based_on, vetoes=tuple(vetoes))

    def set_adjustments(self, adjustments: Iterable[Adjustment], based_on: Optional[AssessmentYear] = None) -> None:
        self._replace_entries(based_on, adjustments=tuple(adjustments))

    def set_limit_flags(self, flags: Iterable[LimitFlag], based_on: Optional[AssessmentYear] = None) -> None:
        self._replace_entries(based_on, limit_flags=tuple(flags))

    def set_rollups(self, rollups: Iterable[RollUp], based_on: Optional[AssessmentYear] = None) -> None:
        self._replace_entries(based_on, rollups=tuple(rollups))

    def set_issuer(self, issuer: dict) -> None:
        """Store the notice settings and texts (issuer marks, number, paragraphs …) with the year."""
        with self._write(action="set_issuer"):
            self.store.update_year(dataclasses.replace(self.year, issuer=dict(issuer)))

    # --- scheme and towns ---------------------------------------------------------

    def entries_of_town(self, town: str) -> int:
        year = self.year
        return sum(1 for name in ENTRY_FIELDS for record in getattr(year, name) if record.town == town)

    def update_scheme(self, updated: AssessmentYear, based_on: Optional[AssessmentYear] = None) -> int:
        """Store an edited scheme/town list (the ``SCHEME_FIELDS`` of ``updated``) onto the
        entries as they are now, so entries made meanwhile elsewhere are kept. Entries that
        no longer fit (removed town or part, indicator no longer applying) are dropped;
        returns how many. Sums that do not add up are allowed while editing (``problems()``
        shows them)."""
        if updated.year != self.number:
            raise EntryError(QT_TRANSLATE_NOOP("Entry", "不能在这里更改年度"))
        with self._write(action="edit_scheme"):
            current = self.year
            wanted = {name: getattr(updated, name) for name in SCHEME_FIELDS}
            return self._store_scheme(dataclasses.replace(current, **self._changed_since(current, based_on, wanted)))

    def _store_scheme(self, updated: AssessmentYear) -> int:
        fitted = fit_entries(updated)
        dropped = sum(dropped_entries(updated, fitted).values())
        problems = structural_problems(fitted)
        if problems:
            raise EntryError(problems=problems[:1])
        self.store.update_year(fitted)
        return dropped

    def restore_scheme(self, snapshot: AssessmentYear) -> int:
        """Undo/redo of a scheme or town edit: put back the scheme and towns of
        ``snapshot`` and any of its entries that the edit dropped, keeping every
        entry made since. Returns how many entries now no longer fit."""
        with self._write(action="undo_scheme"):
            return self._restore_scheme(snapshot, self.year)

    def _restore_scheme(self, snapshot: AssessmentYear, current: AssessmentYear) -> int:
        present = {(s.town, s.part) for s in current.scores}
        towns_now = {t.code for t in current.towns}
        types_now = {"bonuses": {b.code for b in current.bonus_types},
                     "inspections": {k.code for k in current.inspection_types},
                     "adjustments": {k.code for k in current.adjustment_types}}
        limits_now = {limit.code for limit in current.grade_limits}
        rollup_parts_now = {rule.part for rule in current.rollup_parts}

        def dropped_records(name: str) -> tuple:
            """The snapshot's records that the edit dropped: of a town, a type or a limit the edit removed."""
            return tuple(r for r in getattr(snapshot, name)
                         if r.town not in towns_now or (name in types_now and r.type not in types_now[name])
                         or (name == "limit_flags" and r.limit not in limits_now)
                         or (name == "rollups" and r.part not in rollup_parts_now))

        merged = dataclasses.replace(
            current, **{name: getattr(snapshot, name) for name in SCHEME_FIELDS},
            scores=current.scores + tuple(s for s in snapshot.scores if (s.town, s.part) not in present),
            bonuses=_in_snapshot_order(snapshot.bonuses, current.bonuses, dropped_records("bonuses")),
            inspections=_in_snapshot_order(snapshot.inspections, current.inspections, dropped_records("inspections")),
            vetoes=_in_snapshot_order(snapshot.vetoes, current.vetoes, dropped_records("vetoes")),
            adjustments=_in_snapshot_order(snapshot.adjustments, current.adjustments, dropped_records("adjustments")),
            limit_flags=_in_snapshot_order(snapshot.limit_flags, current.limit_flags, dropped_records("limit_flags")),
            rollups=_in_snapshot_order(snapshot.rollups, current.rollups, dropped_records("rollups")))
        return self._store_scheme(merged)


# What a scheme/town edit changes; entries (scores and registers) are everything else.
SCHEME_FIELDS = ("title", "rules", "departments", "categories", "indicators", "towns", "bonus_types",
                 "inspection_types", "veto_conditions", "assessment_methods", "town_classes", "adjustment_types",
                 "grade_limits", "consequences", "rollup_parts", "unit_level", "rounds")


def _in_snapshot_order(snapshot: tuple, current: tuple, dropped: tuple) -> tuple:
    """The current records with the dropped ones put back where the snapshot had them;
    records made since the snapshot follow."""
    waiting = Counter(current) + Counter(dropped)
    ordered = []
    for record in snapshot:
        if waiting[record]:
            waiting[record] -= 1
            ordered.append(record)
    for record in current:  # made since the snapshot
        if waiting[record]:
            waiting[record] -= 1
            ordered.append(record)
    return tuple(ordered)


def copy_scheme(source: AssessmentYear, year: int, title: Optional[str] = None) -> AssessmentYear:
    """A new year with the scheme, towns, rules and notice settings of ``source`` and no
    entries. The document number and dates are cleared (a new notice needs its own), and
    stored titles name the new year."""
    title = title or source.title.replace(str(source.year), str(year))
    issuer = None
    if source.issuer is not None:
        issuer = {key: value for key, value in source.issuer.items() if key not in ("doc_number", "date", "print_date")}
        for key in ("title", "attachment_title"):
            if isinstance(issuer.get(key), str):
                issuer[key] = issuer[key].replace(str(source.year), str(year))
    return dataclasses.replace(source, year=year, title=title, issuer=issuer, **{name: () for name in ENTRY_FIELDS})
