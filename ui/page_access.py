"""Which pages of the main window a role sees. Core enforces every action anyway; this keeps the
window to what the user may actually do, so no one meets a page of refusals.

A page shows when the role may do any of its actions:
柜员 工作台 (reduced, no balances), 客户, 走访, 意见反馈, 数据安全 (exchange packages);
客户经理 adds 流失预警 and 报表 (masked lists); 主管 everything but 账户; 管理员 设置, 账户, 数据安全;
审计 审计日志 only.
"""

from __future__ import annotations

from core.actors import Actor
from core.security.permissions import can

# page key → the actions of which any one opens it (in navigation order)
PAGE_ACTIONS: dict[str, tuple[str, ...]] = {
    "dashboard": ("customer.view",),
    "customers": ("customer.view",),
    "worklist": ("risk.view",),
    "contacts": ("contact.view",),
    "feedback": ("feedback.view",),
    "scorecard": ("scorecard.view",),
    "reports": ("report.generate", "export.masked"),
    "import": ("import.run",),
    "settings": ("settings.change",),
    "users": ("user.manage",),
    "audit": ("audit.view",),
    "data": ("backup.create", "exchange.export", "data.purge"),
}


def may_open(actor: Actor, page: str) -> bool:
    """Whether ``actor``'s role sees the page ``page`` (a key of ``PAGE_ACTIONS``)."""
    return any(can(actor, action) for action in PAGE_ACTIONS[page])


def pages_for(actor: Actor) -> list[str]:
    """The keys of the pages ``actor`` sees, in navigation order."""
    return [page for page in PAGE_ACTIONS if may_open(actor, page)]
