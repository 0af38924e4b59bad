"""Revealing a masked value: a 主管's permissioned act with a reason, audited; screens re-mask it after 30 s."""

from __future__ import annotations

from sqlite_utils import Database

from core.actors import Actor
from core.i18n import QT_TRANSLATE_NOOP
from core.refusal import Refused
from core.security import audit
from core.security.clock import Clock, system_clock
from core.security.permissions import PermissionDenied, may_see_customer, require

CTX = "Reveal"
REVEAL_SECONDS = 30
MIN_REASON = 2
FIELDS: dict[str, str] = {
    "id_number": QT_TRANSLATE_NOOP(CTX, "证件号码"),
    "mobile": QT_TRANSLATE_NOOP(CTX, "手机号"),
}


class RevealRefused(Refused):
    """No reason given, an unknown field or customer; nothing was shown or audited as shown."""

    context = CTX


def reveal(
    db: Database, actor: Actor, customer_id: int, field: str, reason: str, *, clock: Clock = system_clock
) -> str:
    """The full value of ``field`` (``id_number`` or ``mobile``) of one customer, audited with ``reason``.

    :raises PermissionDenied: the role may not reveal (the attempt is audited as denied)
    :raises RevealRefused: no reason, unknown field or customer
    """
    if field not in FIELDS:
        raise RevealRefused(QT_TRANSLATE_NOOP(CTX, "不能查看「{field}」的完整信息。"), field=field)
    try:
        require(actor, "customer.reveal")
    except PermissionDenied:
        audit.record(db, actor, "customer_reveal", outcome="denied", customer_id=customer_id,
                     details={"field": field}, clock=clock)
        raise
    text = (reason or "").strip()
    if len(text) < MIN_REASON:
        raise RevealRefused(QT_TRANSLATE_NOOP(CTX, "请填写查看完整{field}的理由（如：客户临柜办理业务核对身份）。"),
                            field=FIELDS[field])
    row = db.execute(f"select {field}, manager_id from customers where id = ?", [customer_id]).fetchone()
    if row is None or not may_see_customer(actor, row[1]):
        raise RevealRefused(QT_TRANSLATE_NOOP(CTX, "找不到这位客户。"))
    audit.record(db, actor, "customer_reveal", customer_id=customer_id, details={"field": field, "reason": text},
                 clock=clock)
    return row[0] or ""
