"""Reading the file ahead (while the command line opens the database and signs in) changes nothing:
the same plan and batch, the same refusals, and a refused permission drops what was read."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from core.actors import LOCAL_USER, Actor
from core.db import open_db
from core.importing.codes import ImportRefused
from core.importing.planner import ImportOptions
from core.importing.prefetch import Prefetch
from core.importing.service import import_file
from core.security.permissions import PermissionDenied
from tests.make_corpus import build_corpus, good_file


def _summary(outcome: object) -> tuple[object, ...]:
    plan = outcome.plan  # type: ignore[attr-defined]
    return (plan.period, plan.rows_read, len(plan.records), plan.file_sha256, plan.sheet, [i.code for i in plan.issues])


def test_an_import_read_ahead_gives_the_same_batch(tmp_path: Path) -> None:
    path = good_file(tmp_path / "客户_2026-01.xlsx")
    plain = import_file(open_db(tmp_path / "a.db"), path, LOCAL_USER)
    ahead = import_file(open_db(tmp_path / "b.db"), path, LOCAL_USER, prefetched=Prefetch(path))
    assert _summary(ahead) == _summary(plain)
    assert ahead.commit is not None and ahead.commit.customers_created == plain.commit.customers_created  # type: ignore[union-attr]
    assert gc.isenabled()  # the collector's pause ended with the import


def test_a_refusal_found_while_reading_ahead_is_raised_by_the_import(tmp_path: Path) -> None:
    far = next(c.path for c in build_corpus(tmp_path / "corpus") if c.name == "far_cell")
    db = open_db(tmp_path / "a.db")
    with pytest.raises(ImportRefused) as refused:
        import_file(db, far, LOCAL_USER, prefetched=Prefetch(far))
    assert refused.value.code == "far_cell"
    assert db.execute("select count(*) from import_batches").fetchone()[0] == 0
    assert gc.isenabled()


def test_a_prefetch_for_other_options_is_not_used(tmp_path: Path) -> None:
    path = good_file(tmp_path / "客户_2026-01.xlsx")
    with pytest.raises(ImportRefused) as refused:  # --sheet names a sheet the file lacks: read again, refused
        import_file(open_db(tmp_path / "a.db"), path, LOCAL_USER, ImportOptions(sheet="没有这张表"), prefetched=Prefetch(path))
    assert refused.value.code == "sheet_not_found"
    assert gc.isenabled()


def test_a_refused_permission_drops_what_was_read(tmp_path: Path) -> None:
    path = good_file(tmp_path / "客户_2026-01.xlsx")
    db = open_db(tmp_path / "a.db")
    teller = Actor("guiyuan", "柜员", "柜员")
    ahead = Prefetch(path)
    with pytest.raises(PermissionDenied):
        import_file(db, path, teller, prefetched=ahead)
    assert ahead._prepared is None and gc.isenabled()
    assert db.execute("select count(*) from import_batches").fetchone()[0] == 0


def test_closing_a_prefetch_stops_reading_a_large_sheet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A refused sign-in must not wait for a whole large file to be read before the message shows."""
    import core.importing.xlsx_sheet as xlsx_sheet
    from core.progress import Cancelled
    from tests.make_corpus import _SHEET_OPEN, write_raw_xlsx

    body = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>{r}.5</v></c></row>' for r in range(1, 150_001))
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{_SHEET_OPEN}<sheetData>{body}</sheetData></worksheet>'
    path = write_raw_xlsx(tmp_path / "大文件.xlsx", xml)
    monkeypatch.setattr(xlsx_sheet, "BLOCK_BYTES", 16 * 1024)  # many blocks: the stop is seen at once
    ahead = Prefetch(path)
    ahead.close()
    assert isinstance(ahead._error, Cancelled)
    assert ahead._prepared is None and gc.isenabled()
