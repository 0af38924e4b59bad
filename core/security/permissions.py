"""What each role may do, enforced in core: every operation calls ``require`` (or ``can``) first.

The matrix ``ALLOWED`` is the single source of truth; ``tests/core/test_permissions.py`` checks every
action × role against it and against the operations that enforce it. Which customers a role sees is
``customer_scope``: a 主管 all of them, a 客户经理 those they manage, a 柜员 their own and the unassigned;
管理员 and 审计 see no customer data at all.
"""

from __future__ import annotations

from core.actors import ADMIN, AUDITOR, HEAD, MANAGER, ROLES, TELLER, Actor
from core.actors import CTX as ROLES_CTX
from core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

CTX = "Permissions"

# action key → Chinese label (used in refusals, the audit log and the role table)
QT_TRANSLATE_NOOP(CTX, "、")  # the list separator, translatable
ACTIONS: dict[str, str] = {
    "customer.view": QT_TRANSLATE_NOOP(CTX, "查看客户"),
    "customer.balances": QT_TRANSLATE_NOOP(CTX, "查看客户资产"),
    "customer.search_identifier": QT_TRANSLATE_NOOP(CTX, "按证件号/手机号查找客户"),
    "customer.reveal": QT_TRANSLATE_NOOP(CTX, "查看完整证件号/手机号"),
    "customer.erase": QT_TRANSLATE_NOOP(CTX, "应客户要求删除其个人信息"),
    "import.run": QT_TRANSLATE_NOOP(CTX, "导入客户名单"),
    "import.undo": QT_TRANSLATE_NOOP(CTX, "撤销导入"),
    "import.view": QT_TRANSLATE_NOOP(CTX, "查看导入记录"),
    "risk.view": QT_TRANSLATE_NOOP(CTX, "查看流失预警"),
    "risk.recompute": QT_TRANSLATE_NOOP(CTX, "重新计算预警"),
    "risk.backtest": QT_TRANSLATE_NOOP(CTX, "预警回测"),
    "warning.update": QT_TRANSLATE_NOOP(CTX, "处理预警（更改状态）"),
    "customer.assign": QT_TRANSLATE_NOOP(CTX, "分派管户客户经理"),
    "staff.view": QT_TRANSLATE_NOOP(CTX, "查看人员名单"),
    "staff.manage": QT_TRANSLATE_NOOP(CTX, "维护人员与交接"),
    "contact.view": QT_TRANSLATE_NOOP(CTX, "查看联系记录"),
    "contact.record": QT_TRANSLATE_NOOP(CTX, "登记联系记录"),
    "contact.edit_any": QT_TRANSLATE_NOOP(CTX, "修改他人登记的联系记录"),
    "feedback.view": QT_TRANSLATE_NOOP(CTX, "查看意见反馈"),
    "feedback.record": QT_TRANSLATE_NOOP(CTX, "登记意见反馈"),
    "feedback.handle": QT_TRANSLATE_NOOP(CTX, "转交、答复意见反馈"),
    "scorecard.view": QT_TRANSLATE_NOOP(CTX, "查看服务考核"),
    "report.generate": QT_TRANSLATE_NOOP(CTX, "生成月度报告"),
    "export.masked": QT_TRANSLATE_NOOP(CTX, "导出（脱敏）"),
    "export.full": QT_TRANSLATE_NOOP(CTX, "导出完整信息"),
    "settings.view": QT_TRANSLATE_NOOP(CTX, "查看设置"),
    "settings.change": QT_TRANSLATE_NOOP(CTX, "修改设置"),
    "user.manage": QT_TRANSLATE_NOOP(CTX, "管理账户"),
    "audit.view": QT_TRANSLATE_NOOP(CTX, "查看审计日志"),
    "audit.export": QT_TRANSLATE_NOOP(CTX, "导出审计日志"),
    "backup.create": QT_TRANSLATE_NOOP(CTX, "备份数据库"),
    "backup.restore": QT_TRANSLATE_NOOP(CTX, "从备份恢复"),
    "exchange.export": QT_TRANSLATE_NOOP(CTX, "导出交换包"),
    "exchange.import": QT_TRANSLATE_NOOP(CTX, "导入交换包"),
    "data.purge": QT_TRANSLATE_NOOP(CTX, "清理过期数据"),
    "demo.load": QT_TRANSLATE_NOOP(CTX, "载入示范数据"),
}

