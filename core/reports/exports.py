"""List exports: customers, the work list, visits, feedback and import rejects, as xlsx or csv.

``export_list`` picks the format from the file name (.xlsx or .csv), reads the list in
batches (so 100,000 customers stream in constant memory, with progress and cancel between
batches) and writes it through ``write_safely``: a failed or cancelled export leaves any
existing file untouched. Names (张*明), ID numbers and mobiles are masked unless the request is
``full`` (needs ``export.full`` and a reason). Every export needs ``export.masked``, holds only the
customers the acting user sees (a 客户经理 exports their own), and is audited with its row count,
the file's hash and whether it was masked, in the same transaction that accepts the file.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from core.actors import Actor
from core.customers import latest_period, named_scope
from core.followup.contact_queries import list_contacts
from core.followup.feedback import list_feedback
from core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from core.importing.codes import message_for
from core.privacy import mask_free_text, mask_id_number, mask_mobile, mask_name
from core.progress import CancelToken, ProgressFn, no_progress
from core.reports.audited import audited_write, check_full
from core.reports.cells import DATE, DATETIME, ID, INT, MONEY, SCORE, TEXT, Column
from core.reports.list_writer import MADE_BY, ListSource, batched, write_list_csv, write_list_xlsx
from core.reports.period import BAD_PERIOD, DEFAULT_BRANCH, PERIOD, branch_name, period_label, resolve_period
from core.reports.refused import ReportRefused
from core.reports.workbook import PageInfo
from core.risk.codes import LEVEL_LABELS, RULE_NAMES
from core.risk.compute import ensure_computed
from core.risk.tiers import TIER_LABELS
from core.risk.worklist import list_risk
from core.security.permissions import require

CTX = "Reports"
BATCH = 2000
LISTS = ("customers", "worklist", "visits", "feedback", "import_rejects")
DATED_LISTS = ("visits", "feedback")  # records of a calendar month (or all of them), not of a loaded month
LIST_TITLES = {
    "customers": QT_TRANSLATE_NOOP(CTX, "客户清单"),
    "worklist": QT_TRANSLATE_NOOP(CTX, "流失预警工作清单"),
    "visits": QT_TRANSLATE_NOOP(CTX, "走访记录"),
    "feedback": QT_TRANSLATE_NOOP(CTX, "意见反馈"),
    "import_rejects": QT_TRANSLATE_NOOP(CTX, "导入问题行"),
}
BAD_FORMAT = QT_TRANSLATE_NOOP(CTX, "只能导出为 .xlsx 或 .csv 文件；收到「{name}」。")
UNKNOWN_LIST = QT_TRANSLATE_NOOP(CTX, "没有「{kind}」这种清单。可导出：{valid}")
NO_BATCH = QT_TRANSLATE_NOOP(CTX, "没有可导出的导入批次。")
BAD_ENCODING = QT_TRANSLATE_NOOP(CTX, "CSV 编码只能是 utf-8（带BOM，Excel可直接打开）或 gb18030；收到「{value}」。")
SEVERITY_LABELS = {
    "rejected": QT_TRANSLATE_NOOP(CTX, "未导入"),
    "warning": QT_TRANSLATE_NOOP(CTX, "已导入，有提示"),
    "skipped": QT_TRANSLATE_NOOP(CTX, "已跳过"),
}


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    kind: str
    period: str | None
    rows: int
    format: str  # "xlsx" or "csv"


@dataclass(frozen=True)
class ExportRequest:
    """What to export, besides the list's kind and the target."""

    period: str | None = None  # "YYYY-MM"; default the latest committed month
    batch_id: int | None = None  # import_rejects: default the latest batch
    encoding: str = "utf-8-sig"  # csv only: "utf-8-sig" or "gb18030"
    full: bool = False  # unmasked names, ID numbers and mobiles: needs export.full and a reason
    reason: str | None = None  # why a full export is needed (kept in the audit log)

    @property
    def masked(self) -> bool:
        """Whether names and identifiers are masked (everything but a full export)."""
        return not self.full


