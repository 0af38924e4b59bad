"""CLI commands for churn warnings: risk (work list, --all, --backtest), warning (set, list, show), settings.

A refusal by role (``PermissionDenied``) is not caught here: it reaches the global handler in
core/cli/app.py, which prints its message, audits it and exits 2.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import asdict
from typing import TYPE_CHECKING

from core.cli.output import clear_progress_line, print_json, progress_line, say, warn
from core.security.permissions import require

if TYPE_CHECKING:  # the handlers import the risk modules their command needs (core/cli/app.py: start-up)
    from sqlite_utils import Database

    from core.actors import Actor
    from core.risk.backtest import BacktestResult
    from core.risk.model import ModelReport, Prediction
    from core.risk.warning_queries import WarningInfo
    from core.risk.worklist import RiskRow
    from core.settings import SettingValue

EXIT_OK, EXIT_REFUSED = 0, 2
MODEL_SHOWN = 20
PERIOD = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_STAGES = {
    "risk_tiers": "计算客户等级",
    "risk_rules": "检查预警规则",
    "risk_warnings": "更新预警",
    "risk_backtest": "回测",
    "risk_model": "训练模型",
}


def add_risk_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``risk``, ``warning`` and ``settings``."""
    p = commands.add_parser("risk", help="高价值客户流失预警清单（按涉及资产排序）")
    p.add_argument("--period", help="月份 YYYY-MM（默认最近一个月）")
    p.add_argument("--all", action="store_true", help="列出所有有评分的客户，不限于高价值客户")
    p.add_argument("--backtest", action="store_true", help="回测：用过去的月份检验各规则和评分是否有效")
    p.add_argument("--model", action="store_true", help="学习模型（需 scikit-learn）：各客户的流失概率及主要因素")
    p.add_argument("--json", action="store_true", help="以JSON输出")
    p.set_defaults(handler=cmd_risk)

    p = commands.add_parser("warning", help="处理预警：改状态、查看")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("set", help="修改客户预警的状态")
    s.add_argument("customer_no", metavar="CUSTOMER_NO", help="客户号")
    s.add_argument("--status", required=True, help="新状态：已分派、已联系、已挽留、已流失、误报")
    s.add_argument("--note", help="备注；关闭预警（已挽留、已流失、误报）时必填，写明原因")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_warning_set)
    s = actions.add_parser("list", help="列出未关闭的预警")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_warning_list)
    s = actions.add_parser("show", help="查看一位客户的预警及处理记录")
    s.add_argument("customer_no", metavar="CUSTOMER_NO")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_warning_show)

    p = commands.add_parser("settings", help="业务设置：客户等级、预警阈值、评分权重")
    p.set_defaults(handler=cmd_settings_list)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    s = actions.add_parser("list", help="列出全部设置")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_settings_list)
    s = actions.add_parser("get", help="查看一项设置")
    s.add_argument("key", metavar="KEY")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_settings_get)
    s = actions.add_parser("set", help="修改一项设置（值写“默认”恢复默认）")
    s.add_argument("key", metavar="KEY")
    s.add_argument("value", metavar="VALUE")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_settings_set)


def model_available() -> bool:
    """Whether scikit-learn is installed (``core.risk.model.model_available``, loaded when asked)."""
    from core.risk.model import model_available as available

    return available()


def _period_arg(args: argparse.Namespace) -> str | None:
    from core.risk.compute import RiskRefused

    if args.period is not None and not PERIOD.fullmatch(args.period):
        raise RiskRefused(
            "参数错误：--period 应为 YYYY-MM 格式的月份，如 2026-10；收到「{value}」。", value=args.period
        )
    return args.period


