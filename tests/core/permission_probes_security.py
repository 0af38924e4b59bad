"""Probes for accounts, audit and revealing (see test_permissions.py)."""

from __future__ import annotations

from core.db import db_path_of
from core.security import accounts, audit, backups, retention, reveal
from tests.core.permission_world import customer_no


def _add_user(db, actor, world, tmp):
    accounts.list_users(db, actor)
    accounts.add_user(db, actor, "newcomer", "Newcomer-pass-1", "柜员")


def _audit_view(db, actor, world, tmp):
    audit.list_audit(db, actor)
    audit.verify_chain(db, actor)


def _audit_export(db, actor, world, tmp):
    list(audit.iter_audit(db, actor))


def _reveal(db, actor, world, tmp):
    reveal.reveal(db, actor, world.own_customer, "mobile", "客户临柜核对身份")


def _backup(db, actor, world, tmp):
    backups.create_backup(db, actor)


def _restore(db, actor, world, tmp):
    # the database is open here, so an allowed role is stopped by the missing file, after the permission check
    backups.restore_backup(db_path_of(db), actor, tmp / "no-such-backup.db")


def _purge(db, actor, world, tmp):
    retention.purge(db, actor)


def _erase(db, actor, world, tmp):
    retention.erase_customer(db, actor, customer_no(db, world.own_customer), "客户书面申请删除个人信息")


PROBES = {
    "user.manage": _add_user,
    "audit.view": _audit_view,
    "audit.export": _audit_export,
    "customer.reveal": _reveal,
    "backup.create": _backup,
    "backup.restore": _restore,
    "data.purge": _purge,
    "customer.erase": _erase,
}