def export_list(
    db: Database,
    actor: Actor,
    kind: str,
    target: Path | str,
    request: ExportRequest = ExportRequest(),
    *,
    translate: Translate = untranslated,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Export one list to ``target`` (.xlsx or .csv), atomically.

    :param kind: one of ``LISTS``
    :raises PermissionDenied: the role may not export (柜员, 管理员, 审计), or not unmasked (``request.full``:
      only a 主管), or not import records (``import_rejects``: only a 主管)
    :raises ReportRefused: unknown list, bad format or encoding, unknown period, a full export without a
      reason, locked or unwritable target
    :raises Cancelled: ``cancel`` was set; the target is untouched
    """
    require(actor, "export.masked")
    reason = check_full(actor, request.full, request.reason)
    if kind == "import_rejects":
        require(actor, "import.view")
    target = Path(target)
    fmt = target.suffix.lower().lstrip(".")
    if kind not in SOURCES:
        raise ReportRefused("unknown_list", UNKNOWN_LIST, kind=kind, valid="、".join(export_kinds()))
    if fmt not in ("xlsx", "csv"):
        raise ReportRefused("bad_format", BAD_FORMAT, name=target.name)
    if request.encoding.lower() not in ("utf-8", "utf8", "utf-8-sig", "gb18030"):
        raise ReportRefused("bad_format", BAD_ENCODING, value=request.encoding)
    period = _period(db, actor, kind, request.period)
    source = SOURCES[kind](db, actor, period, request, translate)
    made_by = translate(CTX, MADE_BY).format(who=actor.display_name, when=datetime.now().strftime("%Y-%m-%d %H:%M"))

    def write(path: Path) -> int:
        if fmt == "csv":
            return write_list_csv(
                path, source, encoding=request.encoding, translate=translate, progress=progress, cancel=cancel
            )
        title = translate(CTX, LIST_TITLES[kind])
        page = _page(db, period, title, translate)
        return write_list_xlsx(path, source, page, made_by, translate=translate, progress=progress, cancel=cancel)

    def details(rows: int, sha: str) -> dict[str, object]:
        found: dict[str, object] = {"kind": kind, "period": period, "format": fmt, "rows": rows, "file_sha256": sha,
                                    "masked": request.masked}
        return found if reason is None else {**found, "reason": reason}

    rows = audited_write(db, actor, "export", f"export:{kind}", target, write, details)
    return ExportResult(target, kind, period, rows, fmt)


def _period(db: Database, actor: Actor, kind: str, period: str | None) -> str | None:
    """The month a list is of: a loaded month (computed) for customers and the work list; any month, or
    None for all records, for visits and feedback; None for import rejects."""
    if kind in DATED_LISTS:
        if period is not None and not PERIOD.fullmatch(period.strip()):
            raise ReportRefused("bad_period", BAD_PERIOD, value=period)
        return period.strip() if period else None
    if kind == "import_rejects":
        return None
    chosen = resolve_period(db, period)[0]
    ensure_computed(db, actor, chosen)
    return chosen


def _page(db: Database, period: str | None, title: str, translate: Translate) -> PageInfo:
    if period is None:  # import rejects: the branch of the latest month
        latest = latest_period(db)
        branch = branch_name(db, latest) if latest else translate(CTX, DEFAULT_BRANCH)
        return PageInfo(branch, "", title)
    return PageInfo(branch_name(db, period), period_label(period), f"{title}（{period}）")


def _name(masked: bool) -> Callable[[str | None], str | None]:
    return mask_name if masked else (lambda v: v)


# ---- customers -----------------------------------------------------------------------------------

CUSTOMER_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "客户号"), ID),
    Column(QT_TRANSLATE_NOOP(CTX, "客户姓名"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "证件号码"), ID),
    Column(QT_TRANSLATE_NOOP(CTX, "手机号码"), ID),
    Column(QT_TRANSLATE_NOOP(CTX, "性别"), TEXT, 6),
    Column(QT_TRANSLATE_NOOP(CTX, "客户经理"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "网点"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "客户等级"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "风险等级"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "金融资产"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "存款"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "首次出现月份"), ID),
    Column(QT_TRANSLATE_NOOP(CTX, "最近出现月份"), ID),
)
_CUSTOMER_SQL = """
    select c.customer_no, c.name, c.id_number, c.mobile, c.gender, st.name, coalesce(s.branch, c.branch),
           t.tier, rs.level, s.aum_fen, s.deposit_fen, c.first_period, c.last_period
    from customers c
    left join snapshots s on s.period = :p and s.customer_id = c.id
    left join staff st on st.id = coalesce(s.manager_id, c.manager_id)
    left join customer_tiers t on t.period = :p and t.customer_id = c.id
    left join risk_scores rs on rs.period = :p and rs.customer_id = c.id
    where c.first_period <= :p and {scope}
    order by c.customer_no
"""


def customers_source(
    db: Database, actor: Actor, period: str | None, request: ExportRequest, translate: Translate
) -> ListSource:
    """Every customer ``actor`` sees, known by ``period``, with that month's figures, tier and risk level."""
    assert period is not None
    args: dict[str, object] = {"p": period}
    scope = named_scope(actor, "c.manager_id", args)
    sql = _CUSTOMER_SQL.format(scope=scope)
    total = db.execute(f"select count(*) from customers c where c.first_period <= :p and {scope}", args).fetchone()[0]
    tiers = [translate("Tiers", t) for t in TIER_LABELS]
    levels = {code: translate("RiskCodes", label) for code, label in LEVEL_LABELS.items()}
    name = _name(request.masked)
    id_number = mask_id_number if request.masked else (lambda v: v)
    mobile = mask_mobile if request.masked else (lambda v: v)

    def batches() -> Iterator[list[tuple[Any, ...]]]:
        cursor = db.conn.execute(sql, args)
        while rows := cursor.fetchmany(BATCH):
            yield [
                (
                    no,
                    name(nm),
                    id_number(idn) or None,
                    mobile(mob) or None,
                    gender,
                    manager,
                    branch,
                    None if tier is None else tiers[tier],
                    levels.get(level),
                    aum,
                    deposit,
                    first,
                    last,
                )
                for no, nm, idn, mob, gender, manager, branch, tier, level, aum, deposit, first, last in rows
            ]

    title = translate(CTX, LIST_TITLES["customers"])
    return ListSource(title, CUSTOMER_COLUMNS, total, batches(), level_column=8)


# ---- work list -----------------------------------------------------------------------------------

WORKLIST_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "序号"), INT, 6),
    Column(QT_TRANSLATE_NOOP(CTX, "客户号"), ID),
    Column(QT_TRANSLATE_NOOP(CTX, "客户姓名"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "客户经理"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "客户等级"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "金融资产"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "涉及资产"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "评分"), SCORE),
    Column(QT_TRANSLATE_NOOP(CTX, "风险等级"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "预警状态"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "预警原因"), TEXT, 30, wrap=True),
    Column(QT_TRANSLATE_NOOP(CTX, "说明"), TEXT, 60, wrap=True),
)


