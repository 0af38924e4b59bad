"""CLI command ``screenshots``: PNGs of every page of the desktop app, for reviews and the manual.

The only command that needs Qt: the handler imports ``ui.screenshots`` when it runs, so every other
command (and ``--help``) stays Qt-free. A missing or empty database is filled from the demo generator
first, so the pictures always show a living branch.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from sqlite_utils import Database

from core.actors import Actor
from core.cli.output import say
from core.paths import default_db_path


def add_screenshots_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``screenshots``."""
    p = commands.add_parser("screenshots", help="把每个界面截图保存为 PNG（数据库为空时先生成示范网点）")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="保存截图的文件夹")
    p.set_defaults(handler=cmd_screenshots)


def cmd_screenshots(db: Database, args: argparse.Namespace, actor: Actor) -> int:
    """``screenshots --out DIR``: fill an empty database with the demo branch, then shoot every page."""
    if db.execute("select count(*) from customers").fetchone()[0] == 0:
        from core.demo_db import load_demo

        say("数据库为空，正在生成示范网点数据…")
        load_demo(db, actor)
    path = Path(args.db or default_db_path()).expanduser().resolve()
    db.close()  # the GUI opens its own connection
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a server or CI box: no screen needed
    from ui.screenshots import main as shoot  # Qt only on this path

    return shoot([str(args.out), "--db", str(path)])
