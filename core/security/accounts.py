"""Local accounts: the first administrator, adding and locking users, passwords, signing in and out.

Five wrong passwords in a row lock an account for 30 minutes; every failure, lock, unlock and
change is written to the audit log. Usernames are not secret; passwords are kept only as scrypt
hashes. Accounts are never deleted (the audit log refers to them); they are disabled instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from core.actors import ADMIN, LOCAL_USER, ROLES, Actor
from core.i18n import QT_TRANSLATE_NOOP
from core.privacy import mask_free_text
from core.refusal import CodedRefused
from core.security import audit
from core.security.clock import Clock, system_clock
from core.security.passwords import hash_password, needs_rehash, password_problem, verify_password
from core.security.permissions import require

CTX = "Accounts"
MAX_FAILURES = 5
LOCK_MINUTES = 30
_DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="


class AccountRefused(CodedRefused):
    """An account request was refused; nothing was written (failures are still audited). ``message()`` is Chinese."""

    context = CTX


@dataclass(frozen=True)
class UserInfo:
    """An account as the administrator sees it (never the hash)."""

    id: int
    username: str
    display_name: str
    role: str
    staff_id: int | None
    staff_name: str | None
    disabled: bool
    locked_until: str | None
    failed_count: int
    must_change: bool
    last_login_at: str | None
    created_at: str

    def locked_at(self, now: datetime) -> bool:
        """Whether too many failures keep it locked at ``now``."""
        return self.locked_until is not None and self.locked_until > now.isoformat(timespec="seconds")


@dataclass(frozen=True)
class SignedIn:
    """A successful sign-in: who, and whether they must choose a new password first."""

    actor: Actor
    must_change: bool


_COLUMNS = """u.id, u.username, u.display_name, u.role, u.staff_id, s.name, u.disabled, u.locked_until,
              u.failed_count, u.must_change, u.last_login_at, u.created_at"""


def has_accounts(db: Database) -> bool:
    """Whether any account exists (if not, the first one must be an administrator)."""
    return db.execute("select exists(select 1 from users)").fetchone()[0] == 1


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    """Every account, in the order they were created."""
    require(actor, "user.manage")
    rows = db.execute(f"select {_COLUMNS} from users u left join staff s on s.id = u.staff_id order by u.id").fetchall()
    return [_info(r) for r in rows]


def get_user(db: Database, username: str) -> UserInfo | None:
    """One account by username (case-insensitive), or None."""
    row = db.execute(
        f"select {_COLUMNS} from users u left join staff s on s.id = u.staff_id where u.username = ?", [username.strip()]
    ).fetchone()
    return _info(row) if row else None


def _info(r: tuple) -> UserInfo:  # type: ignore[type-arg]
    return UserInfo(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8], bool(r[9]), r[10], r[11])


def actor_of(user: UserInfo) -> Actor:
    """The Actor a signed-in ``user`` acts as."""
    return Actor(username=user.username, display_name=user.display_name, role=user.role, user_id=user.id,
                 staff_id=user.staff_id)


def add_user(
    db: Database,
    actor: Actor,
    username: str,
    password: str,
    role: str,
    *,
    display_name: str | None = None,
    staff_id: int | None = None,
    must_change: bool = False,
    clock: Clock = system_clock,
) -> UserInfo:
    """Create an account. With no accounts yet, anyone may create the first one, which must be a 管理员.

    :raises AccountRefused: bad name, taken name, unknown role, weak password, first account not 管理员
    :param must_change: the password is a temporary one: the user chooses their own at the first sign-in
    :raises PermissionDenied: accounts exist and ``actor`` is not a 管理员
    """
    name = username.strip()
    first = not has_accounts(db)
    if first:
        if role != ADMIN:
            raise AccountRefused("first_must_be_admin", QT_TRANSLATE_NOOP(CTX, "第一个账户必须是管理员（--role 管理员）。"))
    else:
        require(actor, "user.manage")
    if not name or len(name) > 32 or any(c.isspace() for c in name):
        raise AccountRefused("bad_username", QT_TRANSLATE_NOOP(CTX, "用户名须为 1–32 个字符，且不含空格。"))
    if role not in ROLES:
        raise AccountRefused("unknown_role", QT_TRANSLATE_NOOP(CTX, "没有「{role}」这个角色。可用的角色：{roles}"),
                             role=role, roles="、".join(ROLES))
    if get_user(db, name):
        raise AccountRefused("username_taken", QT_TRANSLATE_NOOP(CTX, "用户名「{name}」已被使用。"), name=name)
    problem = password_problem(password, name)
    if problem:
        raise AccountRefused("weak_password", problem)
    if staff_id is not None and not db.execute("select 1 from staff where id = ?", [staff_id]).fetchone():
        raise AccountRefused("unknown_staff", QT_TRANSLATE_NOOP(CTX, "找不到对应的人员记录。"))
    now = audit.now_text(clock)
    who = actor if not first else Actor(username=name, display_name=display_name or name, role=ADMIN)
    with db.atomic():
        cursor = db.execute(
            """insert into users (username, display_name, role, staff_id, password_hash, must_change, created_by,
                                  created_at, updated_at)
               values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [name, (display_name or name).strip(), role, staff_id, hash_password(password), int(must_change and not first),
             who.username, now, now],
        )
        user_id = int(cursor.lastrowid or 0)
        audit.record(db, who, "user_added", target=f"user:{name}", details={"role": role, "first": first}, clock=clock)
    info = get_user(db, name)
    assert info is not None and info.id == user_id
    return info


