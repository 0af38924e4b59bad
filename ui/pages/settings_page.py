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

from core.actors import LOCAL_USER
from core.followup.codes import ROLES, FollowupRefused
from core.followup.staff import add_staff, list_staff
from ui.models.rows_model import RowsModel
from ui.models.settings_model import SettingsModel
from ui.settings import KEY_LANGUAGE, language
from ui.widgets.banner import Banner

CTX = "SettingsPage"
GROUPS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("客户等级", ("tier.",), "按月末金融资产划分等级；低于等级标准的客户先列为“关注”，连续数月后降级。"),
    ("预警规则", ("rule.",), "各项流失信号的触发条件。修改后，下次打开流失预警时按新设置重新计算。"),
    ("规则权重与分数线", ("weight.", "level.", "backtest.", "model."), "每条规则触发时最多加多少分，以及“高”“中”风险的分数线。"),
    ("维护周期与考核", ("cadence.", "followup.", "score."), "各等级客户的联系周期、预警联系时限和服务考核权重。"),
)
LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


class SettingsPage(QWidget):
    """Every business setting, editable in place with Chinese validation messages."""

    settings_changed = Signal()  # a business setting or the staff list changed

    def __init__(self, db: Database, ui_settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._ui = db, ui_settings
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        sub = QLabel(self.tr("业务设置保存在数据库中，随数据一起备份；双击“当前值”修改，按 Enter 确认。"))
        sub.setObjectName("muted")
        layout.addWidget(sub)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    # --- business settings -----------------------------------------------------------------

    def _settings_tab(self, prefixes: Sequence[str], help_text: str) -> QWidget:
        model = SettingsModel(self._db, prefixes, LOCAL_USER, self)
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
        self.staff_model = RowsModel(("工号", "姓名", "岗位", "状态", "管户客户", "未结预警"), CTX, self, right=(4, 5))
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
        box = QWidget()
        layout = QVBoxLayout(box)
        note = QLabel(self.tr("导入时按清单中的管户经理自动建立员工；在这里可补登工号或登记新员工。"))
        note.setObjectName("muted")
        layout.addWidget(note)
        layout.addWidget(self.staff_table, 1)
        layout.addLayout(form)
        self.reload_staff()
        return box

    def reload_staff(self) -> None:
        """Re-read the staff list."""
        staff = list_staff(self._db, LOCAL_USER)
        self.staff_model.set_rows([
            (s.employee_no or self.tr("（未登记）"), s.name, s.role, self.tr("在岗") if s.active else self.tr("停用"),
             f"{s.customers:,}", f"{s.open_warnings:,}") for s in staff], staff)
        for n, w in enumerate((100, 100, 90, 70, 90, 90)):
            self.staff_table.horizontalHeader().resizeSection(n, w)

    @Slot()
    def add_staff(self) -> bool:
        """Register the person typed in the form."""
        try:
            saved = add_staff(self._db, LOCAL_USER, self.name_edit.text(), self.number_edit.text(),
                              str(self.role_combo.currentData()))
        except FollowupRefused as exc:
            self.show_refusal(exc.message())
            return False
        self.banner.show_message("success", self.tr("已登记：{name}（{no}）").format(name=saved.name, no=saved.employee_no))
        self.banner.show()
        self.name_edit.clear()
        self.number_edit.clear()
        self.reload_staff()
        self.settings_changed.emit()
        return True

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

    def refresh(self) -> None:
        """Re-read settings and staff (after an import created staff, F5)."""
        for model in self.models:
            model.reload()
        self.reload_staff()
