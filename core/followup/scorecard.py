"""The managers' scorecard (服务考核), per manager per month, every figure traceable to customers.

For month P (and the month loaded before it, Q), a manager's **book** is every customer in P's or
Q's file whom they managed at the end of P (owners.py). Per manager:

* customers by tier: book customers in P's file, by the tier held in P;
* AUM at start / end: the book's AUM at the end of Q / of P (absent: 0); net change = end − start;
* high-value gained / lost: high-value (tier ≥ ``tier.high_value_from``) in P but not in Q (new
  customers included) / in Q but not in P (a customer gone from P's file counts as lost);
* warnings raised: warnings first raised on P's list; contacted in time: a contact on or after
  the day it was raised, or the status set to 已联系, within 3 working days (``followup.warning_days``);
  retained / lost: their status now is 已挽留 / 已流失; retention rate = retained ÷ (retained + lost);
* maintenance coverage: of the book customers in P's file whose tier has a cadence, the share whose
  last contact up to P's end lies within that many days of it;
* follow-ups due / overdue: next follow-up dates falling in P (and already past), and those with no
  contact between the record that set them and the date;
* feedback closed: items the manager raised that were closed in P, and their average age in days.

The score is the weighted mean (weights ``score.weight.*``) of five rates, each 0…1: coverage,
contacted in time, retention, AUM kept (end ÷ start, at most 1) and follow-ups on time (1 −
overdue ÷ due). A rate without a base (no warnings, say) is left out and the other weights count.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields, replace
from datetime import date

from sqlite_utils import Database

from core.actors import Actor
from core.followup.codes import CTX
from core.followup.config import FollowupConfig, load_followup_config
from core.followup.months import committed_month
from core.followup.scorecard_sql import FEEDBACK_SQL, TOTALS_SELECT, WARNINGS_SQL, lines_sql, month_args
from core.followup.workdays import add_working_days
from core.i18n import QT_TRANSLATE_NOOP
from core.security.permissions import require

NOBODY = QT_TRANSLATE_NOOP(CTX, "（无客户经理）")
BRANCH = QT_TRANSLATE_NOOP(CTX, "全网点合计")


@dataclass(frozen=True)
class ScorecardRow:
    """One manager's month (or the branch total). Money in 分; counts are customers unless said otherwise."""

    staff_id: int | None
    manager: str
    employee_no: str | None
    customers: int = 0
    by_tier: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)  # 大众, 金卡, 白金, 钻石, 私行
    aum_start_fen: int = 0
    aum_end_fen: int = 0
    high_value_gained: int = 0
    high_value_lost: int = 0
    warnings_raised: int = 0
    warnings_in_time: int = 0
    warnings_retained: int = 0
    warnings_lost: int = 0
    cadence_customers: int = 0
    cadence_covered: int = 0
    followups_due: int = 0
    followups_overdue: int = 0
    feedback_closed: int = 0
    feedback_days: int = 0  # total age in days of the feedback closed, for the average
    rates: dict[str, float | None] = field(default_factory=dict)  # coverage, timely, retention, aum, followup
    score: float | None = None

    @property
    def aum_change_fen(self) -> int:
        """Net change of the book's AUM over the month."""
        return self.aum_end_fen - self.aum_start_fen

    @property
    def feedback_average_days(self) -> float | None:
        """Average age of the feedback items closed in the month."""
        return round(self.feedback_days / self.feedback_closed, 1) if self.feedback_closed else None

    def as_json(self) -> dict[str, object]:
        """The object ``scorecard --json`` prints per manager."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "staff_id"}
        data["by_tier"] = dict(zip(("大众", "金卡", "白金", "钻石", "私行"), self.by_tier, strict=True))
        data["aum_change_fen"] = self.aum_change_fen
        data["feedback_average_days"] = self.feedback_average_days
        return data


@dataclass(frozen=True)
class Scorecard:
    """Every manager's month, the branch total, and the weights of the score."""

    period: str
    previous: str | None  # the month the start figures come from
    rows: tuple[ScorecardRow, ...]  # best score first
    total: ScorecardRow
    weights: tuple[tuple[str, int], ...]


_SUMMED = ("customers", "aum_start_fen", "aum_end_fen", "high_value_gained", "high_value_lost", "warnings_raised",
           "warnings_in_time", "warnings_retained", "warnings_lost", "cadence_customers", "cadence_covered",
           "followups_due", "followups_overdue", "feedback_closed", "feedback_days")  # fmt: skip