def existing_user(db: Database, username: str) -> UserInfo:
    """``get_user``, refused with AccountRefused ``unknown_user`` when there is no such account."""
    info = get_user(db, username)
    if info is None:
        raise AccountRefused("unknown_user", QT_TRANSLATE_NOOP(CTX, "没有用户「{name}」。"), name=username)
    return info


def _admins_left(db: Database, excluding: int) -> int:
    return int(db.execute(
        "select count(*) from users where role = ? and disabled = 0 and id != ?", [ADMIN, excluding]
    ).fetchone()[0])


def lock_user(db: Database, actor: Actor, username: str, *, clock: Clock = system_clock) -> UserInfo:
    """Disable an account until unlocked (the last active administrator cannot be disabled)."""
    require(actor, "user.manage")
    info = existing_user(db, username)
    if info.role == ADMIN and _admins_left(db, info.id) == 0:
        raise AccountRefused("last_admin", QT_TRANSLATE_NOOP(CTX, "不能停用最后一个管理员账户。"))
    with db.atomic():
        db.execute("update users set disabled = 1, updated_at = ? where id = ?", [audit.now_text(clock), info.id])
        audit.record(db, actor, "user_locked", target=f"user:{info.username}", clock=clock)
    return existing_user(db, username)


def unlock_user(db: Database, actor: Actor, username: str, *, clock: Clock = system_clock) -> UserInfo:
    """Enable an account and clear its failed sign-ins and any time lock."""
    require(actor, "user.manage")
    info = existing_user(db, username)
    with db.atomic():
        db.execute(
            "update users set disabled = 0, failed_count = 0, locked_until = null, updated_at = ? where id = ?",
            [audit.now_text(clock), info.id],
        )
        audit.record(db, actor, "user_unlocked", target=f"user:{info.username}", clock=clock)
    return existing_user(db, username)


def change_user(
    db: Database, actor: Actor, username: str, *, role: str | None = None, display_name: str | None = None,
    staff_id: int | None | type[Ellipsis] = ..., clock: Clock = system_clock,
) -> UserInfo:
    """Change an account's role, display name or staff record (``staff_id=None`` unlinks it)."""
    require(actor, "user.manage")
    info = existing_user(db, username)
    if role is not None and role not in ROLES:
        raise AccountRefused("unknown_role", QT_TRANSLATE_NOOP(CTX, "没有「{role}」这个角色。可用的角色：{roles}"),
                             role=role, roles="、".join(ROLES))
    if role is not None and info.role == ADMIN and role != ADMIN and _admins_left(db, info.id) == 0:
        raise AccountRefused("last_admin", QT_TRANSLATE_NOOP(CTX, "不能更改最后一个管理员账户的角色。"))
    changes: dict[str, object] = {}
    if role is not None and role != info.role:
        changes["role"] = role
    if display_name is not None and display_name.strip() != info.display_name:
        changes["display_name"] = display_name.strip()
    if staff_id is not ... and staff_id != info.staff_id:
        changes["staff_id"] = staff_id
    if not changes:
        return info
    with db.atomic():
        sets = ", ".join(f"{k} = ?" for k in changes)
        db.execute(f"update users set {sets}, updated_at = ? where id = ?", [*changes.values(), audit.now_text(clock), info.id])
        details = {"from_role": info.role, "to_role": changes.get("role", info.role), "changed": sorted(changes)}
        audit.record(db, actor, "user_changed", target=f"user:{info.username}", details=details, clock=clock)
    return existing_user(db, username)


def reset_password(db: Database, actor: Actor, username: str, new_password: str, *, clock: Clock = system_clock) -> None:
    """An administrator sets a new password; the user must choose their own at the next sign-in."""
    require(actor, "user.manage")
    info = existing_user(db, username)
    _store_password(db, actor, info, new_password, must_change=True, clock=clock)


