"""Exchange package dialogs: the package's password (twice when exporting) and the report of an import."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP  # noqa: N811 - Qt's name, for lupdate
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.exchange import ExchangeReport
from ui.icons import app_icon
from ui.models.rows_model import RowsModel
from ui.pages.page_parts import muted
from ui.widgets.password_fields import PasswordFields
from ui.widgets.tables import make_table

CTX = "ExchangeDialog"
# what an export writes and an import adds, per kind (core/exchange/model.py); unknown kinds show their key
KIND_LABELS: dict[str, str] = {
    "contacts": NOOP("ExchangeDialog", "联系记录"),
    "contact_versions": NOOP("ExchangeDialog", "联系记录的修改"),
    "feedback": NOOP("ExchangeDialog", "意见反馈"),
    "feedback_events": NOOP("ExchangeDialog", "意见反馈的处理步骤"),
    "warnings": NOOP("ExchangeDialog", "预警状态变化"),
    "warning_events": NOOP("ExchangeDialog", "预警状态变化"),
    "warnings_changed": NOOP("ExchangeDialog", "预警当前状态更新"),
    "assignments": NOOP("ExchangeDialog", "管户分派"),
    "handovers": NOOP("ExchangeDialog", "客户交接"),
    "staff_added": NOOP("ExchangeDialog", "新登记的员工"),
    "unlinked": NOOP("ExchangeDialog", "其中暂未对上客户的记录"),
}
NOT_ADDED = ("unlinked",)  # part of what was added, counted again: left out of totals
CONFLICT_KINDS: dict[str, str] = {
    "warning": NOOP("ExchangeDialog", "预警"),
    "contact": NOOP("ExchangeDialog", "联系记录"),
    "feedback": NOOP("ExchangeDialog", "意见反馈"),
    "assignment": NOOP("ExchangeDialog", "管户分派"),
}
COUNT_HEADERS = (NOOP("ExchangeDialog", "类别"), NOOP("ExchangeDialog", "条数"))
CONFLICT_HEADERS = (NOOP("ExchangeDialog", "类别"), NOOP("ExchangeDialog", "记录"), NOOP("ExchangeDialog", "现为"),
                    NOOP("ExchangeDialog", "保留在历史中"), NOOP("ExchangeDialog", "说明"))


def kind_text(kind: str) -> str:
    """A kind of exchanged record in words."""
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate(CTX, label) if label is not None else kind


def added_total(counts: dict[str, int]) -> int:
    """How many records were written or added in all (sub-counts such as ``unlinked`` not counted twice)."""
    return sum(n for k, n in counts.items() if k not in NOT_ADDED)


def _in_order(counts: dict[str, int]) -> list[tuple[str, int]]:
    order = {kind: n for n, kind in enumerate(KIND_LABELS)}
    return sorted(counts.items(), key=lambda item: order.get(item[0], len(order)))


def counts_text(counts: dict[str, int]) -> str:
    """联系记录 3 条、意见反馈 1 条 (kinds with nothing left out); "无" when all are zero."""
    parts = [(QCoreApplication.translate(CTX, "{kind} {n} 人") if k == "staff_added"
              else QCoreApplication.translate(CTX, "{kind} {n} 条")).format(kind=kind_text(k), n=f"{n:,}")
             for k, n in _in_order(counts) if n and k not in NOT_ADDED]
    return "、".join(parts) if parts else QCoreApplication.translate(CTX, "无")


class ExchangePasswordDialog(QDialog):
    """The password of a package: typed twice, with the rule, when exporting; once when importing."""

    def __init__(self, export: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("交换包密码"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(440)
        self.password = PasswordFields(confirm=export, parent=self)
        if export:
            text = self.tr("交换包用这个密码加密。请把密码另行告知导入的同事，不要写在 U 盘上或与 U 盘放在一起。")
        else:
            text = self.tr("请输入导出这个交换包时设置的密码。")
        note = muted(text)
        form = QFormLayout()
        self.password.add_rows(form, self.tr("密码"), self.tr("再输入一次"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("导出") if export else self.tr("导入"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password.changed.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok_button.setEnabled(self.password.problem() is None)

    def accept(self) -> None:
        """Close only with a usable password."""
        if self.password.problem() is None:
            super().accept()


class ExchangeReportDialog(QDialog):
    """What an import merged: counts per kind, how many were already here, and every conflict with its message."""

    def __init__(self, report: ExchangeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("交换包导入结果"))
        self.setWindowIcon(app_icon())
        self.resize(900, 520)
        added = added_total(report.counts)
        if added == 0 and not report.conflicts:
            head = self.tr("没有新内容：交换包中的 {n} 条记录本机都已有（同一个包导入两次不会重复）。").format(n=f"{report.unchanged:,}")
        else:
            head = self.tr("已合并：新增 {added} 条，本机已有（未变化）{same} 条，冲突 {conflicts} 处。").format(
                added=f"{added:,}", same=f"{report.unchanged:,}", conflicts=len(report.conflicts))
        self.summary_label = QLabel(head)
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("sectionTitle")
        self.counts_model = RowsModel(COUNT_HEADERS, CTX, self, right=(1,))
        self.counts_model.set_rows([(kind_text(k), f"{n:,}") for k, n in _in_order(report.counts) if n])
        self.counts_table = make_table(self.counts_model, stretch_column=0)
        self.counts_table.setColumnWidth(1, 90)
        self.counts_table.setMaximumWidth(420)
        self.counts_table.setFixedHeight(40 + 26 * min(max(self.counts_model.rowCount(), 1), 6))  # header + rows
        self.conflicts_model = RowsModel(CONFLICT_HEADERS, CTX, self)
        self.conflicts_model.set_rows([
            (QCoreApplication.translate(CTX, CONFLICT_KINDS[c.kind]) if c.kind in CONFLICT_KINDS else c.kind,
             c.record, c.kept, c.other, c.message) for c in report.conflicts])
        self.conflicts_table = make_table(self.conflicts_model)
        for n, width in enumerate((64, 160, 170, 170)):
            self.conflicts_table.setColumnWidth(n, width)
        self.conflicts_table.setWordWrap(True)  # a handful of rows: each shown whole
        self.conflicts_table.resizeRowsToContents()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        if added:
            layout.addWidget(self.counts_table)
        else:
            self.counts_table.hide()
        self.conflicts_title = muted(self.tr("冲突：同一条记录在两台电脑上都改过，以较晚的修改为准，另一方保留在历史中"))
        layout.addWidget(self.conflicts_title)
        layout.addWidget(self.conflicts_table, 1)
        self.conflicts_title.setVisible(bool(report.conflicts))
        self.conflicts_table.setVisible(bool(report.conflicts))
        self.notes_label = muted("\n".join(report.notes))
        self.notes_label.setVisible(bool(report.notes))
        layout.addWidget(self.notes_label)
        if not report.conflicts:
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ask_package_password(parent: QWidget, export: bool) -> str | None:
    """The password dialog; the password, or None if cancelled."""
    dialog = ExchangePasswordDialog(export, parent)
    return dialog.password.password if dialog.exec() == QDialog.DialogCode.Accepted else None


def show_import_report(parent: QWidget, report: ExchangeReport) -> None:
    """The import's report, modal."""
    ExchangeReportDialog(report, parent).exec()
