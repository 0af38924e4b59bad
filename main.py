"""留客 Liuke. No arguments (or only --db / --smoke): the desktop app. A subcommand: the command line (no Qt).

``--smoke`` starts the window on a fresh temporary database as LOCAL_USER with no dialogs and exits 0 once the
main window has been shown (ui/app.py): the check that a frozen build found all its modules and resources.

This file is where the core and the desktop app meet, so the one command that needs the app,
``screenshots``, is registered here: core/ never refers to ui/, and no other command loads Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SMOKE_FLAG = "--smoke"
GUI_FLAGS = (SMOKE_FLAG,)  # flags that still mean the window (ui/app.py reads them)


def _wants_cli(argv: list[str]) -> bool:
    """A subcommand or a help flag means the command line; ``--db PATH`` and ``--smoke`` still open the window."""
    rest = list(argv)
    while rest:
        head = rest.pop(0)
        if head == "--db":
            if rest:
                rest.pop(0)
            continue
        if head.startswith("--db=") or head in GUI_FLAGS:
            continue
        return True
    return False


def _ensure_std_streams() -> None:
    """A windowed build (Liuke.exe, console=False) starts with no stdout/stderr: give writers a sink.

    Without one, anything that writes to ``sys.stderr`` (argparse, warnings, a library's message) raises.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # lives as long as the process


def _headless_smoke(argv: list[str]) -> None:
    """``--smoke`` on a Linux box with no display (CI): Qt's offscreen platform, unless one is chosen."""
    if SMOKE_FLAG in argv and sys.platform.startswith("linux"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
        load_demo(db, actor, accounts=True)  # the demo accounts: the shots show each role signed in
    path = Path(args.db or default_db_path()).expanduser().resolve()
    db.close()  # the window opens its own connection
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a server or CI box: no screen needed
    from ui.screenshots import main as shoot  # Qt only on this path

    return shoot([str(args.out), "--db", str(path)])


def main() -> int:
    """Dispatch to the CLI or the GUI."""
    _ensure_std_streams()
    argv = sys.argv[1:]
    if _wants_cli(argv):
        from core.cli.app import main as cli_main

        return cli_main(argv, extra=(add_screenshots_command,))
    _headless_smoke(argv)
    try:
        from ui.app import run

        return run(argv)
    except Exception:
        if not getattr(sys, "frozen", False):
            raise  # from source: the developer wants the traceback
        return _frozen_startup_failure(argv)


def _frozen_startup_failure(argv: list[str]) -> int:
    """A frozen build that cannot start the window (say a module missing from the bundle): no traceback on
    screen, a log without customer data and a Chinese message instead. ``--smoke`` (CI) also prints the log."""
    import traceback

    text = traceback.format_exc(limit=30)
    log_path = None
    try:
        from core.paths import data_dir
        from core.privacy import mask_free_text

        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        log_path = folder / "startup-errors.log"
        with log_path.open("a", encoding="utf-8") as handle:
            handle.write(mask_free_text(text, limit=20_000) + "\n")
    except Exception:  # the log is a courtesy; the message below still goes out
        log_path = None
    message = "留客无法启动。程序文件可能不完整：请重新复制完整的 Liuke 文件夹后再试；仍然不行，请把错误记录交给维护人员。"
    if log_path is not None:
        message += f"\n错误记录已写入：{log_path}"
    if SMOKE_FLAG in argv:
        sys.stderr.write(text)
    sys.stderr.write(message + "\n")
    if sys.platform == "win32" and SMOKE_FLAG not in argv:  # a smoke run must end, not wait for a click
        try:
            import ctypes

            ctypes.windll.user32.MessageBoxW(None, message, "留客", 0x10)  # type: ignore[attr-defined] - MB_ICONERROR
        except (AttributeError, OSError):
            pass
    return 1


if __name__ == "__main__":
    sys.exit(main())
