"""CLI commands for accounts, the audit log, backups and retention: user, audit, backup, restore, purge, erase.

Every handler returns 0 when done and 2 when refused (a Chinese message on stderr; nothing written);
``audit --verify`` returns 3 when the chain is broken. Permissions are checked by core; a refusal
reaches the global handler in core/cli/app.py, which audits it and exits 2. Passwords are never
taken from the command line: a terminal prompt, or the environment for scripts (LIUKE_PASSWORD for
the signed-in user, LIUKE_NEW_PASSWORD for a new or reset password).
"""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import asdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.actors import ROLES
from core.cli.output import ask_secret, ask_yes, is_interactive, print_json, say
from core.security.clock import system_clock
from core.security.permissions import PermissionDenied, can, require

if TYPE_CHECKING:  # the handlers import what their command needs (core/cli/app.py: start-up)
    from sqlite_utils import Database

    from core.actors import Actor
    from core.security.accounts import UserInfo
    from core.security.audit import AuditFilter, AuditRow
    from core.security.backups import BackupInfo
    from core.security.retention import PurgeReport

EXIT_OK, EXIT_REFUSED, EXIT_TAMPERED = 0, 2, 3
NEW_PASSWORD_ENV = "LIUKE_NEW_PASSWORD"
AUDIT_SHOWN = 200
# the keys of core.security.audit.OUTCOMES, spelled out so that building the parser loads no database
# modules (tests/core/test_cli_startup.py checks that the two agree)
AUDIT_OUTCOMES = ("ok", "denied", "failed")


class CliRefused(Exception):
    """A command-line request refused before any work (missing password, no confirmation…)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def message(self) -> str:
        """The Chinese explanation."""
        return self.text


def add_security_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register user, audit, backup, restore, purge and erase."""
    _add_user_commands(commands)

    p = commands.add_parser("audit", help="查看、导出、校验审计日志（审计、主管）")
    p.add_argument("--verify", action="store_true", help="校验哈希链：完整退出码 0，被篡改退出码 3")
    p.add_argument("--since", metavar="DATE", help="起始日期 YYYY-MM-DD（含）")
    p.add_argument("--until", metavar="DATE", help="截止日期 YYYY-MM-DD（含当天）")
    p.add_argument("--user", dest="filter_user", metavar="NAME", help="只看该用户的记录")
    p.add_argument("--action", metavar="KEY", help="只看该操作，如 sign_in_failed、export、customer_reveal")
    p.add_argument("--outcome", choices=AUDIT_OUTCOMES, help="只看该结果：ok 成功、denied 拒绝、failed 失败")
    p.add_argument("--limit", type=int, default=AUDIT_SHOWN, metavar="N", help=f"最多显示最近 N 条（默认 {AUDIT_SHOWN}，0 为全部）")
    p.add_argument("--out", type=Path, metavar="FILE.xlsx", help="把筛选出的记录导出为 Excel（本身也记入审计日志）")
    _json(p)
    p.set_defaults(handler=cmd_audit)

    p = commands.add_parser("backup", help="备份数据库（经完整性校验），或列出已有备份")
    p.add_argument("--out", type=Path, metavar="FILE", help="备份到指定文件（默认：数据库旁的 backups 文件夹）")
    p.add_argument("--list", action="store_true", help="列出 backups 文件夹中的备份")
    _json(p)
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser("restore", help="从备份恢复数据库（当前数据库先移到 backups 文件夹保留）")
    p.add_argument("file", type=Path, metavar="FILE", help="备份文件")
    _json(p)
    p.set_defaults(handler=cmd_restore)

    p = commands.add_parser("purge", help="按保留期限清理过期的个人数据（安全删除）")
    p.add_argument("--dry-run", action="store_true", help="只统计将删除多少，不作修改")
    p.add_argument("--yes", action="store_true", help="不再询问，直接清理（脚本用）")
    _json(p)
    p.set_defaults(handler=cmd_purge)

    p = commands.add_parser("erase", help="应客户要求删除其个人信息（主管）")
    p.add_argument("customer_no", metavar="CUSTOMER_NO", help="客户号")
    p.add_argument("--reason", required=True, help="删除理由，如：客户书面申请（日期）")
    p.add_argument("--yes", action="store_true", help="不再询问，直接删除（脚本用）")
    _json(p)
    p.set_defaults(handler=cmd_erase)


