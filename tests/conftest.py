"""Shared fixtures. No Qt here: tests/core must run without a display or PySide6."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from core.db import open_db

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def make_id(seq: int, birth: dt.date = dt.date(1980, 5, 17), area: str = "440305") -> str:
    """A valid 18-digit resident ID number (GB 11643 check digit)."""
    body = f"{area}{birth:%Y%m%d}{seq % 1000:03d}"
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, WEIGHTS, strict=True)) % 11]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh, migrated database file."""
    path = tmp_path / "liuke.db"
    open_db(path).close()
    return path


@pytest.fixture
def db(db_path: Path):
    """An open fresh database, closed after the test."""
    database = open_db(db_path)
    yield database
    database.close()


MakeXlsx = Callable[..., Path]


@pytest.fixture
def make_xlsx(tmp_path: Path) -> MakeXlsx:
    """Write rows (with optional title rows above the header) to an xlsx and return its path."""
    counter = iter(range(10_000))

    def make(
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        title: Sequence[str] = (),
        name: str | None = None,
        sheet: str = "客户明细",
    ) -> Path:
        workbook = openpyxl.Workbook()
        ws = workbook.active
        ws.title = sheet
        for line in title:
            ws.append([line])
        ws.append(list(header))
        for row in rows:
            ws.append(list(row))
        path = tmp_path / (name or f"客户清单_{next(counter)}.xlsx")
        workbook.save(path)
        return path

    return make
