"""Who may see which customer's warnings, contacts and feedback: the checks risk and follow-up share.

``core.security.permissions`` decides what a role may do (``require``) and which customers it sees
(``customer_scope``, ``may_see_customer``). This module applies that to one customer or one query:
``check_customer`` (``check_customer_no`` by customer number) refuses a customer outside the actor's
scope with ``OutOfScope`` (a ``PermissionDenied``, so the CLI and the GUI treat it as every other
refusal and the audit log records it), ``check_linked`` does the same for a record whose customer may
be gone, ``scope_clause`` gives the SQL condition with named parameters, and ``shown_money`` hides
balances from a role without ``customer.balances`` (柜员).
"""

from __future__ import annotations

from sqlite_utils import Database

from core.actors import CTX as ROLES_CTX
from core.actors import TELLER, Actor
from core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from core.security.permissions import PermissionDenied, can, customer_scope, may_see_customer, sees_all_customers

CTX = "Permissions"


class OutOfScope(PermissionDenied):
    """The role may do ``action``, but not for this customer: they are another manager's."""

    def __init__(self, actor: Actor, action: str, *, customer_id: int | None = None, customer_no: str | None = None):
        super().__init__(actor, action)
        self.code = "out_of_scope"
        self.customer_id, self.customer_no = customer_id, customer_no

    def message(self, translate: Translate = untranslated) -> str:
        """The explanation (Chinese, or through ``translate``): whose customers this role may handle."""
        if self.actor.role == TELLER:
            whose = QT_TRANSLATE_NOOP(CTX, "本人管户及未分配客户经理的客户")
        else:
            whose = QT_TRANSLATE_NOOP(CTX, "本人管户的客户")
        return translate(CTX, QT_TRANSLATE_NOOP(
            CTX, "没有权限：{role}只能处理{whose}，客户「{no}」不在其中。如需处理，请联系主管分派。"
        )).format(role=translate(ROLES_CTX, self.actor.role), whose=translate(CTX, whose),
                  no=self.customer_no or self.customer_id or "—")


def check_customer(
    actor: Actor, action: str, manager_id: int | None, *, customer_id: int | None = None, customer_no: str | None = None
) -> None:
    """Raise OutOfScope unless ``actor`` sees a customer managed by ``manager_id`` (None: unassigned).

    Call ``require(actor, action)`` first: this only narrows an action the role already has.
    """
    if not may_see_customer(actor, manager_id):
        raise OutOfScope(actor, action, customer_id=customer_id, customer_no=customer_no)


def check_customer_no(db: Database, actor: Actor, action: str, customer_no: str) -> int | None:
    """The internal id of the customer ``customer_no`` (None if there is none), after ``check_customer``."""
    number = customer_no.strip()
    row = db.execute("select id, manager_id from customers where customer_no = ?", [number]).fetchone()
    if row is None:
        return None
    check_customer(actor, action, row[1], customer_id=row[0], customer_no=number)
    return int(row[0])


def check_linked(
    actor: Actor, action: str, customer_id: int | None, manager_id: int | None, *, customer_no: str | None = None
) -> None:
    """``check_customer`` for a record whose customer an undone import may have forgotten (``customer_id`` None).

    Such a record is the 主管's only (as ``linked_only`` lists it); any other role gets OutOfScope.
    """
    if customer_id is None:
        if not sees_all_customers(actor):
            raise OutOfScope(actor, action, customer_no=customer_no)
        return
    check_customer(actor, action, manager_id, customer_id=customer_id, customer_no=customer_no)


def scope_clause(
    actor: Actor, manager_column: str = "c.manager_id", *, name: str = "scope"
) -> tuple[str, dict[str, object]]:
    """``customer_scope`` with named parameters (``:scope0`` …), for queries that bind a dict.

    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    condition, params = customer_scope(actor, manager_column)
    named: dict[str, object] = {}
    parts = condition.split("?")
    text = parts[0]
    for k, part in enumerate(parts[1:]):
        named[f"{name}{k}"] = params[k]
        text += f":{name}{k}" + part
    return text, named


def linked_only(actor: Actor, customer_column: str) -> str:
    """An extra SQL condition: records whose customer an undone import forgot are the 主管's to see only."""
    return "1" if sees_all_customers(actor) else f"{customer_column} IS NOT NULL"


def sees_balances(actor: Actor) -> bool:
    """Whether ``actor`` may see customers' money figures (a 柜员 may not)."""
    return can(actor, "customer.balances")


def shown_money(actor: Actor, value: int | None) -> int | None:
    """``value`` for a role that may see balances, else None."""
    return value if sees_balances(actor) else None
