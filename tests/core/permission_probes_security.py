"""Probes for accounts, audit and revealing (see test_permissions.py)."""

from __future__ import annotations

from core.security import accounts, audit, reveal


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


PROBES = {
    "user.manage": _add_user,
    "audit.view": _audit_view,
    "audit.export": _audit_export,
    "customer.reveal": _reveal,
}
