"""Helpers for the tests of accounts, roles and the idle lock."""

from __future__ import annotations

from core.demo_db import DEMO_PASSWORD

PASSWORD = DEMO_PASSWORD


class FakeClock:
    """Wall-clock seconds that move only when told (idle lock, reveal countdown)."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def actor_named(db, username: str):  # noqa: ANN001, ANN201 - Database -> Actor
    """The Actor of a demo account."""
    from core.security.accounts import actor_of, get_user

    info = get_user(db, username)
    assert info is not None, username
    return actor_of(info)
