"""Printing for the command line: JSON objects and plain Chinese text."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from typing import Any

from core.progress import Progress


def setup_streams(as_json: bool) -> None:
    """UTF-8 JSON for scripts; never crash on a console that cannot show a character."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if as_json and stream is sys.stdout:
                stream.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[attr-defined]
            else:
                stream.reconfigure(errors="replace")  # type: ignore[attr-defined]
        except (AttributeError, ValueError):
            pass


def print_json(value: Any) -> None:
    """One JSON document on stdout."""
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def say(text: str = "") -> None:
    """A line of human output on stdout."""
    print(text)


def warn(text: str) -> None:
    """A line on stderr."""
    print(text, file=sys.stderr)


def progress_line(stages: Mapping[str, str], enabled: bool) -> Callable[[Progress], None]:
    """A progress sink drawing ``阶段… 42%`` on one stderr line (only when ``enabled``: a terminal, not --json).

    :param stages: the Chinese words for each stage key (an unknown key is shown as it is)
    """

    def show(p: Progress) -> None:
        if enabled and p.total:
            sys.stderr.write(f"\r{stages.get(p.stage, p.stage)}… {100 * p.done // p.total:3d}%")
            sys.stderr.flush()

    return show


def clear_progress_line(enabled: bool) -> None:
    """Wipe the line ``progress_line`` drew (when it was enabled)."""
    if enabled:
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()


def yuan(fen: int | None) -> str:
    """分 as 元 with thousands separators ('' for None)."""
    if fen is None:
        return ""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def is_interactive() -> bool:
    """Whether a person is at the keyboard (stdin is a terminal), so the CLI may ask questions."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def ask_secret(prompt: str) -> str:
    """A password typed without echo (only call when ``is_interactive()``)."""
    import getpass

    return getpass.getpass(prompt)


def ask_yes(question: str) -> bool:
    """A yes/no question on the terminal; only 是/y/yes count as yes."""
    try:
        answer = input(f"{question}（输入 y 确认）：")
    except EOFError:
        return False
    return answer.strip().lower() in {"y", "yes", "是"}
