"""Accounts: five wrong passwords lock for 30 minutes (a fake clock moves time), every failure is audited."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from core.actors import ADMIN, AUDITOR, LOCAL_USER, TELLER, Actor
from core.security import accounts, audit
from core.security.accounts import AccountRefused, authenticate
from core.security.permissions import PermissionDenied

READER = Actor("reader", "审计", AUDITOR)
ADMIN_PASSWORD = "Admin-pass-9"
TELLER_PASSWORD = "Teller-pass-9"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 10, 31, 9, 0, 0))


@pytest.fixture
def admin(db, clock):
    info = accounts.add_user(db, LOCAL_USER, "admin", ADMIN_PASSWORD, ADMIN, clock=clock)
    return accounts.actor_of(info)


@pytest.fixture
def teller(db, admin, clock):
    accounts.add_user(db, admin, "guiyuan", TELLER_PASSWORD, TELLER, display_name="柜员甲", clock=clock)
    return "guiyuan"


def _audit(db) -> list[tuple[str, str, str]]:
    rows = audit.list_audit(db, READER, limit=1000, newest_first=False)
    return [(r.username, r.action, r.outcome) for r in rows]


def test_the_first_account_must_be_an_administrator(db):
    with pytest.raises(AccountRefused) as refused:
        accounts.add_user(db, LOCAL_USER, "li", "Some-pass-9", TELLER)
    assert refused.value.code == "first_must_be_admin" and not accounts.has_accounts(db)
    assert accounts.default_actor(db) == LOCAL_USER
    accounts.add_user(db, LOCAL_USER, "admin", ADMIN_PASSWORD, ADMIN)
    assert accounts.default_actor(db) is None


def test_five_wrong_passwords_lock_the_account_for_thirty_minutes(db, teller, clock):
    for attempt in range(1, 5):
        with pytest.raises(AccountRefused) as refused:
            authenticate(db, teller, "wrong-password", clock=clock)
        assert refused.value.code == "bad_credentials", attempt
        clock.advance(seconds=10)
    with pytest.raises(AccountRefused) as refused:
        authenticate(db, teller, "wrong-password", clock=clock)
    assert refused.value.code == "locked" and "30 分钟" in refused.value.message()

    clock.advance(minutes=29)
    with pytest.raises(AccountRefused) as refused:  # the right password does not open a locked account
        authenticate(db, teller, TELLER_PASSWORD, clock=clock)
    assert refused.value.code == "locked" and "1 分钟" in refused.value.message()

    clock.advance(minutes=1, seconds=1)
    signed = authenticate(db, teller, TELLER_PASSWORD, clock=clock)
    assert signed.actor.username == teller and signed.actor.role == TELLER and not signed.must_change
    assert accounts.get_user(db, teller).failed_count == 0

    trail = [(a, o) for u, a, o in _audit(db) if u == teller]
    assert trail.count(("sign_in_failed", "failed")) == 6  # five wrong passwords, one attempt while locked
    assert ("account_locked", "ok") in trail and trail[-1] == ("sign_in", "ok")


def test_a_success_resets_the_count_of_failures(db, teller, clock):
    for _ in range(4):
        with pytest.raises(AccountRefused):
            authenticate(db, teller, "wrong-password", clock=clock)
    authenticate(db, teller, TELLER_PASSWORD, clock=clock)
    with pytest.raises(AccountRefused) as refused:
        authenticate(db, teller, "wrong-password", clock=clock)
    assert refused.value.code == "bad_credentials"


def test_an_unknown_user_is_refused_like_a_wrong_password_and_audited(db, admin, clock):
    with pytest.raises(AccountRefused) as unknown:
        authenticate(db, "nobody", "whatever-1", clock=clock)
    with pytest.raises(AccountRefused) as wrong:
        authenticate(db, "admin", "whatever-1", clock=clock)
    assert unknown.value.message() == wrong.value.message()  # no hint which names exist
    assert ("nobody", "sign_in_failed", "failed") in _audit(db)


def test_a_disabled_account_cannot_sign_in_until_enabled(db, admin, teller, clock):
    accounts.lock_user(db, admin, teller, clock=clock)
    with pytest.raises(AccountRefused) as refused:
        authenticate(db, teller, TELLER_PASSWORD, clock=clock)
    assert refused.value.code == "disabled" and "停用" in refused.value.message()
    accounts.unlock_user(db, admin, teller, clock=clock)
    assert authenticate(db, teller, TELLER_PASSWORD, clock=clock).actor.username == teller
    actions = [a for _, a, _ in _audit(db)]
    assert "user_locked" in actions and "user_unlocked" in actions


def test_an_administrator_can_unlock_a_time_locked_account(db, admin, teller, clock):
    for _ in range(5):
        with pytest.raises(AccountRefused):
            authenticate(db, teller, "wrong-password", clock=clock)
    accounts.unlock_user(db, admin, teller, clock=clock)
    assert authenticate(db, teller, TELLER_PASSWORD, clock=clock).actor.username == teller


def test_the_last_administrator_is_protected(db, admin, teller, clock):
    with pytest.raises(AccountRefused) as refused:
        accounts.lock_user(db, admin, "admin", clock=clock)
    assert refused.value.code == "last_admin"
    with pytest.raises(AccountRefused):
        accounts.change_user(db, admin, "admin", role=TELLER, clock=clock)
    accounts.add_user(db, admin, "admin2", "Second-admin-9", ADMIN, clock=clock)
    accounts.lock_user(db, admin, "admin", clock=clock)  # another administrator remains: allowed
    assert accounts.get_user(db, "admin").disabled


def test_after_a_reset_the_user_must_choose_a_new_password(db, admin, teller, clock):
    accounts.reset_password(db, admin, teller, "Reset-by-admin-1", clock=clock)

    signed = authenticate(db, teller, "Reset-by-admin-1", clock=clock)
    assert signed.must_change
    with pytest.raises(AccountRefused):
        authenticate(db, teller, TELLER_PASSWORD, clock=clock)  # the old password no longer works
    accounts.change_own_password(db, signed.actor, "Reset-by-admin-1", "My-own-pass-7", clock=clock)
    assert not authenticate(db, teller, "My-own-pass-7", clock=clock).must_change


def test_weak_passwords_and_taken_names_are_refused(db, admin, clock):
    for password, code in (("short", "weak_password"), ("aaaaaaaaaa", "weak_password"), ("guiyuan2", "weak_password")):
        with pytest.raises(AccountRefused) as refused:
            accounts.add_user(db, admin, "guiyuan2", password, TELLER, clock=clock)
        assert refused.value.code == code
    with pytest.raises(AccountRefused) as refused:
        accounts.add_user(db, admin, "ADMIN", "Another-pass-9", TELLER, clock=clock)
    assert refused.value.code == "username_taken"


def test_only_an_administrator_manages_accounts(db, admin, teller, clock):
    signed = authenticate(db, teller, TELLER_PASSWORD, clock=clock)
    with pytest.raises(PermissionDenied):
        accounts.add_user(db, signed.actor, "x1", "Some-pass-99", TELLER, clock=clock)
    with pytest.raises(PermissionDenied):
        accounts.list_users(db, signed.actor)
    with pytest.raises(PermissionDenied):
        accounts.reset_password(db, signed.actor, "admin", "Taken-over-1", clock=clock)
