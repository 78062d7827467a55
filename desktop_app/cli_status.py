"""Command line: the state of a year and the steps that change it — submit a
department's sheet, reopen it, finalise (审定) the year, reopen it with a reason."""
from __future__ import annotations

import sys

from .cli_common import UsageError, open_database
from .cli_documents import print_font_warnings
from .domain.numbers import two_decimals
from .domain.status import STATE_LABELS
from .jsontext import dumps_json
from .services import YearSession
from .services.documents import DocumentSettings


def _session(args, store) -> YearSession:
    return YearSession(store, args.year)



def state_json(state, unexplained: dict, font_warnings: list = ()) -> dict:
    return {
        "state": state.state,
        "fingerprint": state.fingerprint,
        "finalised_at": state.finalised_at,
        "failing": [{"about": f.about, "message": f.problem.render(), "town": f.town, "part": f.part,
                     "department": f.department} for f in state.failing],
        "waived": [{"department": code, "reason": reason} for code, reason in state.waived],
        "unexplained_losses": [{"town": town, "part": loss.part, "department": loss.department,
                                "points": str(loss.points)} for town, losses in unexplained.items() for loss in losses],
        "font_warnings": [{"path": w.path, "message": w.render()} for w in font_warnings],
    }


def print_state(session: YearSession, state, fmt: str = "text") -> None:
    silent = session.unexplained_losses()
    unprintable = DocumentSettings(session.store).font_warnings(session.year)
    if fmt == "json":
        sys.stdout.write(dumps_json(state_json(state, silent, unprintable)))
        return
    year = session.year
    names = {d.code: d.name for d in year.departments}
    print(f"{year.title}（{year.year} 年度）：{STATE_LABELS[state.state]}（{state.state}）")
    print(f"数据指纹：{state.fingerprint}" + (f"，审定于 {state.finalised_at.replace('T', ' ')}" if state.finalised_at else ""))
    for code, reason in state.waived:
        print(f"未经提交计为已提交：{names.get(code, code)}（理由：{reason}）")
    if state.failing:
        print(f"尚有 {len(state.failing)} 项条件未满足，结果只能作为草稿：")
        for failing in state.failing:
            print(f"  - {failing.problem.render()}")
    if silent:
        towns = {t.code: t.name for t in year.towns}
        parts = {part.code: indicator.part_name(part) for indicator, part in year.parts()}
        print(f"反馈函中有 {len(silent)} 个镇街的 {sum(map(len, silent.values()))} 项失分未说明原因"
              "（请责任单位补填扣分原因或备注）：")
        for town, losses in silent.items():
            for loss in losses:
                print(f"  - {towns[town]}：{parts[loss.part]}（{names.get(loss.department, loss.department)}）"
                      f"失分{two_decimals(loss.points)}分")
    print_font_warnings(unprintable)


def cmd_status(args) -> int:
    with open_database(args) as store:
        session = _session(args, store)
        print_state(session, session.state(), args.format)
    return 0


def cmd_submit(args) -> int:
    if bool(args.department) == args.all:
        raise UsageError("submit 需要 --department 部门编码 或 --all（二选一）")
    with open_database(args) as store:
        session = _session(args, store)
        if args.reason:
            for code in ([d.code for d in session.year.departments] if args.all else [args.department]):
                session.waive_department(code, args.reason)
        elif args.all:
            session.submit_departments([d.code for d in session.year.departments if d.code not in session.submitted()])
        else:
            session.submit_department(args.department)
        print_state(session, session.state())
    return 0


def cmd_reopen_department(args) -> int:
    with open_database(args) as store:
        session = _session(args, store)
        session.reopen_department(args.department)
        print(f"已退回{session.department_name(args.department)}的打分表，可以修改。")
    return 0


def cmd_finalise(args) -> int:
    with open_database(args) as store:
        session = _session(args, store)
        state = session.finalise()
        print_state(session, state)
    return 0


def cmd_reopen(args) -> int:
    with open_database(args) as store:
        session = _session(args, store)
        session.reopen(args.reason)
        print(f"已重新打开 {args.year} 年度（理由：{args.reason.strip()}），可以修改；改完需重新审定。")
    return 0


def add_commands(add) -> None:
    sub = add("status", cmd_status, "显示年度状态：草稿、正式或已审定，数据指纹和未满足的条件")
    sub.add_argument("--year", type=int, required=True)
    sub.add_argument("--format", choices=["text", "json"], default="text", help="输出格式")
    sub = add("submit", cmd_submit, "提交部门打分表（提交后只读）；--reason 为未经部门提交而计为已提交并说明理由", writes=True)
    sub.add_argument("--year", type=int, required=True)
    sub.add_argument("--department", help="部门编码")
    sub.add_argument("--all", action="store_true", help="提交全部已填完的部门")
    sub.add_argument("--reason", help="未经部门提交而计为已提交的理由")
    sub = add("reopen-department", cmd_reopen_department, "退回部门已提交的打分表", writes=True)
    sub.add_argument("--year", type=int, required=True)
    sub.add_argument("--department", required=True, help="部门编码")
    sub = add("finalise", cmd_finalise, "审定年度：正式结果冻结并记下数据指纹，此后只读", writes=True)
    sub.add_argument("--year", type=int, required=True)
    sub = add("reopen", cmd_reopen, "重新打开已审定的年度（须说明理由）", writes=True)
    sub.add_argument("--year", type=int, required=True)
    sub.add_argument("--reason", required=True, help="重新打开的理由")
