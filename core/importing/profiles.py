"""Saved column mappings, keyed by the header signature, so next month's file maps itself."""

from __future__ import annotations

import json
from datetime import datetime

from sqlite_utils import Database

from core.importing.codes import ImportRefused
from core.importing.fields import FIELD_BY_KEY, MONEY, normalise_header
from core.importing.layout import Layout, Override

UNIT_NAMES = {"万元": 1_000_000, "万": 1_000_000, "元": 100}
IGNORE = {"-", "忽略", "ignore", "none"}


def parse_mapping_args(values: list[str] | tuple[str, ...]) -> dict[str, Override]:
    """``["表头=field", "表头=field:万元", "表头=-"]`` as overrides keyed by the normalised header.

    A column letter works as the header too (``"F=aum:元"``).
    :raises ImportRefused: ``bad_mapping`` naming the valid fields
    """
    overrides: dict[str, Override] = {}
    for value in values:
        header, sep, target = value.partition("=")
        target = target.strip()
        field, _, unit_text = target.partition(":")
        field = field.strip()
        unit = UNIT_NAMES.get(unit_text.strip()) if unit_text else None
        bad_field = field.lower() not in IGNORE and field not in FIELD_BY_KEY
        bad_unit = bool(unit_text) and (
            unit is None or FIELD_BY_KEY.get(field) is None or FIELD_BY_KEY[field].kind != MONEY
        )
        if not sep or not header.strip() or bad_field or bad_unit:
            raise ImportRefused("bad_mapping", value=value, fields="、".join(FIELD_BY_KEY))
        key = normalise_header(header)
        overrides[key] = Override(None if field.lower() in IGNORE else field, unit)
    return overrides


def load_profile(db: Database, signature: str) -> dict[str, Override] | None:
    """The saved overrides for a header signature, if any."""
    row = db.execute("select mapping_json from mapping_profiles where signature = ?", [signature]).fetchone()
    if row is None:
        return None
    stored = json.loads(row[0])
    return {key: Override(item.get("field"), item.get("unit")) for key, item in stored.items()}


def save_profile(db: Database, layout: Layout, overrides: dict[str, Override]) -> None:
    """Remember the user's overrides for this header signature (call inside the import's transaction)."""
    headers = [c.header for c in layout.columns]
    mapping = {key: {"field": o.field, "unit": o.unit} for key, o in overrides.items()}
    existing = load_profile(db, layout.signature) or {}
    merged = {**{k: {"field": o.field, "unit": o.unit} for k, o in existing.items()}, **mapping}
    db.execute(
        """insert into mapping_profiles (signature, headers_json, mapping_json, updated_at, used_count)
           values (?, ?, ?, ?, 1)
           on conflict(signature) do update set mapping_json = excluded.mapping_json,
               headers_json = excluded.headers_json, updated_at = excluded.updated_at, used_count = used_count + 1""",
        [
            layout.signature,
            json.dumps(headers, ensure_ascii=False),
            json.dumps(merged, ensure_ascii=False),
            datetime.now().isoformat(timespec="seconds"),
        ],
    )
