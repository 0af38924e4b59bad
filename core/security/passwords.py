"""Password hashing with scrypt (hashlib, OpenSSL): memory-hard, salted, parameters stored with the hash.

The stored form is ``scrypt$N$r$p$salt$hash`` (salt and hash in base64), so parameters can be raised
later and old hashes still verify; ``needs_rehash`` tells when to store a fresh one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from core.i18n import QT_TRANSLATE_NOOP

CTX = "Accounts"
N, R, P = 2**15, 8, 1  # ~32 MB and ~0.1 s per check on a branch PC: slow for a guesser, quick at the counter
MAXMEM = 64 * 1024 * 1024
MIN_LENGTH = 8
MAX_LENGTH = 128


def hash_password(password: str) -> str:
    """A fresh salted scrypt hash of ``password`` in the stored form."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=N, r=R, p=P, maxmem=MAXMEM, dklen=32)
    return "$".join(("scrypt", str(N), str(R), str(P), _b64(salt), _b64(digest)))


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored``; False for a malformed stored value. Constant-time compare."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
            maxmem=MAXMEM, dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str) -> bool:
    """Whether ``stored`` was made with weaker parameters than today's."""
    parts = stored.split("$")
    return len(parts) != 6 or parts[0] != "scrypt" or (parts[1], parts[2], parts[3]) != (str(N), str(R), str(P))


def password_problem(password: str, username: str = "") -> str | None:
    """Why ``password`` is not acceptable (Chinese, untranslated source), or None when it is."""
    if len(password) < MIN_LENGTH:
        return QT_TRANSLATE_NOOP(CTX, "密码至少需要 8 位。")
    if len(password) > MAX_LENGTH:
        return QT_TRANSLATE_NOOP(CTX, "密码不能超过 128 位。")
    if password.strip() != password:
        return QT_TRANSLATE_NOOP(CTX, "密码首尾不能是空格。")
    if username and password.lower() == username.lower():
        return QT_TRANSLATE_NOOP(CTX, "密码不能与用户名相同。")
    if len(set(password)) < 4:
        return QT_TRANSLATE_NOOP(CTX, "密码过于简单：请至少使用 4 个不同的字符。")
    return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
