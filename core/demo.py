"""A realistic fictional branch (留客银行 示范支行) written as the monthly files a core system exports.

``generate_demo`` simulates every customer's holdings month by month (small noise, new customers,
a little churn) and plants known stories on high-value customers: in the final month, so the
risk rules have something to find, and in earlier months with a known outcome, so a backtest has
leavers to find. Each month is written in one of four file styles seen at real branches. The ground
truth goes to ``stories.json``. Money is simulated in integer fen and written fen-exact.
"""

from __future__ import annotations

import calendar
import csv
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange

from core.demo_people import (
    WAN,
    Holdings,
    Person,
    Snapshot,
    assign_tiers,
    end_month,
    make_people,
    opening,
    pick_manager,
    start_month,
    withdraw,
)
from core.progress import Cancelled, CancelToken, Progress, ProgressFn, check_cancel, no_progress

STAGE = "demo"
BANK, BRANCH, HEAD_OFFICE = "留客银行", "示范支行", "示范支行营业部"
STYLES = ("core_xlsx", "gbk_csv", "two_level", "plain_xlsx")  # the final month is always STYLES[0]
STORIES = ("maturity", "push_reversal", "house_withdrawal", "activity_fade", "payroll_move", "aum_drop", "vanished")
_FIRST_SIGNAL = {"maturity": 0, "push_reversal": 4, "house_withdrawal": 1, "activity_fade": 3,
                 "payroll_move": 1, "aum_drop": 1, "vanished": 1}  # earliest month index a signal can show in


@dataclass(frozen=True)
class DemoResult:
    """What generate_demo wrote: the monthly files and the planted ground truth."""

    files: tuple[Path, ...]  # one file per month, oldest first
    periods: tuple[str, ...]  # "YYYY-MM" of each file, same order
    stories: dict[str, str]  # customer_no -> story code, for planted final-month customers only
    stable: tuple[str, ...]  # customer_nos of high-value customers planted as "stable" controls


@dataclass(frozen=True, slots=True)
class _Plan:
    """A story planted on one customer."""

    story: str  # a STORIES code or "stable"
    signal: int  # month index in which the signal shows
    outcome: str  # "final", "left", "retained" or "stable"
    leave: int = -1  # leavers: month index by which they have gone or moved (almost) everything away
    vanish: bool = False  # leavers: disappear from the file rather than keep a small residue
    variant: int = 0  # activity_fade: 1 = two silent months; vanished, retained: months away


@dataclass(frozen=True, slots=True)
class _Customer:
    """One customer as the files list them, with a snapshot (or None) per month."""

    person: Person
    branch: str
    manager: tuple[str, str] | None
    ebank: bool
    timeline: tuple[Snapshot | None, ...]


def generate_demo(out_dir: Path, *, customers: int = 2000, months: int = 12, seed: int = 1,
                  end_period: str = "2026-10", progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None) -> DemoResult:
    """Write ``months`` monthly files of a fictional branch into ``out_dir`` and return what was planted.

    Deterministic for a given ``seed``. Also writes ``out_dir/stories.json`` (the ground truth,
    including the earlier stories and their outcomes). Reports progress once per month file and
    raises ``Cancelled`` between months if ``cancel`` is set (the files written so far are removed).

    :param customers: distinct customers over the whole run (a few join late, a few leave)
    :param end_period: the final month, "YYYY-MM"; the months run up to and including it
    """
    if customers < 1 or months < 1:
        raise ValueError("customers and months must be at least 1")
    periods = _periods(end_period, months)
    ends = [_month_end(p) for p in periods]
    rng = random.Random(seed)
    branch, plans = _build_branch(rng, customers, ends, cancel)
    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    try:
        for t, period in enumerate(periods):
            check_cancel(cancel)
            rows = [(c, snap) for c in branch if (snap := c.timeline[t]) is not None]
            files.append(_WRITERS[style_for(t, months)](out_dir, period, ends[t], rows))
            progress(Progress(t + 1, months, STAGE))
    except Cancelled:
        for path in files:
            path.unlink(missing_ok=True)
        raise
    final = {no: p for no, p in sorted(plans.items()) if p.outcome == "final"}
    result = DemoResult(tuple(files), tuple(periods), {no: p.story for no, p in final.items()},
                        tuple(no for no, p in sorted(plans.items()) if p.outcome == "stable"))
    _write_truth(out_dir / "stories.json", result, plans, periods, seed)
    return result


