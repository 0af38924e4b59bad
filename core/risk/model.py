"""Optional learned model: a logistic regression on snapshot features, judged beside the rules.

Needs scikit-learn (an optional dependency: ``pip install scikit-learn``); it is imported only
here and only when asked for. When the history holds enough labelled leavers (setting
``model.min_leavers``, default 200) the model is trained on every backtestable month, its
cross-validated AUC and top-decile lift are reported next to the rules' (folds keep each
customer's months together), and each customer of a month gets a probability and the
factors that push it up most (coefficient × how far from the average the customer is):
a model the manager can question, not a black box.
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from core.actors import Actor
from core.i18n import QT_TRANSLATE_NOOP
from core.progress import CancelToken, Progress, ProgressFn, check_cancel, no_progress
from core.risk.backtest import Case, eligible_periods, labelled_population, top_decile
from core.risk.base import committed_periods
from core.risk.compute import RiskRefused, assess_period, resolve_period
from core.risk.config import RiskConfig, load_config
from core.risk.history import period_end
from core.risk.tiers import tier_label
from core.security.permissions import require

CTX = "RiskModel"
STAGE = "risk_model"
NAN = float("nan")
FEATURES: dict[str, str] = {
    "aum_change_1m": QT_TRANSLATE_NOOP(CTX, "金融资产较上月变化"),
    "aum_change_3m": QT_TRANSLATE_NOOP(CTX, "金融资产较近3个月平均变化"),
    "txn_change": QT_TRANSLATE_NOOP(CTX, "电子银行笔数较近3个月平均变化"),
    "txn_now": QT_TRANSLATE_NOOP(CTX, "本月电子银行笔数"),
    "months_since_txn": QT_TRANSLATE_NOOP(CTX, "距最近一次交易的月数"),
    "products": QT_TRANSLATE_NOOP(CTX, "持有产品数"),
    "tier": QT_TRANSLATE_NOOP(CTX, "客户等级"),
    "tier_gap": QT_TRANSLATE_NOOP(CTX, "资产低于所持等级的档数"),
    "payroll": QT_TRANSLATE_NOOP(CTX, "代发工资"),
    "payroll_stopped": QT_TRANSLATE_NOOP(CTX, "代发工资停发"),
    "maturing_share": QT_TRANSLATE_NOOP(CTX, "30天内到期资金占资产比例"),
    "transfer_share": QT_TRANSLATE_NOOP(CTX, "转出他行占上月资产比例"),
    "absent": QT_TRANSLATE_NOOP(CTX, "本月不在清单中"),
}


@dataclass(frozen=True)
class ModelReport:
    """How the learned model did, beside the rules' score, on the same customer-months."""

    trained: bool
    reason: str | None  # why it was not trained (Chinese)
    periods: tuple[str, ...]
    cases: int
    leavers: int
    cv_auc: float | None
    cv_top_decile_lift: float | None
    rules_auc: float | None
    rules_top_decile_lift: float | None
    weights: tuple[tuple[str, str, float], ...]  # (feature, label, coefficient on the standardised feature)


@dataclass(frozen=True)
class Factor:
    """One thing pushing a customer's probability up."""

    feature: str
    label: str
    value: float
    contribution: float  # on the log-odds scale

    @property
    def value_text(self) -> str:
        """The customer's figure as people read it: -62%, 3.0个月, 是, 白金."""
        if self.feature in _PERCENT:
            return f"{self.value * 100:+.0f}%" if "change" in self.feature else f"{self.value * 100:.0f}%"
        if self.feature in ("payroll", "payroll_stopped", "absent"):
            return "是" if self.value else "否"
        if self.feature == "tier":
            return tier_label(int(self.value))
        if self.feature == "months_since_txn":
            return f"{self.value:.1f}个月"
        return f"{self.value:g}"


_PERCENT = {"aum_change_1m", "aum_change_3m", "txn_change", "maturing_share", "transfer_share"}