def scorecard(
    db: Database, actor: Actor, period: str, *, today: date | None = None, config: FollowupConfig | None = None
) -> Scorecard:
    """The scorecard of ``period`` ("YYYY-MM"), from snapshots, tiers, warnings and records.

    :param today: follow-ups due after it are not counted yet (default: the real today)
    :raises PermissionDenied: the role may not see the scorecard (主管 only)
    :raises FollowupRefused: a malformed month or one with no imported data
    """
    require(actor, "scorecard.view")
    cfg = config or load_followup_config(db)
    previous, _periods = committed_month(db, actor, period)
    args = month_args(period, previous, cfg, today or date.today())
    staff = {sid: (name, no) for sid, name, no in db.execute("select id, name, employee_no from staff")}
    counts: dict[int | None, dict[str, object]] = defaultdict(dict)
    for sid, customers, t0, t1, t2, t3, t4, *rest in db.execute(lines_sql() + TOTALS_SELECT, args):
        keys = ("aum_start_fen", "aum_end_fen", "high_value_gained", "high_value_lost", "cadence_customers",
                "cadence_covered", "followups_due", "followups_overdue")  # fmt: skip
        counts[sid] |= {"customers": customers, "by_tier": tuple(int(t or 0) for t in (t0, t1, t2, t3, t4))}
        counts[sid] |= {k: int(v or 0) for k, v in zip(keys, rest, strict=True)}
    for sid, in_time, retained, lost in _warning_counts(db, args, cfg):
        counts[sid]["warnings_raised"] = int(counts[sid].get("warnings_raised", 0)) + 1  # type: ignore[call-overload]
        for key, hit in (("warnings_in_time", in_time), ("warnings_retained", retained), ("warnings_lost", lost)):
            counts[sid][key] = int(counts[sid].get(key, 0)) + int(hit)  # type: ignore[call-overload]
    for sid, closed, days in db.execute(FEEDBACK_SQL, args):
        counts[sid] |= {"feedback_closed": closed, "feedback_days": int(round(days or 0))}
    rows = [_scored(ScorecardRow(sid, *_who(staff, sid), **values), cfg) for sid, values in counts.items()]  # type: ignore[arg-type]
    rows.sort(
        key=lambda r: (r.staff_id is None, -(r.score if r.score is not None else -1), r.employee_no or "", r.manager)
    )
    return Scorecard(period, previous, tuple(rows), _scored(_total(rows), cfg), cfg.weights)


def _who(staff: dict[int, tuple[str, str | None]], sid: int | None) -> tuple[str, str | None]:
    return staff.get(sid, (NOBODY, None)) if sid is not None else (NOBODY, None)


def _warning_counts(
    db: Database, args: dict[str, object], cfg: FollowupConfig
) -> list[tuple[int | None, bool, bool, bool]]:
    """(manager, contacted in time, retained, lost) per warning raised in the month."""
    out = []
    for _wid, sid, _no, _name, raised, status, visit, marked, _stake in db.execute(WARNINGS_SQL, args):
        out.append((sid, in_time(raised, visit, marked, cfg.warning_days), status == "retained", status == "lost"))
    return out


def in_time(raised: str, visit: str | None, marked: str | None, working_days: int) -> bool:
    """Whether the first contact (a record, or the status set to 已联系) came within ``working_days``."""
    first = min((d for d in (visit, marked) if d), default=None)
    deadline = add_working_days(date.fromisoformat(raised), working_days)
    return first is not None and first <= deadline.isoformat()


def _total(rows: list[ScorecardRow]) -> ScorecardRow:
    sums = {name: sum(getattr(r, name) for r in rows) for name in _SUMMED}
    tiers = tuple(sum(r.by_tier[k] for r in rows) for k in range(5))
    return ScorecardRow(None, BRANCH, None, by_tier=tiers, **sums)  # type: ignore[arg-type]


def rates_of(row: ScorecardRow) -> dict[str, float | None]:
    """The five rates of the score, each 0…1 or None without a base."""

    def share(part: int, whole: int) -> float | None:
        return part / whole if whole else None

    decided = row.warnings_retained + row.warnings_lost
    return {
        "coverage": share(row.cadence_covered, row.cadence_customers),
        "timely": share(row.warnings_in_time, row.warnings_raised),
        "retention": share(row.warnings_retained, decided),
        "aum": min(1.0, row.aum_end_fen / row.aum_start_fen) if row.aum_start_fen > 0 else None,
        "followup": share(row.followups_due - row.followups_overdue, row.followups_due),
    }


def _scored(row: ScorecardRow, cfg: FollowupConfig) -> ScorecardRow:
    rates = rates_of(row)
    used = [(w, rates[key]) for key, w in cfg.weights if rates[key] is not None and w > 0]
    total = sum(w for w, _ in used)
    score = round(100 * sum(w * r for w, r in used) / total, 1) if total else None  # type: ignore[operator]
    return replace(row, rates={k: None if v is None else round(v, 4) for k, v in rates.items()}, score=score)