def style_for(month_index: int, months: int) -> str:
    """The file style of month ``month_index`` of ``months``: cycling, the final month in STYLES[0]."""
    return STYLES[(month_index - months + 1) % len(STYLES)]


def _periods(end_period: str, months: int) -> list[str]:
    year, month = (int(x) for x in end_period.split("-"))
    if not 1 <= month <= 12 or len(end_period) != 7:
        raise ValueError(f"end_period must be YYYY-MM, not {end_period!r}")
    index = year * 12 + month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - months + 1, index + 1)]


def _month_end(period: str) -> date:
    year, month = int(period[:4]), int(period[5:])
    return date(year, month, calendar.monthrange(year, month)[1])


# --- who is in the branch, and what is planted on whom ------------------------------------------

def _story_count(customers: int, per_kind: int) -> int:
    """How many of each story: ~8 per 2000 customers, at least 2, fewer only if the branch is tiny."""
    k = max(2, round(customers / 250))
    while k and k * (per_kind + 3) > customers // 2:
        k -= 1
    return k


def _plan_stories(rng: random.Random, ends: list[date], customers: int) -> list[_Plan]:
    """The stories to plant: k of each in the final month, k of each earlier (where the months allow), 3k stable."""
    final = len(ends) - 1
    quarter_ends = [t for t, end in enumerate(ends) if end.month % 3 == 0 and t >= 3]
    pushes = [t for t in quarter_ends if t < final]
    signal = {code: final for code in STORIES}
    signal["push_reversal"] = pushes[-1] + 1 if pushes else -1  # the reversal month; the push is the month before
    finals = [c for c in STORIES if signal[c] >= _FIRST_SIGNAL[c]]
    # earlier signals leave three months to see the outcome before the final month ends
    earlier = {c: [s for s in range(max(1, _FIRST_SIGNAL[c]), final - 2)
                   if c != "push_reversal" or (s - 1 in quarter_ends and s != signal[c])] for c in STORIES}
    k = _story_count(customers, len(finals) + sum(1 for c in STORIES if earlier[c]))
    plans: list[_Plan] = []
    slots = kept = 0  # about 30 % of earlier stories end with the customer retained, spread over the kinds
    for code in STORIES:
        if code in finals:
            plans += [_Plan(code, signal[code], "final", variant=i % 2 if signal[code] >= 4 else 0) for i in range(k)]
        months_for = earlier[code]
        rng.shuffle(months_for)
        retained = min(k - 1, round(0.3 * (slots + k)) - kept) if months_for else 0
        slots, kept = slots + (k if months_for else 0), kept + retained
        for i in range(k if months_for else 0):
            s = months_for[i % len(months_for)]
            if i < retained:
                away = rng.randint(1, 2) if code == "vanished" else (i % 2 if s >= 4 else 0)
                plans.append(_Plan(code, s, "retained", variant=away))
            else:
                leave = s if code == "vanished" else s + rng.randint(1, 3)
                plans.append(_Plan(code, s, "left", leave, code == "vanished" or rng.random() < 0.5,
                                   i % 2 if s >= 4 else 0))
    return plans + [_Plan("stable", final, "stable") for _ in range(3 * k)]