def cmd_risk(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``risk``: the high-value work list (``--all``: every scored customer; ``--backtest``; ``--model``)."""
    from core.risk.compute import RiskRefused, ensure_computed, resolve_period
    from core.risk.worklist import list_risk

    require(actor, "risk.backtest" if args.backtest or args.model else "risk.view")  # before anything is computed
    interactive = not args.json and sys.stderr.isatty()
    progress = progress_line(_STAGES, interactive)
    report, fitted, predictions = None, None, []
    period: str | None = None
    try:
        period = _period_arg(args)
        if args.backtest:
            from core.risk.backtest import run_backtest

            result = run_backtest(db, actor, period, all_tiers=args.all, progress=progress)
        else:
            period, _ = resolve_period(db, period)
            ensure_computed(db, actor, period, progress=progress)
        if args.model or (args.backtest and model_available()):
            from core.risk.model import learn, predict

            report, fitted = learn(db, actor, all_tiers=args.all, progress=progress)
            if args.model and fitted is not None:
                predictions = predict(db, actor, fitted, period, all_tiers=args.all)
    except RiskRefused as refused:
        warn(refused.message())
        return EXIT_REFUSED
    finally:
        clear_progress_line(interactive)
    if args.backtest:
        if args.json:
            print_json({**_backtest_json(result), "model": asdict(report) if report else None})
        else:
            _print_backtest(result)
            _print_model(report)
        return EXIT_OK
    assert period is not None  # resolved above
    if args.model:
        assert report is not None
        _show_model(db, actor, period, report, predictions, args.json)
        return EXIT_OK
    rows = list_risk(db, actor, period, all_tiers=args.all)
    if args.json:
        print_json([{**r.as_json(), "period": period} for r in rows])
    else:
        _print_rows(period, rows, args.all)
    return EXIT_OK


def _print_model(report: ModelReport | None) -> None:
    if report is None:
        say("（学习模型未启用：需要安装 scikit-learn。）")
        return
    if not report.trained:
        say(f"学习模型未训练：{report.reason}")
        return

    def fig(value: float | None) -> str:
        return "—" if value is None else f"{value:.2f}"

    say(f"学习模型（逻辑回归，按客户分组 5 折交叉验证）：{report.cases} 个客户·月，其中流失 {report.leavers} 个")
    say(
        f"  模型 AUC {fig(report.cv_auc)}，前10%提升度 {fig(report.cv_top_decile_lift)}；"
        f"规则评分 AUC {fig(report.rules_auc)}，前10%提升度 {fig(report.rules_top_decile_lift)}（AUC 0.5 即随机猜测）"
    )
    weights = sorted(report.weights, key=lambda w: -abs(w[2]))
    say("  各因素权重（正数推高流失概率）：" + "；".join(f"{label} {w:+.2f}" for _k, label, w in weights))


def _show_model(
    db: Database, actor: Actor, period: str, report: ModelReport, predictions: list[Prediction], as_json: bool
) -> None:
    from core.risk.worklist import list_risk

    people = {cid: (no, name) for cid, no, name in db.execute("select id, customer_no, name from customers")}
    listed = {r.customer_id for r in list_risk(db, actor, period, all_tiers=True)}
    customers = [
        {
            "customer_no": people[p.customer_id][0],
            "name": people[p.customer_id][1],
            "probability": round(p.probability, 4),
            "on_work_list": p.customer_id in listed,
            "factors": [
                {
                    "feature": f.feature,
                    "label": f.label,
                    "value": f.value,
                    "text": f.value_text,
                    "contribution": round(f.contribution, 3),
                }
                for f in p.factors
            ],
        }
        for p in predictions
    ]
    if as_json:
        print_json({"period": period, "model": asdict(report), "customers": customers})
        return
    _print_model(report)
    if not report.trained:
        return
    say(f"{period} 流失概率最高的客户（前 {min(MODEL_SHOWN, len(customers))} 位）：")
    for i, c in enumerate(customers[:MODEL_SHOWN], 1):
        factors = "；".join(f"{f['label']} {f['text']}" for f in c["factors"]) or "无突出因素"
        mark = "（在预警清单上）" if c["on_work_list"] else ""
        say(f"{i:>3}. {c['customer_no']}  {c['name']}  概率 {100 * c['probability']:.1f}%{mark}  主要因素：{factors}")


def _print_rows(period: str, rows: list[RiskRow], all_tiers: bool) -> None:
    from core.risk.rules import money

    scope = "有预警信号的客户（全部等级）" if all_tiers else "高价值客户流失预警"
    if not rows:
        say(f"{period} 没有{'有预警信号的客户' if all_tiers else '需要关注的高价值客户'}。")
        return
    say(f"{period} {scope}：共 {len(rows)} 户，按涉及资产从多到少排列")
    for i, r in enumerate(rows, 1):
        aum = "本月不在清单" if r.aum_fen is None else money(r.aum_fen)
        if r.aum_at_stake_fen is None:  # a role that may not see balances
            aum = "—"
        say(
            f"{i:>3}. {r.customer_no}  {r.name}  {r.tier}  客户经理：{r.manager or '无'}  金融资产：{aum}  "
            f"涉及资产：{_money(r.aum_at_stake_fen)}  评分 {r.score}（{r.level}）"
            + (f"  状态：{r.status}" if r.status else "")
        )
        for reason in r.reasons:
            say(f"       - {reason.message}")


def _money(fen: int | None) -> str:
    from core.risk.rules import money

    return "—" if fen is None else money(fen)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    """Pad to ``width`` terminal columns (Chinese characters take two)."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    fill = " " * max(0, width - used)
    return fill + text if right else text + fill


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _print_backtest(r: BacktestResult) -> None:
    span = r.periods[0] if len(r.periods) == 1 else f"{r.periods[0]} 至 {r.periods[-1]}（{len(r.periods)} 个月）"
    say(f"回测月份：{span}；每月观察其后 {r.horizon} 个月；范围：{'全部客户' if r.all_tiers else '高价值客户'}")
    say(f"共 {r.cases} 个客户·月，其中流失 {r.left} 个，基础流失率 {_rate(r.base_rate)}")
    columns = (("规则/评分", 30), ("标记", 6), ("其中流失", 10), ("精确率", 9), ("召回率", 9), ("提升度", 8))
    say("".join(_pad(name, width, right=i > 0) for i, (name, width) in enumerate(columns)))
    for s in r.stats:
        cells = (
            s.label,
            str(s.flagged),
            str(s.left),
            _rate(s.precision),
            _rate(s.recall),
            "—" if s.lift is None else f"{s.lift:.2f}",
        )
        say(
            "".join(
                _pad(cell, width, right=i > 0) for i, (cell, (_n, width)) in enumerate(zip(cells, columns, strict=True))
            )
        )
    decile = "—" if r.top_decile_lift is None else f"{r.top_decile_lift:.2f}"
    say(f"评分最高的 10%（{r.top_decile_size} 个）中流失约 {r.top_decile_left:.1f} 个，前10%提升度 {decile}")
    say("提升度 = 被标记客户的流失率 ÷ 基础流失率；大于 1 说明该规则有用，越大越可信。")


def _backtest_json(r: BacktestResult) -> dict[str, object]:
    data = asdict(r)
    data["periods"] = list(r.periods)
    return data


def cmd_warning_set(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``warning set CUSTOMER_NO --status STATUS [--note TEXT]``."""
    from core.risk.warning_queries import warnings_of
    from core.risk.warnings import WarningRefused, set_warning_status

    try:
        set_warning_status(db, actor, args.customer_no, args.status, args.note)
        info = warnings_of(db, actor, args.customer_no)[0]
    except WarningRefused as refused:
        warn(refused.message())
        return EXIT_REFUSED
    if args.json:
        print_json(info.as_json())
    else:
        say(f"已将客户 {info.customer_no}（{info.name}）的预警改为「{info.status}」。")
    return EXIT_OK


def cmd_warning_list(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``warning list``: open warnings, most AUM at stake first."""
    from core.risk.warning_queries import open_warnings

    found = open_warnings(db, actor)
    if args.json:
        print_json([w.as_json() for w in found])
        return EXIT_OK
    if not found:
        say("没有未关闭的预警。")
    for w in found:
        say(
            f"{w.customer_no}  {w.name}  {w.status}  {w.first_period}～{w.last_period}  评分 {w.score}（{w.level}）  "
            f"涉及资产：{_money(w.aum_at_stake_fen)}"
        )
    return EXIT_OK


def cmd_warning_show(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``warning show CUSTOMER_NO``: the customer's warnings and who did what when."""
    from core.risk.warning_queries import warnings_of
    from core.risk.warnings import WarningRefused

    try:
        found = warnings_of(db, actor, args.customer_no)
    except WarningRefused as refused:
        warn(refused.message())
        return EXIT_REFUSED
    if args.json:
        print_json([w.as_json() for w in found])
        return EXIT_OK
    if not found:
        say(f"客户 {args.customer_no} 没有预警。")
    for w in found:
        _print_warning(w)
    return EXIT_OK


def _print_warning(w: WarningInfo) -> None:
    reason = f"，原因：{w.closed_reason}" if w.closed_reason else ""
    say(f"预警 {w.id}：{w.customer_no} {w.name}  {w.status}{reason}  月份：{'、'.join(w.periods) or w.last_period}")
    for e in w.events:
        change = f"{e.from_status} → {e.to_status}" if e.from_status else e.to_status
        note = f"（{e.note}）" if e.note else ""
        say(f"    {e.at.replace('T', ' ')}  {e.actor}  {change}{note}" + (f"  [{e.period}]" if e.period else ""))


def _setting_json(v: SettingValue) -> dict[str, object]:
    return {
        "key": v.key,
        "label": v.label,
        "value": v.value,
        "text": v.text,
        "default": v.default,
        "default_text": v.default_text,
        "is_default": v.is_default,
    }


def _print_setting(v: SettingValue) -> None:
    default = "" if v.is_default else f"（默认 {v.default_text}）"
    say(f"{v.key:<34} {_pad(v.text, 10)} {v.label}{default}")


def cmd_settings_list(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``settings`` / ``settings list``."""
    from core.settings import list_settings

    values = list_settings(db, actor)
    if getattr(args, "json", False):
        print_json([_setting_json(v) for v in values])
        return EXIT_OK
    for v in values:
        _print_setting(v)
    return EXIT_OK


def cmd_settings_get(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``settings get KEY``."""
    from core.settings import SettingRefused, get_setting

    try:
        value = get_setting(db, actor, args.key)
    except SettingRefused as refused:
        warn(refused.message())
        return EXIT_REFUSED
    print_json(_setting_json(value)) if args.json else _print_setting(value)
    return EXIT_OK


def cmd_settings_set(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``settings set KEY VALUE``: checked, stored; the next ``risk`` recomputes with it."""
    from core.settings import SettingRefused, set_setting

    try:
        value = set_setting(db, actor, args.key, args.value)
    except SettingRefused as refused:
        warn(refused.message())
        return EXIT_REFUSED
    if args.json:
        print_json(_setting_json(value))
    else:
        say(f"已保存：{value.label} = {value.text}。下次查看预警时将按新设置重新计算。")
    return EXIT_OK
