"""Writing an exchange package: what this PC recorded since its last export, in one encrypted file.

All of it happens in one write transaction: the records are read, the file is written, the outbox
rows it carried are cleared, the export is logged and audited; if anything fails the file is removed
and the outbox stays as it was, so the next export carries the same records again.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from core.actors import Actor
from core.db import db_path_of
from core.exchange.collect import OUTBOX_KINDS, Selection, build_payload, select_records
from core.exchange.device import branch_of, ensure_device
from core.exchange.model import CTX, ExchangeRefused, ExchangeReport, new_id
from core.exchange.package import FORMAT, PackageHeader, check_password, write_package
from core.exchange.refs import canonical, chunks, write_transaction
from core.i18n import QT_TRANSLATE_NOOP
from core.progress import CancelToken, Progress, ProgressFn, check_cancel, no_progress
from core.security import audit
from core.security.clock import Clock, system_clock
from core.security.permissions import require


def export_package(
    db: Database, actor: Actor, out: Path, password: str, *, everything: bool = False,
    progress: ProgressFn = no_progress, cancel: CancelToken | None = None, clock: Clock = system_clock,
) -> ExchangeReport:  # fmt: skip
    """Write what this PC recorded since its last export into one encrypted file. Permission exchange.export.

    :param out: the package file to write (``.lkx``); an existing file is replaced
    :param password: at least 8 characters; the importing PC needs it
    :param everything: every travelling record this database holds (``--all``), not only what is new
    :raises ExchangeRefused: a weak password, nothing new to export, the file cannot be written
    :raises Cancelled: ``cancel`` was set; no file is left and nothing changed
    """
    require(actor, "exchange.export")
    check_password(password)
    out = Path(out)
    _check_target(db, out)
    now = clock().isoformat(timespec="seconds")
    written = False
    try:
        with write_transaction(db):  # no change slips in between reading the outbox and clearing it
            device = ensure_device(db, now)
            selection = select_records(db, actor, everything=everything)
            if not any(selection.ids.values()):
                raise ExchangeRefused(
                    QT_TRANSLATE_NOOP(CTX, "自上次导出以来，本机没有新的联系记录、反馈、预警处理或分派，未生成交换包。如需把全部记录再导出一次，请选择「全部」（--all）。"),
                    code="nothing_new",
                )  # fmt: skip
            records = build_payload(db, selection, device, progress=progress, cancel=cancel)
            counts = {kind: len(items) for kind, items in records.items()}
            package_id = new_id()
            previous = db.execute(
                "select package_id from exchange_log where direction = 'export' and source_device = ? order by id desc limit 1",
                [device],
            ).fetchone()
            header = PackageHeader(package_id, device, branch_of(db), now, previous[0] if previous else None)
            payload = {"format": FORMAT, "package_id": package_id, "source_device": device, "created_at": now,
                       "created_by": actor.username, "everything": everything, **records}  # fmt: skip
            check_cancel(cancel)
            progress(Progress(0, 1, "exchange_write"))
            sha = _write(out, header, payload, password)
            written = True
            _clear_outbox(db, selection)
            db.execute(
                """insert into exchange_log (package_id, direction, source_device, created_at, file_name, file_sha256,
                       counts_json, actor, at) values (?, 'export', ?, ?, ?, ?, ?, ?, ?)""",
                [package_id, device, now, out.name, sha, canonical(counts), actor.username, now],
            )
            audit.record(
                db, actor, "exchange_export", target=f"package:{package_id}", clock=clock,
                details={"package_id": package_id, "file": out.name, "file_sha256": sha, "counts": counts,
                         "all": everything, "device": device},
            )  # fmt: skip
    except BaseException:
        if written:
            out.unlink(missing_ok=True)
        raise
    progress(Progress(1, 1, "exchange_write"))
    return ExchangeReport(out, counts, package_id=package_id, source_device=device, file_sha256=sha)


def _check_target(db: Database, out: Path) -> None:
    target = out.resolve()
    own = db_path_of(db)
    if own is not None and target in {own.resolve(), Path(str(own) + "-wal").resolve(), Path(str(own) + "-shm").resolve()}:
        raise ExchangeRefused(QT_TRANSLATE_NOOP(CTX, "不能把交换包写到数据库文件上。请另选一个文件名（.lkx）。"), code="bad_target")
    if target.is_dir():
        raise ExchangeRefused(
            QT_TRANSLATE_NOOP(CTX, "「{path}」是文件夹。请给出交换包的文件名，例如 {path}/交换包.lkx。"), code="bad_target", path=str(out)
        )
    if not target.parent.is_dir():
        raise ExchangeRefused(
            QT_TRANSLATE_NOOP(CTX, "文件夹「{folder}」不存在（U盘是否已插好？）。未生成交换包。"), code="bad_target",
            folder=str(out.parent),
        )  # fmt: skip


def _write(out: Path, header: PackageHeader, payload: dict[str, object], password: str) -> str:
    try:
        return write_package(out, header, payload, password)
    except OSError as exc:
        raise ExchangeRefused(
            QT_TRANSLATE_NOOP(CTX, "无法写入「{path}」（{reason}）。请检查U盘是否已满或只读，换个位置再试。"),
            code="write_failed", path=str(out), reason=exc.strerror or type(exc).__name__,
        ) from None  # fmt: skip


def _clear_outbox(db: Database, selection: Selection) -> None:
    """Remove the outbox rows of the records just written (for a 客户经理/柜员: only their own rows)."""
    for kind, code in OUTBOX_KINDS.items():
        for part in chunks(selection.ids.get(kind, [])):
            db.execute(
                f"""delete from exchange_outbox where kind = ? and {selection.outbox_where}
                    and row_id in ({', '.join('?' * len(part))})""",
                [code, *selection.outbox_args, *part],
            )