def _build_branch(rng: random.Random, n: int, ends: list[date],
                  cancel: CancelToken | None) -> tuple[list[_Customer], dict[str, _Plan]]:
    """Every customer with a simulated timeline, sorted by customer number, and the plans by customer number."""
    months = len(ends)
    tiers = assign_tiers(rng, n)
    join_chance = min(0.1, 0.006 * (months - 1))
    joins = [rng.randint(1, months - 1) if months > 1 and rng.random() < join_chance else 0 for _ in range(n)]
    plans = _plan_stories(rng, ends, n)
    # as many extra 白金 customers as planted leavers, so the final month still has the usual tier mix
    for i in [i for i in range(n) if tiers[i] == 1][: sum(p.outcome == "left" for p in plans)]:
        tiers[i] = 2
    # planted on high-value customers (random ones: tiers were dealt at random); a small branch promotes a few more
    pool = sorted((i for i in range(n) if joins[i] == 0), key=lambda i: max(0, 2 - tiers[i]))
    plan_of = dict(zip(pool[: len(plans)], plans, strict=True))
    people = make_people(rng, n, [t >= 2 or i in plan_of for i, t in enumerate(tiers)])
    head_office = set(rng.sample(range(n), min(n, max(2, round(n * 0.003)))))
    branch: list[_Customer] = []
    for i, person in enumerate(people):
        if i % 5000 == 0:
            check_cancel(cancel)
        plan = plan_of.get(i)
        tier = max(tiers[i], 2) if plan else tiers[i]
        churn = months
        if tier == 0 and plan is None:
            churn = next((t for t in range(max(1, joins[i] + 1), months) if rng.random() < 0.003), months)
        st = _initial_state(rng, person, tier, plan, ends, joins[i])
        timeline = _simulate(rng, st, plan, joins[i], churn, ends)
        branch.append(_Customer(person, HEAD_OFFICE if i in head_office else BRANCH, pick_manager(rng),
                                st.lam > 0 or bool(st.hist_txn and max(st.hist_txn) > 0), timeline))
    branch.sort(key=lambda c: c.person.customer_no)
    return branch, {people[i].customer_no: p for i, p in plan_of.items()}


def _initial_state(rng: random.Random, person: Person, tier: int, plan: _Plan | None,
                   ends: list[date], join: int) -> Holdings:
    """Opening holdings of one customer, with dates placed so a planted story shows when it should."""
    start = opening(rng, tier, ends[-1].year - person.birth.year, plan.story if plan else None)
    held = start.parts[1] or start.parts[2]
    term, maturity = start.term, ends[join] + timedelta(days=rng.randint(1, start.term * 30)) if held else None
    if plan and plan.story == "maturity":
        term, maturity = 12, ends[plan.signal] + timedelta(days=rng.randint(1, 28))  # due within 30 days
    elif plan and maturity:
        term, maturity = 12, ends[-1] + timedelta(days=rng.randint(60, 330))  # nothing due near the story
    last_txn = ends[join] - timedelta(days=rng.randint(30, 400)) if rng.random() < 0.95 else None
    return Holdings(list(start.parts), start.loan, maturity, term, start.lam, start.payroll, last_txn, start.vol,
                    start.parts, [0] * len(ends), [0] * len(ends))


# --- month by month ----------------------------------------------------------------------------

def _simulate(rng: random.Random, st: Holdings, plan: _Plan | None, join: int, churn: int,
              ends: list[date]) -> tuple[Snapshot | None, ...]:
    """The customer's month-end snapshots (None where absent from the file)."""
    line: list[Snapshot | None] = [None] * len(ends)
    stable = plan is not None and plan.story == "stable"
    for t in range(join, churn):
        start_month(rng, st, ends[t], stable, moved=t > join)
        absent = _apply_story(rng, st, plan, t) if plan and plan.outcome != "stable" else False
        if st.gone:
            break
        if not absent:
            line[t] = end_month(rng, st, ends[t], t)
    return tuple(line)


def _apply_story(rng: random.Random, st: Holdings, plan: _Plan, t: int) -> bool:
    """Bend month ``t`` to the customer's story; True if the customer is missing from this month's file."""
    d = t - plan.signal
    if d == 0:
        st.pre = st.hist_aum[t - 2 if plan.story == "push_reversal" else max(0, t - 1)]
    absent = _HOOKS[plan.story](rng, st, plan, t, d)
    if plan.outcome == "left" and plan.signal < t <= plan.leave:
        st.lam *= 0.5
        if t < plan.leave:
            st.transfer += withdraw(st, int(st.aum * rng.uniform(0.2, 0.4)))
        elif plan.vanish:
            st.gone = True
        else:
            st.transfer += withdraw(st, st.aum - int(st.pre * rng.uniform(0.01, 0.12)))
    return absent


