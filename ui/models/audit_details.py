"""An audit row's ``details`` as one readable Chinese line: 联系方式 微信；目的 到期提醒；客户态度 稳定.

Core writes details as codes and numbers (``{"channel": "wechat", "rows": 200}``); this module names
the keys and, where a key holds a code, the code, using core's own label tables. A key this build does
not know is shown as it is, so nothing an auditor might need is ever hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.actors import ROLES
from core.followup.codes import ATTITUDES, CATEGORIES, CHANNELS, FEEDBACK_STATUSES, PURPOSES
from core.i18n import QT_TRANSLATE_NOOP
from core.risk.warnings import STATUS_LABELS
from core.security.audit import AuditRow
from core.security.permissions import ACTIONS
from ui.formatting import DASH
from ui.pages.admin_parts import size_text

CTX = "AuditDetails"

# the keys core writes into ``details``, in reading order; an unknown key comes last, as it is
LABELS: dict[str, str] = {
    "role": QT_TRANSLATE_NOOP("AuditDetails", "角色"),
    "field": QT_TRANSLATE_NOOP("AuditDetails", "字段"),
    "reason": QT_TRANSLATE_NOOP("AuditDetails", "原因"),
    "failures": QT_TRANSLATE_NOOP("AuditDetails", "连续失败次数"),
    "minutes": QT_TRANSLATE_NOOP("AuditDetails", "锁定分钟"),
    "permission": QT_TRANSLATE_NOOP("AuditDetails", "所需权限"),
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "类别"),
    "category": QT_TRANSLATE_NOOP("AuditDetails", "类别"),
    "channel": QT_TRANSLATE_NOOP("AuditDetails", "联系方式"),
    "purpose": QT_TRANSLATE_NOOP("AuditDetails", "目的"),
    "attitude": QT_TRANSLATE_NOOP("AuditDetails", "客户态度"),
    "from": QT_TRANSLATE_NOOP("AuditDetails", "原状态"),
    "to": QT_TRANSLATE_NOOP("AuditDetails", "新状态"),
    "key": QT_TRANSLATE_NOOP("AuditDetails", "设置项"),
    "old": QT_TRANSLATE_NOOP("AuditDetails", "原值"),
    "new": QT_TRANSLATE_NOOP("AuditDetails", "新值"),
    "change": QT_TRANSLATE_NOOP("AuditDetails", "变更"),
    "employee_no": QT_TRANSLATE_NOOP("AuditDetails", "工号"),
    "from_staff_id": QT_TRANSLATE_NOOP("AuditDetails", "原管户人员编号"),
    "to_staff_id": QT_TRANSLATE_NOOP("AuditDetails", "新管户人员编号"),
    "revision": QT_TRANSLATE_NOOP("AuditDetails", "修订版本"),
    "fields": QT_TRANSLATE_NOOP("AuditDetails", "修改的项"),
    "author": QT_TRANSLATE_NOOP("AuditDetails", "原登记人"),
    "visit_id": QT_TRANSLATE_NOOP("AuditDetails", "联系记录编号"),
    "contact_id": QT_TRANSLATE_NOOP("AuditDetails", "联系记录编号"),
    "period": QT_TRANSLATE_NOOP("AuditDetails", "月份"),
    "format": QT_TRANSLATE_NOOP("AuditDetails", "格式"),
    "rows": QT_TRANSLATE_NOOP("AuditDetails", "行数"),
    "rows_read": QT_TRANSLATE_NOOP("AuditDetails", "读取行数"),
    "imported": QT_TRANSLATE_NOOP("AuditDetails", "导入"),
    "rejected": QT_TRANSLATE_NOOP("AuditDetails", "拒收"),
    "skipped": QT_TRANSLATE_NOOP("AuditDetails", "跳过"),
    "replaced_batches": QT_TRANSLATE_NOOP("AuditDetails", "替换的批次"),
    "snapshots_removed": QT_TRANSLATE_NOOP("AuditDetails", "删除月度数据"),
    "customers_removed": QT_TRANSLATE_NOOP("AuditDetails", "删除客户"),
    "results": QT_TRANSLATE_NOOP("AuditDetails", "找到"),
    "customers": QT_TRANSLATE_NOOP("AuditDetails", "客户数"),
    "flagged": QT_TRANSLATE_NOOP("AuditDetails", "预警客户"),
    "high_value_flagged": QT_TRANSLATE_NOOP("AuditDetails", "其中高价值"),
    "open_warnings": QT_TRANSLATE_NOOP("AuditDetails", "未结预警"),
    "due_followups": QT_TRANSLATE_NOOP("AuditDetails", "待跟进"),
    "masked": QT_TRANSLATE_NOOP("AuditDetails", "脱敏"),
    "counts": QT_TRANSLATE_NOOP("AuditDetails", "数量"),
    "unchanged": QT_TRANSLATE_NOOP("AuditDetails", "未变化"),
    "conflicts": QT_TRANSLATE_NOOP("AuditDetails", "冲突"),
    "cutoffs": QT_TRANSLATE_NOOP("AuditDetails", "保留起点"),
    "migrations": QT_TRANSLATE_NOOP("AuditDetails", "升级步骤"),
    "accounts": QT_TRANSLATE_NOOP("AuditDetails", "账户数"),
    "months": QT_TRANSLATE_NOOP("AuditDetails", "月数"),
    "seed": QT_TRANSLATE_NOOP("AuditDetails", "随机种子"),
    "filter": QT_TRANSLATE_NOOP("AuditDetails", "筛选"),
    "source": QT_TRANSLATE_NOOP("AuditDetails", "备份文件"),
    "kept_aside": QT_TRANSLATE_NOOP("AuditDetails", "原数据库另存为"),
    "backup": QT_TRANSLATE_NOOP("AuditDetails", "备份"),
    "chosen_file": QT_TRANSLATE_NOOP("AuditDetails", "另选位置"),
    "file": QT_TRANSLATE_NOOP("AuditDetails", "文件"),
    "size": QT_TRANSLATE_NOOP("AuditDetails", "大小"),
    "sha256": QT_TRANSLATE_NOOP("AuditDetails", "文件哈希"),
    "file_sha256": QT_TRANSLATE_NOOP("AuditDetails", "文件哈希"),
    # retention kinds (inside 数量 and 保留起点 of a purge)
    "snapshots": QT_TRANSLATE_NOOP("AuditDetails", "月度资产数据"),
    "risk": QT_TRANSLATE_NOOP("AuditDetails", "预警评分"),
    "warnings": QT_TRANSLATE_NOOP("AuditDetails", "预警"),
    "import_issues": QT_TRANSLATE_NOOP("AuditDetails", "导入问题明细"),
    "contacts": QT_TRANSLATE_NOOP("AuditDetails", "联系记录"),
    "feedback": QT_TRANSLATE_NOOP("AuditDetails", "意见反馈"),
    "audit": QT_TRANSLATE_NOOP("AuditDetails", "审计日志"),
}
# codes that appear as values of any key
WORDS: dict[str, str] = {
    "bad_credentials": QT_TRANSLATE_NOOP("AuditDetails", "用户名或密码不正确"),
    "locked": QT_TRANSLATE_NOOP("AuditDetails", "账户已锁定"),
    "disabled": QT_TRANSLATE_NOOP("AuditDetails", "账户已停用"),
    "id_number": QT_TRANSLATE_NOOP("AuditDetails", "证件号码"),
    "mobile": QT_TRANSLATE_NOOP("AuditDetails", "手机号码"),
    "manual": QT_TRANSLATE_NOOP("AuditDetails", "手动"),
    "daily": QT_TRANSLATE_NOOP("AuditDetails", "每日自动"),
    "before-import": QT_TRANSLATE_NOOP("AuditDetails", "导入前"),
    "before-undo": QT_TRANSLATE_NOOP("AuditDetails", "撤销导入前"),
    "before-migration": QT_TRANSLATE_NOOP("AuditDetails", "升级前"),
    "before-restore": QT_TRANSLATE_NOOP("AuditDetails", "恢复前"),
    "display_name": QT_TRANSLATE_NOOP("AuditDetails", "显示名"),
    "staff_id": QT_TRANSLATE_NOOP("AuditDetails", "对应人员"),
    "role": QT_TRANSLATE_NOOP("AuditDetails", "角色"),
    "added": QT_TRANSLATE_NOOP("AuditDetails", "新登记"),
    "numbered": QT_TRANSLATE_NOOP("AuditDetails", "补登工号"),
    "customers": QT_TRANSLATE_NOOP("AuditDetails", "客户清单"),
    "worklist": QT_TRANSLATE_NOOP("AuditDetails", "流失预警工作清单"),
    "visits": QT_TRANSLATE_NOOP("AuditDetails", "走访记录"),
    "feedback": QT_TRANSLATE_NOOP("AuditDetails", "意见反馈"),
    "rejected_rows": QT_TRANSLATE_NOOP("AuditDetails", "拒收的行"),
}
# keys whose values are codes of one of core's tables: key -> (context, table)
CODES: dict[str, tuple[str, dict[str, str]]] = {
    "channel": ("Followup", CHANNELS),
    "purpose": ("Followup", PURPOSES),
    "attitude": ("Followup", ATTITUDES),
    "category": ("Followup", CATEGORIES),
    "permission": ("Permissions", ACTIONS),
}
# from/to hold statuses: a warning's or a feedback item's, by the action
STATUSES: dict[str, tuple[str, dict[str, str]]] = {
    "warning_changed": ("Warnings", STATUS_LABELS),
    "feedback_changed": ("Followup", FEEDBACK_STATUSES),
}


def _tr(text: str, context: str = CTX) -> str:
    return QCoreApplication.translate(context, text)


def label(key: str) -> str:
    """A details key in words (the key itself when unknown)."""
    found = LABELS.get(key)
    return _tr(found) if found is not None else key


def value_text(value: object, codes: tuple[str, dict[str, str]] | None = None) -> str:
    """A details value in words: 是/否, numbers with separators, lists with 、, hashes shortened, codes named."""
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditDetails", "是") if value else QCoreApplication.translate("AuditDetails", "否")
    if value is None:
        return DASH
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return "、".join(value_text(v, codes) for v in value) or DASH
    if isinstance(value, dict):
        return "，".join(f"{label(str(k))} {value_text(v)}" for k, v in value.items())
    text = str(value)
    if len(text) == 64 and all(c in "0123456789abcdef" for c in text):
        return text[:12] + "…"  # a file hash: the start is enough to compare by eye
    if codes is not None and text in codes[1]:
        return _tr(codes[1][text], codes[0])
    if "+" in text and all(part in WORDS for part in text.split("+")):  # id_number+mobile
        return "、".join(_tr(WORDS[part]) for part in text.split("+"))
    if text in WORDS:
        return _tr(WORDS[text])
    return _tr(text, "Roles") if text in ROLES else text


def details_text(row: AuditRow) -> str:
    """The details of ``row`` as one readable line: 角色 客户经理 → 主管；改动 角色、显示名."""
    details = dict(row.details)
    parts: list[str] = []
    if "from_role" in details or "to_role" in details:
        before, after = details.pop("from_role", None), details.pop("to_role", None)
        if before != after:
            parts.append(QCoreApplication.translate("AuditDetails", "角色 {old} → {new}").format(old=value_text(before), new=value_text(after)))
    changed = details.pop("changed", None)
    if changed:
        parts.append(QCoreApplication.translate("AuditDetails", "改动 {what}").format(what=value_text(changed)))
    if details.pop("first", False):
        parts.append(QCoreApplication.translate("AuditDetails", "首个管理员账户"))
    if "reset_by_admin" in details:
        parts.append(QCoreApplication.translate("AuditDetails", "管理员重置，下次登录须改密码") if details.pop("reset_by_admin") else QCoreApplication.translate("AuditDetails", "本人修改"))
    statuses = STATUSES.get(row.action)
    if statuses is not None and ("from" in details or "to" in details):
        before, after = details.pop("from", None), details.pop("to", None)
        parts.append(QCoreApplication.translate("AuditDetails", "状态 {old} → {new}").format(old=value_text(before, statuses), new=value_text(after, statuses)))
    order = {key: n for n, key in enumerate(LABELS)}
    for key, value in sorted(details.items(), key=lambda item: (order.get(item[0], len(order)), item[0])):
        if value is None or (key == "chosen_file" and value is False):  # nothing worth a word
            continue
        shown = size_text(value) if key == "size" and isinstance(value, int) else value_text(value, CODES.get(key))
        parts.append(f"{label(key)}：{shown}")
    return "；".join(parts)
