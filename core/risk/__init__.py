"""Marking high-value customers at risk of leaving: tiers, explainable rules, scores, warnings, backtest.

The entry points other code uses (each checks the acting user's role; see core/risk/access.py):

* ``recompute(db, actor, period=None, progress=, cancel=)``: after every import (internal: unchecked, unaudited)
* ``run_recompute(db, actor, period=None, progress=, cancel=)``: a person's "recompute now" (``risk.recompute``, audited)
* ``ensure_computed(db, actor, period=None)``: recompute only if settings or data changed
* ``list_risk(db, actor, period, all_tiers=False)``: the work list
* ``customer_risk(db, actor, period)``: customer id → (tier name, level 高/中/低 or None)
* ``set_warning_status(db, actor, customer_no, status, note)``: the warning lifecycle
* ``run_backtest(db, actor, period=None)``: do the warnings predict who leaves?
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# Loaded on first use: core.settings imports core.risk.codes and core.risk.tiers, and
# core.risk.config imports core.settings, so this package must not import its modules eagerly.
_EXPORTS = {
    "RecomputeResult": "core.risk.compute",
    "RiskRefused": "core.risk.compute",
    "ensure_computed": "core.risk.compute",
    "recompute": "core.risk.compute",
    "run_recompute": "core.risk.compute",
    "WarningRefused": "core.risk.warnings",
    "set_warning_status": "core.risk.warnings",
    "RiskRow": "core.risk.worklist",
    "customer_risk": "core.risk.worklist",
    "list_risk": "core.risk.worklist",
    "run_backtest": "core.risk.backtest",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'core.risk' has no attribute {name!r}")
