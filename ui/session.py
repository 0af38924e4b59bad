"""Who uses the window: the first administrator, signing in, a forced new password.

``sign_in_flow`` runs before the main window opens (and again after 「切换用户」 or a restore):
a database without accounts (new, or from before accounts existed) must first get its
administrator; otherwise the sign-in dialog, then a new password if an administrator reset it.
Account work runs on ``security_runner()``, a runner of its own, so a sign-in or an unlock never
waits behind an import on the app's task runner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget
from sqlite_utils import Database

import core.demo_db as demo_db
from core.actors import ADMIN, AUDITOR, HEAD, MANAGER, TELLER, Actor
from core.security.accounts import has_accounts, sign_out
from ui.dialogs.account_dialogs import ChangePasswordDialog, FirstAdminDialog
from ui.dialogs.sign_in_dialog import SignInDialog
from ui.tasks import TaskRunner

CTX = "Session"
_security_runner: TaskRunner | None = None


def security_runner() -> TaskRunner:
    """The runner for sign-in, unlock and lock events (one thread, separate from imports and reports)."""
    global _security_runner
    if _security_runner is None:
        _security_runner = TaskRunner()
    return _security_runner


def demo_accounts(db: Database) -> list[tuple[str, str]]:
    """The demo's accounts (username, role) if ``db`` is a demo branch with them, else an empty list.

    A database counts as the demo when every fixed demo account (admin, zhuguan, shenji, guiyuan) exists.
    """
    fixed = [username for username, _display, _role in demo_db.DEMO_ACCOUNTS]
    rows = db.execute("select username, role from users order by id").fetchall()
    names = {r[0] for r in rows}
    if not set(fixed) <= names:
        return []
    managers = [(u, r) for u, r in rows if r == MANAGER and u.startswith("jl")]
    return [(u, r) for u, r in rows if u in fixed] + managers


def demo_hint(db: Database) -> str | None:
    """The sign-in dialog's note listing the demo accounts and their password (None: not a demo database)."""
    accounts = demo_accounts(db)
    if not accounts:
        return None
    managers = [u for u, r in accounts if r == MANAGER]
    shown = [(u, r) for u, r in accounts if r != MANAGER]
    if managers:
        shown.append((managers[0] if len(managers) == 1 else f"{managers[0]}…{managers[-1]}", MANAGER))
    order = (ADMIN, HEAD, MANAGER, TELLER, AUDITOR)
    shown.sort(key=lambda a: order.index(a[1]) if a[1] in order else len(order))
    parts = [QCoreApplication.translate(CTX, "{user}（{role}）").format(
        user=u, role=QCoreApplication.translate("Roles", r)) for u, r in shown]
    password = demo_db.DEMO_PASSWORD
    return QCoreApplication.translate(CTX, "示范网点的账户：{accounts}。密码均为 {password}。").format(
        accounts=QCoreApplication.translate(CTX, "、").join(parts), password=password)


def sign_in_flow(db: Database, db_path: Path, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> Actor | None:
    """Who will use the window: the first administrator, or a signed-in user (None: they chose to quit)."""
    runner = runner or security_runner()
    if not has_accounts(db):
        first = FirstAdminDialog(db_path, runner, parent)
        if first.exec() != QDialog.DialogCode.Accepted or first.signed_in is None:
            return None
        return first.signed_in.actor
    hint = demo_hint(db)
    while True:
        dialog = SignInDialog(db_path, runner, parent, demo_hint=hint, username="zhuguan" if hint else "")
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
            return None
        signed, old = dialog.signed_in, dialog.password
        dialog.password = ""
        if not signed.must_change:
            return signed.actor
        change = ChangePasswordDialog(db_path, runner, signed.actor, parent, forced=True, old_password=old)
        if change.exec() == QDialog.DialogCode.Accepted:
            return signed.actor
        sign_out(db, signed.actor)  # no new password, no window: back to the sign-in
