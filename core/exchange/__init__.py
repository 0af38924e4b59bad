"""Offline exchange between PCs (docs/exchange.md).

A user exports what they recorded since their last exchange (contacts, feedback, assignments,
warning status changes) as one password-protected file; another PC imports it idempotently.

Modules: package.py (the encrypted .lkx file), device.py (this PC's id), collect.py (what an export
carries), merge_*.py (how an import merges each kind), pending.py (changes waiting for their
customer), exporting.py and importing.py (the two operations, each one transaction).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.exchange.exporting import export_package
    from core.exchange.importing import import_package
    from core.exchange.model import Conflict, ExchangeRefused, ExchangeReport
    from core.exchange.package import MIN_PASSWORD, SUFFIX
    from core.exchange.pending import apply_pending, pending_count
    from core.exchange.status import ExchangeStatus, exchange_status, forget_records, list_conflicts

# Loaded on first use: an import applies pending changes (pending.py) without loading the encryption
# (package.py and cryptography), which only an exchange needs.
_HOMES = {
    "export_package": "exporting",
    "import_package": "importing",
    "Conflict": "model",
    "ExchangeRefused": "model",
    "ExchangeReport": "model",
    "MIN_PASSWORD": "package",
    "SUFFIX": "package",
    "apply_pending": "pending",
    "pending_count": "pending",
    "ExchangeStatus": "status",
    "exchange_status": "status",
    "forget_records": "status",
    "list_conflicts": "status",
}


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)


__all__ = [
    "MIN_PASSWORD",
    "SUFFIX",
    "Conflict",
    "ExchangeRefused",
    "ExchangeReport",
    "ExchangeStatus",
    "apply_pending",
    "exchange_status",
    "export_package",
    "forget_records",
    "import_package",
    "list_conflicts",
    "pending_count",
]
