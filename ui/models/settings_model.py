"""Business settings as an editable table: label, value, default. Edits go through core.settings.

With a ``runner`` the model never touches the database on the UI thread: the page reads the values
in a Task and hands them to ``set_settings``; an edit is written by a Task on the runner (one writer
at a time) and shown once saved (``changed``) or refused (``refused``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.i18n import QT_TRANSLATE_NOOP
from core.security.permissions import PermissionDenied, can
from core.settings import SettingRefused, SettingValue, list_settings, set_setting

Index = QModelIndex | QPersistentModelIndex
CTX = "SettingsModel"
HEADERS = (
    QT_TRANSLATE_NOOP("SettingsModel", "设置项"),
    QT_TRANSLATE_NOOP("SettingsModel", "当前值"),
    QT_TRANSLATE_NOOP("SettingsModel", "默认值"),
)
VALUE = 1


class SettingsModel(QAbstractTableModel):
    """The settings whose keys start with one of ``prefixes``; the value column is editable."""

    refused = Signal(str)  # a Chinese explanation: nothing was written
    changed = Signal(str)  # the key that changed

    def __init__(self, db: Database, prefixes: Sequence[str], actor: Actor = LOCAL_USER, parent: Any = None,
                 *, runner: Any = None) -> None:
        """Without a ``runner`` the values are read now and edits written here (tools, tests)."""
        super().__init__(parent)
        self._db, self._prefixes, self._actor, self._runner = db, tuple(prefixes), actor, runner
        self.editable = can(actor, "settings.change")  # a role that may only look sees the values, read-only
        self._rows: list[SettingValue] = []
        self.saving: set[str] = set()  # keys being written on the runner
        if runner is None:
            self.reload()

    def reload(self) -> None:
        """Re-read the values from the database (UI thread)."""
        self.set_settings(list_settings(self._db, self._actor))

    def set_settings(self, settings: Sequence[SettingValue]) -> None:
        """Show those of ``settings`` (read elsewhere, e.g. in a Task) that belong to this model."""
        self.beginResetModel()
        self._rows = [s for s in settings if s.key.startswith(self._prefixes)]
        self.endResetModel()

    def setting(self, row: int) -> SettingValue:
        """The setting shown in ``row``."""
        return self._rows[row]

    def row_of(self, key: str) -> int | None:
        """The row of ``key``, if shown."""
        return next((n for n, s in enumerate(self._rows) if s.key == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == VALUE and self.editable else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(HEADERS):
            return None
        s, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (QCoreApplication.translate("Settings", s.label), s.text, s.default_text)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(CTX, "双击修改；填“默认”恢复默认值。键：{key}").format(key=s.key)
        if role == Qt.ItemDataRole.FontRole and col == VALUE and not s.is_default:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            return QBrush(QColor("#5f6b76"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != VALUE or role != Qt.ItemDataRole.EditRole:
            return False
        s = self._rows[index.row()]
        text = str(value).strip()
        if text == s.text or s.key in self.saving:
            return False
        if self._runner is not None:
            self._save_in_background(s.key, text)
            return True
        try:
            saved = set_setting(self._db, self._actor, s.key, text)
        except (SettingRefused, PermissionDenied) as exc:
            self.refused.emit(exc.message(QCoreApplication.translate))
            return False
        self._saved(saved)
        return True

    def _save_in_background(self, key: str, text: str) -> None:
        from core.db import db_path_of
        from ui.dialogs.background import db_task

        path = db_path_of(self._db)
        actor = self._actor
        task = db_task(path, lambda db: set_setting(db, actor, key, text))  # type: ignore[arg-type]
        self.saving.add(key)
        task.succeeded.connect(self._saved)
        task.failed.connect(lambda error: self._failed(error, key))
        task.finished.connect(lambda: self.saving.discard(key))  # also after a cancel
        self._runner.start(task)

    def _saved(self, saved: SettingValue) -> None:
        self.saving.discard(saved.key)  # before the news goes out: whoever hears it may edit the key again at once
        row = self.row_of(saved.key)
        if row is not None:
            self._rows[row] = saved
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.changed.emit(saved.key)

    def _failed(self, error: Exception, key: str) -> None:
        self.saving.discard(key)  # as in _saved
        if isinstance(error, SettingRefused | PermissionDenied):
            self.refused.emit(error.message(QCoreApplication.translate))
        else:
            self.refused.emit(QCoreApplication.translate(CTX, "未能保存（{kind}），数据库未作修改。").format(
                kind=type(error).__name__))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate(CTX, HEADERS[section])
        return None
