"""How numbers and months look on screen: money in 元 with separators (万元 where space is tight)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

FEN_PER_YUAN = 100
FEN_PER_WAN = 1_000_000
DASH = "—"


def yuan(fen: int | None) -> str:
    """分 as 元 with thousands separators and two decimals: 123456789 -> '1,234,567.89' (None -> '—')."""
    if fen is None:
        return DASH
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), FEN_PER_YUAN)
    return f"{sign}{whole:,}.{cents:02d}"


def signed_yuan(fen: int | None) -> str:
    """A change in 元 with its sign: '+1,000.00', '-20.50', '0.00'."""
    if fen is None:
        return DASH
    return ("+" if fen > 0 else "") + yuan(fen)


def wan(fen: int | None, decimals: int = 2) -> str:
    """分 as 万元 with separators: 123456789 -> '123.46' (None -> '—')."""
    if fen is None:
        return DASH
    return f"{fen / FEN_PER_WAN:,.{decimals}f}"


def count(n: int) -> str:
    """A count with thousands separators."""
    return f"{n:,}"


def month_text(period: str | None) -> str:
    """'2026-10' -> '2026年10月' (translated pattern)."""
    if not period or len(period) != 7:
        return period or DASH
    year, month = period.split("-")
    return QCoreApplication.translate("Formatting", "{year}年{month}月").format(year=year, month=int(month))
