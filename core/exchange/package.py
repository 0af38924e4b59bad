"""The exchange package file (.lkx): one file, encrypted and authenticated with a key derived from a password.

Layout::

    8 bytes   magic  89 'LKX' 0D 0A 1A 0A   (a PNG-style signature: text-mode copies are detected)
    4 bytes   header length, big-endian
    n bytes   header: UTF-8 JSON (format, package id, source device, branch, created_at, previous
              package, KDF parameters with the salt, nonce, password check); readable without the password
    rest      AES-256-GCM ciphertext and tag of the gzip-compressed JSON payload; the magic, the length
              and the header are the associated data, so changing any byte of the file is detected

The key comes from scrypt (n=2**17, r=8, p=1, 16-byte random salt); scrypt's 64 bytes are the AES key
and a key for the password check, an HMAC of the package id kept in the header: it tells a wrong
password from a damaged file (it gives a guesser nothing the GCM tag does not). Sizes are bounded on
reading (file, header, decompressed payload) so a hostile file cannot exhaust the PC.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import hmac
import json
import os
import secrets
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from core.exchange.model import CTX, ExchangeRefused
from core.i18n import QT_TRANSLATE_NOOP

MAGIC = b"\x89LKX\r\n\x1a\n"
FORMAT = 1
SUFFIX = ".lkx"
MIN_PASSWORD = 8
MAX_PASSWORD = 1024
MAX_FILE_BYTES = 100 * 1024 * 1024  # a year of a large branch's contacts is a few MB compressed
MAX_HEADER_BYTES = 64 * 1024
MAX_PAYLOAD_BYTES = 512 * 1024 * 1024  # after decompression: a gzip bomb stops here
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1  # 128 MB and about 0.3 s per derivation
_N_RANGE, _R_RANGE, _P_RANGE = (2**14, 2**20), (1, 16), (1, 4)
MAX_KDF_MEMORY = 256 * 1024 * 1024  # scrypt needs 128·n·r bytes: a hostile header cannot ask for more
_CHECK_LABEL = b"liuke-exchange-password-check"


@dataclass(frozen=True)
class PackageHeader:
    """What a package says about itself, outside the encryption (but authenticated by it)."""

    package_id: str
    source_device: str
    branch: str | None
    created_at: str  # ISO datetime on the exporting PC
    previous: str | None = None  # the exporting PC's previous package: a receiver that lacks it may miss records
    format: int = FORMAT


def check_password(password: str) -> None:
    """Refuse a password too short (or absurdly long) for protecting customer records on a USB stick."""
    if len(password or "") < MIN_PASSWORD:
        raise ExchangeRefused(
            QT_TRANSLATE_NOOP(CTX, "交换包密码至少 {n} 个字符。请换一个更长的密码（交换包里有客户记录，会经U盘等途径传递）。"),
            code="weak_password", n=MIN_PASSWORD,
        )  # fmt: skip
    if len(password) > MAX_PASSWORD:
        raise ExchangeRefused(QT_TRANSLATE_NOOP(CTX, "交换包密码过长（最多 {n} 个字符）。"), code="long_password", n=MAX_PASSWORD)


def _keys(password: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(password.encode("utf-8"))
    return material[:32], material[32:]


def _check(check_key: bytes, package_id: str) -> str:
    return hmac.new(check_key, _CHECK_LABEL + package_id.encode("ascii"), hashlib.sha256).hexdigest()[:32]


def write_package(path: Path, header: PackageHeader, payload: dict[str, Any], password: str) -> str:
    """Encrypt ``payload`` under ``password``, write the package to ``path`` (via a temporary file) and
    return the file's SHA-256 (hex)."""
    check_password(password)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key, check_key = _keys(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    head = {
        **asdict(header),
        "app": "liuke",
        "cipher": "AES-256-GCM",
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "nonce": _b64(nonce),
        "check": _check(check_key, header.package_id),
    }
    head_bytes = json.dumps(head, ensure_ascii=False, sort_keys=True).encode("utf-8")
    prefix = MAGIC + len(head_bytes).to_bytes(4, "big") + head_bytes
    body = gzip.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), mtime=0)
    data = prefix + AESGCM(key).encrypt(nonce, body, prefix)
    if len(data) > MAX_FILE_BYTES:
        raise ExchangeRefused(
            QT_TRANSLATE_NOOP(CTX, "交换包超过 {mb} MB 的上限，未生成。请不加 --all，只导出上次导出以来的记录。"),
            code="too_large", mb=MAX_FILE_BYTES // (1024 * 1024),
        )  # fmt: skip
    _write_atomically(path, data)
    return hashlib.sha256(data).hexdigest()


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def read_header(data: bytes) -> tuple[dict[str, Any], bytes]:
    """The parsed header and the authenticated prefix (magic + length + header) of a package's bytes."""
    if not data.startswith(MAGIC):
        raise _not_a_package()
    if len(data) < len(MAGIC) + 4:
        raise _damaged()
    size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 4], "big")
    end = len(MAGIC) + 4 + size
    if size > MAX_HEADER_BYTES or end > len(data):
        raise _damaged()
    try:
        head = json.loads(data[len(MAGIC) + 4 : end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _damaged() from None
    if not isinstance(head, dict):
        raise _damaged()
    return head, data[:end]


def read_package(path: Path, password: str) -> tuple[PackageHeader, dict[str, Any], str]:
    """Check, decrypt and decompress the package at ``path``: (header, payload, file SHA-256).

    :raises ExchangeRefused: not a package, too large, made by a newer Liuke, wrong password, damaged or changed
    """
    data = _read_bounded(path)
    head, prefix = read_header(data)
    fmt = head.get("format")
    if not isinstance(fmt, int):
        raise _damaged()
    if fmt > FORMAT:
        raise ExchangeRefused(
            QT_TRANSLATE_NOOP(CTX, "这个交换包由更新版本的留客生成，当前版本无法读取（未作任何修改）。请先升级本机的留客。"),
            code="newer_format",
        )  # fmt: skip
    try:
        header = PackageHeader(
            package_id=_text(head["package_id"]), source_device=_text(head["source_device"]),
            branch=head.get("branch") if isinstance(head.get("branch"), str) else None,
            created_at=_text(head["created_at"]),
            previous=head.get("previous") if isinstance(head.get("previous"), str) else None, format=fmt,
        )  # fmt: skip
        kdf, nonce = head["kdf"], _unb64(head["nonce"])
        salt = _unb64(kdf["salt"])
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        check = _text(head["check"])
    except (KeyError, TypeError, ValueError):
        raise _damaged() from None
    if kdf.get("name") != "scrypt" or head.get("cipher") != "AES-256-GCM" or len(nonce) != 12 or len(salt) < 16:
        raise _damaged()
    if not (_N_RANGE[0] <= n <= _N_RANGE[1] and n & (n - 1) == 0 and _R_RANGE[0] <= r <= _R_RANGE[1]
            and _P_RANGE[0] <= p <= _P_RANGE[1] and 128 * n * r <= MAX_KDF_MEMORY):  # fmt: skip
        raise _damaged()
    key, check_key = _keys(password or "", salt, n, r, p)
    if not hmac.compare_digest(_check(check_key, header.package_id), check):
        raise ExchangeRefused(
            QT_TRANSLATE_NOOP(CTX, "交换包密码不对（未作任何修改）。请向导出这个包的同事确认密码后重试。"),
            code="wrong_password",
        )  # fmt: skip
    try:
        body = AESGCM(key).decrypt(nonce, data[len(prefix) :], prefix)
    except InvalidTag:
        raise _damaged() from None
    payload = _decompress(body)
    if payload.get("package_id") != header.package_id or payload.get("source_device") != header.source_device:
        raise _damaged()
    return header, payload, hashlib.sha256(data).hexdigest()


def _read_bounded(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExchangeRefused(
                QT_TRANSLATE_NOOP(CTX, "「{name}」有 {mb} MB，超过交换包 {limit} MB 的上限，不是留客导出的交换包（未作任何修改）。"),
                code="too_large", name=path.name, mb=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024),
            )  # fmt: skip
        return path.read_bytes()
    except FileNotFoundError:
        raise ExchangeRefused(
            QT_TRANSLATE_NOOP(CTX, "找不到文件「{name}」。请检查路径（U盘是否已插好）。"), code="missing", name=str(path)
        ) from None
    except IsADirectoryError:
        raise ExchangeRefused(QT_TRANSLATE_NOOP(CTX, "「{name}」是文件夹，请选择交换包文件（.lkx）。"), code="missing", name=str(path)) from None


def _decompress(body: bytes) -> dict[str, Any]:
    try:
        inflater = zlib.decompressobj(wbits=31)  # gzip
        raw = inflater.decompress(body, MAX_PAYLOAD_BYTES + 1)
        if len(raw) > MAX_PAYLOAD_BYTES or inflater.unconsumed_tail:
            raise ExchangeRefused(
                QT_TRANSLATE_NOOP(CTX, "交换包解压后超过 {mb} MB 的上限，未导入（未作任何修改）。"),
                code="too_large", mb=MAX_PAYLOAD_BYTES // (1024 * 1024),
            )  # fmt: skip
        payload = json.loads(raw.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        raise _damaged() from None
    if not isinstance(payload, dict):
        raise _damaged()
    return payload


def _text(value: object) -> str:
    if not isinstance(value, str) or not value or len(value) > 100:
        raise ValueError(value)
    return value


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError(text)
    return base64.b64decode(text.encode("ascii"), validate=True)


def _not_a_package() -> ExchangeRefused:
    return ExchangeRefused(
        QT_TRANSLATE_NOOP(CTX, "这不是留客的交换包文件（未作任何修改）。请选择另一台电脑用「导出交换包」生成的 .lkx 文件。"),
        code="not_a_package",
    )  # fmt: skip


def _damaged() -> ExchangeRefused:
    return ExchangeRefused(
        QT_TRANSLATE_NOOP(CTX, "交换包已损坏或被改动过，无法验证，未导入（未作任何修改）。请在原电脑上重新导出一份。"),
        code="damaged",
    )  # fmt: skip
