"""账户 (管理员 only): every account with its role, staff record and state; create, change, disable, reset.

Accounts are never deleted (the audit log names them): 停用 disables one, 启用 enables it again and also
clears a lock from wrong passwords. Every change runs as a Task on the one writer thread and is audited
in core; a refusal (a taken name, the last administrator …) shows as core's Chinese sentence in the banner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP  # noqa: N811 - Qt's name, for lupdate
from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget
from sqlite_utils import Database

from core.actors import Actor
from core.followup.staff import StaffInfo, list_staff
from core.security.accounts import (
    UserInfo,
    add_user,
    change_user,
    list_users,
    lock_user,
    reset_password,
    unlock_user,
)
from core.security.clock import Clock, system_clock
from core.security.permissions import PermissionDenied, can
from ui.dialogs.background import db_task
from ui.dialogs.user_dialog import ask_new_password, ask_user
from ui.formatting import DASH
from ui.models.record_table_model import Column, RecordTableModel
from ui.pages.admin_parts import Confirm, confirm, error_text, role_text, time_text
from ui.pages.lazy import LazyPage, loading_text
from ui.pages.page_parts import muted, page_layout, page_title
from ui.tasks import TaskRunner
from ui.widgets.banner import Banner
from ui.widgets.headers import fit_headers
from ui.widgets.tables import make_table

CTX = "UsersPage"
AskUser = Callable[[QWidget, Sequence[StaffInfo], UserInfo | None], dict[str, object] | None]
AskPassword = Callable[[QWidget, str], str | None]
Write = Callable[[Database], str]  # does the change, returns the sentence for the banner


class UsersPage(LazyPage, QWidget):
    """The account list and its four actions. Read the first time the page is shown."""

    loaded = Signal()  # the accounts are on screen
    users_changed = Signal(str)  # an account was created or changed (its username); the list shows it
    refused = Signal(str)  # a request was refused (the banner says why); nothing was written

    def __init__(self, db: Database, db_path: Path, runner: TaskRunner, settings: QSettings, actor: Actor,
                 parent: QWidget | None = None, *, ask: AskUser = ask_user, ask_password: AskPassword = ask_new_password,
                 confirm: Confirm = confirm, clock: Clock = system_clock) -> None:
        super().__init__(parent)
        self._db, self._db_path, self._runner, self._settings, self._actor = db, db_path, runner, settings, actor
        self._ask, self._ask_password, self._confirm, self._clock = ask, ask_password, confirm, clock
        self.staff: list[StaffInfo] = []
        self._select_after: str | None = None
        self.banner = Banner(self)
        self.banner.finish_actions()  # without it the text column collapses to one character's width
        self.status_label = muted()
        self.model = RecordTableModel(self._columns(), CTX, self)
        self.table = make_table(self.model)
        for n, width in enumerate((110, 110, 80, 130, 150, 130)):
            self.table.setColumnWidth(n, width)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # creation order until a click
        self.table.setSortingEnabled(True)
        fit_headers(self.table)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.new_button = QPushButton(self.tr("新建账户…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.create_user)
        self.edit_button = QPushButton(self.tr("修改…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.lock_button = QPushButton(self.tr("停用"))
        self.lock_button.clicked.connect(self.toggle_selected)
        self.reset_button = QPushButton(self.tr("重置密码…"))
        self.reset_button.clicked.connect(self.reset_selected)

        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.lock_button)
        actions.addWidget(self.reset_button)
        actions.addStretch(1)
        actions.addWidget(self.status_label)
        layout = page_layout(self)
        layout.addWidget(page_title(self.tr("账户")))
        layout.addWidget(muted(self.tr(
            "每位使用留客的员工一个账户；角色决定能看到和操作什么。账户不会被删除（审计日志要引用它），不再使用时停用即可。"
            "密码连续输错 5 次锁定 30 分钟，“启用/解锁”可立即解除。")))
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self._busy = False
        self._update_buttons()
        if not can(actor, "user.manage"):
            self._show_error(PermissionDenied(actor, "user.manage"), emit=False)

    def _columns(self) -> tuple[Column, ...]:
        return (
            Column("username", NOOP("UsersPage", "用户名"), lambda u: u.username),
            Column("display_name", NOOP("UsersPage", "显示名"), lambda u: u.display_name),
            Column("role", NOOP("UsersPage", "角色"), lambda u: role_text(u.role)),
            Column("staff", NOOP("UsersPage", "对应人员"), lambda u: u.staff_name or DASH),
            Column("state", NOOP("UsersPage", "状态"), self.state_text, alert=lambda u: self._blocked(u),
                   tooltip=lambda u: self.tr("下次登录时须设置新密码") if u.must_change else None),
            Column("last_login", NOOP("UsersPage", "上次登录"), lambda u: time_text(u.last_login_at), lambda u: u.last_login_at),
        )

    def _blocked(self, user: UserInfo) -> bool:
        return user.disabled or user.locked_at(self._clock())

    def state_text(self, user: UserInfo) -> str:
        """正常, 已停用 or 锁定至 … (plus 待改密码 when the user must choose a new password)."""
        if user.disabled:
            text = self.tr("已停用")
        elif user.locked_at(self._clock()):
            text = self.tr("锁定至 {time}").format(time=time_text(user.locked_until)[5:])
        else:
            text = self.tr("正常")
        return text + self.tr("（待改密码）") if user.must_change and not user.disabled else text

    # --- reading ---------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the accounts and the staff list again (on the task runner)."""
        if not can(self._actor, "user.manage"):
            self.loaded.emit()
            return
        self.status_label.setText(loading_text())
        actor = self._actor

        def read(db: Database) -> tuple[list[UserInfo], list[StaffInfo]]:  # worker thread: no widgets
            return list_users(db, actor), list_staff(db, actor)

        self.read_in_background(read, self._show)

    def _show(self, result: tuple[list[UserInfo], list[StaffInfo]]) -> None:
        users, self.staff = result
        wanted = self._select_after or (self.selected.username if self.selected else None)
        self._select_after = None
        self.model.set_rows(users)
        self.status_label.setText(self.tr("共 {n} 个账户").format(n=len(users)))
        if wanted is not None:
            self.select(wanted)
        self._update_buttons()

    def show_read_error(self, error: Exception) -> None:
        """A failed read shows in the banner."""
        self._show_error(error, emit=False)
        self.status_label.setText("")

    @property
    def selected(self) -> UserInfo | None:
        """The account selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, username: str) -> bool:
        """Select ``username``'s row; False if it is not listed."""
        for row in range(self.model.rowCount()):
            if self.model.record(row).username == username:
                self.table.selectRow(row)
                return True
        return False

    @Slot()
    def _update_buttons(self) -> None:
        user, allowed = self.selected, can(self._actor, "user.manage") and not self._busy
        self.new_button.setEnabled(allowed)
        for button in (self.edit_button, self.lock_button, self.reset_button):
            button.setEnabled(allowed and user is not None)
        if user is not None and user.disabled:
            self.lock_button.setText(self.tr("启用"))
        elif user is not None and user.locked_at(self._clock()):
            self.lock_button.setText(self.tr("解锁"))
        else:
            self.lock_button.setText(self.tr("停用"))

    # --- actions ---------------------------------------------------------------------------

    @Slot()
    def create_user(self) -> bool:
        """Ask for the new account and create it; False if cancelled or a change is still being saved."""
        if self._busy:
            return False
        values = self._ask(self, self.staff, None)
        if values is None:
            return False
        actor, name = self._actor, str(values["username"])

        def write(db: Database) -> str:  # worker thread: no widgets
            add_user(db, actor, name, str(values["password"]), str(values["role"]),
                     display_name=str(values["display_name"]), staff_id=values["staff_id"],  # type: ignore[arg-type]
                     must_change=True)
            return QCoreApplication.translate(CTX, "已创建账户 {name}（{role}）。请把初始密码当面告知本人；首次登录须改为自己的密码。").format(
                name=name, role=role_text(str(values["role"])))

        return self._write(write, name)

    @Slot()
    def edit_selected(self) -> bool:
        """Change the selected account's role, display name or staff record."""
        user = self.selected
        if user is None or self._busy:
            return False
        values = self._ask(self, self.staff, user)
        if values is None:
            return False
        actor = self._actor

        def write(db: Database) -> str:  # worker thread: no widgets
            change_user(db, actor, user.username, role=str(values["role"]), display_name=str(values["display_name"]),
                        staff_id=values["staff_id"])  # type: ignore[arg-type]
            return QCoreApplication.translate(CTX, "已保存账户 {name} 的修改。").format(name=user.username)

        return self._write(write, user.username)

    @Slot()
    def toggle_selected(self) -> bool:
        """停用 the selected account (after asking), or 启用/解锁 it."""
        user = self.selected
        if user is None or self._busy:
            return False
        actor, name = self._actor, user.username
        if not user.disabled and not user.locked_at(self._clock()):
            text = self.tr("停用后 {name} 不能再登录，直到再次启用。其已有的记录和审计日志保留不变。").format(name=name)
            if name == actor.username:
                text += "\n\n" + self.tr("这是您当前登录的账户：停用后您将无法再登录，需要另一位管理员为您启用。")
            if not self._confirm(self, self.tr("停用账户"), text, self.tr("停用")):
                return False

            def write(db: Database) -> str:  # worker thread: no widgets
                lock_user(db, actor, name)
                return QCoreApplication.translate(CTX, "已停用账户 {name}。").format(name=name)
        else:
            def write(db: Database) -> str:  # worker thread: no widgets
                unlock_user(db, actor, name)
                return QCoreApplication.translate(CTX, "账户 {name} 已启用，可以登录。").format(name=name)

        return self._write(write, name)

    @Slot()
    def reset_selected(self) -> bool:
        """Set a temporary password for the selected account; they choose their own at the next sign-in."""
        user = self.selected
        if user is None or self._busy:
            return False
        password = self._ask_password(self, user.username)
        if password is None:
            return False
        actor, name = self._actor, user.username

        def write(db: Database) -> str:  # worker thread: no widgets
            reset_password(db, actor, name, password)
            return QCoreApplication.translate(CTX, "已重置 {name} 的密码。请当面告知临时密码；其下次登录时须设置新密码。").format(name=name)

        return self._write(write, name)

    def _write(self, write: Write, username: str) -> bool:
        actor = self._actor

        def work(db: Database) -> tuple[str, list[UserInfo]]:  # worker thread: no widgets
            return write(db), list_users(db, actor)

        task = db_task(self._db_path, work)
        self._select_after = username
        task.succeeded.connect(self._written)  # bound methods: queued to this (UI) thread
        task.failed.connect(self._show_error)
        task.finished.connect(self._write_finished)
        self._busy = True
        self._update_buttons()
        self._runner.start(task)
        return True

    @Slot(object)
    def _written(self, result: tuple[str, list[UserInfo]]) -> None:
        message, users = result
        username = self._select_after or ""
        self._show((users, self.staff))
        self.banner.show_message("success", message)
        self.users_changed.emit(username)

    @Slot()
    def _write_finished(self) -> None:
        self._busy = False
        self._update_buttons()

    @Slot(object)
    def _show_error(self, error: BaseException, emit: bool = True) -> None:
        self._select_after = None
        text = error_text(error)
        self.banner.show_message("error", text)
        if emit:
            self.refused.emit(text)
