"""留客 Liuke. No arguments (or only --db): the desktop app. A subcommand: the command line (no Qt)."""

from __future__ import annotations

import sys


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


def main() -> int:
    """Dispatch to the CLI or the GUI."""
    argv = sys.argv[1:]
    if _wants_cli(argv):
        from core.cli.app import main as cli_main

        return cli_main(argv)
    from ui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
