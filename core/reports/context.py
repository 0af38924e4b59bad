"""What every sheet of the monthly report needs to know: the month, the month before, who asked, how to mask."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from core.actors import Actor
from core.i18n import QT_TRANSLATE_NOOP, Translate
from core.privacy import mask_free_text, mask_name
from core.reports.period import period_label
from core.reports.workbook import PageInfo
from core.risk.codes import LEVEL_LABELS, RULE_NAMES
from core.risk.config import RiskConfig
from core.risk.tiers import TIER_LABELS
from core.risk.warnings import STATUS_LABELS

CTX = "Reports"
REPORT_TITLE = QT_TRANSLATE_NOOP(CTX, "客户维护月报")


@dataclass(frozen=True)
class ReportContext:
    """The month being reported on and everything the sheets share.

    :param previous: the committed month before ``period`` (上月), None for the first month
    :param masked: customer names masked (张*明); identifiers are always masked in the report
    """

    db: Database
    actor: Actor
    period: str
    previous: str | None
    periods: tuple[str, ...]  # every committed month, oldest first
    cfg: RiskConfig
    branch: str
    masked: bool
    translate: Translate
    generated_at: datetime

    def t(self, text: str) -> str:
        """A report string, translated."""
        return self.translate(CTX, text)

    @property
    def page(self) -> PageInfo:
        """What every printed page says."""
        return PageInfo(self.branch, period_label(self.period), self.t(REPORT_TITLE))

    def name(self, value: str | None) -> str | None:
        """A customer's name as the report shows it."""
        return mask_name(value) if self.masked else value

    def free(self, text: str | None) -> str | None:
        """Free text (notes, summaries) as the report shows it: long digit runs masked unless unmasked on purpose."""
        if not text:
            return None
        return mask_free_text(text, 5000) if self.masked else text

    def follow(self, label: str) -> str:
        """A follow-up label (电话, 稳定, 已转交 …), translated."""
        return self.translate("Followup", label)

    def tier(self, index: int | None) -> str | None:
        """The tier's Chinese name."""
        return None if index is None else self.translate("Tiers", TIER_LABELS[index])

    def level(self, code: str | None) -> str | None:
        """高 / 中 / 低."""
        return None if code is None else self.translate("RiskCodes", LEVEL_LABELS[code])

    def status(self, code: str | None) -> str | None:
        """The warning status's Chinese name."""
        return None if code is None else self.translate("Warnings", STATUS_LABELS[code])

    def reasons(self, codes: str | None) -> str:
        """Comma-separated rule codes as their Chinese names, 、-separated."""
        if not codes:
            return ""
        return "、".join(self.translate("RiskCodes", RULE_NAMES.get(c, c)) for c in codes.split(","))

    @property
    def high_value_from(self) -> int:
        """The lowest high-value tier (index)."""
        return self.cfg.tiers.high_value_from

    @property
    def months12(self) -> list[str]:
        """Up to 12 committed months ending with the report's month, oldest first."""
        upto = [p for p in self.periods if p <= self.period]
        return upto[-12:]
