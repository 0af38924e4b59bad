"""A plausible follow-up history for the demo branch: contacts, warnings worked, feedback, a handover.

``load_demo`` imports the demo months one by one; after each import this module plays the weeks
until the next month's list arrives (the 3rd working day of the month after). It works through
the public follow-up functions, so the history obeys the same rules as a person at the keyboard:

* new warnings are called by their manager, quickly or late or never, by the manager's diligence
  (林雅婷 is the most diligent, 刘思远 the least); what the customer says follows the story the
  generator planted (stories.json): a maturing deposit → 他行利率更高, a house purchase → 购房/大额
  消费, payroll moved → the other bank named, and so on; customers who really left end 已流失,
  retained ones 已挽留, noise is 稳定 (sometimes closed as 误报 by the manager's choice);
* contact timing agrees with each story's outcome (retained customers were called sooner), so the
  demo's effectiveness report illustrates the idea: it proves nothing, the outcomes were planted;
* routine calls keep high-value customers within their cadence, unevenly across managers;
* some calls raise feedback items, which the branch forwards, answers and closes with delays
  (a few stall); 郑海涛 hands his customers over to 吴晓燕 four months before the end.

It acts as the actor ``load_demo`` is given (a 主管, or ``LOCAL_USER``), so each contact, feedback
step and handover is audited like a person's; an actor whose role may not do that work (a 管理员
loading the demo) has it done by ``DEMO_ACTOR``, a 主管 named 示范数据, so the audit log says who.

The history stops the day the final month's list arrives, so its warnings are all 新预警: today's
work. Everything is deterministic for a seed. Times the risk module stamps with the wall clock
(imports, warning events) are set to the simulated day, so the timeline is consistent.
"""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from sqlite_utils import Database

from core.actors import HEAD, Actor
from core.demo_people import MANAGERS
from core.followup.assignment import assign_customer, handover
from core.followup.codes import FollowupRefused
from core.followup.config import load_followup_config
from core.followup.contacts import ContactInput, add_contact
from core.followup.feedback import add_feedback, set_feedback_status
from core.followup.workdays import add_working_days, month_bounds
from core.security.permissions import can

DILIGENCE = {"M001": (0.9, 0.85), "M002": (0.75, 0.6), "M003": (0.8, 0.7), "M004": (0.6, 0.5),
             "M005": (0.7, 0.65), "M006": (0.45, 0.35), "M007": (0.35, 0.3)}  # (warnings, routine)  # fmt: skip
