"""The audit log: append-only (triggers refuse updates and deletes) and hash-chained.

Each row's ``hash`` is SHA-256 over the previous row's hash and the row's own fields, so editing,
removing or inserting a row anywhere breaks the chain from there on, and ``verify_chain`` says where.
Rows name internal customer ids, never ID numbers, phones or cards: every text in ``details`` is
passed through the masking of free text before it is stored.

Only the retention purge removes rows (the oldest, older than the kept months), through a window the
delete trigger honours; it records the hash the first remaining row chains to in ``audit_anchor``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from core.actors import Actor
from core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from core.privacy import mask_free_text
from core.security.clock import Clock, system_clock
from core.security.permissions import require

CTX = "Audit"
GENESIS = "0" * 64
_HEX64 = re.compile(r"^[0-9a-f]{64}$")

# action key → Chinese label, for the audit viewer and its export
EVENTS: dict[str, str] = {
    "sign_in": QT_TRANSLATE_NOOP(CTX, "登录"),
    "sign_in_failed": QT_TRANSLATE_NOOP(CTX, "登录失败"),
    "sign_out": QT_TRANSLATE_NOOP(CTX, "退出登录"),
    "account_locked": QT_TRANSLATE_NOOP(CTX, "账户锁定"),
    "screen_locked": QT_TRANSLATE_NOOP(CTX, "屏幕锁定"),
    "screen_unlocked": QT_TRANSLATE_NOOP(CTX, "屏幕解锁"),
    "user_added": QT_TRANSLATE_NOOP(CTX, "新建账户"),
    "user_changed": QT_TRANSLATE_NOOP(CTX, "修改账户"),
    "user_locked": QT_TRANSLATE_NOOP(CTX, "停用账户"),
    "user_unlocked": QT_TRANSLATE_NOOP(CTX, "启用/解锁账户"),
    "password_changed": QT_TRANSLATE_NOOP(CTX, "修改密码"),
    "permission_denied": QT_TRANSLATE_NOOP(CTX, "越权操作被拒绝"),
    "customer_search": QT_TRANSLATE_NOOP(CTX, "按证件号/手机号查找"),
    "customer_reveal": QT_TRANSLATE_NOOP(CTX, "查看完整信息"),
    "customer_erased": QT_TRANSLATE_NOOP(CTX, "删除客户个人信息"),
    "import": QT_TRANSLATE_NOOP(CTX, "导入"),
    "import_undone": QT_TRANSLATE_NOOP(CTX, "撤销导入"),
    "export": QT_TRANSLATE_NOOP(CTX, "导出"),
    "report": QT_TRANSLATE_NOOP(CTX, "生成报告"),
    "print": QT_TRANSLATE_NOOP(CTX, "打印"),
    "contact_added": QT_TRANSLATE_NOOP(CTX, "登记联系记录"),
    "contact_edited": QT_TRANSLATE_NOOP(CTX, "修改联系记录"),
    "feedback_added": QT_TRANSLATE_NOOP(CTX, "登记意见反馈"),
    "feedback_changed": QT_TRANSLATE_NOOP(CTX, "处理意见反馈"),
    "warning_changed": QT_TRANSLATE_NOOP(CTX, "更改预警状态"),
    "customer_assigned": QT_TRANSLATE_NOOP(CTX, "分派客户"),
    "handover": QT_TRANSLATE_NOOP(CTX, "交接"),
    "staff_changed": QT_TRANSLATE_NOOP(CTX, "维护人员"),
    "setting_changed": QT_TRANSLATE_NOOP(CTX, "修改设置"),
    "risk_recomputed": QT_TRANSLATE_NOOP(CTX, "重新计算预警"),
    "backup": QT_TRANSLATE_NOOP(CTX, "备份"),
    "restore": QT_TRANSLATE_NOOP(CTX, "恢复"),
    "migration": QT_TRANSLATE_NOOP(CTX, "数据库升级"),
    "exchange_export": QT_TRANSLATE_NOOP(CTX, "导出交换包"),
    "exchange_import": QT_TRANSLATE_NOOP(CTX, "导入交换包"),
    "purge": QT_TRANSLATE_NOOP(CTX, "清理过期数据"),
    "demo_loaded": QT_TRANSLATE_NOOP(CTX, "载入示范数据"),
    "audit_export": QT_TRANSLATE_NOOP(CTX, "导出审计日志"),
}
OUTCOMES = {"ok": QT_TRANSLATE_NOOP(CTX, "成功"), "denied": QT_TRANSLATE_NOOP(CTX, "拒绝"),
            "failed": QT_TRANSLATE_NOOP(CTX, "失败")}
_FIELDS = ("id", "at", "user_id", "username", "role", "action", "outcome", "customer_id", "target", "details_json")


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as stored."""

    id: int
    at: str
    user_id: int | None
    username: str
    role: str
    action: str
    outcome: str
    customer_id: int | None
    target: str | None
    details: dict[str, object]
    prev_hash: str
    hash: str

    @property
    def action_label(self) -> str:
        """The Chinese name of the action."""
        return EVENTS.get(self.action, self.action)


