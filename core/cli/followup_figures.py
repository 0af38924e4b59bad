"""CLI printing of follow-up figures: due lists, the feedback digest, the scorecard and effectiveness.

Split from followup_cmds.py (which registers every command) to keep each file readable; the
handlers here follow the same contract: 0 done, 2 refused with a Chinese message on stderr.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from core.cli.output import print_json, say, yuan
from core.privacy import mask_free_text

if TYPE_CHECKING:  # the handlers import what their command needs (core/cli/app.py: start-up)
    from sqlite_utils import Database

    from core.actors import Actor
    from core.followup.cadence import DueItem
    from core.followup.effectiveness import EffectGroup
    from core.followup.feedback import FeedbackItem
    from core.followup.scorecard import ScorecardRow

EXIT_OK = 0
SHOWN = 30  # lines per section of a due list in text form (--json has them all)


def as_json(args: argparse.Namespace) -> bool:
    """Whether ``--json`` was given (before or after a sub-action)."""
    return bool(getattr(args, "json", False))


def cmd_due(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``due [--by EMPLOYEE_NO]``: what is due today."""
    from core.followup.cadence import due_list
    from core.followup.workdays import parse_day

    today = parse_day(args.today, "--today") if args.today else None
    due = due_list(db, actor, args.by, today=today)
    if as_json(args):
        print_json(due.as_json())
        return EXIT_OK
    say(f"{due.today} {due.manager or '全网点'}的待办：")
    _section("今日到期的跟进", due.followups_today, lambda i: f"约定跟进日 {i.due_on}")
    _section("逾期未跟进", due.followups_overdue, lambda i: f"约定 {i.due_on}，已逾期 {i.days_late} 天")
    _section("未联系的预警", due.warnings_uncontacted, _warning_text)
    _section("未按周期维护", due.out_of_cadence, _cadence_text)
    if due.manager is None:
        _section("无客户经理", due.unassigned, lambda i: "请指定客户经理")
    return EXIT_OK


def _warning_text(i: DueItem) -> str:
    late = f"已超过 {i.days_late} 个工作日" if i.days_late else "尚在期限内"
    return f"预警 #{i.warning_id}（{i.warning_status}），须于 {i.due_on} 前联系，{late}"


def _cadence_text(i: DueItem) -> str:
    if i.last_contact is None:
        return "从未联系"
    return f"上次联系 {i.last_contact}，应于 {i.due_on} 前再联系，已超 {i.days_late} 天"


def _section(title: str, items: Sequence[DueItem], detail: Callable[[DueItem], str]) -> None:
    from core.risk.rules import money

    say(f"【{title}】{len(items)} 户")
    for i in items[:SHOWN]:
        aum = "" if i.aum_fen is None else f"  {money(i.aum_fen)}"
        manager = f"  {i.manager}" if i.manager else ""
        say(f"  {i.customer_no}  {i.name}  {i.tier or ''}{aum}{manager}  {detail(i)}")
    if len(items) > SHOWN:
        say(f"  …另有 {len(items) - SHOWN} 户（--json 可看全部）")


def say_feedback(i: FeedbackItem, today: date) -> None:
    """Two lines about one feedback item."""
    steps = [f"转交 {i.forwarded_to}（{i.forwarded_on}）" if i.forwarded_on else "",
             f"答复（{i.answered_on}）" if i.answered_on else "", f"告知客户（{i.closed_on}）" if i.closed_on else ""]  # fmt: skip
    flow = "；".join(s for s in steps if s)
    say(f"#{i.id}  {i.raised_on}  {i.customer_no} {i.customer_name or ''}  {i.category}  {i.status}  "
        f"{i.age_days(today)} 天  提出：{i.raised_by}" + (f"  {flow}" if flow else ""))  # fmt: skip
    say(f"      {mask_free_text(i.text, 200)}" + (f"  答复：{mask_free_text(i.answer, 200)}" if i.answer else ""))