def change_own_password(
    db: Database, actor: Actor, old_password: str, new_password: str, *, clock: Clock = system_clock
) -> None:
    """The signed-in user changes their own password (the old one is checked)."""
    info = existing_user(db, actor.username)
    stored = db.execute("select password_hash from users where id = ?", [info.id]).fetchone()[0]
    if not verify_password(old_password, stored):
        audit.record(db, actor, "password_changed", outcome="failed", target=f"user:{info.username}", clock=clock)
        raise AccountRefused("wrong_password", QT_TRANSLATE_NOOP(CTX, "原密码不正确。"))
    if old_password == new_password:
        raise AccountRefused("same_password", QT_TRANSLATE_NOOP(CTX, "新密码不能与原密码相同。"))
    _store_password(db, actor, info, new_password, must_change=False, clock=clock)


def _store_password(db: Database, actor: Actor, info: UserInfo, password: str, *, must_change: bool, clock: Clock) -> None:
    problem = password_problem(password, info.username)
    if problem:
        raise AccountRefused("weak_password", problem)
    with db.atomic():
        db.execute(
            "update users set password_hash = ?, must_change = ?, updated_at = ? where id = ?",
            [hash_password(password), int(must_change), audit.now_text(clock), info.id],
        )
        audit.record(db, actor, "password_changed", target=f"user:{info.username}",
                     details={"reset_by_admin": must_change}, clock=clock)


def authenticate(db: Database, username: str, password: str, *, clock: Clock = system_clock) -> SignedIn:
    """Check a sign-in. Wrong passwords count; the 5th in a row locks the account for 30 minutes.

    :raises AccountRefused: ``bad_credentials``, ``locked`` (with minutes left) or ``disabled``;
      every refusal is written to the audit log first
    """
    name = (username or "").strip()
    now = clock()
    info = get_user(db, name) if name else None
    # an unknown name is kept as typed but masked: people do type their ID or card number there
    anonymous = Actor(username=mask_free_text(name, limit=32) or "?", display_name="", role="")
    if info is None:
        verify_password(password, _DUMMY_HASH)  # same time as a real check: no hint which names exist
        _sign_in_failed(db, anonymous, clock, reason="bad_credentials")
        raise _bad_credentials()
    who = actor_of(info)
    if info.locked_at(now):
        left = max(1, int((datetime.fromisoformat(info.locked_until or "") - now).total_seconds() + 59) // 60)
        _sign_in_failed(db, who, clock, reason="locked")
        raise _locked(left)
    stored = db.execute("select password_hash from users where id = ?", [info.id]).fetchone()[0]
    if not verify_password(password, stored):
        failures = info.failed_count + 1
        locks = failures >= MAX_FAILURES
        with db.atomic():
            if locks:
                until = (now + timedelta(minutes=LOCK_MINUTES)).isoformat(timespec="seconds")
                db.execute("update users set failed_count = 0, locked_until = ? where id = ?", [until, info.id])
            else:
                db.execute("update users set failed_count = ? where id = ?", [failures, info.id])
            _sign_in_failed(db, who, clock, reason="bad_credentials", failures=failures)
            if locks:
                audit.record(db, who, "account_locked", details={"minutes": LOCK_MINUTES}, clock=clock)
        raise _locked(LOCK_MINUTES) if locks else _bad_credentials()
    if info.disabled:
        _sign_in_failed(db, who, clock, reason="disabled")
        raise AccountRefused("disabled", QT_TRANSLATE_NOOP(CTX, "账户「{name}」已停用，请联系管理员。"), name=info.username)
    with db.atomic():
        rehash = [hash_password(password)] if needs_rehash(stored) else []
        db.execute(
            "update users set failed_count = 0, locked_until = null, last_login_at = ?"
            + (", password_hash = ?" if rehash else "") + " where id = ?",
            [now.isoformat(timespec="seconds"), *rehash, info.id],
        )
        audit.record(db, who, "sign_in", clock=clock)
    return SignedIn(who, info.must_change)


def _sign_in_failed(db: Database, who: Actor, clock: Clock, **details: object) -> None:
    audit.record(db, who, "sign_in_failed", outcome="failed", details=details, clock=clock)


def _locked(minutes: int) -> AccountRefused:
    return AccountRefused("locked", QT_TRANSLATE_NOOP(
        CTX, "密码连续输错 {n} 次，账户已锁定。请 {minutes} 分钟后再试，或请管理员解锁。"), n=MAX_FAILURES, minutes=minutes)


def _bad_credentials() -> AccountRefused:
    return AccountRefused("bad_credentials", QT_TRANSLATE_NOOP(
        CTX, "用户名或密码不正确。连续输错 {n} 次将锁定 {minutes} 分钟。"), n=MAX_FAILURES, minutes=LOCK_MINUTES)


def sign_out(db: Database, actor: Actor, *, clock: Clock = system_clock) -> None:
    """Record that ``actor`` signed out (or the window was closed)."""
    if actor.user_id is not None:
        audit.record(db, actor, "sign_out", clock=clock)


def default_actor(db: Database) -> Actor | None:
    """The actor to use without signing in: ``LOCAL_USER`` while the database has no accounts, else None."""
    return None if has_accounts(db) else LOCAL_USER
