"""Helpers shared by the report and export tests (no tests here): a small demo branch with hostile text
planted in it, and readers that look inside a written workbook the way a spreadsheet program would."""

from __future__ import annotations

import posixpath
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
from openpyxl.cell.cell import Cell
from sqlite_utils import Database

from core.actors import LOCAL_USER
from core.db import open_db
from core.demo_db import load_demo

# text a customer file or a manager could bring in, which a spreadsheet would run if it were a formula
EVIL_NAME = '=HYPERLINK("http://evil.example/","点我")'
EVIL_MANAGER = "+cmd|' /C calc'!A0"
EVIL_FULLWIDTH = "＝1+1"
NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
}


def build_demo(folder: Path, *, customers: int = 600, months: int = 6) -> Path:
    """A demo branch database under ``folder`` (cached there: copy it before changing it)."""
    path = folder / f"demo-{customers}x{months}.db"
    if not path.exists():
        db = open_db(path)
        load_demo(db, LOCAL_USER, customers=customers, months=months)
        db.close()
    return path


def copy_db(source: Path, target: Path) -> Database:
    """Open a private copy of a database file."""
    shutil.copy(source, target)
    return open_db(target)


def plant_hostile_text(db: Database, period: str) -> tuple[str, str]:
    """Give the customer with the most AUM at stake a formula for a name and their manager a DDE string.

    Returns (customer number, manager name) of the customer changed.
    """
    cid, no, manager_id = db.execute(
        """select c.id, c.customer_no, coalesce(s.manager_id, c.manager_id) from risk_scores r
           join customers c on c.id = r.customer_id left join snapshots s on s.period = r.period and s.customer_id = c.id
           where r.period = ? and r.high_value = 1 and coalesce(s.manager_id, c.manager_id) is not null
           order by r.aum_at_stake_fen desc limit 1""",
        [period],
    ).fetchone()
    with db.atomic():
        db.execute("update customers set name = ? where id = ?", [EVIL_NAME, cid])
        db.execute("update staff set name = ? where id = ?", [EVIL_MANAGER, manager_id])
        other = db.execute("select id from customers where id != ? order by customer_no limit 1", [cid]).fetchone()[0]
        db.execute("update customers set name = ? where id = ?", [EVIL_FULLWIDTH, other])
    return no, EVIL_MANAGER


def build_report(folder: Path):  # noqa: ANN201 - (db, ReportResult, path, planted customer number)
    """The demo branch with hostile text and a month of follow-up work, and its latest month's report."""
    from datetime import datetime

    from core.reports.monthly import write_monthly_report

    db = copy_db(build_demo(folder), folder / "work.db")
    period = latest(db)
    planted, _ = plant_hostile_text(db, period)
    add_followup_activity(db, period)
    target = folder / "月报.xlsx"
    result = write_monthly_report(db, LOCAL_USER, period, target, now=datetime(2026, 11, 5, 9, 30))
    return db, result, target, planted


def latest(db: Database) -> str:
    """The latest committed month."""
    return db.execute("select max(period) from import_batches where status = 'committed'").fetchone()[0]


def cells(path: Path) -> list[tuple[str, Cell]]:
    """Every written cell of every sheet, as (sheet name, cell)."""
    wb = openpyxl.load_workbook(path)
    return [(ws.title, c) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def formula_cells(path: Path) -> list[str]:
    """Cells a spreadsheet would evaluate: 'sheet!A1' for every formula cell."""
    return [f"{sheet}!{c.coordinate}" for sheet, c in cells(path) if c.data_type == "f"]


def charts_by_sheet(path: Path) -> dict[str, list[str]]:
    """Sheet name → the XML of each chart drawn on it (openpyxl does not read charts back, so read the zip)."""
    with zipfile.ZipFile(path) as z:
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        rels = _rels(z, "xl/workbook.xml")
        found: dict[str, list[str]] = {}
        for sheet in book.iterfind("m:sheets/m:sheet", NS):
            sheet_path = rels[sheet.get(f"{{{NS['r']}}}id")]
            charts = []
            for drawing in _rels(z, sheet_path).values():
                if "/drawings/" in drawing:
                    charts += [z.read(p).decode() for p in _rels(z, drawing).values() if "/charts/" in p]
            found[sheet.get("name")] = charts
    return found


def _rels(z: zipfile.ZipFile, part: str) -> dict[str, str]:
    folder, name = posixpath.split(part)
    rels_path = posixpath.join(folder, "_rels", name + ".rels")
    if rels_path not in z.namelist():
        return {}
    tree = ElementTree.fromstring(z.read(rels_path))
    return {r.get("Id"): _resolve(folder, r.get("Target")) for r in tree.iterfind("pr:Relationship", NS)}


def _resolve(folder: str, target: str) -> str:
    """A relationship target as a path in the zip: absolute ("/xl/…") or relative to the part's folder."""
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))


HOSTILE_NOTE = "+cmd|' /C calc'!A0 客户手机13812345678"
BANKS = ("招商银行", "工商银行", "建设银行", None, None)
REASON_CHOICES = (("他行利率更高",), ("购房/大额消费",), ("转投理财/基金/股市",), ("冲量资金到期",), ())
FEEDBACK_TEXTS = {
    "利率/价格": "三年期大额存单利率比他行低 0.2 个百分点，希望能申请优惠利率。",
    "产品": "希望有起点更低、期限更短的理财产品。",
    "服务": "周末网点只开一个窗口，排队超过四十分钟。",
    "渠道/系统": "手机银行转账限额调整后每次都要去柜台，不方便。",
    "流程": "代发工资账户变更需要单位盖章，手续太繁琐。",
}