def _maturity(rng: random.Random, st: Holdings, plan: _Plan, t: int, d: int) -> bool:
    if d == 1 and plan.outcome == "left":  # the matured deposit goes to another bank
        st.transfer += st.parts[1]
        st.parts[1], st.maturity = 0, None
    return False


def _push(rng: random.Random, st: Holdings, plan: _Plan, t: int, d: int) -> bool:
    if d == -1:  # 冲量: a quarter-end deposit lifts AUM well above its usual level
        average = sum(st.hist_aum[t - 3 : t]) // 3
        st.extra = max(0, int(average * rng.uniform(1.6, 2.4)) - st.aum)
        st.parts[0] += st.extra
    elif d == 0:
        out = min(st.extra, st.parts[0])
        st.parts[0] -= out
        st.transfer += out
    return False


def _house(rng: random.Random, st: Holdings, plan: _Plan, t: int, d: int) -> bool:
    if d == 0:  # a down payment: one large transfer out
        share = rng.uniform(0.55, 0.7 if plan.outcome == "retained" else 0.85)
        st.transfer += withdraw(st, int(st.aum * share) // 100_000 * 100_000)
    return False


def _fade(rng: random.Random, st: Holdings, plan: _Plan, t: int, d: int) -> bool:
    active = (-4, -2) if plan.variant else (-3, -1)
    if active[0] <= d <= active[1]:
        st.txn = max(st.txn, 6)
    elif plan.variant and d in (-1, 0):
        st.txn, st.quiet = 0, True
    elif d == 0:
        st.txn = int(sum(st.hist_txn[t - 3 : t]) / 3 * rng.uniform(0.05, 0.45))
        st.quiet = st.txn == 0
    elif d > 0 and plan.outcome == "left":
        st.txn, st.lam = min(st.txn, 1), st.lam * 0.3
    return False


def _payroll(rng: random.Random, st: Holdings, plan: _Plan, t: int, d: int) -> bool:
    if d >= 0:
        st.payroll = False
    if d == 0:  # salary goes elsewhere now; spending goes on
        st.parts[0] = max(0, st.parts[0] - int(st.aum * rng.uniform(0.05, 0.12)))
    return False


def _aum_drop(rng: random.Random, st: Holdings, plan: _Plan, t: int, d: int) -> bool:
    if d in (-2, -1) and t >= 1:  # a slow start, then a big move spread over all products
        st.transfer += withdraw(st, int(st.aum * rng.uniform(0.03, 0.08)), proportional=True)
    elif d == 0:
        moved = withdraw(st, int(st.aum * rng.uniform(0.36, 0.6)), proportional=True)
        st.transfer += int(moved * rng.uniform(0.25, 0.5))
    return False


def _vanished(rng: random.Random, st: Holdings, plan: _Plan, t: int, d: int) -> bool:
    if d == -1:
        st.transfer += withdraw(st, int(st.aum * rng.uniform(0.05, 0.3)))
    if plan.outcome == "retained":
        return 0 <= d < plan.variant
    return d >= 0


_HOOKS = {"maturity": _maturity, "push_reversal": _push, "house_withdrawal": _house, "activity_fade": _fade,
          "payroll_move": _payroll, "aum_drop": _aum_drop, "vanished": _vanished}


# --- the files ---------------------------------------------------------------------------------

_Row = tuple[_Customer, Snapshot]
_CORE_HEAD = ("客户号", "客户姓名", "证件号码", "手机号码", "所属网点", "管户经理", "管户经理工号", "金融资产", "存款余额",
              "其中：定期存款", "理财余额", "基金", "保险", "贷款余额", "最近到期日", "手机银行交易笔数", "最近交易日期",
              "是否代发工资", "转出他行金额", "持有产品")
_CSV_HEAD = ("统计月份", "客户号", "姓名", "身份证号", "手机号", "客户经理", "网点", "AUM(元)", "存款(元)", "定期存款(元)",
             "理财(元)", "基金(元)", "保险(元)", "定期到期日", "电子银行交易笔数", "代发工资", "他行转出(元)")
_GROUPS = (("客户信息", ("客户号", "姓名", "证件号码", "手机号码", "管户经理", "网点")),
           ("资产情况（元）", ("金融资产", "存款", "定期", "理财", "基金", "保险")),
           ("活跃情况", ("月交易笔数", "最后交易日", "代发")))
_PLAIN_HEAD = ("CustomerId", "Name", "证件号码", "Phone", "管户经理", "网点", "数据日期", "金融资产（元）", "存款余额（元）",
               "定期存款（元）", "理财余额（元）", "到期日", "交易笔数", "代发")


def _money(snap: Snapshot) -> tuple[int, ...]:
    return snap.aum, snap.deposit, snap.time_deposit, snap.wealth, snap.fund, snap.insurance


def _flag(value: bool) -> str:
    return "是" if value else "否"


def _products(c: _Customer, s: Snapshot) -> str | None:
    held = (("定期", s.time_deposit), ("理财", s.wealth), ("基金", s.fund), ("保险", s.insurance), ("贷款", s.loan),
            ("手机银行", c.ebank), ("代发", s.payroll))
    return ",".join(name for name, has in held if has) or None


def _text(ws: Any, value: str | None) -> WriteOnlyCell | None:
    """A cell Excel keeps as text (number format '@'), so numbers with 18 digits or a leading 0 survive."""
    if value is None:
        return None
    cell = WriteOnlyCell(ws, value)
    cell.number_format = "@"
    return cell


def _header(ws: Any, texts: tuple[str, ...]) -> list[WriteOnlyCell]:
    cells = []
    for text in texts:
        cell = WriteOnlyCell(ws, text)
        cell.font, cell.alignment = Font(bold=True), Alignment(horizontal="center")
        cells.append(cell)
    return cells


def _sheet(title: str, widths: tuple[int, ...]) -> tuple[Workbook, Any]:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title)
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    return wb, ws


