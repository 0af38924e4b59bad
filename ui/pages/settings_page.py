"""设置: business rules (tiers, rule thresholds and weights, cadences) in the database, staff, and the UI language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.db import db_path_of
from core.followup.codes import ROLES, FollowupRefused
from core.followup.staff import add_staff, list_staff
from core.i18n import QT_TRANSLATE_NOOP
from core.security.permissions import PermissionDenied, can
from core.settings import list_settings
from ui.dialogs.background import app_runner, db_task
from ui.errors import error_text
from ui.models.rows_model import RowsModel
from ui.models.settings_model import SettingsModel
from ui.pages.lazy import LazyPage, loading_text
from ui.pages.page_parts import page_layout
from ui.settings import KEY_LANGUAGE, language
from ui.tasks import TaskRunner
from ui.widgets.banner import Banner
from ui.widgets.headers import fit_headers

CTX = "SettingsPage"
GROUPS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (QT_TRANSLATE_NOOP("SettingsPage", "客户等级"), ("tier.",),
     QT_TRANSLATE_NOOP("SettingsPage", "按月末金融资产划分等级；低于等级标准的客户先列为“关注”，连续数月后降级。")),
    (QT_TRANSLATE_NOOP("SettingsPage", "预警规则"), ("rule.",),
     QT_TRANSLATE_NOOP("SettingsPage", "各项流失信号的触发条件。修改后，下次打开流失预警时按新设置重新计算。")),
    (QT_TRANSLATE_NOOP("SettingsPage", "规则权重与分数线"), ("weight.", "level.", "backtest.", "model."),
     QT_TRANSLATE_NOOP("SettingsPage", "每条规则触发时最多加多少分，以及“高”“中”风险的分数线。")),
    (QT_TRANSLATE_NOOP("SettingsPage", "维护周期与考核"), ("cadence.", "followup.", "score."),
     QT_TRANSLATE_NOOP("SettingsPage", "各等级客户的联系周期、预警联系时限和服务考核权重。")),
    (QT_TRANSLATE_NOOP("SettingsPage", "安全与保留"), ("security.", "retention."),
     QT_TRANSLATE_NOOP("SettingsPage", "无操作多少分钟后锁定窗口；月度快照、联系记录和审计日志各保留多少个月（审计日志至少 6 个月）。")),
)
STAFF_HEADERS = (QT_TRANSLATE_NOOP("SettingsPage", "工号"), QT_TRANSLATE_NOOP("SettingsPage", "姓名"),
                 QT_TRANSLATE_NOOP("SettingsPage", "岗位"), QT_TRANSLATE_NOOP("SettingsPage", "状态"),
                 QT_TRANSLATE_NOOP("SettingsPage", "管户客户"), QT_TRANSLATE_NOOP("SettingsPage", "未结预警"))
LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


class SettingsPage(LazyPage, QWidget):
    """Every business setting, editable in place with Chinese validation messages.

    Settings and staff are read the first time the page is shown, and every save runs as a Task on
    the runner (one writer at a time).
    """

    settings_changed = Signal()  # a business setting or the staff list changed (and is saved)
    loaded = Signal()  # settings and staff are on screen
    staff_refused = Signal(str)  # a registration was refused (the banner says why)

    def __init__(self, db: Database, ui_settings: QSettings, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None, actor: Actor = LOCAL_USER) -> None:
        super().__init__(parent)
        self._db, self._ui, self._actor = db, ui_settings, actor
        self._runner = runner if runner is not None else app_runner(self)
        title = QLabel(self.tr("设置"))
        title.setObjectName("pageTitle")
        self.banner = Banner()
        self.banner.hide()
        self.tabs = QTabWidget()
        self.models: list[SettingsModel] = []
        self.tables: list[QTableView] = []
        for name, prefixes, help_text in GROUPS:
            self.tabs.addTab(self._settings_tab(prefixes, help_text), self.tr(name))
        self.tabs.addTab(self._staff_tab(), self.tr("员工"))
        self.tabs.addTab(self._language_tab(), self.tr("界面语言"))
        layout = page_layout(self)
        layout.addWidget(title)
        sub = QLabel(self.tr("业务设置保存在数据库中，随数据一起备份；双击“当前值”修改，按 Enter 确认。"))
        sub.setObjectName("muted")
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        head = QHBoxLayout()
        head.addWidget(sub, 1)
        head.addWidget(self.status_label)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    # --- business settings -----------------------------------------------------------------

    def _settings_tab(self, prefixes: Sequence[str], help_text: str) -> QWidget:
        model = SettingsModel(self._db, prefixes, self._actor, self, runner=self._runner)
        model.refused.connect(self.show_refusal)
        model.changed.connect(self._on_changed)
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 160)
        header.resizeSection(2, 140)
        fit_headers(table)
        self.models.append(model)
        self.tables.append(table)
        box = QWidget()
        layout = QVBoxLayout(box)
        text = QLabel(self.tr(help_text))
        text.setObjectName("muted")
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(table, 1)
        return box

    @Slot(str)
    def show_refusal(self, message: str) -> None:
        """Show why a value was not accepted (nothing was written)."""
        self.banner.show_message("error", self.tr("未保存：{why}").format(why=message))
        self.banner.show()

    @Slot(str)
    def _on_changed(self, key: str) -> None:
        self.banner.show_message("success", self.tr("已保存。相关清单将按新设置重新计算。"))
        self.banner.show()
        self.settings_changed.emit()

    # --- staff ---------------------------------------------------------------------------

    def _staff_tab(self) -> QWidget:
        self.staff_model = RowsModel(STAFF_HEADERS, CTX, self, right=(4, 5))
        self.staff_table = QTableView()
        self.staff_table.setModel(self.staff_model)
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staff_table.setAlternatingRowColors(True)
        self.staff_table.verticalHeader().setVisible(False)
        self.staff_table.horizontalHeader().setStretchLastSection(False)
        self.staff_table.horizontalHeader().setHighlightSections(False)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("姓名"))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("工号"))
        self.role_combo = QComboBox()
        for role in ROLES:
            self.role_combo.addItem(self.tr(role), role)
        self.role_combo.setCurrentIndex(1)  # 客户经理
        self.add_button = QPushButton(self.tr("登记员工"))
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_staff)
        self.number_edit.returnPressed.connect(self.add_staff)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("新员工：")))
        form.addWidget(self.name_edit)
        form.addWidget(self.number_edit)
        form.addWidget(self.role_combo)
        form.addWidget(self.add_button)
        form.addStretch(1)
        if not can(self._actor, "staff.manage"):
            for n in range(form.count()):
                widget = form.itemAt(n).widget()
                if widget is not None:
                    widget.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        note = QLabel(self.tr("导入时按清单中的管户经理自动建立员工；在这里可补登工号或登记新员工。"))
        note.setObjectName("muted")
        layout.addWidget(note)
        layout.addWidget(self.staff_table, 1)
        layout.addLayout(form)
        return box

    def reload_staff(self) -> None:
        """Re-read the staff list (UI thread; ``refresh`` reads it in the background)."""
        self._show_staff(list_staff(self._db, self._actor))

    def _show_staff(self, staff: list) -> None:  # noqa: ANN001 - list[StaffInfo]
        self.staff_model.set_rows([
            (s.employee_no or self.tr("（未登记）"), s.name, s.role, self.tr("在岗") if s.active else self.tr("停用"),
             f"{s.customers:,}", f"{s.open_warnings:,}") for s in staff], staff)
        for n, w in enumerate((100, 100, 90, 70, 90, 90)):
            self.staff_table.horizontalHeader().resizeSection(n, w)
        fit_headers(self.staff_table)

    @Slot()
    def add_staff(self) -> bool:
        """Register the person typed in the form (written on the runner); False if a save is still running.

        ``settings_changed`` follows once saved (the staff list shown again); a refusal shows in the banner.
        """
        if not self.add_button.isEnabled():
            return False
        name, number, role = self.name_edit.text(), self.number_edit.text(), str(self.role_combo.currentData())
        actor = self._actor

        def write(db: Database) -> tuple:  # worker thread: no widgets
            saved = add_staff(db, actor, name, number, role)
            return saved, list_staff(db, actor)

        task = db_task(db_path_of(self._db), write)  # type: ignore[arg-type]
        task.succeeded.connect(self._staff_added)
        task.failed.connect(self._staff_failed)
        task.finished.connect(lambda: self.add_button.setEnabled(True))
        self.add_button.setEnabled(False)
        self._runner.start(task)
        return True

    @Slot(object)
    def _staff_added(self, result: tuple) -> None:
        saved, staff = result
        self.add_button.setEnabled(True)  # the next one may be typed at once
        self.banner.show_message("success", self.tr("已登记：{name}（{no}）").format(name=saved.name, no=saved.employee_no))
        self.banner.show()
        self.name_edit.clear()
        self.number_edit.clear()
        self._show_staff(staff)
        self.settings_changed.emit()

    @Slot(object)
    def _staff_failed(self, error: Exception) -> None:
        self.add_button.setEnabled(True)
        message = error_text(error) if isinstance(error, FollowupRefused | PermissionDenied) else self.tr(
            "未能保存（{kind}），数据库未作修改。").format(kind=type(error).__name__)
        self.show_refusal(message)
        self.staff_refused.emit(message)

    # --- language --------------------------------------------------------------------------

    def _language_tab(self) -> QWidget:
        self.language_combo = QComboBox()
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        found = self.language_combo.findData(language(self._ui))
        self.language_combo.setCurrentIndex(found if found >= 0 else 0)
        self.language_note = QLabel(self.tr("界面语言保存在本机，重新启动留客后生效。"))
        self.language_note.setObjectName("muted")
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        box = QWidget()
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("界面语言(&L)"), self.language_combo)
        form.addRow("", self.language_note)
        return box

    @Slot()
    def _language_chosen(self) -> None:
        self._ui.setValue(KEY_LANGUAGE, self.language_combo.currentData())
        self._ui.sync()
        self.language_note.setText(self.tr("已保存。重新启动留客后界面将使用 {name}。").format(
            name=self.language_combo.currentText()))

    @Slot()
    def refresh(self) -> None:
        """Re-read settings and staff (after an import created staff, F5) on the task runner."""
        self.status_label.setText(loading_text())

        actor = self._actor

        def read(db: Database) -> tuple:  # worker thread: no widgets
            return list_settings(db, actor), list_staff(db, actor)

        self.read_in_background(read, self._show)

    def _show(self, result: tuple) -> None:
        settings, staff = result
        for model in self.models:
            model.set_settings(settings)
        self._show_staff(staff)
        self.status_label.setText("")
