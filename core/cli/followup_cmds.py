"""CLI commands for follow-up work: staff, assign, handover, visit, visits, due, feedback, scorecard, effectiveness.

Every handler returns 0 when done and 2 when the request was refused (a Chinese message on stderr
names the valid values; nothing was written). Text output is for people, ``--json`` for scripts.
A refusal by role (``PermissionDenied``) passes through ``_guard`` to the global handler in
core/cli/app.py, which prints its message, audits it and exits 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from core.cli.followup_figures import (
    as_json,
    cmd_due,
    cmd_effectiveness,
    cmd_feedback_digest,
    cmd_scorecard,
    say_feedback,
)
from core.cli.output import print_json, say, warn
from core.followup.codes import (
    ATTITUDES,
    CATEGORIES,
    CHANNELS,
    FEEDBACK_STATUSES,
    PURPOSES,
    REASONS,
    ROLES,
    WARNING_CHOICES,
    FollowupRefused,
)
from core.privacy import mask_free_text
from core.security.permissions import can

if TYPE_CHECKING:  # the handlers import what their command needs (core/cli/app.py: start-up)
    from sqlite_utils import Database

    from core.actors import Actor
    from core.followup.contact_queries import ContactRecord
    from core.followup.contacts import ContactInput, ContactSaved
    from core.followup.feedback import FeedbackSaved
    from core.followup.staff import StaffInfo
    from core.risk.compute import RiskRefused
    from core.risk.warnings import WarningRefused

EXIT_OK, EXIT_REFUSED = 0, 2
Handler = Callable[["Database", argparse.Namespace, "Actor"], int]


def add_followup_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register staff, assign, handover, visit, visits, due, feedback, scorecard and effectiveness."""
    p = commands.add_parser("staff", help="员工：登记、列表、无客户经理的客户")
    _json(p, top=True)
    p.set_defaults(handler=_guard(cmd_staff_list))
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    s = _json(actions.add_parser("add", help="登记员工"))
    s.add_argument("name", metavar="NAME")
    s.add_argument("--no", required=True, dest="employee_no", metavar="EMPLOYEE_NO", help="工号")
    s.add_argument("--role", default="客户经理", help="、".join(ROLES) + "（默认 客户经理）")
    s.set_defaults(handler=_guard(cmd_staff_add))
    _json(actions.add_parser("list", help="列出员工及其管户数")).set_defaults(handler=_guard(cmd_staff_list))
    s = _json(actions.add_parser("unassigned", help="列出没有客户经理的客户"))
    s.set_defaults(handler=_guard(cmd_unassigned))

    p = _json(commands.add_parser("assign", help="指定客户的客户经理（一户一经理），或查看管户历史"))
    p.add_argument("customer_no", metavar="CUSTOMER_NO")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--to", metavar="EMPLOYEE_NO", help="新客户经理的工号")
    which.add_argument("--history", action="store_true", help="查看该客户的管户历史")
    p.set_defaults(handler=_guard(cmd_assign))

    p = _json(commands.add_parser("handover", help="客户经理交接：客户连同未关闭的预警和待跟进事项一并移交"))
    p.add_argument("--from", required=True, dest="from_staff", metavar="EMPLOYEE_NO")
    p.add_argument("--to", required=True, dest="to_staff", metavar="EMPLOYEE_NO")
    p.add_argument("--note", help="交接说明")
    p.set_defaults(handler=_guard(cmd_handover))

    p = commands.add_parser("visit", help="联系记录（走访/回访）：新增、修改、查看")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = _json(actions.add_parser("add", help="记录一次联系"))
    s.add_argument("customer_no", metavar="CUSTOMER_NO")
    s.add_argument("--by", required=True, metavar="EMPLOYEE_NO", help="联系人工号")
    _visit_fields(s, required=True)
    s.add_argument(
        "--warning", help="对该客户未关闭预警的处理：" + "、".join(WARNING_CHOICES.values()) + "（默认自动）"
    )
    s.set_defaults(handler=_guard(cmd_visit_add))
    s = _json(actions.add_parser("edit", help="修改一条联系记录（原内容保留在修改历史中）"))
    s.add_argument("id", type=int, metavar="VISIT_ID")
    s.add_argument("--by", metavar="EMPLOYEE_NO")
    _visit_fields(s, required=False)
    s.set_defaults(handler=_guard(cmd_visit_edit))
    s = _json(actions.add_parser("show", help="查看一条联系记录及其修改历史"))
    s.add_argument("id", type=int, metavar="VISIT_ID")
    s.set_defaults(handler=_guard(cmd_visit_show))

    p = _json(commands.add_parser("visits", help="列出联系记录（最新的在前）"))
    p.add_argument("--customer", metavar="NO")
    p.add_argument("--by", metavar="EMPLOYEE_NO")
    p.add_argument("--period", metavar="YYYY-MM")
    p.set_defaults(handler=_guard(cmd_visits))

    p = _json(commands.add_parser("due", help="待办：今日/逾期跟进、未按周期维护的客户、未联系的预警"))
    p.add_argument("--by", metavar="EMPLOYEE_NO", help="只看这位客户经理的客户")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="按哪一天计算（默认今天）")
    p.set_defaults(handler=_guard(cmd_due))

    p = commands.add_parser("feedback", help="信息反馈：记录、转交、答复、告知客户，月报")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = _json(actions.add_parser("add", help="记录客户反馈"))
    s.add_argument("customer_no", metavar="CUSTOMER_NO")
    s.add_argument("--category", required=True, help="、".join(CATEGORIES.values()))
    s.add_argument("--text", required=True, help="客户原话或要点")
    s.add_argument("--by", required=True, metavar="EMPLOYEE_NO")
    s.add_argument("--visit", type=int, metavar="VISIT_ID", help="来自哪条联系记录")
    s.add_argument("--on", metavar="YYYY-MM-DD", help="反馈日期（默认今天）")
    s.set_defaults(handler=_guard(cmd_feedback_add))
    s = _json(actions.add_parser("set", help="推进反馈：已转交（--to）→ 已答复（--answer）→ 已告知客户"))
    s.add_argument("id", type=int, metavar="ID")
    s.add_argument("--status", required=True, help="、".join(FEEDBACK_STATUSES.values()))
    s.add_argument("--to", help="转交给谁或哪个部门")
    s.add_argument("--answer", help="答复内容")
    s.add_argument("--note", help="退回上一步时须说明原因")
    s.add_argument("--on", metavar="YYYY-MM-DD", help="日期（默认今天）")
    s.set_defaults(handler=_guard(cmd_feedback_set))
    s = _json(actions.add_parser("list", help="列出反馈（最早的在前）"))
    s.add_argument("--status", help="只列此状态：" + "、".join(FEEDBACK_STATUSES.values()))
    s.set_defaults(handler=_guard(cmd_feedback_list))
    s = _json(actions.add_parser("digest", help="反馈月报：分类、状态、等待时间、最久未办结、提到的他行"))
    s.add_argument("--period", required=True, metavar="YYYY-MM")
    s.set_defaults(handler=_guard(cmd_feedback_digest))

    p = _json(commands.add_parser("scorecard", help="客户经理服务考核（按月）"))
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.add_argument("--by", metavar="EMPLOYEE_NO", help="列出这位客户经理每位客户的明细，便于逐项核对")
    p.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.set_defaults(handler=_guard(cmd_scorecard))

    p = _json(commands.add_parser("effectiveness", help="挽留效果：及时联系与未及时联系的预警客户，流失率与资产保有"))
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.set_defaults(handler=_guard(cmd_effectiveness))


