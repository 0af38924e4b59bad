"""Stable codes for everything the importer can say about a file or a row, with Chinese text.

Core reports codes plus parameters; the text is looked up here (marked for Qt's
translation tools) so the CLI, the GUI and the JSON output all say the same thing.
Codes are part of the CLI's JSON contract: never rename one, only add.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from core.refusal import Refused

CTX = "ImportMessages"

# Severity of a row-level issue.
REJECTED = "rejected"  # the row was not imported
WARNING = "warning"  # the row (or file) was imported; something was noted or dropped
SKIPPED = "skipped"  # the row is not data (合计 row); counted, not imported

# --- the whole file is refused; nothing is written -------------------------------------------
FILE_MESSAGES: dict[str, str] = {
    "file_not_found": QT_TRANSLATE_NOOP(CTX, "找不到文件「{file}」。请检查路径是否正确。"),
    "file_unreadable": QT_TRANSLATE_NOOP(
        CTX, "无法读取文件「{file}」（可能正被其他程序占用或没有权限）。请关闭Excel/WPS后重试。"
    ),
    "file_empty": QT_TRANSLATE_NOOP(CTX, "文件「{file}」是空的（0字节）。请重新从核心系统导出。"),
    "lock_file": QT_TRANSLATE_NOOP(
        CTX, "「{file}」是Excel/WPS打开文件时生成的临时锁文件，不是数据文件。请选择不带“~$”前缀的原文件。"
    ),
    "file_too_large": QT_TRANSLATE_NOOP(
        CTX, "文件过大（{size_mb} MB，上限 {limit_mb} MB）。请按网点或月份拆分后分别导入。"
    ),
    "unknown_format": QT_TRANSLATE_NOOP(
        CTX, "无法识别文件「{file}」的格式。请在Excel中另存为 .xlsx 或 CSV（逗号分隔）后再导入。"
    ),
    "unknown_encoding": QT_TRANSLATE_NOOP(
        CTX,
        "无法识别文件「{file}」的文字编码（既不是UTF-8，也不是GBK/GB18030）。请在Excel中另存为“CSV UTF-8（逗号分隔）”后再导入。",
    ),
    "zip_not_workbook": QT_TRANSLATE_NOOP(
        CTX, "「{file}」是一个压缩包，但里面没有Excel工作簿。请选择真正的Excel文件（.xlsx）。"
    ),
    "zip_too_many_entries": QT_TRANSLATE_NOOP(
        CTX, "文件内部条目过多（{count} 个，上限 {limit} 个），疑似损坏或恶意构造的文件，已拒绝。"
    ),
    "zip_bomb": QT_TRANSLATE_NOOP(
        CTX, "文件解压后的体积异常（{entry} 压缩比约 {ratio}:1，解压后 {size_mb} MB），疑似恶意构造的文件，已拒绝。"
    ),
    "corrupt_workbook": QT_TRANSLATE_NOOP(
        CTX, "文件「{file}」已损坏或不完整，无法读取。请在Excel中打开后“另存为”新的 .xlsx 文件，或重新从核心系统导出。"
    ),
    "encrypted_workbook": QT_TRANSLATE_NOOP(
        CTX,
        "工作簿「{file}」设置了打开密码，无法读取。请在Excel中取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后另存再导入。",
    ),
    "xml_unsafe": QT_TRANSLATE_NOOP(
        CTX, "文件含有不安全的XML内容（实体声明或外部引用），已拒绝。请重新从核心系统导出。"
    ),
    "far_cell": QT_TRANSLATE_NOOP(
        CTX,
        "工作表「{sheet}」的数据区域异常大（{cell} 单元格有内容），通常是表格远处残留了格式或数据。请在Excel中删除多余的行和列后另存再导入。",
    ),
    "formulas_uncached": QT_TRANSLATE_NOOP(
        CTX,
        "工作表「{sheet}」中有 {count} 个公式没有计算结果（文件由程序生成后未在Excel中保存过）。请用Excel打开、保存一次，或将公式“选择性粘贴为数值”后再导入。",
    ),
    "empty_workbook": QT_TRANSLATE_NOOP(CTX, "文件「{file}」里没有任何数据。"),
    "no_header": QT_TRANSLATE_NOOP(
        CTX,
        '在前20行中没有找到客户清单的表头（至少需要“客户号”“姓名”和一个资产金额列）。找到的内容：{found}。如表头写法特殊，可用 --map "表头=字段" 指定。',
    ),
    "sheet_not_found": QT_TRANSLATE_NOOP(CTX, "找不到名为「{sheet}」的工作表。文件中的工作表有：{sheets}。"),
    "missing_required_column": QT_TRANSLATE_NOOP(
        CTX,
        '缺少必需的列：{columns}。表头在第 {row} 行，包含：{found}。请补齐该列，或用 --map "表头=字段" 指定对应关系。',
    ),
    "duplicate_column": QT_TRANSLATE_NOOP(
        CTX, "「{field}」对应了多列（{columns}），无法确定使用哪一列。请删除多余的列后重新导入。"
    ),
    "sensitive_column": QT_TRANSLATE_NOOP(
        CTX,
        "文件含有认证信息列「{column}」（密码、验证码、CVV、卡片有效期、磁道信息等），按规定不得导入或保存。整份文件已拒绝，请删除该列后重新导出。",
    ),
    "unknown_unit": QT_TRANSLATE_NOOP(
        CTX,
        '金额列「{column}」没有注明单位（元或万元）。请在表头注明，如“{column}（万元）”，或在标题行写“单位：万元”，或用 --map "{column}={field}:万元" 指定。',
    ),
    "period_missing": QT_TRANSLATE_NOOP(
        CTX,
        "无法确定数据所属的月份：表中没有“统计月份/数据日期”列，标题和文件名中也没有月份。请用 --period YYYY-MM 指定，例如 --period 2026-10。",
    ),
    "period_mixed": QT_TRANSLATE_NOOP(
        CTX, "表中含有多个统计月份（{periods}），一次只能导入一个月的数据。请按月份拆分后分别导入。"
    ),
    "period_invalid": QT_TRANSLATE_NOOP(CTX, "月份“{value}”格式不对，应为 YYYY-MM，例如 2026-10。"),
    "period_exists": QT_TRANSLATE_NOOP(
        CTX,
        "{period} 的数据已由批次 {batch_id} 导入（文件「{file}」，{when}）。如要用本文件替换该月数据，请加 --replace。",
    ),
    "same_file": QT_TRANSLATE_NOOP(
        CTX, "这个文件已由批次 {batch_id} 导入过（{when}，月份 {period}）。如确需重新导入，请加 --replace。"
    ),
    "no_valid_rows": QT_TRANSLATE_NOOP(CTX, "没有任何一行通过校验，未写入任何数据。请根据问题清单修正文件后重新导入。"),
    "bad_mapping": QT_TRANSLATE_NOOP(
        CTX, "映射“{value}”写法不对，应为 “表头=字段” 或 “表头=字段:万元”。可用的字段：{fields}。"
    ),
    "mapping_header_not_found": QT_TRANSLATE_NOOP(CTX, "映射中的表头「{column}」在文件中不存在。文件表头：{found}。"),
    "batch_not_found": QT_TRANSLATE_NOOP(CTX, "找不到导入批次 {batch_id}。可用 batches 命令查看所有批次。"),
    "batch_not_active": QT_TRANSLATE_NOOP(CTX, "批次 {batch_id} 的状态是“{status}”，不能撤销。"),
    "too_many_rows": QT_TRANSLATE_NOOP(CTX, "工作表「{sheet}」有 {rows} 行，超过上限 {limit} 行。请拆分后分别导入。"),
}

# --- one row or one column: the file is imported, the issue is listed ------------------------
ROW_MESSAGES: dict[str, str] = {
    "missing_value": QT_TRANSLATE_NOOP(CTX, "必填项为空，该行未导入。"),
    "not_a_number": QT_TRANSLATE_NOOP(CTX, "不是有效的金额或数字，该行未导入。请改为数字，如 12345.67。"),
    "negative_amount": QT_TRANSLATE_NOOP(CTX, "金额不能为负数，该行未导入。"),
    "amount_too_large": QT_TRANSLATE_NOOP(CTX, "金额大得不合理（超过一千亿元），可能单位或格式有误，该行未导入。"),
    "not_a_count": QT_TRANSLATE_NOOP(CTX, "不是有效的笔数（应为不小于0的整数），该行未导入。"),
    "not_a_flag": QT_TRANSLATE_NOOP(CTX, "无法识别的取值（应为 是/否），该行未导入。"),
    "not_a_date": QT_TRANSLATE_NOOP(CTX, "不是有效的日期，该行未导入。请使用 2026-10-31 这样的格式。"),
    "date_ambiguous": QT_TRANSLATE_NOOP(
        CTX, "日期写法有歧义（无法确定年、月、日的顺序），该行未导入。请改为 2026-10-31 这样的格式。"
    ),
    "error_cell": QT_TRANSLATE_NOOP(CTX, "单元格是Excel错误值，该行未导入。请在Excel中修正公式或数据后重新导出。"),
    "id_numeric": QT_TRANSLATE_NOOP(
        CTX,
        "证件号码是数字格式，Excel已把它截断为15位有效数字，无法还原，该行未导入。请在核心系统导出时把证件号码列设为文本，或在Excel中把该列设置为“文本”格式后重新导出原始数据。",
    ),
    "id_length": QT_TRANSLATE_NOOP(CTX, "证件号码应为18位，该行未导入。"),
    "id_chars": QT_TRANSLATE_NOOP(CTX, "证件号码含有非法字符（应为17位数字加1位数字或X），该行未导入。"),
    "id_birth_date": QT_TRANSLATE_NOOP(CTX, "证件号码中的出生日期不存在，该行未导入。"),
    "id_checksum": QT_TRANSLATE_NOOP(
        CTX, "证件号码校验位不正确（可能录入有误，或被Excel截断后末尾补了0），该行未导入。请核对原始证件号码。"
    ),
    "ident_numeric_precision": QT_TRANSLATE_NOOP(
        CTX, "编号是超过15位的数字格式，Excel已截断，无法还原，该行未导入。请把该列设为文本后重新导出。"
    ),
    "ident_invalid": QT_TRANSLATE_NOOP(CTX, "编号含有无效字符，该行未导入。"),
    "text_too_long": QT_TRANSLATE_NOOP(CTX, "内容过长（超过 {limit} 个字符），该行未导入。"),
    "phone_invalid": QT_TRANSLATE_NOOP(CTX, "电话号码格式不对，已忽略该号码（其余数据已导入）。"),
    "duplicate_row": QT_TRANSLATE_NOOP(CTX, "与第 {other_row} 行完全相同，已合并为一行。"),
    "conflicting_duplicate": QT_TRANSLATE_NOOP(
        CTX, "同一客户号在第 {rows} 行重复出现且内容不同，无法判断哪一行正确，这些行都未导入。请核对后保留一行。"
    ),
    "total_row": QT_TRANSLATE_NOOP(CTX, "合计/小计行，已跳过。"),
    "note_row": QT_TRANSLATE_NOOP(CTX, "表尾说明行（如制表人、备注），不是客户数据，已跳过。"),
    # file-level notes (row is None)
    "aum_derived": QT_TRANSLATE_NOOP(CTX, "文件没有“金融资产”列，金融资产按 {columns} 之和计算。"),
    "unmapped_columns": QT_TRANSLATE_NOOP(
        CTX, '以下列未被识别，未导入：{columns}。如需导入，可用 --map "表头=字段" 指定。'
    ),
    "hidden_sheets_skipped": QT_TRANSLATE_NOOP(
        CTX, "已跳过隐藏的工作表：{sheets}。如需导入隐藏表，请用 --sheet 指定。"
    ),
    "other_sheets_skipped": QT_TRANSLATE_NOOP(CTX, "使用工作表「{sheet}」；其他工作表未导入：{sheets}。"),
    "numeric_customer_no": QT_TRANSLATE_NOOP(
        CTX, "客户号列是数字格式（共 {count} 行）；如果客户号本应有前导0，请把该列设为文本后重新导出。"
    ),
    "period_conflict": QT_TRANSLATE_NOOP(CTX, "{source}中的月份（{other}）与采用的月份 {period} 不一致，请确认。"),
    "blank_rows": QT_TRANSLATE_NOOP(CTX, "跳过空行 {count} 行。"),
    "mapping_profile_used": QT_TRANSLATE_NOOP(CTX, "沿用了上次为同样表头保存的列对应关系。"),
}

MESSAGES = {**FILE_MESSAGES, **ROW_MESSAGES}


def message_for(code: str, params: dict[str, Any] | None = None, translate: Translate = untranslated) -> str:
    """The (translated) sentence for ``code`` with ``params`` filled in."""
    template = translate(CTX, MESSAGES[code])
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError):  # a missing parameter must never hide the message itself
        return template


class CodedError(Exception):
    """An error that carries a stable ``code`` (a MESSAGES key) and the parameters of its sentence."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, translate: Translate = untranslated) -> str:
        """The Chinese (or translated) explanation, with what to do."""
        return message_for(self.code, self.params, translate)


class ImportRefused(Refused):
    """The whole file is refused before anything is written. ``code`` is a FILE_MESSAGES key."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, code=code, **params)  # the sentence comes from the code (``message_for``)

    def message(self, translate: Translate = untranslated) -> str:
        """The Chinese (or translated) explanation, with what to do."""
        return message_for(self.code, self.params, translate)

    def __str__(self) -> str:
        return self.message()


@dataclass(frozen=True)
class RowIssue:
    """Something the importer noticed about a row (or, with ``row`` None, about the file).

    ``value`` is already masked: issues are shown, saved and exported, and C2 data must
    never appear in them in full.
    """

    row: int | None  # the row number as Excel shows it
    column: str | None  # the header text as the file has it
    code: str
    severity: str  # REJECTED | WARNING | SKIPPED
    value: str | None = None
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def message(self, translate: Translate = untranslated) -> str:
        """The (translated) sentence for this issue."""
        return message_for(self.code, self.params, translate)