def cmd_feedback_digest(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``feedback digest --period YYYY-MM``."""
    from core.followup.digest import feedback_digest

    d = feedback_digest(db, actor, args.period)
    if as_json(args):
        print_json(d.as_json())
        return EXIT_OK
    say(f"{d.period} 信息反馈月报：本月新增 {d.raised} 条，本月办结 {d.closed} 条"
        + (f"（平均用时 {d.average_days_to_close} 天）" if d.average_days_to_close is not None else ""))  # fmt: skip
    for c in d.by_category:
        say(f"  {c.category}：{c.total} 条（" + "，".join(f"{k} {v}" for k, v in c.by_status.items()) + "）")
    waits = "，".join(f"{k} {v} 天" for k, v in d.average_step_days.items() if v is not None)
    if waits:
        say(f"本月各环节平均等待：{waits}")
    say(
        "近三个月各类反馈（前两月、上月、本月）："
        + ("；".join(f"{c} {'/'.join(map(str, n))}" for c, n in d.recurring) or "无")
    )
    say(f"至今未办结 {d.open_now} 条" + ("，最久的：" if d.open_now else "。"))
    today = date.today()
    for i in d.oldest_open:
        say_feedback(i, today)
    say("本月联系中客户提到的他行：" + ("、".join(f"{b} {n} 次" for b, n in d.competitors) or "无"))
    say("本月客户给出的原因：" + ("、".join(f"{r} {n} 次" for r, n in d.reasons) or "无"))
    return EXIT_OK


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _wan(fen: int) -> str:
    return f"{fen / 1_000_000:,.2f}万"


def cmd_scorecard(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``scorecard --period YYYY-MM [--by EMPLOYEE_NO]``."""
    from core.followup.scorecard import scorecard
    from core.followup.workdays import parse_day

    today = parse_day(args.today, "--today") if args.today else None
    if args.by:
        return _scorecard_lines(db, args, actor, today)
    card = scorecard(db, actor, args.period, today=today)
    if as_json(args):
        print_json({"period": card.period, "previous": card.previous, "weights": dict(card.weights),
                    "managers": [r.as_json() for r in card.rows], "total": card.total.as_json()})  # fmt: skip
        return EXIT_OK
    say(f"{card.period} 客户经理服务考核（期初为 {card.previous or '无'} 月末，期末为 {card.period} 月末）")
    say("权重：" + "，".join(f"{_PART[k]} {w}" for k, w in card.weights))
    for row in (*card.rows, card.total):
        _say_row(row)
    say("明细核对：scorecard --period " + card.period + " --by 工号")
    return EXIT_OK


_PART = {
    "coverage": "维护覆盖率",
    "timely": "预警及时联系率",
    "retention": "挽留率",
    "aum": "资产保有率",
    "followup": "跟进按时率",
}


def _say_row(r: ScorecardRow) -> None:
    who = f"{r.employee_no} {r.manager}" if r.employee_no else r.manager
    score = "—" if r.score is None else f"{r.score:.1f}"
    tiers = "/".join(str(n) for n in r.by_tier)
    say(f"■ {who}  综合得分 {score}")
    say(
        f"    管户 {r.customers} 户（大众/金卡/白金/钻石/私行 {tiers}）；资产 期初 {_wan(r.aum_start_fen)} → 期末 "
        f"{_wan(r.aum_end_fen)}，净增 {_wan(r.aum_change_fen)}；高价值客户 新增 {r.high_value_gained} 流失 {r.high_value_lost}"
    )
    say(
        f"    预警 {r.warnings_raised} 条：{r.warnings_in_time} 条3个工作日内联系，已挽留 {r.warnings_retained}，"
        f"已流失 {r.warnings_lost}（挽留率 {_rate(r.rates.get('retention'))}）"
    )
    say(
        f"    维护覆盖 {r.cadence_covered}/{r.cadence_customers}（{_rate(r.rates.get('coverage'))}）；"
        f"到期跟进 {r.followups_due}，逾期 {r.followups_overdue}；反馈办结 {r.feedback_closed} 条"
        + (f"，平均 {r.feedback_average_days} 天" if r.feedback_average_days is not None else "")
    )
    say("    各项：" + "，".join(f"{_PART[k]} {_rate(v)}" for k, v in r.rates.items()))


def _scorecard_lines(db: Database, args: argparse.Namespace, actor: Actor, today: date | None) -> int:
    from core.followup.scorecard_detail import scorecard_lines

    lines = scorecard_lines(db, actor, args.period, args.by, today=today)
    if as_json(args):
        print_json([line.as_json() for line in lines])
        return EXIT_OK
    say(f"{args.period} {args.by} 的管户明细（{len(lines)} 户；金额单位：元）")
    say(
        "客户号  姓名  期初等级→期末等级  期初资产  期末资产  新增/流失高价值  维护周期  最近联系  周期内  跟进到期/逾期  预警"
    )
    for x in lines:
        warning = "" if x.warning_id is None else (
            f"  预警#{x.warning_id} {x.warning_raised_on} {'及时' if x.warning_in_time else '未及时'} {x.warning_status}")  # fmt: skip
        change = "新增" if x.gained else ("流失" if x.lost else "")
        say(f"{x.customer_no}  {x.name}  {x.tier_start or '—'}→{x.tier_end or '—'}  {yuan(x.aum_start_fen)}  "
            f"{yuan(x.aum_end_fen)}  {change or '—'}  {x.cadence_days or '—'}  {x.last_contact or '—'}  "
            f"{'是' if x.covered else '否'}  {x.followups_due}/{x.followups_overdue}{warning}")  # fmt: skip
    return EXIT_OK


def cmd_effectiveness(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``effectiveness --period YYYY-MM``."""
    from core.followup.effectiveness import effectiveness

    e = effectiveness(db, actor, args.period)
    if as_json(args):
        print_json(e.as_json())
        return EXIT_OK
    span = (
        f"观察其后 {e.months_observed} 个月（至 {e.observed_until}）"
        if e.months_observed
        else "该月之后尚无数据，流失情况待观察"
    )
    say(f"{e.period} 新预警客户的挽留效果：预警后 {e.days} 天内联系 vs 未及时联系；{span}")
    for g in (*e.groups, e.not_within):
        _say_group(g)
    return EXIT_OK


def _say_group(g: EffectGroup) -> None:
    from core.risk.rules import money

    left = "待观察" if g.left is None else f"流失 {g.left} 户（{_rate(g.left_rate)}）"
    say(f"  {g.label}：{g.customers} 户，{left}；资产 {money(g.aum_reference_fen)} → {money(g.aum_now_fen)}"
        f"（保有 {_rate(g.aum_kept)}）")  # fmt: skip