def _json(parser: argparse.ArgumentParser, *, top: bool = False) -> argparse.ArgumentParser:
    # a sub-action's own --json must not reset one given before the action (argparse sub-parser defaults)
    parser.add_argument("--json", action="store_true", default=False if top else argparse.SUPPRESS, help="以JSON输出")
    return parser


def _visit_fields(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--channel", required=required, help="、".join(CHANNELS.values()))
    p.add_argument("--purpose", required=required, help="、".join(PURPOSES.values()))
    p.add_argument("--attitude", required=required, help="、".join(ATTITUDES.values()))
    p.add_argument(
        "--reason", action="extend", nargs="+", help="客户给出的原因，可多个：" + "、".join(REASONS.values())
    )
    p.add_argument("--bank", help="客户提到的他行")
    p.add_argument("--summary", help="联系摘要")
    p.add_argument("--next", metavar="YYYY-MM-DD", help="下次跟进日期")
    p.add_argument("--at", metavar='"YYYY-MM-DD HH:MM"', help="联系时间（默认现在）")


def _refusals() -> tuple[type[FollowupRefused], type[WarningRefused], type[RiskRefused]]:
    """The refusals ``_guard`` answers; called only once a handler has raised, so the risk modules load late."""
    from core.risk.compute import RiskRefused
    from core.risk.warnings import WarningRefused

    return FollowupRefused, WarningRefused, RiskRefused


def _guard(handler: Handler) -> Handler:
    """Turn a refusal into its Chinese message on stderr and exit code 2.

    ``PermissionDenied`` is left to the global handler (it audits the refusal as well).
    """

    def run(db: Database, args: argparse.Namespace, actor: Actor) -> int:
        try:
            return handler(db, args, actor)
        except _refusals() as refused:
            warn(refused.message())
            return EXIT_REFUSED

    run.__doc__ = handler.__doc__
    return run


def _findings(saved: ContactSaved | FeedbackSaved) -> None:
    for finding in saved.findings:
        warn(f"注意：{finding.message}。已保存；如非必要，请修改删除。")


def cmd_staff_list(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``staff`` / ``staff list``."""
    from core.followup.assignment import unassigned_customers
    from core.followup.staff import list_staff

    people = list_staff(db, actor)
    if as_json(args):
        print_json([s.as_json() for s in people])
        return EXIT_OK
    for s in people:
        _say_staff(s)
    if not can(actor, "customer.view"):  # 管理员: staff only, no customers
        return EXIT_OK
    nobody = len(unassigned_customers(db, actor))
    say(f"无客户经理的客户：{nobody} 户" + ("（staff unassigned 查看）" if nobody else ""))
    return EXIT_OK


def _say_staff(s: StaffInfo) -> None:
    state = "" if s.active else "（已停用）"
    say(
        f"{s.employee_no or '（无工号）'}  {s.name}  {s.role}{state}  管户 {s.customers} 户  未关闭预警 {s.open_warnings} 条"
    )


def cmd_staff_add(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``staff add NAME --no EMPLOYEE_NO [--role ROLE]``."""
    from core.followup.staff import add_staff

    person = add_staff(db, actor, args.name, args.employee_no, args.role)
    if as_json(args):
        print_json(person.as_json())
    else:
        say(f"已登记：{person.employee_no}  {person.name}  {person.role}")
    return EXIT_OK


def cmd_unassigned(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``staff unassigned``: customers nobody manages (in the latest list, or with an open warning)."""
    from core.followup.assignment import unassigned_customers
    from core.risk.rules import money

    rows = unassigned_customers(db, actor)
    if as_json(args):
        print_json([{"customer_no": r.customer_no, "name": r.name, "tier": r.tier, "aum_fen": r.aum_fen,
                     "open_warning": r.open_warning} for r in rows])  # fmt: skip
        return EXIT_OK
    say(f"无客户经理的客户：{len(rows)} 户（用 assign CUSTOMER_NO --to 工号 指定）")
    balances = can(actor, "customer.balances")
    for r in rows:
        aum = ("本月不在清单" if r.aum_fen is None else money(r.aum_fen)) if balances else ""
        say(f"  {r.customer_no}  {r.name}  {r.tier or ''}  {aum}" + ("  有未关闭预警" if r.open_warning else ""))
    return EXIT_OK


def cmd_assign(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``assign CUSTOMER_NO --to EMPLOYEE_NO`` or ``assign CUSTOMER_NO --history``."""
    from core.followup.assignment import assign_customer, manager_history

    if args.history:
        spells = manager_history(db, actor, args.customer_no)
        if as_json(args):
            print_json([vars(s) for s in spells])
            return EXIT_OK
        for s in spells:
            who = f"{s.manager}（{s.employee_no}）" if s.employee_no else (s.manager or "无客户经理")
            say(f"{s.effective_on} 起  {who}  来源：{s.source}" + (f"  操作人：{s.actor}" if s.actor else ""))
        return EXIT_OK
    done = assign_customer(db, actor, args.customer_no, args.to)
    if as_json(args):
        print_json(vars(done))
    elif done.changed:
        say(f"客户 {done.customer_no}（{done.name}）的客户经理：{done.from_manager or '无'} → {done.to_manager}。")
    else:
        say(f"客户 {done.customer_no}（{done.name}）的客户经理已是 {done.to_manager}，无需更改。")
    return EXIT_OK


def cmd_handover(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``handover --from EMPLOYEE_NO --to EMPLOYEE_NO``."""
    from core.followup.assignment import handover

    done = handover(db, actor, args.from_staff, args.to_staff, note=args.note)
    if as_json(args):
        print_json(vars(done))
    elif done.id is None:
        say(f"{done.from_manager} 名下没有客户，无需交接。")
    else:
        say(
            f"交接 #{done.id}：{done.from_manager} → {done.to_manager}，移交客户 {done.customers} 户，"
            f"其中未关闭预警 {done.open_warnings} 条、待跟进 {done.due_followups} 户。"
        )
    return EXIT_OK


def _entry_of(args: argparse.Namespace) -> ContactInput:
    from core.followup.contacts import ContactInput

    return ContactInput(
        customer_no=args.customer_no, staff=args.by, channel=args.channel, purpose=args.purpose,
        attitude=args.attitude, reasons=tuple(args.reason or ()), competitor=args.bank, summary=args.summary,
        next_on=args.next, visited_at=args.at, warning=args.warning,
    )  # fmt: skip


def cmd_visit_add(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``visit add CUSTOMER_NO --by … --channel … --purpose … --attitude … [...]``."""
    from core.followup.contacts import add_contact

    saved = add_contact(db, actor, _entry_of(args))
    _findings(saved)
    if as_json(args):
        change = saved.warning
        print_json({**saved.record.as_json(), "warning": None if change is None else vars(change)})
        return EXIT_OK
    r = saved.record
    say(
        f"已记录联系 #{r.id}：{r.customer_no} {r.customer_name}，{_when(r)} {r.channel}（{r.purpose}），客户态度：{r.attitude}。"
    )
    if saved.warning is not None:
        w = saved.warning
        move = f"{w.from_status} → {w.to_status}" if w.changed else f"仍为「{w.to_status}」"
        say(f"预警 #{w.warning_id}：{move}。")
    if r.next_on:
        say(f"下次跟进：{r.next_on}。")
    return EXIT_OK


def cmd_visit_edit(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``visit edit VISIT_ID [--channel …] …``: the previous version is kept."""
    from core.followup.contacts import edit_contact

    names = {"by": "staff", "channel": "channel", "purpose": "purpose", "attitude": "attitude", "reason": "reasons",
             "bank": "competitor", "summary": "summary", "next": "next_on", "at": "visited_at"}  # fmt: skip
    changes = {field: getattr(args, arg) for arg, field in names.items() if getattr(args, arg) is not None}
    if not changes:
        warn("没有要修改的内容。可修改：--by --channel --purpose --attitude --reason --bank --summary --next --at")
        return EXIT_REFUSED
    saved = edit_contact(db, actor, args.id, changes)
    _findings(saved)
    if as_json(args):
        print_json(saved.record.as_json())
    else:
        say(f"已修改联系记录 #{saved.record.id}（第 {saved.record.revision} 版，原内容保留在修改历史中）。")
    return EXIT_OK


def cmd_visit_show(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``visit show VISIT_ID``: the record and its earlier versions."""
    from core.followup.contact_queries import contact_revisions, get_contact

    record = get_contact(db, actor, args.id)
    history = contact_revisions(db, actor, args.id)
    if as_json(args):
        print_json({**record.as_json(), "history": [vars(h) for h in history]})
        return EXIT_OK
    _say_contact(record)
    for h in history:
        say(f"    第 {h.revision} 版（{h.edited_at.replace('T', ' ')} 由 {h.edited_by} 修改前）：")
        say("      " + "；".join(f"{k}={mask_free_text(v, 200)}" for k, v in h.values.items() if v not in (None, [])))
    return EXIT_OK


def _when(r: ContactRecord) -> str:
    return r.visited_at[:16].replace("T", " ")


def _say_contact(r: ContactRecord) -> None:
    reasons = f"  原因：{'、'.join(r.reasons)}" if r.reasons else ""
    bank = f"  他行：{r.competitor}" if r.competitor else ""
    nxt = f"  下次跟进：{r.next_on}" if r.next_on else ""
    edited = f"  （已修改，第 {r.revision} 版）" if r.revision > 1 else ""
    say(f"#{r.id}  {_when(r)}  {r.customer_no} {r.customer_name or ''}  {r.staff_name}  {r.channel}/{r.purpose}  "
        f"态度：{r.attitude}{reasons}{bank}{nxt}{edited}")  # fmt: skip
    if r.summary:
        say(f"      {mask_free_text(r.summary, 200)}")


def cmd_visits(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``visits [--customer NO] [--by EMPLOYEE_NO] [--period YYYY-MM]``."""
    from core.followup.contact_queries import list_contacts

    records = list_contacts(db, actor, customer_no=args.customer, staff=args.by, period=args.period)
    if as_json(args):
        print_json([r.as_json() for r in records])
        return EXIT_OK
    say(f"共 {len(records)} 条联系记录" + ("：" if records else "。"))
    for r in records:
        _say_contact(r)
    return EXIT_OK


def cmd_feedback_add(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``feedback add CUSTOMER_NO --category … --text … --by …``."""
    from core.followup.feedback import add_feedback

    saved = add_feedback(db, actor, args.customer_no, args.category, args.text, args.by, visit_id=args.visit,
                         raised_on=args.on)  # fmt: skip
    _findings(saved)
    if as_json(args):
        print_json(saved.item.as_json())
    else:
        i = saved.item
        say(f"已记录反馈 #{i.id}：{i.customer_no} {i.customer_name or ''}  {i.category}  {i.status}")
    return EXIT_OK


def cmd_feedback_set(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``feedback set ID --status STATUS [--to WHOM] [--answer TEXT] [--note REASON]``."""
    from core.followup.feedback import set_feedback_status

    saved = set_feedback_status(
        db, actor, args.id, args.status, to=args.to, answer=args.answer, note=args.note, on=args.on
    )
    _findings(saved)
    if as_json(args):
        print_json(saved.item.as_json())
    else:
        say(f"反馈 #{saved.item.id} 已改为「{saved.item.status}」。")
    return EXIT_OK


def cmd_feedback_list(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``feedback list [--status STATUS]``."""
    from core.followup.feedback import list_feedback

    items = list_feedback(db, actor, args.status)
    if as_json(args):
        print_json([i.as_json() for i in items])
        return EXIT_OK
    today = date.today()
    say(f"共 {len(items)} 条反馈" + ("：" if items else "。"))
    for i in items:
        say_feedback(i, today)
    return EXIT_OK
