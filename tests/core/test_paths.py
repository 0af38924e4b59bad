"""Where the data lives: the per-user folder, portable mode (a marker beside the program), LIUKE_DB and --db."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core import paths
from core.cli import app as cli_app

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def user_dir(tmp_path, monkeypatch):
    """The per-user data folder, redirected into tmp_path; no LIUKE_DB; not frozen."""
    folder = tmp_path / "appdata" / "Liuke"
    monkeypatch.setattr(paths.platformdirs, "user_data_dir", lambda *a, **k: str(folder))
    monkeypatch.delenv("LIUKE_DB", raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    return folder


@pytest.fixture
def frozen(tmp_path, monkeypatch, user_dir):
    """A frozen build: Liuke.exe in tmp_path/dist/Liuke."""
    program = tmp_path / "dist" / "Liuke"
    program.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "Liuke.exe"))
    return program


def test_from_source_the_program_folder_is_the_project_root(user_dir):
    assert paths.program_dir() == ROOT
    assert paths.program_dir().joinpath("main.py").is_file()


def test_without_the_marker_data_is_in_the_per_user_folder(frozen, user_dir):
    assert paths.portable_dir() is None
    assert paths.data_dir() == user_dir
    assert paths.default_db_path() == user_dir / "liuke.db"


def test_the_marker_beside_the_frozen_exe_keeps_data_beside_it(frozen):
    (frozen / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.portable_dir() == frozen.resolve()
    assert paths.data_dir() == frozen.resolve() / "data"
    assert paths.default_db_path() == frozen.resolve() / "data" / "liuke.db"
    assert paths.backup_dir(paths.default_db_path()) == frozen.resolve() / "data" / "backups"


def test_the_frozen_build_looks_beside_the_exe_not_beside_the_source(frozen, monkeypatch):
    monkeypatch.setattr(paths, "__file__", str(frozen.parent / "elsewhere" / "core" / "paths.py"))
    (frozen / paths.PORTABLE_MARKER).write_text("portable", encoding="utf-8")
    assert paths.program_dir() == frozen.resolve()


def test_a_marker_elsewhere_does_not_count(frozen, user_dir):
    (frozen.parent / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")  # one folder up
    (frozen / "data").mkdir()
    (frozen / "data" / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")  # one folder down
    assert paths.data_dir() == user_dir


def test_a_folder_named_like_the_marker_does_not_count(frozen, user_dir):
    (frozen / paths.PORTABLE_MARKER).mkdir()
    assert paths.data_dir() == user_dir


def test_from_source_the_marker_goes_in_the_project_root(tmp_path, monkeypatch, user_dir):
    project = tmp_path / "checkout"
    (project / "core").mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(project / "core" / "paths.py"))
    assert paths.data_dir() == user_dir
    (project / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.data_dir() == project.resolve() / "data"


def test_liuke_db_wins_over_portable_mode(frozen, tmp_path, monkeypatch):
    (frozen / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setenv("LIUKE_DB", str(tmp_path / "named.db"))
    assert paths.default_db_path() == tmp_path / "named.db"


def test_db_flag_wins_over_liuke_db_and_portable_mode(frozen, tmp_path, monkeypatch):
    (frozen / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setenv("LIUKE_DB", str(tmp_path / "named.db"))
    flag = tmp_path / "flag.db"
    assert cli_app.main(["--db", str(flag), "batches", "--json"]) == 0
    assert flag.exists()
    assert not (tmp_path / "named.db").exists()
    assert not (frozen / "data").exists()


def test_portable_cli_creates_the_database_beside_the_program(frozen, user_dir):
    (frozen / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert cli_app.main(["batches", "--json"]) == 0
    assert (frozen / "data" / "liuke.db").exists()
    assert not user_dir.exists()
