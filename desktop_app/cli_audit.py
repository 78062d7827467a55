"""Command line: the audit trail — who changed what and why — and the check that nobody edited it."""
from __future__ import annotations

import sys
from pathlib import Path

from .jsontext import dumps_json
from .services import open_store
from .services.audit import VERIFY_LABELS, AuditTrail


def _database(args):
    return Path(args.db) if getattr(args, "db", None) else None


def cmd_audit(args) -> int:
    with open_store(_database(args)) as store:
        trail = AuditTrail(store)
        if args.verify:
            problems = trail.verify()
            count = len(store.audit_entries())
            if not problems:
                print(f"审计记录完整：{count} 条记录的校验链条无断点，也没有未记入的修改。")
                return 0
            print(f"审计记录有 {len(problems)} 处问题（共 {count} 条记录）：")
            for entry_id, kind in problems:
                print(f"  - {VERIFY_LABELS[kind].format(id=entry_id)}")
            return 1
        entries = trail.entries(args.year, town=args.town, part=args.part, department=args.department,
                                operator=args.operator, since=args.since, until=args.until)
    if args.format == "json":
        sys.stdout.write(dumps_json([entry.to_json() for entry in entries]))
        return 0
    for entry in entries:
        print(entry.describe())
    print(f"共 {len(entries)} 条记录。")
    return 0


def add_commands(add) -> None:
    sub = add("audit", cmd_audit, "审计记录：谁在何时把什么从何值改为何值、理由；--verify 检查记录是否被改动")
    sub.add_argument("--year", type=int, help="只列出这一年度")
    sub.add_argument("--town", help="镇街编码")
    sub.add_argument("--part", help="打分部分编码（与 --town 一起：这一格得分的历史）")
    sub.add_argument("--department", help="部门编码")
    sub.add_argument("--operator", help="操作人")
    sub.add_argument("--since", help="起始日期或时间，如 2023-12-01")
    sub.add_argument("--until", help="截止日期或时间，如 2023-12-31")
    sub.add_argument("--format", choices=["table", "json"], default="table", help="输出格式")
    sub.add_argument("--verify", action="store_true", help="检查校验链条：记录被改动、删除或有未记入的修改时退出码为 1")
