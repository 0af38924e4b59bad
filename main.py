"""留客 Liuke. No arguments (or only --db): the desktop app. A subcommand: the command line (no Qt).

This file is where the core and the desktop app meet, so the one command that needs the app,
``screenshots``, is registered here: core/ never refers to ui/, and no other command loads Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _wants_cli(argv: list[str]) -> bool:
    """A subcommand or a help flag means the command line; ``--db PATH`` alone still opens the window."""
    rest = list(argv)
    while rest:
        head = rest.pop(0)
        if head == "--db":
            if rest:
                rest.pop(0)
            continue
        if head.startswith("--db="):
            continue
        return True
    return False


def add_screenshots_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``screenshots --out DIR``: PNGs of every page (an empty database gets the demo branch first)."""
    p = commands.add_parser("screenshots", help="把每个界面截图保存为 PNG（数据库为空时先生成示范网点）")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="保存截图的文件夹")
    p.set_defaults(handler=_screenshots)


def _screenshots(db, args: argparse.Namespace, actor) -> int:  # noqa: ANN001 - core's Database and Actor
    from core.cli.output import say
    from core.paths import default_db_path

    if db.execute("select count(*) from customers").fetchone()[0] == 0:
        from core.demo_db import load_demo

        say("数据库为空，正在生成示范网点数据…")
        load_demo(db, actor)
    path = Path(args.db or default_db_path()).expanduser().resolve()
    db.close()  # the window opens its own connection
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a server or CI box: no screen needed
    from ui.screenshots import main as shoot  # Qt only on this path

    return shoot([str(args.out), "--db", str(path)])


def main() -> int:
    """Dispatch to the CLI or the GUI."""
    argv = sys.argv[1:]
    if _wants_cli(argv):
        from core.cli.app import main as cli_main

        return cli_main(argv, extra=(add_screenshots_command,))
    from ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
