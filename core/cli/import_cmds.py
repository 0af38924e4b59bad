"""CLI commands for imports: import, batches, undo-import, customers."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.cli.output import print_json, progress_line, say, warn, yuan

if TYPE_CHECKING:  # the handlers import what their command needs (core/cli/app.py: start-up)
    from sqlite_utils import Database

    from core.actors import Actor
    from core.importing.codes import ImportRefused, RowIssue
    from core.importing.prefetch import Prefetch
    from core.importing.service import ImportOutcome

EXIT_OK, EXIT_INTERNAL, EXIT_REFUSED = 0, 1, 2
ISSUES_SHOWN = 50
_PERIOD_SOURCE = {"option": "--period 参数", "column": "统计月份列", "title": "标题行", "file_name": "文件名"}
_STAGES = {"read": "读取文件", "check": "校验数据", "save": "写入数据库"}


def add_import_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register import, batches, undo-import and customers."""
    p = commands.add_parser("import", help="导入月度客户清单（Excel/CSV）")
    p.add_argument("file", help="要导入的文件")
    p.add_argument("--period", help="数据月份 YYYY-MM（覆盖文件中的月份）")
    p.add_argument("--sheet", help="工作表名称")
    p.add_argument("--map", action="append", default=[], metavar="表头=字段", help="指定列对应关系，可多次使用")
    p.add_argument("--dry-run", action="store_true", help="只校验、不写入")
    p.add_argument("--replace", action="store_true", help="替换该月份已导入的数据")
    p.add_argument("--json", action="store_true", help="以JSON输出结果")
    p.set_defaults(handler=cmd_import, read_ahead=_read_ahead)

    p = commands.add_parser("batches", help="列出导入批次")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_batches)

    p = commands.add_parser("undo-import", help="撤销一个导入批次")
    p.add_argument("batch_id", type=int, metavar="BATCH_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_undo)

    p = commands.add_parser("customers", help="列出客户")
    p.add_argument("--period", help="月份 YYYY-MM（默认最近一个月）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_customers)


def _issue_json(issue: RowIssue) -> dict[str, Any]:
    return {
        "row": issue.row,
        "column": issue.column,
        "code": issue.code,
        "message": issue.message(),
        "value": issue.value,
    }


def _import_json(path: Path, outcome: ImportOutcome | None, error: ImportRefused | None) -> dict[str, Any]:
    from core.importing.planner import NoValidRows

    result: dict[str, Any] = {
        "file": str(path),
        "period": None,
        "batch_id": None,
        "sheet": None,
        "dry_run": False,
        "rows_read": 0,
        "imported": 0,
        "skipped": 0,
        "rejected": 0,
        "warnings": 0,
        "issues": [],
    }
    if outcome is not None:
        plan = outcome.plan
        result.update(
            period=plan.period,
            sheet=plan.sheet,
            dry_run=outcome.commit is None,
            batch_id=outcome.commit.batch_id if outcome.commit else None,
            rows_read=plan.rows_read,
            imported=len(plan.records),
            skipped=plan.skipped,
            rejected=plan.rejected,
            warnings=plan.warnings,
            issues=[_issue_json(i) for i in plan.issues],
        )
    if isinstance(error, NoValidRows):
        result.update(
            rows_read=error.rows_read,
            rejected=error.rejected,
            skipped=error.skipped,
            issues=[_issue_json(i) for i in error.issues],
            warnings=sum(1 for i in error.issues if i.severity == "warning"),
        )
    if error is not None:
        result["error"] = {"code": error.code, "message": error.message()}
    return result


def _read_ahead(args: argparse.Namespace) -> Prefetch:
    """Start reading FILE while the database opens and the user signs in (see core/importing/prefetch.py)."""
    from core.importing.prefetch import Prefetch

    args.prefetched = Prefetch(Path(args.file), args.sheet)
    return args.prefetched


def cmd_import(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``import FILE``: exit 0 when a batch was written, 2 when the file was refused."""
    from core.importing.codes import ImportRefused
    from core.importing.planner import ImportOptions, NoValidRows
    from core.importing.service import import_file

    path = Path(args.file)
    options = ImportOptions(
        period=args.period, sheet=args.sheet, mappings=tuple(args.map), replace=args.replace, dry_run=args.dry_run
    )
    interactive = not args.json and sys.stderr.isatty()
    try:
        outcome = import_file(
            db, path, actor, options, progress=progress_line(_STAGES, interactive),
            prefetched=getattr(args, "prefetched", None),
        )
    except ImportRefused as refused:
        if interactive:
            sys.stderr.write("\n")
        if args.json:
            print_json(_import_json(path, None, refused))
        else:
            warn(f"未导入：{refused.message()}")
            if isinstance(refused, NoValidRows):
                _print_issues(refused.issues)
        return EXIT_REFUSED
    if interactive:
        sys.stderr.write("\n")
    if args.json:
        print_json(_import_json(path, outcome, None))
    else:
        _print_outcome(outcome)
    return EXIT_OK


def _print_outcome(outcome: ImportOutcome) -> None:
    plan = outcome.plan
    say(f"文件：{plan.path.name}（工作表「{plan.sheet}」，表头在第 {plan.layout.header_excel_row} 行）")
    say(f"月份：{plan.period}（来自{_PERIOD_SOURCE.get(plan.period_source, plan.period_source)}）")
    say(
        f"读取 {plan.rows_read} 行：导入 {len(plan.records)} 行，跳过 {plan.skipped} 行，拒绝 {plan.rejected} 行；警告 {plan.warnings} 条"
    )
    if outcome.commit is None:
        say("（试运行：未写入数据库。去掉 --dry-run 即可正式导入。）")
    else:
        say(f"已写入，批次号 {outcome.commit.batch_id}；新客户 {outcome.commit.customers_created} 户。")
        if outcome.risk is not None and outcome.risk.period:
            say(
                f"流失预警已更新（{outcome.risk.period}）：高价值客户中 {outcome.risk.high_value_flagged} 户有预警，"
                "用 risk 命令查看清单。"
            )
    _print_issues(plan.issues)


def _print_issues(issues: list[RowIssue]) -> None:
    if not issues:
        return
    say("问题清单：")
    for issue in issues[:ISSUES_SHOWN]:
        where = f"第 {issue.row} 行" if issue.row else "文件"
        column = f"「{issue.column}」" if issue.column else ""
        value = f"（值：{issue.value}）" if issue.value else ""
        say(f"  {where}{column}：{issue.message()}{value}")
    if len(issues) > ISSUES_SHOWN:
        say(f"  …另有 {len(issues) - ISSUES_SHOWN} 条，可用 --json 查看全部。")


def cmd_batches(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``batches``: every import batch, newest first."""
    from core.importing.batches import list_batches, status_text

    batches = list_batches(db, actor)
    if args.json:
        print_json([asdict(b) for b in batches])
        return EXIT_OK
    if not batches:
        say("还没有导入过任何文件。")
    for b in batches:
        say(
            f"{b.id:>4}  {b.period}  {status_text(b.status):<4}  导入 {b.imported} / 读取 {b.rows_read}，拒绝 {b.rejected}"
            f"  {b.imported_at.replace('T', ' ')}  {b.file_name}"
        )
    return EXIT_OK


def cmd_undo(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``undo-import BATCH_ID``."""
    from core.importing.batches import undo_batch
    from core.importing.codes import ImportRefused

    try:
        result = undo_batch(db, args.batch_id, actor)
    except ImportRefused as refused:
        warn(refused.message())
        return EXIT_REFUSED
    if args.json:
        print_json(asdict(result))
    else:
        say(
            f"已撤销批次 {result.batch_id}：删除月度数据 {result.snapshots_removed} 条，删除仅由该批次产生的客户 {result.customers_removed} 户。"
        )
    return EXIT_OK


def cmd_customers(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``customers``: one object per customer with AUM for the period and masked identifiers."""
    from core.customers import latest_period, list_customers

    period = args.period or latest_period(db)
    if (
        args.period
        and not db.execute(
            "select 1 from import_batches where period = ? and status = 'committed'", [args.period]
        ).fetchone()
    ):
        warn(f"没有 {args.period} 的数据。可用 batches 命令查看已导入的月份。")
        return EXIT_REFUSED
    rows = list_customers(db, actor, period)
    if args.json:
        print_json(
            [
                {
                    "customer_no": c.customer_no,
                    "name": c.name,
                    "manager": c.manager,
                    "branch": c.branch,
                    "aum_fen": c.aum_fen,
                    "id_number": c.id_number_masked,
                    "mobile": c.mobile_masked,
                    "period": period,
                    "tier": c.tier,
                    "risk_level": c.risk_level,
                }
                for c in rows
            ]
        )
        return EXIT_OK
    say(f"月份：{period or '（无数据）'}，共 {len(rows)} 户")
    for c in rows:
        say(
            f"{c.customer_no}  {c.name}  {c.tier or ''}  {c.risk_level or ''}  {c.manager or ''}  {c.branch or ''}"
            f"  {yuan(c.aum_fen)}  {c.id_number_masked}  {c.mobile_masked}"
        )
    return EXIT_OK
