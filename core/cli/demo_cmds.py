"""CLI command ``demo``: write the monthly files of a fictional branch."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from core.cli.output import say

if TYPE_CHECKING:
    from sqlite_utils import Database

    from core.actors import Actor


def add_demo_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``demo``."""
    p = commands.add_parser("demo", help="生成示范网点的月度客户清单文件")
    p.add_argument("--out", type=Path, required=True, help="输出文件夹")
    p.add_argument("--customers", type=int, default=2000, help="客户数（默认 2000）")
    p.add_argument("--months", type=int, default=12, help="月数（默认 12）")
    p.add_argument("--seed", type=int, default=1, help="随机种子（相同种子生成相同文件）")
    p.set_defaults(handler=cmd_demo)


def cmd_demo(_db: Database | None, args: argparse.Namespace, _actor: Actor) -> int:
    """``demo --out DIR``: deterministic demo files plus stories.json (the planted ground truth)."""
    from core.demo import generate_demo

    if args.customers < 10 or args.months < 1 or args.months > 60:
        say("参数错误：--customers 至少 10，--months 在 1 到 60 之间。")
        return 2
    result = generate_demo(args.out, customers=args.customers, months=args.months, seed=args.seed)
    say(f"已生成 {len(result.files)} 个月度文件（{result.periods[0]} 至 {result.periods[-1]}）到 {args.out}：")
    for path in result.files:
        say(f"  {path.name}")
    say(f"埋设的流失情形 {len(result.stories)} 户，稳定对照 {len(result.stable)} 户（见 stories.json）。")
    return 0