def _add_user_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = commands.add_parser("user", help="账户：新建、列表、停用、启用、改密码（管理员）")
    actions = p.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    s = actions.add_parser("add", help="新建账户（尚无账户时，第一个须为管理员）")
    s.add_argument("name", metavar="NAME", help="用户名")
    s.add_argument("--role", required=True, choices=ROLES, help="、".join(ROLES))
    s.add_argument("--display", metavar="NAME", help="显示的姓名（默认同用户名）")
    s.add_argument("--staff", metavar="工号或姓名", help="对应的员工（客户经理、柜员据此看到自己的客户）")
    _json(s)
    s.set_defaults(handler=cmd_user_add)
    _json(actions.add_parser("list", help="列出账户")).set_defaults(handler=cmd_user_list)
    s = actions.add_parser("lock", help="停用账户")
    s.add_argument("name", metavar="NAME")
    s.set_defaults(handler=cmd_user_lock)
    s = actions.add_parser("unlock", help="启用账户并解除输错密码的锁定")
    s.add_argument("name", metavar="NAME")
    s.set_defaults(handler=cmd_user_unlock)
    s = actions.add_parser("passwd", help="修改自己的密码；管理员给出 NAME 则重置该用户的密码")
    s.add_argument("name", nargs="?", metavar="NAME")
    s.set_defaults(handler=cmd_user_passwd)