def worklist_source(
    db: Database, actor: Actor, period: str | None, request: ExportRequest, translate: Translate
) -> ListSource:
    """The month's high-value customers at risk that ``actor`` sees, most AUM at stake first (as ``risk`` lists them)."""
    assert period is not None
    name = _name(request.masked)
    rows = [
        (
            i,
            r.customer_no,
            name(r.name),
            r.manager,
            r.tier,
            r.aum_fen,
            r.aum_at_stake_fen,
            r.score,
            r.level,
            r.status,
            "、".join(translate("RiskCodes", RULE_NAMES.get(x.code, x.code)) for x in r.reasons),
            "；".join(x.message for x in r.reasons),
        )
        for i, r in enumerate(list_risk(db, actor, period), start=1)
    ]
    title = translate(CTX, LIST_TITLES["worklist"])
    return ListSource(title, WORKLIST_COLUMNS, len(rows), batched(rows, BATCH), level_column=8)


# ---- import rejects ------------------------------------------------------------------------------

REJECT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "批次"), INT, 7),
    Column(QT_TRANSLATE_NOOP(CTX, "文件"), TEXT, 28),
    Column(QT_TRANSLATE_NOOP(CTX, "数据月份"), ID, 10),
    Column(QT_TRANSLATE_NOOP(CTX, "行号"), INT, 8),
    Column(QT_TRANSLATE_NOOP(CTX, "列"), TEXT, 14),
    Column(QT_TRANSLATE_NOOP(CTX, "处理"), TEXT, 14),
    Column(QT_TRANSLATE_NOOP(CTX, "问题"), TEXT, 60, wrap=True),
    Column(QT_TRANSLATE_NOOP(CTX, "单元格内容（已脱敏）"), TEXT, 24),
    Column(QT_TRANSLATE_NOOP(CTX, "导入时间"), DATE),
)


def import_rejects_source(
    db: Database, actor: Actor, period: str | None, request: ExportRequest, translate: Translate
) -> ListSource:
    """The issues the importer noted for one batch (default the latest): rows not imported first.

    Values are stored masked by the importer, so they are exported as they are.
    """
    batch_id = request.batch_id
    if batch_id is None:
        row = db.execute("select max(id) from import_batches").fetchone()
        if row is None or row[0] is None:
            raise ReportRefused("no_data", NO_BATCH)
        batch_id = int(row[0])
    rows = [
        (
            bid,
            file_name,
            bperiod,
            line,
            column,
            translate(CTX, SEVERITY_LABELS.get(severity, severity)),
            message_for(code, json.loads(params) if params else {}, translate),
            value,
            at,
        )
        for bid, file_name, bperiod, line, column, severity, code, params, value, at in db.execute(
            """select b.id, b.file_name, b.period, i.row, i.column_name, i.severity, i.code, i.params_json, i.value,
                      b.imported_at
               from import_issues i join import_batches b on b.id = i.batch_id
               where i.batch_id = ?
               order by case i.severity when 'rejected' then 0 when 'warning' then 1 else 2 end, i.row, i.id""",
            [batch_id],
        )
    ]
    title = translate(CTX, LIST_TITLES["import_rejects"])
    return ListSource(title, REJECT_COLUMNS, len(rows), batched(rows, BATCH))


# ---- visits and feedback -------------------------------------------------------------------------

