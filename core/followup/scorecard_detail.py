"""The customers behind one manager's scorecard figures, one line each, so a total can be checked by hand.

Summing a manager's lines gives their row of ``scorecard``: customers (lines with ``tier_end``),
AUM start and end, gained, lost, cadence customers and covered, follow-ups due and overdue, and
the warnings (lines with ``warning_id``). Feedback is per item: ``feedback list``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlite_utils import Database

from core.actors import Actor
from core.followup.config import FollowupConfig, load_followup_config
from core.followup.months import committed_month
from core.followup.scorecard import in_time
from core.followup.scorecard_sql import LINE_COLUMNS, WARNINGS_SQL, lines_sql, month_args
from core.followup.staff import find_staff
from core.risk.tiers import tier_label
from core.risk.warnings import STATUS_LABELS
from core.security.permissions import require


@dataclass(frozen=True)
class ScorecardLine:
    """One customer of a manager's book for the month, with each figure it adds to the scorecard."""

    customer_no: str
    name: str
    tier_start: str | None  # held at the end of the month before (None: not in that file)
    tier_end: str | None  # held at the end of the month (None: not in this file)
    aum_start_fen: int
    aum_end_fen: int
    gained: bool  # became high-value
    lost: bool  # stopped being high-value (or left the file)
    cadence_days: int  # 0: the tier has no cadence
    last_contact: str | None  # latest contact up to the month end
    covered: bool  # contacted within the cadence
    followups_due: int
    followups_overdue: int
    warning_id: int | None = None  # a warning first raised this month
    warning_raised_on: str | None = None
    warning_in_time: bool | None = None
    warning_status: str | None = None

    def as_json(self) -> dict[str, object]:
        """The object ``scorecard --by … --json`` prints per customer."""
        return asdict(self)


def scorecard_lines(
    db: Database,
    actor: Actor,
    period: str,
    staff: str | None,
    *,
    today: date | None = None,
    config: FollowupConfig | None = None,
) -> list[ScorecardLine]:
    """Every customer of ``staff``'s (工号) book for ``period``, most AUM first; ``staff=None``: customers nobody managed.

    :raises PermissionDenied: the role may not see the scorecard (主管 only)
    :raises FollowupRefused: unknown staff, a malformed month or one with no imported data
    """
    require(actor, "scorecard.view")
    cfg = config or load_followup_config(db)
    sid = find_staff(db, staff, active_only=False)[0] if staff is not None else None
    previous, _ = committed_month(db, actor, period)
    args = month_args(period, previous, cfg, today or date.today())
    rows = db.execute(
        lines_sql() + "SELECT * FROM lines WHERE staff_id IS :sid ORDER BY aum_end DESC, aum_start DESC, customer_no",
        {**args, "sid": sid},
    ).fetchall()
    warnings = {
        no: (wid, raised, in_time(raised, visit, marked, cfg.warning_days), STATUS_LABELS[status])
        for wid, owner, no, _name, raised, status, visit, marked, _stake in db.execute(WARNINGS_SQL, args)
        if owner == sid
    }
    out = []
    for row in rows:
        v = dict(zip(LINE_COLUMNS, row, strict=True))
        out.append(
            ScorecardLine(
                v["customer_no"],
                v["name"],
                _tier(v["tier_start"]),
                _tier(v["tier_end"]),
                v["aum_start"],
                v["aum_end"],
                bool(v["gained"]),
                bool(v["lost"]),
                v["cadence"],
                v["last_contact"],
                bool(v["covered"]),
                v["followups_due"],
                v["followups_overdue"],
                *warnings.pop(v["customer_no"], (None, None, None, None)),
            )  # fmt: skip
        )
    return out


def _tier(index: int | None) -> str | None:
    return None if index is None else tier_label(index)