NUMBERS = {name: number for name, number in MANAGERS}
BANKS = ("招商银行", "平安银行", "工商银行", "建设银行", "兴业银行", "宁波银行")
HANDOVER = ("M006", "M005", "郑海涛调往分行个人金融部，名下客户整体移交吴晓燕")
# fmt: off
# story (or the first rule of a noise warning) -> purpose, reasons, summary if they stay, summary if they go
STORY = {
    "maturity": ("到期提醒", ("他行利率更高",), "定期即将到期，客户在比较{bank}的大额存单，已介绍我行产品。", "客户定期到期后打算转存{bank}，嫌我行利率低。"),
    "push_reversal": ("关怀回访", ("冲量资金到期",), "季末冲量资金已按约定转回，客户账户往来正常。", "季末资金转回后客户把日常资金也转去了{bank}。"),
    "house_withdrawal": ("挽留", ("购房/大额消费",), "客户购房付首付，资金用于大额消费，并非转他行。已推荐我行按揭和装修分期。", "客户购房后按揭在{bank}，打算把余下资金一并转过去。"),
    "large_withdrawal": ("挽留", ("购房/大额消费",), "大额支出为家庭开支，账户继续使用。", "客户大额转出到{bank}。"),
    "activity_fade": ("关怀回访", ("网点/渠道不便",), "客户反映手机银行转账限额低，已协助调整，客户表示继续使用。", "客户嫌网点远、手机银行不好用，已改用{bank}。"),
    "activity_drop": ("关怀回访", ("网点/渠道不便",), "客户近期出差较多，较少使用手机银行，无异常。", "客户已改用{bank}的手机银行。"),
    "payroll_move": ("挽留", ("其他",), "单位代发改到{bank}，客户表示日常账户仍留在我行。", "单位代发改到{bank}，客户打算把账户一并转过去。"),
    "payroll_stop": ("挽留", ("其他",), "客户更换工作单位，代发尚未开通，已介绍我行代发服务。", "新单位代发在{bank}，客户资金随之转出。"),
    "aum_drop": ("挽留", ("转投理财/基金/股市",), "客户把部分资金转投基金，已介绍我行代销产品，客户愿意留一部分在我行。", "客户认为我行理财收益低，资金转投{bank}的产品。"),
    "vanished": ("挽留", ("他行利率更高",), "客户资金临时周转，表示下月转回。", "客户资金已全部转至{bank}，表示利率更高。"),
    "tier_slip": ("关怀回访", ("转投理财/基金/股市",), "资产略有下降，属正常波动，已介绍稳健型理财。", "客户资金逐步转往{bank}。"),
}
FEEDBACK = {  # reason -> category, what the customer said, forwarded to, the answer
    "他行利率更高": ("利率/价格", "希望大额存单利率能与{bank}持平。", "个人金融部", "本月起三年期大额存单利率上浮，已可与同业持平。"),
    "网点/渠道不便": ("渠道/系统", "手机银行转账限额太低，大额转账只能到网点办。", "科技部", "可在柜面或手机银行申请提高限额，已告知办理方式。"),
    "转投理财/基金/股市": ("产品", "希望有更多一年以内、风险较低的理财产品。", "个人金融部产品组", "下月发行6个月期稳健型理财，起点5万。"),
    "购房/大额消费": ("产品", "想了解我行按揭和装修分期的利率。", "个人贷款中心", "已提供按揭与装修分期报价，客户经理可上门办理。"),
    "其他": ("流程", "单位代发开户要本人跑网点，手续繁琐。", "运营管理部", "代发开户可由单位统一预约上门办理。"),
    "服务不满意": ("服务", "周六只开一个窗口，排队超过一小时。", "网点负责人", "周六已增开一个窗口，并推行预约取号。"),
}
# fmt: on
DEMO_ACTOR = Actor(username="demo", display_name="示范数据", role=HEAD)
DEMO_WORK = (
    "contact.record",
    "warning.update",
    "feedback.record",
    "feedback.handle",
    "customer.assign",
    "staff.manage",
)
ROUTINE = {  # purpose -> what a routine call of that kind sounds like
    "关怀回访": ("例行回访，客户对服务满意，无特别需求。", "节日问候，客户表示感谢。"),
    "产品营销": ("介绍新发行的稳健型理财，客户表示考虑。", "介绍大额存单，客户表示到期后再看。"),
    "到期提醒": ("提醒客户关注到期安排，客户表示继续在我行续存。",),
}  # fmt: skip


@dataclass(frozen=True)
class Marks:
    """The highest row ids before an import, to find what the import stamped."""

    event: int
    warning: int
    staff: int


@dataclass
class _Window:
    """One simulated stretch between two imports (mutable while it plays)."""

    index: int
    start: datetime
    end: datetime
    rng: random.Random
    queue: list[tuple[datetime, int, str, dict[str, Any]]] = field(default_factory=list)
    seq: int = 0

    def push(self, at: datetime, kind: str, **data: Any) -> None:
        if self.start <= at < self.end:
            self.seq += 1
            heapq.heappush(self.queue, (at, self.seq, kind, data))


def import_moment(period: str) -> datetime:
    """When the demo imports ``period``'s list: 09:30 on the 3rd working day after the month end."""
    return datetime.combine(add_working_days(month_bounds(period)[1], 3), time(9, 30))


def marks(db: Database) -> Marks:
    """Remember where the rows end before an import."""
    one = lambda sql: int(db.execute(sql).fetchone()[0] or 0)  # noqa: E731
    return Marks(
        one("select max(id) from warning_events"), one("select max(id) from warnings"), one("select max(id) from staff")
    )


def after_import(db: Database, actor: Actor, truth: dict[str, Any], index: int, batch_id: int, before: Marks) -> None:
    """Date what importing month ``index`` stamped, then play the weeks until the next import (none after the last)."""
    periods = truth["periods"]
    moment = import_moment(periods[index])
    _backdate_import(db, batch_id, before, moment, periods[index])
    if index + 1 < len(periods):
        player = actor if all(can(actor, action) for action in DEMO_WORK) else DEMO_ACTOR
        _Play(db, player, truth, _Window(index, moment, import_moment(periods[index + 1]),
                                        random.Random(f"{truth.get('seed', 1)}:{periods[index]}"))).run()  # fmt: skip


