"""``exchange export --out FILE`` / ``exchange import FILE`` (stub; filled in by the exchange work)."""

from __future__ import annotations

import argparse


def add_exchange_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the exchange commands."""
