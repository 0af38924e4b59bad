"""CLI commands for the monthly report and list exports: report, export.

Both are masked by default; ``--full --reason TEXT`` writes names and identifiers in full, which
only a 主管 may do, with the reason kept in the audit log.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from core.cli.output import clear_progress_line, progress_line, say, warn

if TYPE_CHECKING:  # the report writers (openpyxl, XlsxWriter) load only when a report or export is written
    from sqlite_utils import Database

    from core.actors import Actor
    from core.reports.monthly import ReportResult

EXIT_OK, EXIT_REFUSED = 0, 2
CLI_LISTS = ("customers", "worklist", "visits", "feedback")
_STAGES = {
    "report_compute": "计算客户等级与预警",
    "report_read": "汇总数据",
    "report_sheets": "生成工作表",
    "report_save": "保存文件",
    "export": "导出",
}
_LIST_NAMES = {"customers": "客户清单", "worklist": "流失预警工作清单", "visits": "走访记录", "feedback": "意见反馈"}


def add_report_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``report`` and ``export``."""
    p = commands.add_parser("report", help="生成月度客户维护报表（Excel，可直接打印）")
    p.add_argument("--period", help="月份 YYYY-MM（默认最近一个月）")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx", help="保存到的文件")
    _add_full_options(p)
    p.set_defaults(handler=cmd_report)

    p = commands.add_parser("export", help="导出清单为 Excel（.xlsx）或 CSV（.csv）")
    p.add_argument(
        "list",
        choices=CLI_LISTS,
        metavar="LIST",
        help="customers（客户）、worklist（预警工作清单）、visits（走访记录）或 feedback（意见反馈）",
    )
    p.add_argument(
        "--period", help="月份 YYYY-MM（客户、预警清单默认最近一个月；走访记录、意见反馈默认全部，给出则只导出该月）"
    )
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="保存到的文件，扩展名 .xlsx 或 .csv")
    p.add_argument(
        "--encoding",
        default="utf-8",
        choices=("utf-8", "gb18030"),
        help="CSV 编码：utf-8（带BOM，默认，Excel可直接打开）或 gb18030",
    )
    _add_full_options(p)
    p.set_defaults(handler=cmd_export)


def _add_full_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--full", action="store_true", help="不脱敏，导出完整姓名与证件号、手机号（仅主管，须填写 --reason）")
    p.add_argument("--reason", metavar="TEXT", help="导出完整信息的理由（记入审计日志）")


def _full_refused(args: argparse.Namespace) -> bool:
    """Say so and return True when ``--reason`` came without ``--full`` (``--full`` without a reason is refused by core)."""
    if args.reason and not args.full:
        warn("--reason 只与 --full 一起使用；默认导出为脱敏数据，无需理由。未导出任何文件。")
        return True
    return False


def cmd_report(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``report --period YYYY-MM --out FILE.xlsx [--full --reason TEXT]``."""
    from core.reports.monthly import write_monthly_report
    from core.reports.refused import ReportRefused

    if _full_refused(args):
        return EXIT_REFUSED
    if args.out.suffix.lower() != ".xlsx":
        warn(f"月报只能保存为 .xlsx 文件；收到「{args.out.name}」。")
        return EXIT_REFUSED
    interactive = sys.stderr.isatty()
    try:
        result = write_monthly_report(
            db, actor, args.period, args.out, full=args.full, reason=args.reason, progress=progress_line(_STAGES, interactive)
        )
    except ReportRefused as refused:
        warn(refused.message())
        return EXIT_REFUSED
    finally:
        clear_progress_line(interactive)
    _print_report(result)
    if args.full:
        say("注意：本报表含完整客户姓名（未脱敏），已记入审计日志，请妥善保管。")
    return EXIT_OK


def _print_report(result: ReportResult) -> None:
    say(f"已生成 {result.period} 客户维护月报：{result.path}")
    say(f"工作表：{'、'.join(result.sheets)}")
    for f in result.figures:
        say(f"  {f.label}：{_figure(f.this, f.kind)}（上月 {_figure(f.last, f.kind)}）")


def _figure(value: int | float | None, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "money":
        return f"{value / 1_000_000:,.2f}"
    if kind == "percent":
        return f"{100 * value:.1f}%"
    return f"{value:,}"


def cmd_export(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``export customers|worklist|visits|feedback [--period YYYY-MM] --out FILE.xlsx|FILE.csv [--full --reason TEXT]``."""
    from core.reports.exports import ExportRequest, export_list
    from core.reports.refused import ReportRefused

    if _full_refused(args):
        return EXIT_REFUSED
    interactive = sys.stderr.isatty()
    encoding = "utf-8-sig" if args.encoding == "utf-8" else args.encoding
    try:
        result = export_list(
            db,
            actor,
            args.list,
            args.out,
            ExportRequest(period=args.period, encoding=encoding, full=args.full, reason=args.reason),
            progress=progress_line(_STAGES, interactive),
        )
    except ReportRefused as refused:
        warn(refused.message())
        return EXIT_REFUSED
    finally:
        clear_progress_line(interactive)
    month = f"{result.period} " if result.period else ""
    say(f"已导出 {month}{_LIST_NAMES.get(result.kind, result.kind)} {result.rows} 行：{result.path}")
    if args.full:
        say("注意：本文件含完整客户信息（未脱敏），已记入审计日志，请妥善保管，用后删除。")
    return EXIT_OK
