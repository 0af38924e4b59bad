"""The fields Liuke imports and the header texts that name them in real branch files.

Header matching is by synonym after normalising the text (full-width to half-width,
spaces and punctuation removed, the unit in brackets taken off and remembered).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from core.i18n import QT_TRANSLATE_NOOP

CTX = "ImportFields"

# Kinds decide how a cell is parsed (see normalize.py).
IDENT, TEXT, NAME, ID_NUMBER, PHONE, MONEY, DATE, COUNT, FLAG, PERIOD = (
    "ident",
    "text",
    "name",
    "id_number",
    "phone",
    "money",
    "date",
    "count",
    "flag",
    "period",
)


@dataclass(frozen=True)
class Field:
    """One importable field: its key, kind, Chinese label and the header texts that mean it."""

    key: str
    kind: str
    label: str
    synonyms: tuple[str, ...]
    profile: bool = False  # a customer attribute (customers table) rather than a monthly figure


FIELDS: tuple[Field, ...] = (
    Field(
        "customer_no",
        IDENT,
        QT_TRANSLATE_NOOP(CTX, "客户号"),
        (
            "客户号",
            "客户编号",
            "客户代码",
            "核心客户号",
            "客户id",
            "customerid",
            "customerno",
            "custno",
            "客户号码",
            "cif号",
            "cif",
        ),
        True,
    ),
    Field(
        "name",
        NAME,
        QT_TRANSLATE_NOOP(CTX, "姓名"),
        ("姓名", "客户姓名", "客户名称", "户名", "name", "customername", "客户名"),
        True,
    ),
    Field("id_type", TEXT, QT_TRANSLATE_NOOP(CTX, "证件类型"), ("证件类型", "证件种类", "idtype"), True),
    Field(
        "id_number",
        ID_NUMBER,
        QT_TRANSLATE_NOOP(CTX, "证件号码"),
        ("证件号码", "身份证号", "身份证号码", "证件号", "身份证", "idno", "idnumber", "证件号码身份证"),
        True,
    ),
    Field(
        "mobile",
        PHONE,
        QT_TRANSLATE_NOOP(CTX, "手机号码"),
        ("手机号码", "手机号", "手机", "联系电话", "移动电话", "phone", "mobile", "电话", "联系方式"),
        True,
    ),
    Field(
        "branch",
        TEXT,
        QT_TRANSLATE_NOOP(CTX, "网点"),
        ("网点", "所属网点", "开户网点", "机构名称", "网点名称", "所属机构", "branch", "归属网点"),
        True,
    ),
    Field(
        "manager",
        NAME,
        QT_TRANSLATE_NOOP(CTX, "管户经理"),
        ("管户经理", "客户经理", "归属客户经理", "管户人", "管户客户经理", "manager", "客户经理姓名", "管户经理姓名"),
        True,
    ),
    Field(
        "manager_no",
        IDENT,
        QT_TRANSLATE_NOOP(CTX, "管户经理工号"),
        ("管户经理工号", "客户经理工号", "经理工号", "管户人工号", "managerno"),
        True,
    ),
    Field(
        "period",
        PERIOD,
        QT_TRANSLATE_NOOP(CTX, "统计月份"),
        ("统计月份", "数据日期", "数据月份", "统计日期", "统计期间", "period", "month", "报表月份"),
    ),
    Field(
        "aum",
        MONEY,
        QT_TRANSLATE_NOOP(CTX, "金融资产"),
        (
            "金融资产",
            "金融资产余额",
            "aum",
            "资产总额",
            "总资产",
            "月末金融资产",
            "金融资产月末余额",
            "aum余额",
            "个人金融资产",
            "金融资产合计",
        ),
    ),
    Field(
        "deposit",
        MONEY,
        QT_TRANSLATE_NOOP(CTX, "存款"),
        ("存款", "存款余额", "储蓄存款", "存款合计", "储蓄余额", "deposit", "deposits"),
    ),
    Field(
        "time_deposit",
        MONEY,
        QT_TRANSLATE_NOOP(CTX, "定期存款"),
        ("定期", "定期存款", "定期存款余额", "定期余额", "timedeposit", "整存整取"),
    ),
    Field(
        "demand_deposit",
        MONEY,
        QT_TRANSLATE_NOOP(CTX, "活期存款"),
        ("活期", "活期存款", "活期存款余额", "活期余额", "demanddeposit"),
    ),
    Field(
        "wealth",
        MONEY,
        QT_TRANSLATE_NOOP(CTX, "理财"),
        ("理财", "理财余额", "理财产品", "理财产品余额", "理财市值", "wealth"),
    ),
    Field(
        "fund", MONEY, QT_TRANSLATE_NOOP(CTX, "基金"), ("基金", "基金余额", "基金市值", "基金保有量", "fund", "funds")
    ),
    Field(
        "insurance",
        MONEY,
        QT_TRANSLATE_NOOP(CTX, "保险"),
        ("保险", "保险余额", "保险保费", "保费", "代理保险", "insurance"),
    ),
    Field("loan", MONEY, QT_TRANSLATE_NOOP(CTX, "贷款"), ("贷款", "贷款余额", "个人贷款", "loan", "loans")),
    Field(
        "transfer_out",
        MONEY,
        QT_TRANSLATE_NOOP(CTX, "转出他行金额"),
        (
            "转出他行金额",
            "他行转出",
            "转出他行",
            "跨行转出",
            "跨行转出金额",
            "转账至他行",
            "他行转出金额",
            "transferout",
        ),
    ),
    Field(
        "maturity_date",
        DATE,
        QT_TRANSLATE_NOOP(CTX, "最近到期日"),
        (
            "定期到期日",
            "最近定期到期日",
            "到期日",
            "最近到期日",
            "产品到期日",
            "最近产品到期日",
            "maturitydate",
            "到期日期",
        ),
    ),
    Field(
        "ebank_txn_count",
        COUNT,
        QT_TRANSLATE_NOOP(CTX, "电子银行交易笔数"),
        (
            "手机银行交易笔数",
            "电子银行交易笔数",
            "月交易笔数",
            "交易笔数",
            "网银交易笔数",
            "电子渠道交易笔数",
            "txncount",
        ),
    ),
    Field(
        "last_txn_date",
        DATE,
        QT_TRANSLATE_NOOP(CTX, "最近交易日期"),
        ("最近交易日期", "最后交易日", "最近交易日", "最后交易日期", "末次交易日期", "lasttxndate"),
    ),
    Field(
        "payroll",
        FLAG,
        QT_TRANSLATE_NOOP(CTX, "代发工资"),
        ("代发", "代发工资", "是否代发工资", "代发标识", "是否代发", "代发客户", "payroll"),
    ),
    Field(
        "products",
        TEXT,
        QT_TRANSLATE_NOOP(CTX, "持有产品"),
        ("持有产品", "签约产品", "持有产品数", "产品持有", "products"),
    ),
)

FIELD_BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}
MONEY_FIELDS: tuple[str, ...] = tuple(f.key for f in FIELDS if f.kind == MONEY)
HOLDING_FIELDS: tuple[str, ...] = ("deposit", "wealth", "fund", "insurance")  # their sum is AUM when AUM is absent
REQUIRED_FIELDS: tuple[str, ...] = ("customer_no", "name")

# Headers that mean authentication data. A file that has one is refused whole.
_SENSITIVE = re.compile(r"密码|验证码|校验码|cvv|cvn|cvc|安全码|磁道|track|pin码|^pin$|有效期")
_SENSITIVE_EXEMPT = re.compile(r"证件|身份证")  # 证件有效期 is not card authentication data

_UNIT = re.compile(r"[（(【\[]\s*(?:单位\s*[:：]?\s*)?(人民币)?\s*(万元|万|元)\s*[)）】\]]")
_UNIT_SUFFIX = re.compile(r"(?:单位\s*[:：]?\s*)?(万元|元)$")
_NOISE = re.compile(r"[\s　:：*＊#№.,，、/\\\-—_（）()【】\[\]<>《》\"'“”‘’]+")

_SYNONYMS: dict[str, str] = {}
for _field in FIELDS:
    for _text in _field.synonyms:
        _SYNONYMS[_text] = _field.key


def normalise_header(text: object) -> str:
    """Header text reduced for matching: NFKC, lower case, spaces and punctuation removed."""
    if text is None:
        return ""
    return _NOISE.sub("", unicodedata.normalize("NFKC", str(text))).lower()


def header_unit(text: object) -> int | None:
    """The money unit a header names: 100 (fen per 元) or 1_000_000 (fen per 万元); None if it names none."""
    raw = unicodedata.normalize("NFKC", str(text or "")).strip()
    m = _UNIT.search(raw) or _UNIT_SUFFIX.search(re.sub(r"\s+", "", raw))
    if not m:
        return None
    unit = m.group(m.lastindex or 1)
    return 1_000_000 if unit.startswith("万") else 100


def match_header(text: object) -> str | None:
    """The field key a header text names, or None."""
    raw = unicodedata.normalize("NFKC", str(text or ""))
    raw = _UNIT.sub("", raw)
    key = normalise_header(raw)
    if not key:
        return None
    if key in _SYNONYMS:
        return _SYNONYMS[key]
    for prefix in ("其中", "月末", "本月", "期末"):  # 其中：定期存款, 月末存款余额
        if key.startswith(prefix) and key[len(prefix) :] in _SYNONYMS:
            return _SYNONYMS[key[len(prefix) :]]
    for suffix in ("元", "万元", "人民币", "rmb", "cny"):  # AUM元, 存款余额万元 without brackets
        if key.endswith(suffix) and key[: -len(suffix)] in _SYNONYMS:
            return _SYNONYMS[key[: -len(suffix)]]
    return None


def is_sensitive_header(text: object) -> bool:
    """Whether a header names authentication data (密码, 验证码, CVV, 有效期, 磁道 …)."""
    key = normalise_header(text)
    return bool(key) and bool(_SENSITIVE.search(key)) and not _SENSITIVE_EXEMPT.search(key)


def field_label(key: str) -> str:
    """The Chinese label of a field key (the key itself if unknown)."""
    f = FIELD_BY_KEY.get(key)
    return f.label if f else key
