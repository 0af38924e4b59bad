"""The command-line interface: ``python main.py [--db PATH] [--user NAME] COMMAND …`` (no Qt on this path).

Who acts: on a database with no accounts yet, the local user (a 主管), so a new install and old
scripts keep working (``user add NAME --role 管理员`` creates the first administrator). Once an
account exists, ``--user NAME`` (or ``LIUKE_USER``) is required and the password comes from
``LIUKE_PASSWORD`` (scripts) or a prompt on the terminal; without either the run is refused.
Every sign-in is audited by ``authenticate``; a refused permission is audited here, as
``permission_denied``, before the message is shown. Exit codes: 0 done, 2 refused (nothing
written), 1 internal error, 3 ``audit --verify`` found the chain broken.

Start-up: building the parser must stay cheap, so the ``*_cmds`` modules import at top level only
what registering needs; each handler imports the core modules of its own command (report writers,
exchange, follow-up, risk…), and the database layer is imported once the arguments are parsed.
tests/core/test_cli_startup.py checks this.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from core.actors import LOCAL_USER, Actor
from core.cli.demo_cmds import add_demo_commands
from core.cli.exchange_cmds import add_exchange_commands
from core.cli.followup_cmds import add_followup_commands
from core.cli.import_cmds import EXIT_INTERNAL, EXIT_OK, EXIT_REFUSED, add_import_commands
from core.cli.output import ask_secret, is_interactive, setup_streams, warn
from core.cli.report_cmds import add_report_commands
from core.cli.risk_cmds import add_risk_commands
from core.cli.security_cmds import CliRefused, add_security_commands, is_own_password_change
from core.paths import data_dir, default_db_path
from core.privacy import mask_free_text
from core.refusal import Refused
from core.security.permissions import PermissionDenied

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)
COMMANDS_WITHOUT_DB = {"demo"}
USER_ENV, PASSWORD_ENV = "LIUKE_USER", "LIUKE_PASSWORD"


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
    parser.add_argument(
        "--user", metavar="NAME",
        help=f"以哪个账户操作（写在命令之前；建立账户后必填，也可设置环境变量 {USER_ENV}）。"
        f"密码在终端中提示输入，脚本可设置环境变量 {PASSWORD_ENV}",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    add_import_commands(commands)
    add_risk_commands(commands)
    add_followup_commands(commands)
    add_report_commands(commands)
    add_demo_commands(commands)
    add_security_commands(commands)
    add_exchange_commands(commands)
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
    # a command may start reading its input file now, while the database layer loads, the database
    # opens and the user signs in (``import`` does: core/importing/prefetch.py); closed at the end
    ahead = args.read_ahead(args) if getattr(args, "read_ahead", None) else None
    # imported here, not at the top: help and usage errors need no database layer (sqlite_utils, numpy)
    from core.db import NetworkDatabaseError, NewerDatabaseError, open_db

    try:
        if args.command in COMMANDS_WITHOUT_DB:
            return int(args.handler(None, args, LOCAL_USER))
        db = open_db(args.db or default_db_path())
        try:
            actor = sign_in(db, args)
            try:
                return int(args.handler(db, args, actor))
            except PermissionDenied as denied:
                _audit_denied(db, actor, denied, args.command)
                raise
        finally:
            db.close()
    except (NewerDatabaseError, NetworkDatabaseError, PermissionDenied, CliRefused) as exc:
        warn(exc.message())
        return EXIT_REFUSED
    except BrokenPipeError:  # output piped into `head` and the like: the work itself is done
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        warn("已中断，未写入任何数据。")
        return EXIT_REFUSED
    except Exception as exc:  # the last line of defence: a log for support, a sentence for the user
        if isinstance(exc, Refused):  # AccountRefused, BackupRefused, ExchangeRefused, RevealRefused, …: nothing written
            warn(exc.message())
            return EXIT_REFUSED
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
    finally:
        if ahead is not None:
            ahead.close()


def sign_in(db: Database, args: argparse.Namespace) -> Actor:
    """The actor for this run: LOCAL_USER without accounts, else the signed-in ``--user``.

    The sign-in password is kept on ``args.signin_password`` (``user passwd`` uses it as the old one).
    :raises CliRefused: no user named, or no password available (not a terminal, no LIUKE_PASSWORD)
    :raises AccountRefused: wrong password, locked or disabled account (audited by ``authenticate``)
    """
    from core.security.accounts import authenticate, has_accounts

    if not has_accounts(db):
        return LOCAL_USER
    name = (args.user or os.environ.get(USER_ENV) or "").strip()
    if not name:
        raise CliRefused(
            f"数据库已建立账户：请用 --user 指定用户（或设置 {USER_ENV}），写在命令之前，例如 main.py --user 张三 {args.command}。"
        )
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not is_interactive():
            raise CliRefused(f"没有提供密码：请在终端中运行以便输入密码，或在脚本中设置环境变量 {PASSWORD_ENV}。")
        try:
            password = ask_secret(f"用户「{name}」的密码：")
        except EOFError:
            raise CliRefused("没有输入密码，未执行。") from None
    signed = authenticate(db, name, password)
    if signed.must_change and not is_own_password_change(args, signed.actor.username):
        raise CliRefused(
            f"管理员已重置您的密码：请先设置自己的新密码，例如 main.py --user {signed.actor.username} user passwd。"
        )
    args.signin_password = password
    return signed.actor


def _audit_denied(db: Database, actor: Actor, denied: PermissionDenied, command: str) -> None:
    """Write the refused attempt to the audit log (never let the audit failing hide the refusal)."""
    from core.security import audit

    try:
        audit.record(db, actor, "permission_denied", outcome="denied", target=f"command:{command}",
                     details={"permission": denied.action})
    except sqlite3.Error:
        log.warning("could not audit a refused permission")




def _write_crash_log() -> Path:
    """Append the traceback (code locations only, no local values) to the CLI log."""
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "cli-errors.log"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(mask_free_text(traceback.format_exc(limit=20), limit=20_000))  # no identifiers in logs
    return path
