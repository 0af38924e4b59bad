"""The command-line interface: ``python main.py [--db PATH] COMMAND …`` (no Qt on this path)."""

from __future__ import annotations

import argparse
import sqlite3
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from core.actors import LOCAL_USER
from core.cli.demo_cmds import add_demo_commands
from core.cli.followup_cmds import add_followup_commands
from core.cli.import_cmds import EXIT_INTERNAL, EXIT_OK, EXIT_REFUSED, add_import_commands
from core.cli.output import setup_streams, warn
from core.cli.report_cmds import add_report_commands
from core.cli.risk_cmds import add_risk_commands
from core.db import NewerDatabaseError, open_db
from core.paths import data_dir, default_db_path
from core.privacy import mask_free_text

COMMANDS_WITHOUT_DB = {"demo"}


class _Parser(argparse.ArgumentParser):
    """argparse with Chinese errors and exit code 2 (what scripts expect for bad usage)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        warn(f"参数错误：{message}")
        raise SystemExit(EXIT_REFUSED)


Register = Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]


def build_parser(extra: Sequence[Register] = ()) -> argparse.ArgumentParser:
    """The full argument parser.

    :param extra: more command registrars from outside core (main.py adds ``screenshots``, which
      needs the desktop app; core itself never refers to it)
    """
    parser = _Parser(prog="main.py", description="留客 Liuke：网点客户流失预警与维护")
    parser.add_argument("--db", type=Path, help="数据库文件（默认：用户数据目录，或环境变量 LIUKE_DB）")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    add_import_commands(commands)
    add_risk_commands(commands)
    add_followup_commands(commands)
    add_report_commands(commands)
    add_demo_commands(commands)
    for register in extra:
        register(commands)
    return parser


def main(argv: list[str], extra: Sequence[Register] = ()) -> int:
    """Run one command and return its exit code: 0 done, 2 refused (nothing written), 1 internal error."""
    parser = build_parser(extra)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not args.command:
        parser.print_help()
        return EXIT_OK
    setup_streams(getattr(args, "json", False))
    try:
        if args.command in COMMANDS_WITHOUT_DB:
            return int(args.handler(None, args, LOCAL_USER))
        db = open_db(args.db or default_db_path())
        try:
            return int(args.handler(db, args, LOCAL_USER))
        finally:
            db.close()
    except NewerDatabaseError as exc:
        warn(exc.message())
        return EXIT_REFUSED
    except BrokenPipeError:  # output piped into `head` and the like: the work itself is done
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        warn("已中断，未写入任何数据。")
        return EXIT_REFUSED
    except Exception as exc:  # the last line of defence: a log for support, a sentence for the user
        if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
            warn("数据库正被另一个程序（或打开的留客窗口）写入，本次操作未执行。请稍后重试。")
            return EXIT_REFUSED
        if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
            warn(f"「{args.db or default_db_path()}」不是留客数据库文件（未作任何修改）。请用 --db 指定正确的数据库。")
            return EXIT_REFUSED
        if isinstance(exc, PermissionError):
            warn(f"没有权限读写「{exc.filename}」。请换一个文件夹，或请管理员开放权限。")
            return EXIT_REFUSED
        log_path = _write_crash_log()
        warn(f"内部错误，操作未完成，数据库未作修改。错误详情已写入日志：{log_path}")
        return EXIT_INTERNAL


def _write_crash_log() -> Path:
    """Append the traceback (code locations only, no local values) to the CLI log."""
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cli-errors.log"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(mask_free_text(traceback.format_exc(limit=20), limit=20_000))  # no identifiers in logs
    return path
