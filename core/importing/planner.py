"""Phase one of an import: read, find the layout, parse and validate everything, decide the period.

Nothing is written here. The result, an ImportPlan, is what ``--dry-run`` reports and
what the writer commits in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from core.files import file_sha256
from core.importing.codes import WARNING, ImportRefused, RowIssue
from core.importing.fields import TEXT, field_label, normalise_header
from core.importing.layout import Column, Layout, Override, column_letter, detect_layout, missing_required
from core.importing.normalize import CellError, parse_period, period_from_text
from core.importing.parse import ParsedRows, Records, column_kinds, parse_rows, shown_row
from core.importing.prefetch import Prefetch
from core.importing.profiles import load_profile, parse_mapping_args
from core.importing.readers import Sheet, WorkbookSource
from core.importing.sniff import DEFAULT_LIMITS, Limits, sniff
from core.privacy import mask_free_text
from core.progress import CancelToken, Progress, ProgressFn, check_cancel, no_progress


@dataclass(frozen=True)
class ImportOptions:
    """What the user asked for (the CLI's flags, the wizard's choices)."""

    period: str | None = None
    sheet: str | None = None
    mappings: tuple[str, ...] = ()
    replace: bool = False
    dry_run: bool = False
    limits: Limits = DEFAULT_LIMITS


@dataclass
class ImportPlan:
    """Everything phase one found; the writer needs nothing else."""

    path: Path
    file_sha256: str
    file_size: int
    file_format: str
    sheet: str
    layout: Layout
    period: str
    period_source: str  # "option" | "column" | "title" | "file_name"
    records: Records
    issues: list[RowIssue]
    rows_read: int
    skipped: int
    rejected: int
    aum_derived: bool
    overrides: dict[str, Override] = field(default_factory=dict)
    replace: bool = False
    sheet_names: tuple[str, ...] = ()  # the workbook's visible sheets, for a sheet chooser
    # the header rows and the first data rows as the file has them, masked per column kind
    preview: tuple[tuple[str, ...], ...] = ()
    rejected_rows: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # see ParsedRows
    rejected_headers: tuple[str, ...] = ()  # one per cell of a rejected row

    @property
    def warnings(self) -> int:
        """How many warnings (row and file level) the import carries."""
        return sum(1 for i in self.issues if i.severity == WARNING)


class NoValidRows(ImportRefused):
    """Refused because every row failed; carries the row issues so they can be shown."""

    def __init__(
        self,
        issues: list[RowIssue],
        rows_read: int,
        rejected: int,
        skipped: int,
        rejected_rows: list[tuple[int, tuple[str, ...]]] | None = None,
        rejected_headers: tuple[str, ...] = (),
    ) -> None:
        super().__init__("no_valid_rows")
        self.issues = issues
        self.rejected_rows = rejected_rows or []
        self.rejected_headers = rejected_headers
        self.rows_read = rows_read
        self.rejected = rejected
        self.skipped = skipped


def plan_import(
    db: Database,
    path: Path,
    options: ImportOptions | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    prefetched: Prefetch | None = None,
) -> ImportPlan:
    """Read and validate ``path`` completely; raise ImportRefused if the file cannot be imported.

    :param db: read only here: saved mapping profiles, and earlier batches (same file or period)
    :param prefetched: the file already being read ahead (core/importing/prefetch.py), used if it is this file
    """
    options = options or ImportOptions()
    path = Path(path)
    overrides = parse_mapping_args(options.mappings)
    period_option = _checked_period_option(options.period)
    progress(Progress(0, 1, "read"))
    prepared = prefetched.take(path, options.sheet, options.limits) if prefetched is not None else None
    if prepared is not None:
        sniffed, sha, source = prepared.sniffed, prepared.sha256, prepared.source
    else:
        sniffed = sniff(path, options.limits)
        sha = file_sha256(path)
        source = WorkbookSource(path, sniffed, options.limits)
    try:
        check_cancel(cancel)
        sheet, layout, notes = _choose_sheet(db, source, options.sheet, overrides, cancel)
        sheet_names = tuple(n for n in source.sheet_names if not source.is_hidden(n) or n == sheet.name)
    finally:
        source.close()
    progress(Progress(1, 1, "read"))
    if sheet.uncached_formulas:
        raise ImportRefused("formulas_uncached", sheet=sheet.name, count=sheet.uncached_formulas)
    missing = missing_required(layout)
    if missing:
        raise ImportRefused(
            "missing_required_column",
            columns="、".join(missing),
            row=layout.header_excel_row,
            found="、".join(c.header for c in layout.columns)[:300],
        )
    unknown = [key for key in overrides if not any(_matches(key, c) for c in layout.columns)]
    if unknown:
        raise ImportRefused(
            "mapping_header_not_found", column=unknown[0], found="、".join(c.header for c in layout.columns)[:300]
        )
    parsed = parse_rows(sheet, layout, progress=progress, cancel=cancel)
    if not parsed.records:
        raise NoValidRows(
            notes + _file_notes(layout, parsed) + parsed.issues,
            parsed.rows_read,
            parsed.rejected,
            parsed.skipped,
            parsed.rejected_rows,
            row_headers(layout),
        )
    period, period_source, period_notes = _decide_period(period_option, parsed, layout, path)
    issues = notes + period_notes + _file_notes(layout, parsed) + parsed.issues
    _refuse_repeats(db, sha, period, options.replace)
    return ImportPlan(
        path=path,
        file_sha256=sha,
        file_size=path.stat().st_size,
        file_format=sniffed.kind,
        sheet=sheet.name,
        layout=layout,
        period=period,
        period_source=period_source,
        records=parsed.records,
        issues=issues,
        rows_read=parsed.rows_read,
        skipped=parsed.skipped,
        rejected=parsed.rejected,
        aum_derived=bool(parsed.aum_derived_from),
        overrides=overrides,
        replace=options.replace,
        sheet_names=sheet_names,
        preview=preview_rows(sheet, layout),
        rejected_rows=parsed.rejected_rows,
        rejected_headers=row_headers(layout),
    )


PREVIEW_DATA_ROWS = 8


def row_headers(layout: Layout) -> tuple[str, ...]:
    """A header for every cell of a row, up to the last column with a header (its letter where it has none)."""
    width = max((c.index for c in layout.columns), default=-1) + 1
    by_index = {c.index: c.header for c in layout.columns}
    return tuple(by_index.get(i) or column_letter(i) for i in range(width))


def preview_rows(sheet: Sheet, layout: Layout, data_rows: int = PREVIEW_DATA_ROWS) -> tuple[tuple[str, ...], ...]:
    """The header rows and the first ``data_rows`` rows after them, as text, masked per column kind.

    Identifier, phone and name columns are masked as in messages; every other cell, header rows
    included, goes through ``mask_free_text`` (a misplaced ID number is still hidden).
    """
    kinds = column_kinds(layout)
    header = [shown_row([TEXT] * len(kinds), sheet.rows[i]) for i in layout.header_rows]
    end = min(len(sheet.rows), layout.data_start + data_rows)
    return tuple(header + [shown_row(kinds, sheet.rows[i]) for i in range(layout.data_start, end)])


def _matches(key: str, column: Column) -> bool:
    return key in (normalise_header(column.header), normalise_header(column.name), column.letter.lower())


def _checked_period_option(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        period = parse_period(value)
    except CellError as exc:
        raise ImportRefused("period_invalid", value=mask_free_text(value)) from exc
    if period is None:
        raise ImportRefused("period_invalid", value="")
    return period


def _choose_sheet(
    db: Database,
    source: WorkbookSource,
    wanted: str | None,
    overrides: dict[str, Override],
    cancel: CancelToken | None = None,
) -> tuple[Sheet, Layout, list[RowIssue]]:
    names = source.sheet_names
    if wanted is not None:
        if wanted not in names:
            raise ImportRefused("sheet_not_found", sheet=wanted, sheets="、".join(names) or "（无）")
        candidates = [wanted]
    else:
        candidates = [n for n in names if not source.is_hidden(n)] + [n for n in names if source.is_hidden(n)]
    first_rows: list[str] = []
    any_cells = False
    for name in candidates:
        sheet = source.load(name, cancel)
        non_empty = [r for r in sheet.rows[:20] if any(v != "" and v is not None for v in r)]
        if not non_empty:
            continue
        any_cells = True
        first_rows = first_rows or [" ".join(str(v) for v in r if v != "")[:60] for r in non_empty[:3]]
        layout = _layout_with_profile(db, sheet, overrides)
        if layout is None:
            continue
        notes = []
        hidden = [n for n in names if source.is_hidden(n) and n != name]
        if hidden and wanted is None:
            notes.append(RowIssue(None, None, "hidden_sheets_skipped", WARNING, None, {"sheets": "、".join(hidden)}))
        others = [n for n in names if not source.is_hidden(n) and n != name]
        if others and wanted is None:
            notes.append(
                RowIssue(
                    None, None, "other_sheets_skipped", WARNING, None, {"sheet": name, "sheets": "、".join(others)}
                )
            )
        if any(c.source == "profile" for c in layout.columns):
            notes.append(RowIssue(None, None, "mapping_profile_used", WARNING))
        return sheet, layout, notes
    if not any_cells:
        raise ImportRefused("empty_workbook", file=source.path.name)
    raise ImportRefused("no_header", found=mask_free_text(" | ".join(first_rows), limit=120) or "（空）")


def _layout_with_profile(db: Database, sheet: Sheet, overrides: dict[str, Override]) -> Layout | None:
    layout = detect_layout(sheet, overrides)
    if layout is None:
        return None
    profile = load_profile(db, layout.signature)
    return detect_layout(sheet, overrides, profile) if profile else layout


def _decide_period(
    option: str | None, parsed: ParsedRows, layout: Layout, path: Path
) -> tuple[str, str, list[RowIssue]]:
    from_column = sorted({p for p in parsed.records.column("period") or () if p})
    if len(from_column) > 1:
        raise ImportRefused("period_mixed", periods="、".join(from_column[:6]))
    candidates = [
        ("column", from_column[0] if from_column else None, "统计月份列"),
        ("title", layout.title_period, "标题"),
        ("file_name", period_from_text(path.stem), "文件名"),
    ]
    if option:
        chosen, source = option, "option"
    else:
        found = next(((key, value) for key, value, _ in candidates if value), None)
        if found is None:
            raise ImportRefused("period_missing")
        source, chosen = found
    notes = [
        RowIssue(None, None, "period_conflict", WARNING, None, {"source": label, "other": value, "period": chosen})
        for key, value, label in candidates
        if value and value != chosen and key != source
    ]
    return chosen, source, notes


def _file_notes(layout: Layout, parsed: ParsedRows) -> list[RowIssue]:
    notes = []
    unmapped = [c.header for c in layout.columns if not c.field]
    if unmapped:
        notes.append(RowIssue(None, None, "unmapped_columns", WARNING, None, {"columns": "、".join(unmapped)}))
    if parsed.aum_derived_from:
        labels = "+".join(field_label(f) for f in parsed.aum_derived_from)
        notes.append(RowIssue(None, None, "aum_derived", WARNING, None, {"columns": labels}))
    if parsed.numeric_customer_numbers:
        notes.append(
            RowIssue(None, None, "numeric_customer_no", WARNING, None, {"count": parsed.numeric_customer_numbers})
        )
    if parsed.blank_rows:
        notes.append(RowIssue(None, None, "blank_rows", WARNING, None, {"count": parsed.blank_rows}))
    return notes


def _refuse_repeats(db: Database, sha: str, period: str, replace: bool) -> None:
    if replace:
        return
    same = db.execute(
        "select id, imported_at, period from import_batches where file_sha256 = ? and status = 'committed' order by id desc",
        [sha],
    ).fetchone()
    if same:
        raise ImportRefused("same_file", batch_id=same[0], when=same[1][:16].replace("T", " "), period=same[2])
    existing = db.execute(
        "select id, file_name, imported_at from import_batches where period = ? and status = 'committed' order by id desc",
        [period],
    ).fetchone()
    if existing:
        raise ImportRefused(
            "period_exists",
            period=period,
            batch_id=existing[0],
            file=existing[1],
            when=existing[2][:16].replace("T", " "),
        )
