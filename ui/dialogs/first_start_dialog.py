"""The first-start question: an empty database, or the demo branch to look around in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from ui.icons import app_icon, icon
from ui.pages.page_parts import muted, page_title
from ui.widgets.dialog_parts import logo_heading

EMPTY, DEMO = "empty", "demo"


class FirstStartDialog(QDialog):
    """Asks how to begin when there is no database yet; ``choice`` is EMPTY, DEMO or None."""

    def __init__(self, db_path: Path, parent=None) -> None:  # noqa: ANN001 - QWidget | None
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("欢迎使用留客"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(560)

        intro = QLabel(self.tr("留客帮助网点记住每一位有价值的客户，及早发现资产流失的苗头。\n这台电脑上还没有留客的数据库，请选择如何开始："))
        intro.setWordWrap(True)
        top = logo_heading(page_title(self.tr("欢迎使用留客")), intro, 56)

        self.empty_button = self._choice_button(
            "new-database", self.tr("新建空数据库"), self.tr("从导入本网点的月度客户清单（Excel 或 CSV）开始。"), EMPTY
        )
        self.demo_button = self._choice_button(
            "branch", self.tr("打开示范网点（演示数据）"),
            self.tr("生成一个虚构网点约 2,000 位客户、12 个月的数据，先熟悉各项功能。全部为虚构数据，通常不到一分钟。"),
            DEMO,
        )
        where = muted(self.tr("数据库位置：{path}").format(path=db_path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.addLayout(top)
        layout.addSpacing(12)
        layout.addWidget(self.empty_button)
        layout.addWidget(self.demo_button)
        layout.addSpacing(8)
        layout.addWidget(where)
        layout.addWidget(buttons)

    def _choice_button(self, icon_name: str, text: str, description: str, choice: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description)
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(28, 28))
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
