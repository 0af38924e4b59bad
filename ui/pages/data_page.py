"""数据安全: backups (list, back up now, restore), exchange packages between PCs, and data retention.

Each section shows only when the signed-in role may use it (core checks again). Every operation runs
as a Task on the one writer thread. A restore is not done here: the page asks, explains, and emits
``restore_requested`` with the backup's path; the main window closes the database, restores and
asks everyone to sign in again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.actors import Actor
from core.db import open_db
from core.exchange import ExchangeReport
from core.progress import Progress
from core.security.backups import BackupInfo
from core.security.permissions import can
from core.security.retention import PurgeReport
from core.settings import get_setting
from ui.dialogs.exchange_dialog import added_total, ask_package_password, counts_text, show_import_report
from ui.models.record_table_model import RecordTableModel
from ui.pages.admin_parts import Confirm, confirm, error_text, role_text, time_text
from ui.pages.data_parts import (
    BACKUP_COLUMNS,
    CTX,
    PACKAGE_SUFFIX,
    RETENTION_KEYS,
    STAGES,
    AskPassword,
    ChooseOpen,
    ChooseSave,
    DataOps,
    ShowReport,
    button_row,
    choose_open,
    choose_save,
    core_ops,
    purge_counts_text,
    purge_kind_text,
    reason_text,
    section_card,
)
from ui.pages.lazy import LazyPage, loading_text
from ui.pages.page_parts import muted, page_layout, page_title
from ui.settings import last_folder, set_last_folder
from ui.tasks import Task, TaskRunner
from ui.widgets.banner import Banner
from ui.widgets.headers import fit_headers
from ui.widgets.tables import make_table

__all__ = ["DataOps", "DataPage", "core_ops"]


class DataPage(LazyPage, QWidget):
    """备份, 交换包 and 数据保留, each shown to the roles allowed to use it. Read when first shown."""

    loaded = Signal()  # the backups and the retention settings are on screen
    restore_requested = Signal(object)  # Path of the backup to restore (the user confirmed)
    backup_created = Signal(object)  # Path of the new backup; the list shows it
    exchange_finished = Signal(object)  # ExchangeReport of an export or import
    purge_finished = Signal(object)  # PurgeReport of a preview or a purge
    data_changed = Signal()  # an import or a purge changed the data: other pages should read again
    refused = Signal(str)  # an operation failed or was refused; the banner says why

    def __init__(self, db: Database, db_path: Path, runner: TaskRunner, settings: QSettings, actor: Actor,
                 parent: QWidget | None = None, *, ops: DataOps | None = None, choose_save: ChooseSave = choose_save,
                 choose_open: ChooseOpen = choose_open, ask_password: AskPassword = ask_package_password,
                 show_report: ShowReport = show_import_report, confirm: Confirm = confirm,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._db, self._db_path, self._runner, self._settings, self._actor = db, db_path, runner, settings, actor
        self._ops = ops or core_ops()
        self._choose_save, self._choose_open, self._ask_password = choose_save, choose_open, ask_password
        self._show_report, self._confirm, self._today = show_report, confirm, today
        self.task: Task | None = None
        self._task_kind = ""
        self.last_preview: PurgeReport | None = None
        self.banner = Banner(self)
        self.banner.finish_actions()  # without it the text column collapses to one character's width
        self.status_label = muted()
        self.may = {key: can(actor, key) for key in
                    ("backup.create", "backup.restore", "exchange.export", "exchange.import", "data.purge")}

        self.backup_card = self._backup_section()
        self.exchange_card = self._exchange_section()
        self.retention_card = self._retention_section()
        self.nothing_label = muted(self.tr("您的角色（{role}）不能备份、交换或清理数据。").format(role=role_text(actor.role)))
        has_backups = self.may["backup.create"] or self.may["backup.restore"]

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(14)
        side_layout.addWidget(self.exchange_card)
        side_layout.addWidget(self.retention_card)
        side_layout.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(14)
        if has_backups:  # the backups list takes three parts of the width, the cards two (room for longer languages)
            side.setMinimumWidth(380)
            body.addWidget(self.backup_card, 3)
            body.addWidget(side, 2)
        else:  # no backups list to the left: the cards at a readable width
            body.addWidget(self.backup_card, 1)
            side.setMaximumWidth(560)
            body.addWidget(side, 1)
            body.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(page_title(self.tr("数据安全")))
        head.addStretch(1)
        head.addWidget(self.status_label)
        layout = page_layout(self)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.nothing_label)
        layout.addLayout(body, 1)
        # visibility only now that every widget has its parent (a parentless widget shown becomes a window)
        self.backup_card.setVisible(has_backups)
        self.backup_button.setVisible(self.may["backup.create"])
        self.restore_button.setVisible(self.may["backup.restore"])
        self.exchange_card.setVisible(self.may["exchange.export"] or self.may["exchange.import"])
        self.export_button.setVisible(self.may["exchange.export"])
        self.export_all_check.setVisible(self.may["exchange.export"])
        self.import_button.setVisible(self.may["exchange.import"])
        self.retention_card.setVisible(self.may["data.purge"])
        self.nothing_label.setVisible(not any(self.may.values()))
        self._show_busy(False)

    # --- building the sections ---------------------------------------------------------------

    def _backup_section(self) -> QFrame:
        card, layout = section_card(self.tr("备份"))
        layout.addWidget(muted(self.tr(
            "每次导入前、数据库升级前和每天第一次打开时自动备份，每份写完都经过完整性校验。"
            "恢复时当前数据库会先另存一份，不会丢失。")))
        self.backup_model = RecordTableModel(BACKUP_COLUMNS, CTX, self)
        self.backup_table = make_table(self.backup_model)
        for n, width in enumerate((150, 120, 80)):
            self.backup_table.setColumnWidth(n, width)
        fit_headers(self.backup_table)
        self.backup_table.selectionModel().selectionChanged.connect(lambda *_: self._show_busy(self.busy))
        self.backup_folder_label = muted()
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.setObjectName("primary")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("恢复所选备份…"))
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addLayout(button_row(self.backup_button, self.restore_button))
        layout.addWidget(self.backup_table, 1)
        layout.addWidget(self.backup_folder_label)
        return card

    def _exchange_section(self) -> QFrame:
        card, layout = section_card(self.tr("交换包"))
        layout.addWidget(muted(self.tr(
            "网点的几台电脑之间交换联系记录、意见反馈、分派和预警状态：导出本机上次交换以来登记的内容，"
            "用 U 盘带到另一台电脑导入。文件用密码加密；重复导入不会重复记录。客户清单仍通过每月导入更新。")))
        self.export_button = QPushButton(self.tr("导出交换包…"))
        self.export_button.clicked.connect(self.export_package)
        self.import_button = QPushButton(self.tr("导入交换包…"))
        self.import_button.clicked.connect(self.import_package)
        self.export_all_check = QCheckBox(self.tr("导出全部记录（不只是上次导出以来新增的）"))
        self.export_all_check.setToolTip(self.tr("另一台电脑上丢了交换包，或新加入一台电脑时使用；对方重复导入不会重复记录"))
        layout.addLayout(button_row(self.export_button, self.import_button))
        layout.addWidget(self.export_all_check)
        self.exchange_status_label = muted()
        layout.addWidget(self.exchange_status_label)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(8)
        self.stage_label = muted()
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        progress = QHBoxLayout()
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_button)
        layout.addWidget(self.stage_label)
        layout.addLayout(progress)
        self.exchange_label = muted()
        self.exchange_label.hide()  # until there is a last export or import to tell about
        layout.addWidget(self.exchange_label)
        return card

    def _retention_section(self) -> QFrame:
        card, layout = section_card(self.tr("数据保留"))
        layout.addWidget(muted(self.tr("超过保留期限的个人数据可以清理（安全删除，无法撤销）。期限在“设置 → 安全与保留”中修改。")))
        self.retention_form = QFormLayout()
        self.retention_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.retention_labels: dict[str, QLabel] = {}
        self.retention_values: dict[str, QLabel] = {}
        for key, what in RETENTION_KEYS.items():
            self.retention_labels[key], self.retention_values[key] = QLabel(self.tr(what)), QLabel("—")
            self.retention_form.addRow(self.retention_labels[key], self.retention_values[key])
        layout.addLayout(self.retention_form)
        self.preview_button = QPushButton(self.tr("预览清理"))
        self.preview_button.clicked.connect(self.preview_purge)
        self.purge_button = QPushButton(self.tr("清理过期数据…"))
        self.purge_button.clicked.connect(self.run_purge)
        layout.addLayout(button_row(self.preview_button, self.purge_button))
        self.purge_label = muted()
        self.purge_label.hide()  # until a preview or a purge has something to say
        layout.addWidget(self.purge_label)
        return card

    # --- reading ---------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the backups list and the retention settings again (on the task runner)."""
        if not any(self.may.values()):
            self.loaded.emit()
            return
        self.status_label.setText(loading_text())
        actor, db_path, ops = self._actor, self._db_path, self._ops
        want_backups, want_retention = not self.backup_card.isHidden(), not self.retention_card.isHidden()
        want_status = not self.exchange_card.isHidden() and ops.exchange_status is not None

        def read(db: Database) -> tuple[list[BackupInfo] | Exception, list[tuple[str, str]], Any]:  # worker thread
            try:
                found: list[BackupInfo] | Exception = ops.list_backups(db_path) if want_backups else []
            except Exception as error:  # noqa: BLE001 - shown in the backups section, the rest still reads
                found = error
            values = [(key, get_setting(db, actor, key).text) for key in RETENTION_KEYS] if want_retention else []
            try:
                status = ops.exchange_status(db, actor) if want_status else None  # type: ignore[misc]
            except Exception:  # noqa: BLE001 - the figures are a courtesy; the buttons still work
                status = None
            return found, values, status

        self.read_in_background(read, self._show)

    def _show(self, result: tuple[list[BackupInfo] | Exception, list[tuple[str, str]], Any]) -> None:
        found, values, status = result
        self._show_exchange_status(status)
        self.status_label.setText("")
        if isinstance(found, Exception):
            self.backup_model.set_rows([])
            self.backup_folder_label.setText(error_text(found))
        else:
            self._show_backups(found)
        for key, text in values:
            self.retention_values[key].setText(self.tr("保留 {n} 个月").format(n=text))

    def _show_exchange_status(self, status: Any) -> None:
        if status is None:
            self.exchange_status_label.hide()
            return
        lines = [self.tr("本机待导出 {n} 条记录。").format(n=f"{status.waiting:,}")]
        lines.append(self.tr("上次导出：{export}；上次导入：{imported}").format(
            export=time_text(status.last_export), imported=time_text(status.last_import)))
        if status.pending:
            lines.append(self.tr("另有 {n} 条收到的记录在等对应的客户（导入该月客户清单后自动补上）。").format(n=f"{status.pending:,}"))
        self.exchange_status_label.setText("\n".join(lines))
        self.exchange_status_label.show()

    def _show_backups(self, found: list[BackupInfo]) -> None:
        self.backup_model.set_rows(found)
        if found:
            self.backup_folder_label.setText(self.tr("共 {n} 份，保存在：{folder}").format(
                n=len(found), folder=found[0].path.parent))
        else:
            self.backup_folder_label.setText(self.tr("还没有备份。"))
        self._show_busy(self.busy)

    def show_read_error(self, error: Exception) -> None:
        """A failed read shows in the banner."""
        self.status_label.setText("")
        self.banner.show_message("error", error_text(error))

    @property
    def selected_backup(self) -> BackupInfo | None:
        """The backup selected in the list."""
        rows = self.backup_table.selectionModel().selectedRows()
        return self.backup_model.record(rows[0].row()) if rows else None

    # --- running tasks ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether an operation of this page is running."""
        return self.task is not None

    def _show_busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected_backup is not None)
        self.export_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.preview_button.setEnabled(not busy)
        self.purge_button.setEnabled(not busy)
        exchanging = busy and self._task_kind in ("export", "import")
        for widget in (self.progress_bar, self.stage_label, self.cancel_button):
            widget.setVisible(exchanging)
        if not busy:
            self.progress_bar.setRange(0, 0)

    def _start(self, kind: str, job: Callable[[Any, Any], Any], on_done: Callable[[Any], None]) -> Task:
        """Run ``job(progress, cancel)`` as a Task; ``on_done`` gets its result (a bound method: queued here)."""
        self.banner.hide()
        self.task, self._task_kind = Task(job), kind
        self.task.progress.connect(self._on_progress)
        self.task.succeeded.connect(on_done)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.task.finished.connect(self._on_finished)
        self._show_busy(True)
        return self._runner.start(self.task)

    def _db_job(self, work: Callable[[Database, Any, Any], Any]) -> Callable[[Any, Any], Any]:
        db_path = self._db_path

        def job(progress: Any, cancel: Any) -> Any:  # worker thread: no widgets
            db = open_db(db_path)
            try:
                return work(db, progress, cancel)
            finally:
                db.close()

        return job

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        stage = STAGES.get(progress.stage)
        if stage is not None:
            doing = QCoreApplication.translate(CTX, stage)
        else:
            doing = self.tr("正在导出交换包…") if self._task_kind == "export" else self.tr("正在导入交换包…")
        if progress.total:
            doing += f" {progress.done:,}/{progress.total:,}"
        self.stage_label.setText(doing)
        self.progress_bar.setRange(0, max(progress.total, 1))
        self.progress_bar.setValue(progress.done)

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        text = error_text(error)
        self.banner.show_message("error", text)
        self.refused.emit(text)

    @Slot()
    def _on_cancelled(self) -> None:
        self.banner.show_message("info", self.tr("已取消，数据库和文件都未作修改。"))

    @Slot()
    def _on_finished(self) -> None:
        self.task, self._task_kind = None, ""
        self.backup_button.setText(self.tr("立即备份"))
        self._show_busy(False)

    @Slot()
    def cancel(self) -> None:
        """Stop the running export or import at its next check; nothing is kept."""
        if self.task is not None:
            self.task.cancel()
            self.stage_label.setText(self.tr("正在取消…"))

    # --- backups ---------------------------------------------------------------------------

    @Slot()
    def back_up_now(self) -> bool:
        """Write a verified backup into the backups folder, then list the backups again."""
        if self.busy or not self.may["backup.create"]:
            return False
        actor, ops, db_path = self._actor, self._ops, self._db_path
        self.backup_button.setText(self.tr("正在备份…"))
        self._start("backup", self._db_job(lambda db, _p, _c: (ops.create_backup(db, actor), ops.list_backups(db_path))),
                    self._on_backed_up)
        return True

    @Slot(object)
    def _on_backed_up(self, result: tuple[Path, list[BackupInfo]]) -> None:
        path, found = result
        self._show_backups(found)
        for row in range(self.backup_model.rowCount()):
            if self.backup_model.record(row).path == path:
                self.backup_table.selectRow(row)
        self.banner.show_message("success", self.tr("已备份并校验：{path}").format(path=path))
        self.backup_created.emit(path)

    @Slot()
    def restore_selected(self) -> bool:
        """Ask, then hand the selected backup to the main window (``restore_requested``)."""
        chosen = self.selected_backup
        if chosen is None or self.busy or not self.may["backup.restore"]:
            return False
        text = self.tr(
            "用 {time} 的备份（{reason}）替换当前数据库？\n\n"
            "当前数据库会先另存到备份文件夹，不会删除；此后登记的内容不在这份备份里。"
            "恢复时留客会关闭数据库，完成后所有人都需要重新登录。").format(
            time=time_text(chosen.created_at), reason=reason_text(chosen.reason))
        if not self._confirm(self, self.tr("从备份恢复"), text, self.tr("恢复")):
            return False
        self.restore_requested.emit(chosen.path)
        return True

    # --- exchange packages -----------------------------------------------------------------

    @Slot()
    def export_package(self) -> bool:
        """Ask where and for a password, then write the package with progress and cancel."""
        if self.busy or not self.may["exchange.export"]:
            return False
        name = self.tr("交换包-{user}-{day}").format(user=self._actor.username, day=self._today().strftime("%Y%m%d"))
        target = self._choose_save(self, str(Path(last_folder(self._settings)) / f"{name}{PACKAGE_SUFFIX}"),
                                   self.tr("留客交换包 (*{suffix})").format(suffix=PACKAGE_SUFFIX))
        if target is None:
            return False
        if target.suffix == "":
            target = target.with_suffix(PACKAGE_SUFFIX)
        password = self._ask_password(self, True)
        if password is None:
            return False
        set_last_folder(self._settings, target)
        actor, ops, everything = self._actor, self._ops, self.export_all_check.isChecked()
        self._start("export", self._db_job(lambda db, progress, cancel: ops.export_package(
            db, actor, target, password, everything=everything, progress=progress, cancel=cancel)), self._on_exported)
        return True

    @Slot(object)
    def _on_exported(self, report: ExchangeReport) -> None:
        text = self.tr("已导出交换包：{path}（{what}）。用 U 盘带到另一台电脑，在那里“导入交换包”；密码请另行告知。").format(
            path=report.path, what=counts_text(report.counts))
        self.banner.show_message("success", text)
        self.exchange_label.setText(self.tr("上次导出：{what}").format(what=counts_text(report.counts)))
        self.exchange_label.show()
        self.export_all_check.setChecked(False)
        self.exchange_finished.emit(report)
        self.refresh()  # the figures: nothing waits for export now

    @Slot()
    def import_package(self) -> bool:
        """Ask for the file and its password, merge it with progress and cancel, then show the report."""
        if self.busy or not self.may["exchange.import"]:
            return False
        path = self._choose_open(self, last_folder(self._settings),
                                 self.tr("留客交换包 (*{suffix});;所有文件 (*)").format(suffix=PACKAGE_SUFFIX))
        if path is None:
            return False
        password = self._ask_password(self, False)
        if password is None:
            return False
        set_last_folder(self._settings, path)
        actor, ops = self._actor, self._ops
        self._start("import", self._db_job(lambda db, progress, cancel: ops.import_package(
            db, actor, path, password, progress=progress, cancel=cancel)), self._on_imported)
        return True

    @Slot(object)
    def _on_imported(self, report: ExchangeReport) -> None:
        added = added_total(report.counts)
        text = self.tr("已导入交换包：新增 {added}，未变化 {same} 条，冲突 {conflicts} 处。").format(
            added=counts_text(report.counts) if added else self.tr("0 条"), same=f"{report.unchanged:,}",
            conflicts=len(report.conflicts))
        self.banner.show_message("warning" if report.conflicts else "success", text)
        self.exchange_label.setText(text)
        self.exchange_label.show()
        self.exchange_finished.emit(report)
        if added or report.conflicts:
            self.data_changed.emit()
        self.refresh()
        self._show_report(self, report)

    # --- retention -------------------------------------------------------------------------

    def _say_purge(self, text: str) -> None:
        self.purge_label.setText(text)
        self.purge_label.show()

    @Slot()
    def preview_purge(self) -> bool:
        """Count what a purge would remove now (nothing is changed)."""
        if self.busy or not self.may["data.purge"]:
            return False
        actor, ops = self._actor, self._ops
        self._say_purge(self.tr("正在统计…"))
        self._start("preview", self._db_job(lambda db, _p, _c: ops.purge(db, actor, dry_run=True)), self._on_purged)
        return True

    @Slot()
    def run_purge(self) -> bool:
        """Ask, then remove personal data older than the retention settings."""
        if self.busy or not self.may["data.purge"]:
            return False
        text = self.tr("永久删除超过保留期限的月度资产数据、联系记录、意见反馈和审计日志？\n\n"
                       "删除后无法撤销（安全删除）；较早的备份中仍有这些数据，直到备份轮换删除。建议先“立即备份”。")
        if self.last_preview is not None:
            what = purge_counts_text(self.last_preview)
            text += "\n\n" + (self.tr("上次预览：{what}。").format(what=what) if what else self.tr("上次预览时没有过期数据。"))
        if not self._confirm(self, self.tr("清理过期数据"), text, self.tr("清理")):
            return False
        actor, ops = self._actor, self._ops
        self._say_purge(self.tr("正在清理…"))
        self._start("purge", self._db_job(lambda db, _p, _c: ops.purge(db, actor, dry_run=False)), self._on_purged)
        return True

    @Slot(object)
    def _on_purged(self, report: PurgeReport) -> None:
        what = purge_counts_text(report)
        if report.dry_run:
            self.last_preview = report
            text = self.tr("按当前设置将删除：{what}。").format(what=what) if what else self.tr("没有超过保留期限的数据。")
        else:
            self.last_preview = None
            text = self.tr("已清理：{what}。").format(what=what) if what else self.tr("没有超过保留期限的数据，未删除任何内容。")
            self.banner.show_message("success", text)
            if what:
                self.data_changed.emit()
        cut = report.cutoffs
        if cut:
            text += "\n" + self.tr("保留起点：{dates}").format(dates="，".join(
                f"{purge_kind_text(k)} {v}" for k, v in cut.items()))
        self._say_purge(text)
        self.purge_finished.emit(report)
