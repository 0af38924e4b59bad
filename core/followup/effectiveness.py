"""Retention effectiveness — does maintenance work? Warned customers who were contacted quickly against the rest.

The cohort of month P is every warning first raised on P's list. Each is **contacted within N days**
(``followup.effect_days``, default 7) when the first contact — a record on or after the day it was
raised, or the status set to 已联系 — came at most N calendar days after that day; **contacted
later**; or **never contacted**. Outcomes use the backtest's definition (core/risk/backtest.py): the
customer **left** if in any of the next ``backtest.horizon`` (3) loaded months they are missing from
the list or their AUM is down ≥ ``backtest.drop_pct`` (80 %) against P (against the month before P
if they were already missing in P). **AUM kept** = the group's AUM at the last month observed ÷ its
AUM at P (same reference). With fewer later months loaded, what is loaded is observed
(``months_observed``); with none, outcomes are not known yet (``left`` is None).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta

from sqlite_utils import Database

from core.actors import Actor
from core.followup.codes import CTX
from core.followup.config import FollowupConfig, load_followup_config
from core.followup.months import committed_month
from core.followup.scorecard_sql import WARNINGS_SQL, month_args
from core.i18n import QT_TRANSLATE_NOOP
from core.risk.config import load_config
from core.security.permissions import require

GROUPS = {
    "within": QT_TRANSLATE_NOOP(CTX, "及时联系"),
    "later": QT_TRANSLATE_NOOP(CTX, "联系较晚"),
    "never": QT_TRANSLATE_NOOP(CTX, "未联系"),
}


@dataclass(frozen=True)
class EffectGroup:
    """One group of warned customers and what became of them."""

    key: str  # within, later, never (or not_within: later and never together)
    label: str
    customers: int
    left: int | None  # None: no later month loaded yet
    aum_reference_fen: int
    aum_now_fen: int  # at the last month observed

    @property
    def left_rate(self) -> float | None:
        """Share of the group that left."""
        return None if self.left is None or not self.customers else self.left / self.customers

    @property
    def aum_kept(self) -> float | None:
        """AUM now ÷ AUM at the reference."""
        return self.aum_now_fen / self.aum_reference_fen if self.aum_reference_fen else None


@dataclass(frozen=True)
class Effectiveness:
    """The month's cohort of warned customers by how fast they were contacted."""

    period: str
    days: int
    months_observed: int
    observed_until: str | None
    groups: tuple[EffectGroup, ...]  # within, later, never
    not_within: EffectGroup  # later + never: the comparison the issue asks for

    def as_json(self) -> dict[str, object]:
        """The object ``effectiveness --json`` prints."""

        def group(g: EffectGroup) -> dict[str, object]:
            return {**asdict(g), "left_rate": g.left_rate, "aum_kept": g.aum_kept}

        return {
            "period": self.period,
            "days": self.days,
            "months_observed": self.months_observed,
            "observed_until": self.observed_until,
            "groups": [group(g) for g in self.groups],
            "not_within": group(self.not_within),
        }


def effectiveness(db: Database, actor: Actor, period: str, *, config: FollowupConfig | None = None) -> Effectiveness:
    """How warned customers of ``period`` fared by how soon they were contacted.

    :raises PermissionDenied: the role may not see the scorecard (主管 only)
    :raises FollowupRefused: a malformed month or one with no imported data
    """
    require(actor, "scorecard.view")
    cfg = config or load_followup_config(db)
    risk = load_config(db)
    previous, periods = committed_month(db, actor, period)
    later = [p for p in periods if p > period][: risk.horizon]
    cohort = [
        (cid_no, _group(raised, visit, marked, cfg.effect_days))
        for _wid, _sid, cid_no, _name, raised, _status, visit, marked, _stake in db.execute(
            WARNINGS_SQL, month_args(period, previous, cfg, date.today())
        )
    ]
    figures = _figures(db, [no for no, _ in cohort], period, previous, later, risk.left_drop_pct)
    groups = []
    for key, label in GROUPS.items():
        members = [figures[no] for no, g in cohort if g == key]
        groups.append(_sum(key, label, members, bool(later)))
    rest = [figures[no] for no, g in cohort if g != "within"]
    return Effectiveness(
        period, cfg.effect_days, len(later), later[-1] if later else None, tuple(groups),
        _sum("not_within", QT_TRANSLATE_NOOP(CTX, "未及时联系（较晚＋未联系）"), rest, bool(later)),
    )  # fmt: skip


def _group(raised: str, visit: str | None, marked: str | None, days: int) -> str:
    first = min((d for d in (visit, marked) if d), default=None)
    if first is None:
        return "never"
    limit = date.fromisoformat(raised) + timedelta(days=days)
    return "within" if first <= limit.isoformat() else "later"


def _figures(
    db: Database, numbers: list[str], period: str, previous: str | None, later: list[str], drop_pct: int
) -> dict[str, tuple[bool, int, int]]:
    """customer number -> (left, reference AUM, AUM at the last month observed)."""
    months = [m for m in (previous, period, *later) if m]
    aum: dict[tuple[str, str], int] = {}
    for start in range(0, len(numbers), 500):
        part = numbers[start : start + 500]
        rows = db.execute(
            f"""select c.customer_no, s.period, s.aum_fen from customers c join snapshots s on s.customer_id = c.id
                and s.period in ({", ".join("?" * len(months))}) where c.customer_no in ({", ".join("?" * len(part))})""",
            [*months, *part],
        )
        aum.update(((no, p), value) for no, p, value in rows)
    out = {}
    for no in numbers:
        reference = aum.get((no, period), aum.get((no, previous or ""), 0))
        seen = [aum.get((no, m)) for m in later]
        left = any(v is None or (reference > 0 and v * 100 <= reference * (100 - drop_pct)) for v in seen)
        now = (seen[-1] or 0) if seen else reference
        out[no] = (left, reference, now)
    return out


def _sum(key: str, label: str, members: list[tuple[bool, int, int]], observed: bool) -> EffectGroup:
    return EffectGroup(
        key,
        label,
        len(members),
        sum(left for left, _r, _n in members) if observed else None,
        sum(r for _l, r, _n in members),
        sum(n for _l, _r, n in members),
    )