def _write_core_xlsx(out_dir: Path, period: str, end: date, rows: list[_Row]) -> Path:
    """Style 1: a core-system export with a title, the date and unit (万元) above a header on row 4."""
    path = out_dir / f"客户资产明细_{period}.xlsx"
    wb, ws = _sheet("个人客户资产明细", (13, 9, 21, 14, 14, 9, 8) + (12,) * 7 + (12, 10, 12, 8, 12, 30))
    title = WriteOnlyCell(ws, f"{BANK}{BRANCH}个人客户资产明细表")
    title.font = Font(bold=True, size=14)
    ws.append([title])
    ws.append([f"数据日期：{end:%Y-%m-%d}    单位：万元"])
    ws.append([])
    ws.append(_header(ws, _CORE_HEAD))
    totals = [0] * 8
    for c, s in rows:
        money = (*_money(s), s.loan, s.transfer_out)
        totals = [a + b for a, b in zip(totals, money, strict=True)]
        name, number = c.manager or (None, None)
        ws.append([_text(ws, c.person.customer_no), c.person.name, _text(ws, c.person.id_number),
                   _text(ws, c.person.mobile), c.branch, name, _text(ws, number), *(m / WAN for m in money[:7]),
                   s.maturity, s.txn, s.last_txn, _flag(s.payroll), s.transfer_out / WAN, _products(c, s)])
    ws.append(["合计", None, None, None, None, None, None, *(m / WAN for m in totals[:7]),
               None, None, None, None, totals[7] / WAN])
    ws.merged_cells.add(CellRange(min_col=1, min_row=1, max_col=len(_CORE_HEAD), max_row=1))
    wb.save(path)
    return path


def _yuan(fen: int) -> str:
    return f"{fen // 100:,}.{fen % 100:02d}"