_T, _M, _H, _A, _U = TELLER, MANAGER, HEAD, ADMIN, AUDITOR
ALLOWED: dict[str, frozenset[str]] = {
    key: frozenset(roles)
    for key, roles in {
        "customer.view": (_T, _M, _H),
        "customer.balances": (_M, _H),
        "customer.search_identifier": (_T, _M, _H),
        "customer.reveal": (_H,),
        "customer.erase": (_H,),
        "import.run": (_H,),
        "import.undo": (_H,),
        "import.view": (_H, _A),
        "risk.view": (_M, _H),
        "risk.recompute": (_H,),
        "risk.backtest": (_H,),
        "warning.update": (_M, _H),
        "customer.assign": (_H,),
        "staff.view": (_T, _M, _H, _A),
        "staff.manage": (_H, _A),
        "contact.view": (_T, _M, _H),
        "contact.record": (_T, _M, _H),
        "contact.edit_any": (_H,),
        "feedback.view": (_T, _M, _H),
        "feedback.record": (_T, _M, _H),
        "feedback.handle": (_M, _H),
        "scorecard.view": (_H,),
        "report.generate": (_H,),
        "export.masked": (_M, _H),
        "export.full": (_H,),
        "settings.view": (_M, _H, _A),
        "settings.change": (_H, _A),
        "user.manage": (_A,),
        "audit.view": (_U, _H),
        "audit.export": (_U, _H),
        "backup.create": (_H, _A),
        "backup.restore": (_A,),
        "exchange.export": (_T, _M, _H),
        "exchange.import": (_T, _M, _H),
        "data.purge": (_H, _A),
        "demo.load": (_H, _A),
    }.items()
}
assert set(ALLOWED) == set(ACTIONS)
assert all(roles <= set(ROLES) for roles in ALLOWED.values())


class PermissionDenied(Exception):
    """The acting user's role does not allow this; nothing was read or written."""

    def __init__(self, actor: Actor, action: str) -> None:
        super().__init__(action)
        self.actor, self.action = actor, action
        self.code = "permission_denied"

    def message(self, translate: Translate = untranslated) -> str:
        """The explanation (Chinese, or through ``translate``): which action, which role, who may."""
        allowed = translate(CTX, "、").join(
            translate(ROLES_CTX, r) for r in ROLES if r in ALLOWED.get(self.action, ())
        ) or "—"
        return translate(CTX, QT_TRANSLATE_NOOP(CTX, "没有权限：{role}不能{action}（可由{allowed}操作）。")).format(
            role=translate(ROLES_CTX, self.actor.role),
            action=translate(CTX, ACTIONS.get(self.action, self.action)),
            allowed=allowed,
        )


def can(actor: Actor, action: str) -> bool:
    """Whether ``actor``'s role allows ``action`` (a key of ``ACTIONS``)."""
    if action not in ALLOWED:
        raise KeyError(action)
    return actor.role in ALLOWED[action]


def require(actor: Actor, action: str) -> None:
    """Raise PermissionDenied unless ``actor`` may do ``action``."""
    if not can(actor, action):
        raise PermissionDenied(actor, action)


def sees_all_customers(actor: Actor) -> bool:
    """Whether ``actor`` sees every customer (a 主管)."""
    return actor.role == HEAD


def customer_scope(actor: Actor, manager_column: str = "c.manager_id") -> tuple[str, list[object]]:
    """A SQL condition (and its parameters) limiting customers to those ``actor`` may see.

    :param manager_column: the column holding the customer's responsible staff id in the query
    :raises PermissionDenied: the role sees no customers at all (管理员, 审计)
    """
    require(actor, "customer.view")
    if actor.role == HEAD:
        return "1", []
    if actor.role == MANAGER:
        return f"{manager_column} = ?", [actor.staff_id if actor.staff_id is not None else -1]
    return f"({manager_column} = ? OR {manager_column} IS NULL)", [actor.staff_id if actor.staff_id is not None else -1]


def may_see_customer(actor: Actor, manager_id: int | None) -> bool:
    """Whether ``actor`` may see a customer managed by ``manager_id`` (None: unassigned)."""
    if not can(actor, "customer.view"):
        return False
    if actor.role == HEAD:
        return True
    if actor.role == MANAGER:
        return manager_id is not None and manager_id == actor.staff_id
    return manager_id is None or manager_id == actor.staff_id