@dataclass(frozen=True)
class Prediction:
    """A customer's probability of leaving within the horizon, and why."""

    customer_id: int
    probability: float
    factors: tuple[Factor, ...]


def model_available() -> bool:
    """Whether scikit-learn is installed."""
    return importlib.util.find_spec("sklearn") is not None


def features(v: dict[str, Any], end: date) -> list[float]:
    """The feature vector of one customer-month (NaN where the files lack the figure)."""
    a0, a1 = v["a0"], v["a1"]
    prior = [v[f"a{k}"] for k in (1, 2, 3) if v[f"a{k}"] is not None]
    txns = [v[f"x{k}"] for k in (1, 2, 3) if v[f"x{k}"] is not None]
    avg_txn = sum(txns) / len(txns) if txns else None
    held = [v[k] for k in ("td0", "w0", "f0", "i0") if v[k] is not None]
    products = (
        len([p for p in str(v["pr0"]).replace("，", ",").split(",") if p.strip()])
        if v["pr0"]
        else (sum(1 for x in held if x > 0) if held else NAN)
    )
    due = (date.fromisoformat(v["m0"][:10]) - end).days if v["m0"] else None
    maturing = sum(x for x in (v["td0"], v["w0"]) if x is not None)
    return [
        _change(a0, a1),
        _change(a0, sum(prior) / len(prior) if prior else None),
        _change(v["x0"], avg_txn) if avg_txn else NAN,
        _num(v["x0"]),
        (end - date.fromisoformat(v["lt0"][:10])).days / 30 if v["lt0"] else NAN,
        products,
        float(v["held"]),
        float(v["held"] - v["r0"]) if v["r0"] is not None else NAN,
        _num(v["pay0"]),
        float(v["pay1"] == 1 and v["pay0"] == 0) if v["pay0"] is not None and v["pay1"] is not None else NAN,
        maturing / a0 if due is not None and 0 < due <= 30 and a0 else 0.0,
        v["tr0"] / a1 if v["tr0"] is not None and a1 else NAN,
        float(a0 is None),
    ]


def _change(now: float | None, before: float | None) -> float:
    if before is None or before <= 0:
        return NAN
    return -1.0 if now is None else (now - before) / before


def _num(value: Any) -> float:
    return NAN if value is None else float(value)


def _require() -> None:
    if not model_available():
        raise RiskRefused(QT_TRANSLATE_NOOP(CTX, "学习模型是可选功能，需要 scikit-learn：pip install scikit-learn"))