def add_followup_activity(db: Database, period: str, *, seed: int = 3) -> None:
    """A month of follow-up work through the follow-up module: contacts on most warned customers (some
    retained, some lost), care visits to other high-value customers, feedback at every step of its loop,
    and a contact and a feedback item whose text a spreadsheet would run as a formula.

    Warnings are dated as raised on the 3rd of the month whose list first showed them, so the contacts
    that follow fall in the month.
    """
    import random
    from datetime import datetime, timedelta

    from core.followup.contacts import ContactInput, add_contact
    from core.followup.feedback import add_feedback, set_feedback_status
    from core.followup.workdays import month_bounds

    rng = random.Random(seed)
    first, last = month_bounds(period)
    raised = first + timedelta(days=2)
    now = datetime(last.year, last.month, last.day, 18, 0)
    with db.atomic():  # every warning raised on the 3rd of the month whose list first showed it
        db.execute("update warnings set created_at = first_period || '-03T09:00:00'")
        db.execute(
            """update warning_events set at = (select w.first_period || '-03T09:00:00' from warnings w
                                                where w.id = warning_events.warning_id) where kind = 'created'"""
        )
    fallback = db.execute("select employee_no from staff where employee_no is not null order by id").fetchone()[0]
    warned = db.execute(
        """select c.customer_no, coalesce(st.employee_no, ?) from warning_periods wp join warnings w on w.id = wp.warning_id
           join customers c on c.id = w.customer_id left join staff st on st.id = c.manager_id
           where wp.period = ? and w.status in ('new', 'assigned') order by w.aum_at_stake_fen desc""",
        [fallback, period],
    ).fetchall()
    for i, (no, staff) in enumerate(warned):
        roll = rng.random()
        if roll < 0.25 and i > 0:
            continue  # never contacted
        day = raised + timedelta(days=rng.choice((0, 1, 2, 5, 9)))
        bank, reasons = rng.choice(BANKS), rng.choice(REASON_CHOICES)
        summary = (
            HOSTILE_NOTE
            if i == 0
            else f"电话沟通资产变动原因，客户表示{rng.choice(('在比较利率', '近期有大额支出', '暂无转出打算'))}。"
        )
        add_contact(db, LOCAL_USER, ContactInput(
            no, staff, rng.choice(("电话", "面谈", "上门", "微信")), "挽留", rng.choice(("犹豫", "有意转出")),
            reasons, bank, summary, day + timedelta(days=7), datetime.combine(day, datetime.min.time()).replace(hour=10),
        ), now=now)  # fmt: skip
        if roll < 0.65 and day + timedelta(days=8) <= last:
            again = day + timedelta(days=8)
            add_contact(db, LOCAL_USER, ContactInput(
                no, staff, "面谈", "挽留", "稳定" if roll < 0.5 else "已转出", reasons, bank,
                "上门拜访，介绍了专属理财方案。" if roll < 0.5 else "客户资金已转至他行。", None,
                datetime.combine(again, datetime.min.time()).replace(hour=15),
            ), now=now)  # fmt: skip
    others = db.execute(
        """select c.customer_no, coalesce(st.employee_no, ?) from customer_tiers t join customers c on c.id = t.customer_id
           left join staff st on st.id = c.manager_id
           where t.period = ? and t.tier >= 1 and c.id not in (select customer_id from warnings) order by c.customer_no""",
        [fallback, period],
    ).fetchall()
    for no, staff in others:
        if rng.random() < 0.45:
            day = first + timedelta(days=rng.randrange((last - first).days))
            add_contact(db, LOCAL_USER, ContactInput(
                no, staff, rng.choice(("电话", "微信", "网点接待")), rng.choice(("关怀回访", "到期提醒", "产品营销")), "稳定",
                visited_at=datetime.combine(day, datetime.min.time()).replace(hour=11),
            ), now=now)  # fmt: skip
    customers = [no for no, _ in warned[:6]] + [no for no, _ in others[:8]]
    categories = list(FEEDBACK_TEXTS)
    for i, no in enumerate(customers):
        category = categories[i % len(categories)]
        text = "=1+1 客户坚持要求写进系统" if i == 0 else FEEDBACK_TEXTS[category]
        on = first + timedelta(days=1 + i)
        item = add_feedback(db, LOCAL_USER, no, category, text, fallback, raised_on=on, now=now).item
        steps = i % 4  # 0 recorded, 1 forwarded, 2 answered, 3 closed
        if steps >= 1:
            set_feedback_status(db, LOCAL_USER, item.id, "已转交", to="个金部", on=on + timedelta(days=2), now=now)
        if steps >= 2:
            set_feedback_status(db, LOCAL_USER, item.id, "已答复", answer="已按总行规定申请，待审批。",
                                on=on + timedelta(days=5), now=now)  # fmt: skip
        if steps >= 3:
            set_feedback_status(db, LOCAL_USER, item.id, "已告知客户", on=on + timedelta(days=7), now=now)