def _json(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    p.add_argument("--json", action="store_true", help="以JSON输出结果")
    return p


def is_own_password_change(args: argparse.Namespace, username: str) -> bool:
    """Whether ``args`` is ``user passwd`` for the signed-in user (allowed while a new password is due)."""
    if getattr(args, "command", None) != "user" or getattr(args, "user_action", None) != "passwd":
        return False
    return args.name is None or args.name.strip().lower() == username.lower()


# -- user ------------------------------------------------------------------------------------------


def user_json(user: UserInfo) -> dict[str, Any]:
    """An account for ``--json`` (never the password hash)."""
    return {**asdict(user), "locked": user.locked_at(system_clock())}


def new_password(purpose: str) -> str:
    """The new password: LIUKE_NEW_PASSWORD for scripts, else typed twice on the terminal."""
    from_env = os.environ.get(NEW_PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if not is_interactive():
        raise CliRefused(f"请为{purpose}设置密码：在终端中运行以便输入，或为脚本设置环境变量 {NEW_PASSWORD_ENV}。")
    first = ask_secret(f"{purpose}的新密码（至少 8 位）：")
    if ask_secret("再输入一次：") != first:
        raise CliRefused("两次输入的密码不一致，未作修改。")
    return first


def cmd_user_add(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``user add NAME --role ROLE``: the first account (a 管理员) needs no sign-in."""
    from core.followup.staff import find_staff
    from core.security import accounts

    if accounts.has_accounts(db):
        require(actor, "user.manage")
    staff_id = find_staff(db, args.staff)[0] if args.staff else None
    user = accounts.add_user(db, actor, args.name, new_password(f"账户「{args.name.strip()}」"), args.role,
                             display_name=args.display, staff_id=staff_id)
    if args.json:
        print_json(user_json(user))
    else:
        say(f"已新建账户「{user.username}」（{user.role}）。")
    return EXIT_OK


def cmd_user_list(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``user list``: every account with its state (none yet: an empty list, whoever asks)."""
    from core.security import accounts

    users = accounts.list_users(db, actor) if accounts.has_accounts(db) else []
    if args.json:
        print_json([user_json(u) for u in users])
        return EXIT_OK
    if not users:
        say("还没有账户。用 user add NAME --role 管理员 建立第一个管理员。")
    now = system_clock()
    for u in users:
        state = "已停用" if u.disabled else ("输错密码锁定中" if u.locked_at(now) else "正常")
        extra = "，须改密码" if u.must_change else ""
        staff = f"  员工：{u.staff_name}" if u.staff_name else ""
        last = (u.last_login_at or "从未登录").replace("T", " ")
        say(f"{u.username:<12} {u.display_name:<8} {u.role:<4}  {state}{extra}  最近登录：{last}{staff}")
    return EXIT_OK


def cmd_user_lock(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``user lock NAME``."""
    from core.security import accounts

    user = accounts.lock_user(db, actor, args.name)
    say(f"已停用账户「{user.username}」。")
    return EXIT_OK


def cmd_user_unlock(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``user unlock NAME``."""
    from core.security import accounts

    user = accounts.unlock_user(db, actor, args.name)
    say(f"已启用账户「{user.username}」，输错密码的锁定已解除。")
    return EXIT_OK


def cmd_user_passwd(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``user passwd``: one's own password (the sign-in password is the old one); ``user passwd NAME``: a reset."""
    from core.security import accounts

    if is_own_password_change(args, actor.username):
        old = getattr(args, "signin_password", None)
        if actor.user_id is None or old is None:
            raise CliRefused("数据库中还没有账户：请先用 user add NAME --role 管理员 建立管理员。")
        accounts.change_own_password(db, actor, old, new_password("您"))
        say("密码已修改。")
        return EXIT_OK
    require(actor, "user.manage")
    accounts.existing_user(db, args.name)  # an unknown name is refused before the new password is asked for
    accounts.reset_password(db, actor, args.name, new_password(f"账户「{args.name}」"))
    say(f"已重置「{args.name}」的密码；该用户下次登录时须设置自己的新密码。")
    return EXIT_OK


# -- audit -----------------------------------------------------------------------------------------


def _day(text: str | None, option: str, *, next_day: bool = False) -> str | None:
    if not text:
        return None
    raw = text.strip()
    try:
        if len(raw) == 10:
            day = date.fromisoformat(raw)
            return (day + timedelta(days=1)).isoformat() if next_day else day.isoformat()
        return datetime.fromisoformat(raw).isoformat(timespec="seconds")
    except ValueError:
        raise CliRefused(f"{option} 的日期「{raw}」格式不对，应为 YYYY-MM-DD，例如 2026-10-31。") from None


def audit_filter(args: argparse.Namespace) -> AuditFilter:
    """The filter the audit options describe (``--until`` includes its day)."""
    from core.security.audit import EVENTS, AuditFilter

    if args.action and args.action not in EVENTS:
        raise CliRefused(f"没有操作「{args.action}」。可用的操作：" + "、".join(f"{k}（{v}）" for k, v in EVENTS.items()))
    return AuditFilter(since=_day(args.since, "--since"), until=_day(args.until, "--until", next_day=True),
                       username=args.filter_user, action=args.action, outcome=args.outcome)


def audit_row_json(row: AuditRow) -> dict[str, Any]:
    """An audit row for ``--json`` (the chain hashes left out)."""
    return {"id": row.id, "at": row.at, "username": row.username, "role": row.role, "action": row.action,
            "action_label": row.action_label, "outcome": row.outcome, "customer_id": row.customer_id,
            "target": row.target, "details": row.details}


def cmd_audit(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``audit``: the newest rows; ``--verify`` checks the chain (exit 3 if broken); ``--out`` exports."""
    from core.security import audit
    from core.security.audit_export import export_audit

    if args.verify:
        check = audit.verify_chain(db, actor)
        if args.json:
            print_json({**asdict(check), "message": check.message()})
        else:
            say(check.message())
        return EXIT_OK if check.ok else EXIT_TAMPERED
    f = audit_filter(args)
    if args.out:
        rows = export_audit(db, actor, args.out, f)
        if args.json:
            print_json({"file": str(args.out), "rows": rows})
        else:
            say(f"已导出 {rows} 条审计记录到「{args.out}」。")
        return EXIT_OK
    total = audit.count_audit(db, actor, f)
    rows = audit.list_audit(db, actor, f, limit=args.limit if args.limit > 0 else max(total, 1))
    if args.json:
        print_json({"total": total, "rows": [audit_row_json(r) for r in rows]})
        return EXIT_OK
    if not rows:
        say("没有符合条件的审计记录。")
    for r in reversed(rows):  # oldest of the page first, like a log
        who = f"{r.username}（{r.role}）" if r.role else r.username
        outcome = "" if r.outcome == "ok" else f" [{audit.OUTCOMES.get(r.outcome, r.outcome)}]"
        customer = f" 客户#{r.customer_id}" if r.customer_id is not None else ""
        target = f" {r.target}" if r.target else ""
        details = f" {_details_text(r.details)}" if r.details else ""
        say(f"{r.id:>6}  {r.at.replace('T', ' ')}  {who}  {r.action_label}{outcome}{customer}{target}{details}")
    if total > len(rows):
        say(f"（共 {total} 条，显示最近 {len(rows)} 条；用 --limit 0 显示全部，或 --out 导出。）")
    return EXIT_OK


def _details_text(details: dict[str, object]) -> str:
    return json.dumps(details, ensure_ascii=False, sort_keys=True)


# -- backup and restore ------------------------------------------------------------------------------


def backup_json(info: BackupInfo) -> dict[str, Any]:
    """A backup for ``--json``."""
    return {"file": info.path.name, "path": str(info.path), "created_at": info.created_at, "reason": info.reason,
            "reason_label": info.reason_label, "size": info.size}


def list_backups(db_path: Path) -> list[BackupInfo]:
    """``core.security.backups.list_backups``, loaded when asked (a name of this module, so a test can replace it)."""
    from core.security.backups import list_backups as listed

    return listed(db_path)


def cmd_backup(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``backup [--out FILE]``: a verified copy; ``backup --list``: the backups folder."""
    from core.db import db_path_of
    from core.security.backups import create_backup

    path = db_path_of(db)
    if args.list:
        if not (can(actor, "backup.create") or can(actor, "backup.restore")):
            raise PermissionDenied(actor, "backup.create")
        found = list_backups(path) if path else []
        if args.json:
            print_json([backup_json(b) for b in found])
            return EXIT_OK
        if not found:
            say("还没有备份。")
        for b in found:
            say(f"{b.created_at.replace('T', ' ')}  {b.reason_label:<8}  {b.size / 1_048_576:7.1f} MB  {b.path}")
        return EXIT_OK
    target = create_backup(db, actor, args.out)
    if args.json:
        print_json({"file": str(target), "size": target.stat().st_size, "reason": "manual"})
    else:
        say(f"已备份并通过完整性校验：{target}")
    return EXIT_OK


def cmd_restore(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``restore FILE``: the database is closed, kept aside in backups/, and replaced by the checked backup."""
    from core.db import db_path_of
    from core.security.backups import restore_backup

    require(actor, "backup.restore")
    path = db_path_of(db)
    if path is None:
        raise CliRefused("内存数据库无法恢复。")
    db.close()
    done = restore_backup(path, actor, args.file)
    if args.json:
        print_json({"source": str(done.source), "kept_aside": str(done.kept_aside) if done.kept_aside else None})
    else:
        say(f"已从「{done.source}」恢复数据库。")
        if done.kept_aside:
            say(f"恢复前的数据库保留在：{done.kept_aside}")
        say("请重新登录后继续使用。")
    return EXIT_OK


# -- retention -----------------------------------------------------------------------------------


def purge_json(report: PurgeReport) -> dict[str, Any]:
    """A purge report for ``--json``."""
    return {"dry_run": report.dry_run, "counts": report.counts, "cutoffs": report.cutoffs, "total": report.total}


def _say_counts(counts: dict[str, int]) -> None:
    from core.security.retention import KINDS

    for kind, n in counts.items():
        if n:
            say(f"  {KINDS.get(kind, kind)}：{n} 条")


def _confirm(args: argparse.Namespace, question: str, how: str) -> None:
    if args.yes:
        return
    if not is_interactive():
        raise CliRefused(how)
    if not ask_yes(question):
        raise CliRefused("已取消，未作任何修改。")


def cmd_purge(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``purge --dry-run`` counts; ``purge`` removes (asks on a terminal, ``--yes`` for scripts)."""
    from core.security.retention import purge

    preview = purge(db, actor, dry_run=True)
    if args.dry_run or preview.total == 0:
        if args.json:
            print_json(purge_json(preview))
            return EXIT_OK
        cut = preview.cutoffs
        say(f"保留期限：月度数据自 {cut['snapshots']} 起，联系记录与反馈自 {cut['contacts']} 起，审计日志自 {cut['audit']} 起。")
        if preview.total == 0:
            say("没有超过保留期限的数据。")
        else:
            say("试运行：将删除" if args.dry_run else "将删除")
            _say_counts(preview.counts)
            say("（未作修改。去掉 --dry-run 即可清理。）")
        return EXIT_OK
    if not args.yes and is_interactive() and not args.json:
        say("将永久删除：")
        _say_counts(preview.counts)
    _confirm(args, "确认永久删除以上过期数据？", "清理会永久删除数据：请加 --yes 确认（可先用 --dry-run 查看将删除什么）。")
    report = purge(db, actor)
    if args.json:
        print_json(purge_json(report))
    else:
        say("已清理（安全删除）：")
        _say_counts(report.counts)
        say("注意：较早的备份中仍有这些数据，备份轮换后即不再保留。")
    return EXIT_OK


def cmd_erase(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``erase CUSTOMER_NO --reason TEXT``: one customer's personal data, on their request."""
    from core.security.retention import customer_to_erase, erase_customer

    require(actor, "customer.erase")
    customer_to_erase(db, args.customer_no)  # an unknown number is refused before the confirmation
    _confirm(args, f"确认永久删除客户「{args.customer_no}」的个人信息？",
             "删除客户个人信息不可恢复：请加 --yes 确认。")
    counts = erase_customer(db, actor, args.customer_no, args.reason)
    if args.json:
        print_json({"customer_no": args.customer_no, "counts": counts})
    else:
        say(f"已删除客户「{args.customer_no}」的个人信息（联系记录与反馈已匿名化保留）。")
        say("提醒：若下月核心系统清单仍含该客户，导入时会重新建立，请同时在源系统导出中剔除。")
    return EXIT_OK