VISIT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "记录编号"), INT, 9),
    Column(QT_TRANSLATE_NOOP(CTX, "联系时间"), DATETIME),
    Column(QT_TRANSLATE_NOOP(CTX, "客户号"), ID),
    Column(QT_TRANSLATE_NOOP(CTX, "客户姓名"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "联系人"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "工号"), ID, 8),
    Column(QT_TRANSLATE_NOOP(CTX, "方式"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "目的"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "客户态度"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "原因"), TEXT, 24, wrap=True),
    Column(QT_TRANSLATE_NOOP(CTX, "提到的他行"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "联系摘要"), TEXT, 44, wrap=True),
    Column(QT_TRANSLATE_NOOP(CTX, "下次跟进"), DATE),
    Column(QT_TRANSLATE_NOOP(CTX, "关联预警"), INT, 9),
    Column(QT_TRANSLATE_NOOP(CTX, "修改次数"), INT, 9),
    Column(QT_TRANSLATE_NOOP(CTX, "记录人"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "记录时间"), DATETIME),
)


def visits_source(
    db: Database, actor: Actor, period: str | None, request: ExportRequest, translate: Translate
) -> ListSource:
    """Contact records of ``period`` (every record when None), oldest first, as the ``visits`` command lists them."""
    name = _name(request.masked)
    follow = _followup_labels(translate)
    records = sorted(list_contacts(db, actor, period=period), key=lambda c: (c.visited_at, c.id))
    rows = [
        (
            c.id,
            c.visited_at,
            c.customer_no,
            name(c.customer_name),
            c.staff_name,
            c.employee_no,
            follow(c.channel),
            follow(c.purpose),
            follow(c.attitude),
            "、".join(follow(r) for r in c.reasons) or None,
            c.competitor,
            _free(c.summary, request.masked),
            c.next_on,
            c.warning_id,
            c.revision - 1,
            c.created_by,
            c.created_at,
        )
        for c in records
    ]
    return ListSource(translate(CTX, LIST_TITLES["visits"]), VISIT_COLUMNS, len(rows), batched(rows, BATCH))


FEEDBACK_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "编号"), INT, 7),
    Column(QT_TRANSLATE_NOOP(CTX, "提出日期"), DATE),
    Column(QT_TRANSLATE_NOOP(CTX, "客户号"), ID),
    Column(QT_TRANSLATE_NOOP(CTX, "客户姓名"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "类别"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "反馈内容"), TEXT, 40, wrap=True),
    Column(QT_TRANSLATE_NOOP(CTX, "提出人"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "当前状态"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "转交给"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "转交日期"), DATE),
    Column(QT_TRANSLATE_NOOP(CTX, "答复"), TEXT, 30, wrap=True),
    Column(QT_TRANSLATE_NOOP(CTX, "答复日期"), DATE),
    Column(QT_TRANSLATE_NOOP(CTX, "告知客户日期"), DATE),
    Column(QT_TRANSLATE_NOOP(CTX, "来自联系记录"), INT, 9),
)


def feedback_source(
    db: Database, actor: Actor, period: str | None, request: ExportRequest, translate: Translate
) -> ListSource:
    """Feedback items raised in ``period`` (every item when None), oldest first, with each step's date."""
    name = _name(request.masked)
    follow = _followup_labels(translate)
    items = [i for i in list_feedback(db, actor) if period is None or i.raised_on[:7] == period]
    rows = [
        (
            i.id,
            i.raised_on,
            i.customer_no,
            name(i.customer_name),
            follow(i.category),
            _free(i.text, request.masked),
            i.raised_by,
            follow(i.status),
            i.forwarded_to,
            i.forwarded_on,
            _free(i.answer, request.masked),
            i.answered_on,
            i.closed_on,
            i.visit_id,
        )
        for i in items
    ]
    return ListSource(translate(CTX, LIST_TITLES["feedback"]), FEEDBACK_COLUMNS, len(rows), batched(rows, BATCH))


def _followup_labels(translate: Translate) -> Callable[[str], str]:
    """The follow-up module's labels (电话, 稳定, 已转交 …), translated."""

    def follow(label: str) -> str:
        return translate("Followup", label)

    return follow


def _free(text: str | None, masked: bool) -> str | None:
    """Free text leaving the branch: long digit runs (a phone, an ID typed into a note) masked."""
    if not text:
        return None
    return mask_free_text(text, 5000) if masked else text


SourceFn = Callable[[Database, Actor, "str | None", ExportRequest, Translate], ListSource]
SOURCES: dict[str, SourceFn] = {
    "customers": customers_source,
    "worklist": worklist_source,
    "visits": visits_source,
    "feedback": feedback_source,
    "import_rejects": import_rejects_source,
}


def export_kinds() -> Sequence[str]:
    """The lists this version can export."""
    return [k for k in LISTS if k in SOURCES]
