"""What the import screens say: the core's coded messages, worded for the window instead of the CLI.

The core's Chinese sentences tell command-line users to add ``--replace`` or ``--map``; in the
window the same situations have buttons or other remedies. The core's ``message()`` takes a
``translate`` function, so the UI swaps those templates here and leaves the rest to Qt's
translator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.i18n import QT_TRANSLATE_NOOP
from core.importing.codes import CTX, MESSAGES, ImportRefused, RowIssue

GUI_CTX = "ImportPage"

_GUI_WORDING: dict[str, str] = {
    "no_header": QT_TRANSLATE_NOOP("ImportPage", "在前20行中没有找到客户清单的表头（至少需要“客户号”“姓名”和一个资产金额列）。找到的内容：{found}。请确认选择的是客户清单；如表头写法特殊，请改为常见写法（如“客户号”“姓名”“金融资产（元）”）后重新导入。"),
    "missing_required_column": QT_TRANSLATE_NOOP("ImportPage", "缺少必需的列：{columns}。表头在第 {row} 行，包含：{found}。请在文件中补齐该列，或把表头改为常见写法后重新导入。"),
    "unknown_unit": QT_TRANSLATE_NOOP("ImportPage", "金额列「{column}」没有注明单位（元或万元）。请在表头注明，如“{column}（万元）”，或在标题行写“单位：万元”，保存后重新导入。"),
    "period_missing": QT_TRANSLATE_NOOP("ImportPage", "无法确定数据所属的月份：表中没有“统计月份/数据日期”列，标题和文件名中也没有月份。请在下方选择数据月份，然后点击「重新检查」。"),
    "period_exists": QT_TRANSLATE_NOOP("ImportPage", "{period} 的数据已由批次 {batch_id} 导入（文件「{file}」，{when}）。如要用本文件替换该月数据，请点击「替换该月数据」。"),
    "same_file": QT_TRANSLATE_NOOP("ImportPage", "这个文件已由批次 {batch_id} 导入过（{when}，月份 {period}）。如确需重新导入，请点击「替换该月数据」。"),
    "batch_not_found": QT_TRANSLATE_NOOP("ImportPage", "找不到导入批次 {batch_id}，可能已被其他操作改变。请按 F5 刷新导入记录。"),
    "unmapped_columns": QT_TRANSLATE_NOOP("ImportPage", "以下列未被识别，未导入：{columns}。"),
    "hidden_sheets_skipped": QT_TRANSLATE_NOOP("ImportPage", "已跳过隐藏的工作表：{sheets}。"),
}
_BY_TEMPLATE = {MESSAGES[code]: text for code, text in _GUI_WORDING.items() if code in MESSAGES}

# codes whose remedy in the window is "replace that month"; and "choose the month"
REPLACE_CODES = frozenset({"period_exists", "same_file"})
PERIOD_CODES = frozenset({"period_missing", "period_invalid"})


def gui_translate(context: str, text: str) -> str:
    """``translate`` for core messages: the window's wording where it differs, then Qt's translator."""
    if context == CTX and text in _BY_TEMPLATE:
        return QCoreApplication.translate(GUI_CTX, _BY_TEMPLATE[text])
    return QCoreApplication.translate(context, text)


def refusal_text(refused: ImportRefused) -> str:
    """Why a whole file was refused, and what to do, in the window's words."""
    return refused.message(gui_translate)


def issue_text(issue: RowIssue) -> str:
    """The sentence for one row or file issue."""
    return issue.message(gui_translate)


SEVERITY_TEXT = {
    "rejected": QT_TRANSLATE_NOOP("ImportPage", "拒绝"),
    "warning": QT_TRANSLATE_NOOP("ImportPage", "警告"),
    "skipped": QT_TRANSLATE_NOOP("ImportPage", "跳过"),
}
SOURCE_TEXT = {
    "auto": QT_TRANSLATE_NOOP("ImportPage", "自动识别"),
    "profile": QT_TRANSLATE_NOOP("ImportPage", "沿用上次"),
    "user": QT_TRANSLATE_NOOP("ImportPage", "手动指定"),
}
PERIOD_SOURCE_TEXT = {
    "option": QT_TRANSLATE_NOOP("ImportPage", "手动选择"),
    "column": QT_TRANSLATE_NOOP("ImportPage", "统计月份列"),
    "title": QT_TRANSLATE_NOOP("ImportPage", "标题行"),
    "file_name": QT_TRANSLATE_NOOP("ImportPage", "文件名"),
}
STAGE_TEXT = {
    "read": QT_TRANSLATE_NOOP("ImportPage", "正在读取文件…"),
    "check": QT_TRANSLATE_NOOP("ImportPage", "正在校验数据…"),
    "save": QT_TRANSLATE_NOOP("ImportPage", "正在写入数据库…"),
}


def page_text(text: str) -> str:
    """Translate one of the tables above."""
    return QCoreApplication.translate(GUI_CTX, text)