@dataclass(frozen=True)
class ChainCheck:
    """What ``verify_chain`` found: ``ok`` and, when broken, the first bad row and why."""

    ok: bool
    rows: int
    first_bad_id: int | None = None
    problem: str | None = None

    def message(self, translate: Translate = untranslated) -> str:
        """A sentence for the auditor (Chinese, or through ``translate``)."""
        if self.ok:
            return translate(CTX, QT_TRANSLATE_NOOP(CTX, "审计日志完整：共 {rows} 条，哈希链校验通过。")).format(
                rows=self.rows)
        return translate(CTX, QT_TRANSLATE_NOOP(CTX, "审计日志已被篡改：第 {id} 条起哈希链不一致（{problem}）。")).format(
            id=self.first_bad_id, problem=translate(CTX, self.problem or "")
        )


def scrub(value: object) -> object:
    """``value`` with every text masked as free text (long digit runs hidden); hashes and numbers kept."""
    if isinstance(value, str):
        return value if _HEX64.match(value) else mask_free_text(value, limit=500)
    if isinstance(value, Mapping):
        return {str(k): scrub(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [scrub(v) for v in value]
    return value


def row_hash(prev_hash: str, fields: Mapping[str, object]) -> str:
    """The chain hash of one row: SHA-256 of the previous hash and the row's fields as canonical JSON."""
    payload = json.dumps([prev_hash, *[fields[name] for name in _FIELDS]], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    db: Database,
    actor: Actor,
    action: str,
    *,
    outcome: str = "ok",
    customer_id: int | None = None,
    target: str | None = None,
    details: Mapping[str, object] | None = None,
    clock: Clock = system_clock,
) -> int:
    """Append one audit row and return its id.

    Inside a caller's transaction the row commits (or rolls back) with the work it describes;
    outside one, it is written in its own immediate transaction so two writers cannot fork the chain.

    :param action: a key of ``EVENTS``
    :param target: what was acted on, without identifiers (``batch:3``, ``user:li``, a setting key)
    :param details: counts, file hashes, reasons; texts are masked as free text before storing
    """
    if action not in EVENTS:
        raise KeyError(action)
    own = not db.conn.in_transaction
    if own:
        db.execute("BEGIN IMMEDIATE")
    try:
        last = db.execute("select id, hash from audit_log order by id desc limit 1").fetchone()
        fields: dict[str, object] = {
            "id": (last[0] + 1) if last else _first_id(db),
            "at": clock().isoformat(timespec="seconds"),
            "user_id": actor.user_id,
            "username": actor.username,
            "role": actor.role,
            "action": action,
            "outcome": outcome,
            "customer_id": customer_id,
            "target": scrub(target) if target is not None else None,
            "details_json": json.dumps(scrub(dict(details or {})), ensure_ascii=False, sort_keys=True),
        }
        prev = last[1] if last else _anchor_hash(db)
        db.execute(
            f"insert into audit_log ({', '.join(_FIELDS)}, prev_hash, hash) values ({', '.join('?' * (len(_FIELDS) + 2))})",
            [*[fields[name] for name in _FIELDS], prev, row_hash(prev, fields)],
        )
        if own:
            db.execute("COMMIT")
    except BaseException:
        if own and db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    return int(fields["id"])  # type: ignore[arg-type]


def _first_id(db: Database) -> int:
    row = db.execute("select first_id from audit_anchor where id = 1").fetchone()
    return int(row[0]) if row else 1


def _anchor_hash(db: Database) -> str:
    row = db.execute("select prev_hash from audit_anchor where id = 1").fetchone()
    return str(row[0]) if row else GENESIS


def verify_chain(db: Database, actor: Actor) -> ChainCheck:
    """Recompute every row's hash in order; the first mismatch, gap or broken link is reported."""
    require(actor, "audit.view")
    expected_prev = _anchor_hash(db)
    expected_id = _first_id(db)
    rows = 0
    for row in db.execute(f"select {', '.join(_FIELDS)}, prev_hash, hash from audit_log order by id"):
        fields = dict(zip(_FIELDS, row[: len(_FIELDS)], strict=True))
        prev_hash, stored = row[-2], row[-1]
        if fields["id"] != expected_id:
            return ChainCheck(False, rows, expected_id, QT_TRANSLATE_NOOP(CTX, "缺少记录"))
        if prev_hash != expected_prev:
            return ChainCheck(False, rows, int(fields["id"]), QT_TRANSLATE_NOOP(CTX, "与上一条的链接不符"))
        if row_hash(prev_hash, fields) != stored:
            return ChainCheck(False, rows, int(fields["id"]), QT_TRANSLATE_NOOP(CTX, "内容与哈希不符"))
        rows += 1
        expected_prev, expected_id = stored, expected_id + 1
    return ChainCheck(True, rows)


@dataclass(frozen=True)
class AuditFilter:
    """Which audit rows to list: by time, user, action, outcome or customer id."""

    since: str | None = None  # ISO date or datetime, inclusive
    until: str | None = None  # ISO date or datetime, exclusive
    username: str | None = None
    action: str | None = None
    outcome: str | None = None
    customer_id: int | None = None


def _where(f: AuditFilter) -> tuple[str, list[object]]:
    clauses, params = [], []
    for column, op, value in (
        ("at", ">=", f.since), ("at", "<", f.until), ("username", "=", f.username),
        ("action", "=", f.action), ("outcome", "=", f.outcome), ("customer_id", "=", f.customer_id),
    ):
        if value is not None and value != "":
            clauses.append(f"{column} {op} ?")
            params.append(value)
    return (" where " + " and ".join(clauses)) if clauses else "", params


def count_audit(db: Database, actor: Actor, f: AuditFilter = AuditFilter()) -> int:
    """How many rows match ``f``."""
    require(actor, "audit.view")
    where, params = _where(f)
    return int(db.execute(f"select count(*) from audit_log{where}", params).fetchone()[0])


def list_audit(
    db: Database, actor: Actor, f: AuditFilter = AuditFilter(), *, limit: int = 200, offset: int = 0, newest_first: bool = True
) -> list[AuditRow]:
    """One page of audit rows matching ``f`` (newest first by default)."""
    require(actor, "audit.view")
    where, params = _where(f)
    order = "desc" if newest_first else "asc"
    rows = db.execute(
        f"select {', '.join(_FIELDS)}, prev_hash, hash from audit_log{where} order by id {order} limit ? offset ?",
        [*params, limit, offset],
    ).fetchall()
    return [_row(r) for r in rows]


def iter_audit(db: Database, actor: Actor, f: AuditFilter = AuditFilter()) -> Iterator[AuditRow]:
    """Every row matching ``f``, oldest first (for exports)."""
    require(actor, "audit.export")
    where, params = _where(f)
    for r in db.execute(f"select {', '.join(_FIELDS)}, prev_hash, hash from audit_log{where} order by id", params):
        yield _row(r)


def _row(r: tuple) -> AuditRow:  # type: ignore[type-arg]
    return AuditRow(
        id=r[0], at=r[1], user_id=r[2], username=r[3], role=r[4], action=r[5], outcome=r[6],
        customer_id=r[7], target=r[8], details=json.loads(r[9] or "{}"), prev_hash=r[10], hash=r[11],
    )


def now_text(clock: Clock = system_clock) -> str:
    """The clock's time as stored in audit rows."""
    value: datetime = clock()
    return value.isoformat(timespec="seconds")
