"""Who is acting. Every core operation that reads or changes customer data takes an Actor.

Until accounts exist (the security issue), the app acts as one local user. Keeping the
argument everywhere now lets roles, masking and the audit log arrive without a rewrite.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a core operation runs."""

    username: str
    display_name: str
    role: str  # 柜员 | 客户经理 | 主管 | 管理员 | 审计
    user_id: int | None = None


LOCAL_USER = Actor(username="local", display_name="本机用户", role="主管")
