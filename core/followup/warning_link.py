"""How a contact record moves the customer's open warning, through the risk module's lifecycle.

A record is linked to the customer's open warning (新预警, 已分派 or 已联系), if there is one
and the contact did not happen before the day the warning was raised (a record entered late for
an earlier call is history, not an answer to the warning).
Automatically: the first record moves 新预警/已分派 to 已联系; a later record (the warning is
already 已联系) closes it as 已挽留 when the customer is 稳定 and as 已流失 when they have 已转出;
犹豫 and 有意转出 leave it open. The person recording may choose instead (``WARNING_CHOICES``):
不变 (link only), 已联系, 已挽留, 已流失 or 误报; a closing choice on a warning nobody had contacted
goes through 已联系 first, because this record is a contact. A choice the lifecycle does not allow
is refused before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from core.actors import Actor
from core.followup.codes import ATTITUDES, CTX, WARNING_CHOICES, FollowupRefused, choose
from core.i18n import QT_TRANSLATE_NOOP
from core.risk.warnings import STATUS_LABELS, change_status

CLOSING = ("retained", "lost", "false_alarm")
NOTES = {
    "contacted": QT_TRANSLATE_NOOP(CTX, "联系记录 #{id}（{channel}）"),
    "retained": QT_TRANSLATE_NOOP(CTX, "联系记录 #{id}：客户态度{attitude}"),
    "lost": QT_TRANSLATE_NOOP(CTX, "联系记录 #{id}：客户{attitude}"),
    "false_alarm": QT_TRANSLATE_NOOP(CTX, "联系记录 #{id}：经联系核实为误报"),
}


@dataclass(frozen=True)
class WarningPlan:
    """The open warning a record links to and the status steps it will take (empty: unchanged)."""

    warning_id: int
    status: str  # code before the record
    steps: tuple[str, ...]


@dataclass(frozen=True)
class WarningChange:
    """What a contact record did to the customer's warning; labels in Chinese."""

    warning_id: int
    from_status: str
    to_status: str  # the same as from_status when the record only linked to it

    @property
    def changed(self) -> bool:
        """Whether the status moved."""
        return self.from_status != self.to_status


def plan_warning(
    db: Database, customer_id: int, attitude: str, choice: str | None, visited: datetime
) -> WarningPlan | None:
    """What a new record with ``attitude`` (a code) and ``choice``, made at ``visited``, does to the open warning.

    :param choice: None for automatic, or a label/code of ``WARNING_CHOICES``
    :raises FollowupRefused: an unknown choice, or a choice with no open warning to apply it to
    """
    wanted = None if choice is None or not choice.strip() else choose(choice, WARNING_CHOICES, "warning")
    row = db.execute(
        "select id, status, created_at from warnings where customer_id = ? and status in ('new', 'assigned', 'contacted')",
        [customer_id],
    ).fetchone()
    if row is not None and visited.date().isoformat() < row[2][:10]:
        if wanted not in (None, "keep"):
            raise FollowupRefused(
                "before_warning",
                QT_TRANSLATE_NOOP(CTX, "这次联系（{day}）早于预警生成的日期（{raised}），不能据此改预警状态。"),
                day=visited.date().isoformat(),
                raised=row[2][:10],
            )
        return None
    if row is None:
        if wanted not in (None, "keep"):
            raise FollowupRefused(
                "no_open_warning",
                QT_TRANSLATE_NOOP(CTX, "该客户没有未关闭的预警，不能改为「{to}」。"),
                to=WARNING_CHOICES[wanted],
            )
        return None
    warning_id, status, _raised = row
    return WarningPlan(warning_id, status, _steps(status, attitude, wanted))


def _steps(status: str, attitude: str, wanted: str | None) -> tuple[str, ...]:
    first = () if status == "contacted" else ("contacted",)
    if wanted == "keep":
        return ()
    if wanted is None:
        if first:
            return first
        return {"stable": ("retained",), "gone": ("lost",)}.get(attitude, ())
    if wanted == "contacted":
        return first
    return (*first, wanted)


def apply_warning(
    db: Database, actor: Actor, customer_no: str, plan: WarningPlan, record_id: int, attitude: str, channel: str
) -> WarningChange:
    """Take ``plan``'s steps through the warning lifecycle (call inside the record's transaction).

    The caller (``add_contact``) has checked the actor: recording a contact moves its warning
    without ``warning.update``, the lifecycle's automatic step. Each step is audited.
    """
    for step in plan.steps:
        note = NOTES[step].format(id=record_id, channel=channel, attitude=ATTITUDES[attitude])
        change_status(db, actor, customer_no, step, note, contact_id=record_id)
    final = plan.steps[-1] if plan.steps else plan.status
    return WarningChange(plan.warning_id, STATUS_LABELS[plan.status], STATUS_LABELS[final])