def learn(
    db: Database,
    actor: Actor,
    *,
    all_tiers: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> tuple[ModelReport, Any]:
    """Train on every backtestable month; returns the report and the fitted pipeline (None if not trained).

    :raises PermissionDenied: the role may not backtest (the model is part of the backtest: 主管 only)
    :raises RiskRefused: scikit-learn is not installed, or there is too little history
    """
    require(actor, "risk.backtest")
    _require()
    cfg = load_config(db)
    periods = committed_periods(db)
    eligible = eligible_periods(periods, cfg.horizon)
    chosen = eligible[1:] or eligible
    rows, labels, scores, groups = [], [], [], []
    for done, period in enumerate(chosen):
        check_cancel(cancel)
        progress(Progress(done, len(chosen), STAGE))
        judged, labelled = labelled_population(db, period, periods, cfg, all_tiers=all_tiers, cancel=cancel)
        end = period_end(period)
        for row, left in labelled:
            rows.append(features(dict(zip(judged.names, row, strict=True)), end))
            labels.append(int(left))
            found = judged.flagged.get(row[0])
            scores.append(found.score if found else 0)
            groups.append(row[0])
    progress(Progress(len(chosen), len(chosen), STAGE))
    leavers = sum(labels)
    if leavers < cfg.model_min_leavers or leavers == len(labels):
        reason = QT_TRANSLATE_NOOP(
            CTX, "历史中只有 {n} 个流失样本，至少需要 {m} 个才训练模型（设置 model.min_leavers）"
        )
        return _report(False, reason.format(n=leavers, m=cfg.model_min_leavers), chosen, labels, scores, None), None
    return _fit(rows, labels, scores, groups, chosen)


def _fit(
    rows: list[list[float]], labels: list[int], scores: list[int], groups: list[int], periods: Sequence[str]
) -> tuple[ModelReport, Any]:
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    def pipeline() -> Any:
        return make_pipeline(
            SimpleImputer(strategy="median", keep_empty_features=True),
            StandardScaler(),
            LogisticRegression(max_iter=2000),
        )

    folds = StratifiedGroupKFold(n_splits=min(5, sum(labels)), shuffle=True, random_state=0)
    cv = cross_val_predict(pipeline(), rows, labels, groups=groups, cv=folds, method="predict_proba")[:, 1]
    fitted = pipeline().fit(rows, labels)
    return _report(True, None, periods, labels, scores, list(cv), fitted), fitted


def _report(
    trained: bool,
    reason: str | None,
    periods: Sequence[str],
    labels: list[int],
    scores: list[int],
    cv: list[float] | None,
    fitted: Any = None,
) -> ModelReport:
    rules_auc = _auc(labels, scores) if model_available() else None
    weights: tuple[tuple[str, str, float], ...] = ()
    if fitted is not None:
        coef = fitted[-1].coef_[0]
        weights = tuple((k, label, float(c)) for (k, label), c in zip(FEATURES.items(), coef, strict=True))
    return ModelReport(
        trained,
        reason,
        tuple(periods),
        len(labels),
        sum(labels),
        _auc(labels, cv) if cv else None,
        _lift(labels, cv) if cv else None,
        rules_auc,
        _lift(labels, scores),
        weights,
    )


def _auc(labels: list[int], scores: Sequence[float]) -> float | None:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(labels, scores)) if 0 < sum(labels) < len(labels) else None


def _lift(labels: list[int], scores: Sequence[float]) -> float | None:
    cases = [Case(bool(y), s, None, frozenset()) for y, s in zip(labels, scores, strict=True)]  # type: ignore[arg-type]
    size, expected = top_decile(cases)
    base = sum(labels) / len(labels) if labels else 0
    return (expected / size) / base if size and base else None


def predict(
    db: Database, actor: Actor, fitted: Any, period: str | None = None, *, all_tiers: bool = False, top: int = 3
) -> list[Prediction]:
    """Each customer of ``period`` (high-value only unless ``all_tiers``) with a probability, highest first.

    :raises PermissionDenied: the role may not backtest (主管 only)
    """
    require(actor, "risk.backtest")
    _require()
    cfg: RiskConfig = load_config(db)
    chosen, periods = resolve_period(db, period)
    judged = assess_period(db, chosen, periods, cfg, with_population=True)
    held_at = judged.names.index("held")
    rows = [r for r in judged.population or [] if all_tiers or r[held_at] >= cfg.tiers.high_value_from]
    if not rows:
        return []
    end = period_end(chosen)
    matrix = [features(dict(zip(judged.names, r, strict=True)), end) for r in rows]
    probabilities = fitted.predict_proba(matrix)[:, 1]
    scaled = fitted[:-1].transform(matrix)
    coef = fitted[-1].coef_[0]
    out = []
    for row, raw, z, p in zip(rows, matrix, scaled, probabilities, strict=True):
        pushes = sorted(((c * x, k) for k, (c, x) in enumerate(zip(coef, z, strict=True))), reverse=True)[:top]
        names = list(FEATURES.items())
        factors = tuple(
            Factor(names[k][0], names[k][1], raw[k], float(push))
            for push, k in pushes
            if push > 0 and not math.isnan(raw[k])
        )
        out.append(Prediction(row[0], float(p), factors))
    out.sort(key=lambda x: -x.probability)
    return out