def _backdate_import(db: Database, batch_id: int, before: Marks, moment: datetime, period: str) -> None:
    at = moment.isoformat()
    db.execute("update import_batches set imported_at = ? where id = ?", [at, batch_id])
    db.execute("update manager_changes set recorded_at = ? where batch_id = ?", [at, batch_id])
    db.execute("update staff set created_at = ? where id > ?", [at, before.staff])
    db.execute("update risk_runs set computed_at = ? where period = ?", [at, period])
    db.execute("update warnings set created_at = ?, updated_at = ? where id > ?", [at, at, before.warning])
    db.execute("update warnings set updated_at = ? where updated_at > ?", [at, at])  # refreshed by the wall clock
    db.execute("update warning_events set at = ? where id > ?", [at, before.event])


class _Play:
    """Plays one window: plans the events, then runs them in time order."""

    def __init__(self, db: Database, actor: Actor, truth: dict[str, Any], window: _Window) -> None:
        self.db, self.actor, self.w, self.rng = db, actor, window, window.rng
        self.period = truth["periods"][window.index]
        self.story = {h["customer_no"]: h for h in truth.get("history", [])}
        self.hands_off = set(truth.get("stories", {}))  # final-month stories: today's work, untouched
        self.calm = set(truth.get("stable", []))
        self.periods = truth["periods"]

    def run(self) -> None:
        self._plan_warnings()
        self._plan_routine()
        self._plan_feedback()
        if len(self.periods) >= 6 and self.w.index == len(self.periods) - 5:
            self.w.push(self._workday(3, 16), "handover")
        elif len(self.periods) >= 6 and self.w.index > len(self.periods) - 5:
            self.w.push(self._workday(1, 11), "reassign")  # new customers the files still give the leaver
        while self.w.queue:
            at, _seq, kind, data = heapq.heappop(self.w.queue)
            getattr(self, f"_do_{kind}")(at, **data)

    def _workday(self, days: int, hour: int) -> datetime:
        day = add_working_days(self.w.start.date(), days) if days else self.w.start.date()
        return datetime.combine(day, time(hour, self.rng.choice((0, 10, 20, 30, 40, 50))))

    def _manager(self, customer_id: int) -> tuple[str, float, float] | None:
        row = self.db.execute(
            "select st.employee_no, st.name from customers c join staff st on st.id = c.manager_id where c.id = ? and st.active = 1",
            [customer_id],
        ).fetchone()
        if row is None:
            return None
        number = row[0] or NUMBERS.get(row[1])  # early files name managers without their 工号
        warm, routine = DILIGENCE.get(number or "", (0.5, 0.4))
        return row[0] or row[1], warm, routine

    def _plan_warnings(self) -> None:
        rows = self.db.execute(
            """select w.id, w.customer_id, c.customer_no, w.status, w.created_at, p.reasons,
                      (select max(visited_at) from visits v where v.customer_id = w.customer_id),
                      (select next_on from visits v where v.customer_id = w.customer_id order by visited_at desc limit 1),
               (select count(*) from visits v where v.warning_id = w.id)
               from warnings w join customers c on c.id = w.customer_id
               join warning_periods p on p.warning_id = w.id and p.period = w.last_period
               where w.status in ('new', 'assigned', 'contacted') order by w.id"""
        ).fetchall()
        for wid, cid, no, status, created, reasons, _last, next_on, calls in rows:
            who = self._manager(cid)
            if who is None or no in self.hands_off:
                continue
            plot = self._plot(no, reasons, calls)
            if status == "contacted":
                due = datetime.fromisoformat(next_on + "T10:00") if next_on else self.w.start + timedelta(days=10)
                self._follow_later(max(due, self.w.start), who, dict(warning=wid, customer=cid, no=no, plot=plot))
            elif created == self.w.start.isoformat():
                self._first(who, plot, dict(warning=wid, customer=cid, no=no, plot=plot))
            elif self.rng.random() < 0.3 * who[1]:  # an old warning nobody called, picked up late
                self.w.push(
                    self._workday(self.rng.randint(2, 12), self.rng.randint(9, 17)),
                    "contact",
                    **dict(warning=wid, customer=cid, no=no, plot=plot),
                )

    def _plot(self, no: str, reasons: str, calls: int) -> dict[str, Any]:
        told = self.story.get(no)
        kind = told["story"] if told else next((c for c in reasons.split(",") if c in STORY), "tier_slip")
        outcome = told["outcome"] if told else "noise"
        leave = told.get("leave_period") if told else None
        return {"kind": kind, "outcome": outcome, "leave": leave, "bank": self.rng.choice(BANKS), "round": calls}

    def _first(self, who: tuple[str, float, float], plot: dict[str, Any], data: dict[str, Any]) -> None:
        fast = {"retained": min(0.95, who[1] + 0.2), "left": max(0.1, who[1] - 0.45)}.get(
            plot["outcome"], min(0.9, who[1] + 0.1)
        )
        draw = self.rng.random()
        if draw < fast:
            self.w.push(self._workday(self.rng.randint(0, 3), self.rng.randint(10, 17)), "contact", **data)
        elif draw < fast + (1 - fast) * (0.4 if plot["outcome"] == "left" else 0.6):
            self.w.push(self._workday(self.rng.randint(4, 12), self.rng.randint(9, 17)), "contact", **data)

    def _follow_later(self, due: datetime, who: tuple[str, float, float], data: dict[str, Any]) -> None:
        if self.rng.random() < 0.15 + 0.3 * (1 - who[1]):
            return  # forgotten: the follow-up goes overdue
        late = 0 if self.rng.random() < who[1] else self.rng.randint(1, 6)
        day = add_working_days(due.date() - timedelta(days=1), 1 + late)  # the due day, or the next working day
        self.w.push(datetime.combine(day, time(self.rng.randint(9, 17), 15)), "contact", **data)

    def _attitude(self, plot: dict[str, Any]) -> str:
        """What the customer says on this call, by story, outcome and how many calls came before."""
        outcome, first = plot["outcome"], plot["round"] == 0
        if outcome == "retained":
            return "犹豫" if first else "稳定"
        if outcome == "left":
            gone = plot["leave"] is not None and plot["leave"] <= self.period
            return "已转出" if gone else ("有意转出" if not first or self.rng.random() < 0.6 else "犹豫")
        if first:
            return "稳定" if self.rng.random() < 0.65 else "犹豫"
        return "稳定" if self.rng.random() < 0.7 or plot["round"] > 2 else "犹豫"

    def _do_contact(self, at: datetime, warning: int, customer: int, no: str, plot: dict[str, Any]) -> None:
        who = self._manager(customer)
        if who is None:
            return
        attitude = self._attitude(plot)
        purpose, reasons, kept, went = STORY[plot["kind"]]
        summary = (went if attitude in ("有意转出", "已转出") else kept).format(bank=plot["bank"])
        choice = None
        if plot["outcome"] == "noise" and plot["round"] == 0 and attitude == "稳定" and self.rng.random() < 0.4:
            choice, summary = "误报", summary + "经核实并非流失迹象。"
        elif attitude == "已转出" and plot["round"] == 0:
            choice = "已流失"  # the money is gone already: the manager closes the warning at once
        next_on = None
        if attitude in ("犹豫", "有意转出"):
            next_on = (at + timedelta(days=self.rng.randint(5, 12))).date()
        elif attitude == "稳定" and plot["round"] == 0 and choice is None:
            next_on = (at + timedelta(days=self.rng.randint(7, 14))).date()
        named = plot["bank"] if "{bank}" in (went + kept) or reasons[0] == "他行利率更高" else None
        entry = ContactInput(no, who[0], self._channel(True), purpose if plot["round"] == 0 else "挽留", attitude,
                             reasons, named, summary, next_on, at, choice)  # fmt: skip
        saved = self._contact(entry, at)
        if saved is None:
            return
        plot["round"] += 1
        if plot["round"] == 1 and reasons[0] in FEEDBACK and self.rng.random() < 0.35:
            self._raise(saved.record.id, no, who[0], reasons[0], plot["bank"], at)
        if next_on is not None:
            self._follow_later(
                datetime.combine(next_on, time(10)), who, dict(warning=warning, customer=customer, no=no, plot=plot)
            )

    def _channel(self, retention: bool) -> str:
        pool = (
            ("电话",) * 7 + ("面谈",) * 2 + ("上门",) if retention else ("电话",) * 5 + ("微信",) * 4 + ("面谈", "短信")
        )
        return self.rng.choice(pool)

    def _contact(self, entry: ContactInput, at: datetime) -> Any:
        mark = int(self.db.execute("select coalesce(max(id), 0) from warning_events").fetchone()[0])
        try:
            saved = add_contact(self.db, self.actor, entry, now=at + timedelta(minutes=20))
        except FollowupRefused:
            return None
        stamp = (at + timedelta(minutes=20)).isoformat()
        self.db.execute("update warning_events set at = ? where id > ?", [stamp, mark])
        if saved.warning is not None and saved.warning.changed:
            self.db.execute("update warnings set updated_at = ? where id = ?", [stamp, saved.warning.warning_id])
        return saved

    def _plan_routine(self) -> None:
        days = load_followup_config(self.db).cadence_days
        rows = self.db.execute(
            """select c.id, c.customer_no, t.tier from customer_tiers t join customers c on c.id = t.customer_id
               where t.period = ? and not exists (select 1 from warnings w where w.customer_id = c.id
                                                  and w.status in ('new', 'assigned', 'contacted'))
               order by c.id""",
            [self.period],
        ).fetchall()
        span = (self.w.end - self.w.start).days
        for cid, no, tier in rows:
            who = self._manager(cid)
            if who is None or not days[tier] or self.rng.random() >= min(1.0, span / days[tier]) * who[2]:
                continue
            self.w.push(
                self.w.start + timedelta(days=self.rng.uniform(0.2, span - 0.5)), "routine", customer=cid, no=no
            )

    def _do_routine(self, at: datetime, customer: int, no: str) -> None:
        if at.weekday() >= 5:
            at += timedelta(days=7 - at.weekday())
        at = at.replace(hour=self.rng.randint(9, 17), minute=5 * self.rng.randint(0, 11), second=0, microsecond=0)
        who = self._manager(customer)
        if who is None or not self.w.start <= at < self.w.end:
            return
        doubtful = no not in (self.calm | self.hands_off) and self.rng.random() < 0.08
        purpose = self.rng.choice(("关怀回访", "关怀回访", "产品营销", "到期提醒"))
        entry = ContactInput(no, who[0], self._channel(False), purpose, "犹豫" if doubtful else "稳定",
                             ("他行利率更高",) if doubtful else (), None, self.rng.choice(ROUTINE[purpose]), None, at, "不变")  # fmt: skip
        saved = self._contact(entry, at)
        if saved is not None and doubtful and self.rng.random() < 0.3:
            self._raise(saved.record.id, no, who[0], "他行利率更高", self.rng.choice(BANKS), at)

    def _raise(self, visit: int, no: str, staff: str, reason: str, bank: str, at: datetime) -> None:
        category, words, _to, _answer = FEEDBACK[reason]
        item = add_feedback(self.db, self.actor, no, category, words.format(bank=bank), staff, visit_id=visit,
                            raised_on=at.date(), now=at + timedelta(minutes=30)).item  # fmt: skip
        self.w.push(at + timedelta(days=self.rng.randint(1, 4)), "step", item=item.id, reason=reason)

    def _plan_feedback(self) -> None:
        reason_of = {v[0]: k for k, v in FEEDBACK.items()}
        for fid, category in self.db.execute(
            "select id, category from feedback_items where status != 'closed' order by id"
        ):
            label = {
                "price": "利率/价格",
                "product": "产品",
                "service": "服务",
                "channel": "渠道/系统",
                "process": "流程",
            }.get(category, "流程")
            self.w.push(
                self.w.start + timedelta(days=self.rng.randint(1, 20)), "step", item=fid, reason=reason_of[label]
            )

    def _do_step(self, at: datetime, item: int, reason: str) -> None:
        status = self.db.execute("select status from feedback_items where id = ?", [item]).fetchone()[0]
        if status == "forwarded" and self.rng.random() < 0.25:
            return  # stalled: nobody answers this month
        _category, _words, to, answer = FEEDBACK[reason]
        target = {"recorded": "已转交", "forwarded": "已答复", "answered": "已告知客户"}.get(status)
        if target is None:
            return
        day = at if at.weekday() < 5 else at + timedelta(days=7 - at.weekday())
        try:
            set_feedback_status(self.db, self.actor, item, target, to=to, answer=answer, on=day.date(), now=day)
        except FollowupRefused:
            return
        wait = {"已转交": (7, 40), "已答复": (1, 10)}.get(target)
        if wait:
            self.w.push(day + timedelta(days=self.rng.randint(*wait)), "step", item=item, reason=reason)

    def _do_reassign(self, at: datetime) -> None:
        src, dst, _note = HANDOVER
        for (no,) in self.db.execute(
            "select c.customer_no from customers c join staff st on st.id = c.manager_id where st.employee_no = ? order by c.id",
            [src],
        ).fetchall():
            assign_customer(self.db, self.actor, no, dst, now=at)

    def _do_handover(self, at: datetime) -> None:
        src, dst, note = HANDOVER
        try:
            handover(self.db, self.actor, src, dst, note=note, now=at)
        except FollowupRefused:
            pass
