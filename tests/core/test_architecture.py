"""core/ must import without Qt, so it can be tested, scripted and reused headless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_does_not_import_qt_or_ui():
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in (ROOT / "core").rglob("*.py")
        if p.stem != "__init__"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6', 'ui'})\n"
        "assert not leaked, leaked\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_the_command_line_never_loads_qt():
    code = (
        "import sys, runpy\n"
        "sys.argv = ['main.py', '--help']\n"
        "try:\n    runpy.run_path('main.py', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'ui'))]\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)


def test_no_third_party_sqlite_utils_plugin_runs_inside_liuke(tmp_path, monkeypatch):
    # a plugin installed beside sqlite-utils would run with the customers' data in reach: Liuke never loads them
    import sqlite_utils.plugins

    from core.db import open_db

    def refuse(group: str) -> int:
        raise AssertionError(f"sqlite-utils plugins ({group}) loaded")

    monkeypatch.setattr(sqlite_utils.plugins, "_plugins_loaded", False)
    monkeypatch.setattr(sqlite_utils.plugins.pm, "load_setuptools_entrypoints", refuse)
    db = open_db(tmp_path / "liuke.db")  # creates and migrates: every Database the opening makes
    db.close()
    open_db(tmp_path / "liuke.db").close()