def _write_gbk_csv(out_dir: Path, period: str, end: date, rows: list[_Row]) -> Path:
    """Style 2: CSV as Chinese Excel saves it: GBK, CRLF, 元 with thousands separators, dates as YYYY/MM/DD."""
    path = out_dir / f"个人客户资产_{period}.csv"
    with path.open("w", encoding="gbk", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(_CSV_HEAD)
        for c, s in rows:
            manager = c.manager[0] if c.manager else ""
            writer.writerow([period, c.person.customer_no, c.person.name, c.person.id_number, c.person.mobile or "",
                             manager, c.branch, *(_yuan(m) for m in _money(s)),
                             f"{s.maturity:%Y/%m/%d}" if s.maturity else "", s.txn, _flag(s.payroll),
                             _yuan(s.transfer_out)])
    return path


def _write_two_level(out_dir: Path, period: str, end: date, rows: list[_Row]) -> Path:
    """Style 3: a two-level merged header (group over field), the month only in the file name."""
    path = out_dir / f"示范支行_客户资产_{period.replace('-', '')}.xlsx"
    wb, ws = _sheet("客户资产", (13, 9, 21, 14, 9, 14) + (14,) * 6 + (11, 12, 6))
    top: list[WriteOnlyCell | None] = []
    for group, members in _GROUPS:
        ws.merged_cells.add(CellRange(min_col=len(top) + 1, min_row=1, max_col=len(top) + len(members), max_row=1))
        top += _header(ws, (group,)) + [None] * (len(members) - 1)
    ws.append(top)
    ws.append(_header(ws, tuple(m for _, members in _GROUPS for m in members)))
    for c, s in rows:
        ws.append([_text(ws, c.person.customer_no), c.person.name, _text(ws, c.person.id_number),
                   _text(ws, c.person.mobile), c.manager[0] if c.manager else None, c.branch,
                   *(m / 100 for m in _money(s)), s.txn, s.last_txn, _flag(s.payroll)])
    wb.save(path)
    return path


def _write_plain_xlsx(out_dir: Path, period: str, end: date, rows: list[_Row]) -> Path:
    """Style 4: a hand-made sheet: header on row 1, mixed English headers, blank rows, a 小计 row."""
    path = out_dir / f"客户清单_{period}.xlsx"
    wb, ws = _sheet("Sheet1", (13, 9, 21, 14, 9, 14, 11) + (14,) * 4 + (11, 9, 6))
    ws.append(_header(ws, _PLAIN_HEAD))
    totals = [0] * 4
    gaps = {len(rows) // 3, 2 * len(rows) // 3} - {0}
    for i, (c, s) in enumerate(rows):
        if i in gaps:
            ws.append([])
        money = _money(s)[:4]
        totals = [a + b for a, b in zip(totals, money, strict=True)]
        ws.append([c.person.customer_no, c.person.name, c.person.id_number, c.person.mobile,
                   c.manager[0] if c.manager else None, c.branch, end, *(m / 100 for m in money), s.maturity,
                   s.txn, _flag(s.payroll)])
    ws.append(["小计", None, None, None, None, None, None, *(m / 100 for m in totals)])
    wb.save(path)
    return path


_WRITERS = {"core_xlsx": _write_core_xlsx, "gbk_csv": _write_gbk_csv, "two_level": _write_two_level,
            "plain_xlsx": _write_plain_xlsx}


def _write_truth(path: Path, result: DemoResult, plans: dict[str, _Plan], periods: list[str], seed: int) -> None:
    """stories.json: the final-month stories, the stable controls and every earlier story with its outcome.

    A story's "period" is the month its signal shows in (for push_reversal the month the money left;
    the push is the month before); "reference_period" is the month its AUM is measured against.
    """
    history = [{"customer_no": no, "story": p.story, "period": periods[p.signal], "outcome": p.outcome,
                "reference_period": periods[p.signal - (2 if p.story == "push_reversal" else 1)],
                "leave_period": periods[p.leave] if p.outcome == "left" else None}
               for no, p in sorted(plans.items(), key=lambda item: (item[1].signal, item[0]))
               if p.outcome in ("left", "retained")]
    truth = {"bank": BANK, "branch": BRANCH, "seed": seed, "periods": list(periods),
             "files": [f.name for f in result.files], "styles": [style_for(t, len(periods)) for t in range(len(periods))],
             "stories": result.stories, "stable": list(result.stable),
             "story_periods": {no: periods[plans[no].signal] for no in result.stories}, "history": history}
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
