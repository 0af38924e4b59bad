"""The 数据安全 page's pieces: the core operations it calls (injectable), labels, file dialogs, a card.

Texts keep the ``DataPage`` translation context, so the page and its parts share one catalogue section.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP  # noqa: N811 - Qt's name, for lupdate
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlite_utils import Database

from core import exchange
from core.actors import Actor
from core.exchange import ExchangeReport
from core.security import backups, retention
from core.security.backups import BackupInfo
from core.security.retention import PurgeReport
from ui.models.record_table_model import RIGHT, Column
from ui.pages.admin_parts import size_text, time_text

CTX = "DataPage"
RETENTION_KEYS: dict[str, str] = {  # setting key -> what it keeps
    "retention.snapshot_months": NOOP("DataPage", "月度资产数据"),
    "retention.contact_months": NOOP("DataPage", "联系记录与意见反馈"),
    "retention.audit_months": NOOP("DataPage", "审计日志"),
}
PACKAGE_SUFFIX: str = exchange.SUFFIX
ChooseSave = Callable[[QWidget, str, str], Path | None]  # parent, suggested path, filters -> path
ChooseOpen = Callable[[QWidget, str, str], Path | None]  # parent, folder, filters -> path
AskPassword = Callable[[QWidget, bool], str | None]  # parent, exporting? -> password
ShowReport = Callable[[QWidget, ExchangeReport], None]
STAGES: dict[str, str] = {  # core's progress stages of an export or import
    "exchange_collect": NOOP("DataPage", "正在收集要导出的记录…"),
    "exchange_write": NOOP("DataPage", "正在加密写入交换包…"),
    "exchange_read": NOOP("DataPage", "正在读取交换包…"),
    "exchange_merge": NOOP("DataPage", "正在合并记录…"),
}
BACKUP_COLUMNS = (
    Column("created_at", NOOP("DataPage", "时间"), lambda b: time_text(b.created_at, seconds=True), lambda b: b.created_at),
    Column("reason", NOOP("DataPage", "原因"), lambda b: reason_text(b.reason)),
    Column("size", NOOP("DataPage", "大小"), lambda b: size_text(b.size), lambda b: b.size, RIGHT),
    Column("file", NOOP("DataPage", "文件"), lambda b: b.path.name),
)


@dataclass(frozen=True)
class DataOps:
    """The core operations the page calls; tests pass small fakes."""

    list_backups: Callable[[Path], list[BackupInfo]]
    create_backup: Callable[[Database, Actor], Path]
    export_package: Callable[..., ExchangeReport]  # (db, actor, out, password, progress=, cancel=)
    import_package: Callable[..., ExchangeReport]  # (db, actor, path, password, progress=, cancel=)
    purge: Callable[..., PurgeReport]  # (db, actor, dry_run=)
    exchange_status: Callable[[Database, Actor], Any] | None = None  # ExchangeStatus; None: not shown


def core_ops() -> DataOps:
    """The real operations from core."""
    return DataOps(
        list_backups=backups.list_backups,
        create_backup=lambda db, actor: backups.create_backup(db, actor, reason="manual"),
        export_package=exchange.export_package,
        import_package=exchange.import_package,
        purge=retention.purge,
        exchange_status=exchange.exchange_status,
    )


def reason_text(reason: str) -> str:
    """Why a backup was taken, in words."""
    label = backups.REASONS.get(reason)
    return QCoreApplication.translate("Backups", label) if label else reason


def purge_kind_text(kind: str) -> str:
    """A kind of purged data in words (core's own label; the key itself if core added one this build does not know)."""
    label = retention.KINDS.get(kind)
    return QCoreApplication.translate("Retention", label) if label else kind


def purge_counts_text(report: PurgeReport) -> str:
    """月度资产数据 1,200 条、联系记录 30 条 (kinds with nothing left out)."""
    parts = [QCoreApplication.translate(CTX, "{kind} {n} 条").format(kind=purge_kind_text(k), n=f"{n:,}")
             for k, n in report.counts.items() if n]
    return "、".join(parts)


def choose_save(parent: QWidget, suggested: str, filters: str) -> Path | None:
    """The save dialog."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate(CTX, "保存交换包"), suggested, filters)
    return Path(path) if path else None


def choose_open(parent: QWidget, folder: str, filters: str) -> Path | None:
    """The open dialog."""
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate(CTX, "选择交换包"), folder, filters)
    return Path(path) if path else None


def section_card(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A card with its title; add the section's widgets to the layout returned."""
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    head = QLabel(title)
    head.setObjectName("sectionTitle")
    layout.addWidget(head)
    return card, layout


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """``buttons`` side by side, from the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
