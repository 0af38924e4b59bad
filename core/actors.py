"""Who is acting. Every core operation that reads or changes customer data takes an Actor.

An Actor comes from signing in (``core.security.accounts.authenticate``). On a database with no
accounts yet, the app acts as ``LOCAL_USER`` (a branch head) so a new install and the scripts
written before accounts keep working; once the first account exists, everyone signs in.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import QT_TRANSLATE_NOOP

CTX = "Roles"
TELLER, MANAGER, HEAD, ADMIN, AUDITOR = "柜员", "客户经理", "主管", "管理员", "审计"
ROLES: tuple[str, ...] = (TELLER, MANAGER, HEAD, ADMIN, AUDITOR)
# the role names as people read them (translated through the "Roles" context)
ROLE_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(CTX, "柜员"), QT_TRANSLATE_NOOP(CTX, "客户经理"), QT_TRANSLATE_NOOP(CTX, "主管"),
    QT_TRANSLATE_NOOP(CTX, "管理员"), QT_TRANSLATE_NOOP(CTX, "审计"),
)
assert ROLE_NAMES == ROLES
ROLE_DESCRIPTIONS: dict[str, str] = {
    TELLER: QT_TRANSLATE_NOOP(CTX, "柜员：登记联系记录，查看本人及未分配客户（脱敏，不含资产）"),
    MANAGER: QT_TRANSLATE_NOOP(CTX, "客户经理：本人管户客户、预警、联系记录，导出脱敏数据"),
    HEAD: QT_TRANSLATE_NOOP(CTX, "主管：全部客户、考核与报表；可说明理由后查看或导出完整信息"),
    ADMIN: QT_TRANSLATE_NOOP(CTX, "管理员：账户与设置、备份，不接触客户数据"),
    AUDITOR: QT_TRANSLATE_NOOP(CTX, "审计：只读审计日志"),
}


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a core operation runs.

    :param role: one of ``ROLES``
    :param staff_id: the staff record (管户人) this account works as; a 客户经理 or 柜员 sees the
      customers managed by that staff record
    """

    username: str
    display_name: str
    role: str
    user_id: int | None = None
    staff_id: int | None = None


LOCAL_USER = Actor(username="local", display_name="本机用户", role=HEAD)
