"""Command line: the audit trail — who changed what and why — and the check that nobody edited it;
backups, and restoring one."""
from __future__ import annotations

import sys
from pathlib import Path

from .jsontext import dumps_json
from .services import YearService
from .cli_common import UsageError, open_database
from .services.audit import VERIFY_LABELS, AuditTrail
from .services.backups import Backups
from .storage import read_backup



def cmd_audit(args) -> int:
    with open_database(args) as store:
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


def _describe_backup(path, summary) -> str:
    years = "；".join(f"{year} 年度（{title}）{towns} 个镇街、{scores} 条得分" for year, title, towns, scores in summary.years)
    return f"{path}：{years or '没有年度'}；审计记录 {summary.audit_entries} 条"


def cmd_backup(args) -> int:
    with open_database(args) as store:
        if args.output:
            summary = YearService(store).backup(args.output)
            print(f"已备份到 {_describe_backup(args.output, summary)}")
            return 0
        backups = Backups(store)
        if args.list:
            for backup in backups.list():
                print(f"{backup.taken:%Y-%m-%d %H:%M:%S}  {backup.reason:<8}  {backup.path}")
            return 0
        made = backups.take("manual")
        print(f"已备份到 {_describe_backup(made.path, read_backup(made.path))}")
    return 0


def cmd_restore(args) -> int:
    summary = read_backup(args.file)
    if not args.yes:
        raise UsageError(f"将用备份 {_describe_backup(args.file, summary)} 替换数据库的全部内容"
                         f"（替换前自动备份当前内容）。确认请加 --yes")
    with open_database(args) as store:
        before = Backups(store).restore(args.file)
    print(f"已从备份恢复：{_describe_backup(args.file, summary)}。恢复前的内容已备份到 {before.path}")
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
    sub = add("backup", cmd_backup, "备份数据库（检查完整性后保存；默认存入备份文件夹，按规则轮换）")
    sub.add_argument("-o", "--output", type=Path, help="备份到这个文件（不参与轮换）")
    sub.add_argument("--list", action="store_true", help="列出备份文件夹中的备份，最新的在前")
    sub = add("restore", cmd_restore, "用备份替换数据库的全部内容（先自动备份当前内容）", writes=True)
    sub.add_argument("file", type=Path, help="备份文件")
    sub.add_argument("--yes", action="store_true", help="确认替换（不加时只显示备份内容）")
