"""``exchange export --out FILE [--all]`` / ``exchange import FILE``: records between the branch's PCs (docs/exchange.md).

The package's password is asked twice on a terminal for an export and once for an import; scripts
set ``LIUKE_EXCHANGE_PASSWORD`` instead. A refusal (wrong password, damaged file, own package…)
prints why on stderr and exits 2 with nothing changed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.cli import output
from core.cli.output import clear_progress_line, print_json, progress_line, say, warn
from core.security.permissions import require

if TYPE_CHECKING:  # core.exchange (cryptography) loads only when an exchange command runs
    from sqlite_utils import Database

    from core.actors import Actor
    from core.exchange import ExchangeRefused, ExchangeReport
    from core.progress import ProgressFn

EXIT_OK, EXIT_REFUSED = 0, 2
PASSWORD_ENV = "LIUKE_EXCHANGE_PASSWORD"
_STAGES = {"exchange_collect": "整理记录", "exchange_write": "加密写入", "exchange_merge": "合并记录"}
EXPORT_LABELS = {"contacts": "联系记录", "feedback": "意见反馈", "warnings": "预警处理", "assignments": "分派", "handovers": "交接"}
IMPORT_LABELS = {
    "contacts": "联系记录", "contact_versions": "联系记录的历史版本", "contacts_updated": "更新的联系记录",
    "feedback": "意见反馈", "feedback_events": "反馈处理步骤", "feedback_updated": "更新的反馈",
    "warning_events": "预警处理记录", "warnings_changed": "改变状态的预警", "assignments": "分派/交接记录",
    "managers_changed": "更换管户经理的客户", "handovers": "交接", "staff_added": "新登记的员工",
    "unlinked": "待关联客户的记录", "warnings_pending": "暂存的预警处理", "assignments_pending": "暂存的分派",
}  # fmt: skip


def add_exchange_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the exchange commands."""
    p = commands.add_parser("exchange", help="与本网点其他电脑交换联系记录、反馈、预警处理和分派（加密交换包 .lkx）")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("export", help="导出本机自上次导出以来登记的记录")
    s.add_argument("--out", required=True, type=Path, metavar="FILE", help="交换包文件，如 E:/交换包.lkx")
    s.add_argument("--all", action="store_true", help="导出本机的全部记录（不只是上次导出以来的），用于新电脑或补发")
    s.add_argument("--json", action="store_true", help="以JSON输出")
    s.set_defaults(handler=cmd_exchange_export)
    s = actions.add_parser("import", help="导入另一台电脑导出的交换包（重复导入不会重复添加）")
    s.add_argument("file", type=Path, metavar="FILE", help="交换包文件（.lkx）")
    s.add_argument("--json", action="store_true", help="以JSON输出")
    s.set_defaults(handler=cmd_exchange_import)


def read_password(*, confirm: bool) -> str:
    """The package password: ``LIUKE_EXCHANGE_PASSWORD``, else asked on the terminal (twice to confirm).

    :raises ExchangeRefused: no terminal to ask on, or the two entries differ
    """
    from core.exchange import ExchangeRefused
    from core.exchange.package import MIN_PASSWORD

    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    if not output.is_interactive():
        raise ExchangeRefused(
            "需要交换包密码：请在终端中运行以便输入密码，或在脚本中设置环境变量 {env}。", code="no_password", env=PASSWORD_ENV
        )
    try:
        first = output.ask_secret(f"交换包密码（至少 {MIN_PASSWORD} 个字符）：" if confirm else "交换包密码：")
        if confirm and output.ask_secret("再输入一次：") != first:
            raise ExchangeRefused("两次输入的密码不一致，未导出。", code="password_mismatch")
    except EOFError:
        raise ExchangeRefused("没有输入密码，操作已取消。", code="no_password") from None
    return first


def cmd_exchange_export(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``exchange export --out FILE [--all]``: exit 0 with the package written, 2 when refused."""
    from core.exchange import export_package

    def export(password: str, progress: ProgressFn) -> ExchangeReport:
        return export_package(db, actor, args.out, password, everything=args.all, progress=progress)

    return _run(args, actor, "exchange.export", export, _show_export, confirm=True)


def cmd_exchange_import(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``exchange import FILE``: exit 0 when merged (also when nothing was new), 2 when refused."""
    from core.exchange import import_package

    def merge(password: str, progress: ProgressFn) -> ExchangeReport:
        return import_package(db, actor, args.file, password, progress=progress)

    return _run(args, actor, "exchange.import", merge, _show_import, confirm=False)


def _run(
    args: argparse.Namespace, actor: Actor, permission: str, operation: Callable[[str, ProgressFn], ExchangeReport],
    show: Callable[[ExchangeReport], None], *, confirm: bool,
) -> int:  # fmt: skip
    """Check the permission, ask the password, run ``operation`` with it and print its report (``show``, or JSON)."""
    from core.exchange import ExchangeRefused

    interactive = not args.json and sys.stderr.isatty()
    progress = progress_line(_STAGES, interactive)
    require(actor, permission)  # a role that may not export or import is told so before any password is asked
    try:
        report = operation(read_password(confirm=confirm), progress)
    except ExchangeRefused as refused:
        return _refused(refused, args.json, interactive)
    clear_progress_line(interactive)
    if args.json:
        print_json(_json(report))
    else:
        show(report)
    return EXIT_OK


def _show_export(report: ExchangeReport) -> None:
    say(f"已导出交换包：{report.path}")
    say("  " + "、".join(f"{EXPORT_LABELS[k]} {n}" for k, n in report.counts.items() if k in EXPORT_LABELS))
    say(f"  交换包编号 {report.package_id[:8]}，本机编号 {report.source_device[:8]}")
    say("请把交换包带到其他电脑上用 exchange import 导入；密码请另行告知，不要和文件放在一起。")


def _show_import(report: ExchangeReport) -> None:
    say(f"已导入交换包：{report.path}（来自电脑 {report.source_device[:8]}）")
    added = [f"{IMPORT_LABELS.get(k, k)} {n}" for k, n in report.counts.items() if n]
    say("  新增或更新：" + ("、".join(added) if added else "无（本机已有全部记录）"))
    say(f"  本机已有、未改动：{report.unchanged} 条")
    if report.conflicts:
        say(f"  冲突 {len(report.conflicts)} 项（以较晚的修改为准，另一修改保留在历史中）：")
        for c in report.conflicts:
            say(f"    - {c.record}：保留 {c.kept}；{c.other} 已存入历史")
    for note in report.notes:
        say(f"  注意：{note}")


def _json(report: ExchangeReport) -> dict[str, Any]:
    return {
        "file": str(report.path),
        "package_id": report.package_id,
        "source_device": report.source_device,
        "file_sha256": report.file_sha256,
        "counts": report.counts,
        "unchanged": report.unchanged,
        "conflicts": [asdict(c) for c in report.conflicts],
        "pending": report.pending,
        "notes": list(report.notes),
    }


def _refused(refused: ExchangeRefused, as_json: bool, interactive: bool) -> int:
    clear_progress_line(interactive)
    if as_json:
        print_json({"error": {"code": refused.code, "message": refused.message()}})
    warn(refused.message())
    return EXIT_REFUSED
