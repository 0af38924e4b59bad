"""The frozen build's plumbing, without building: main.py's routing (--smoke), the spec's helpers, the version file.

The build itself and its smoke run are in .ci/run (PyInstaller takes a while and needs the whole Qt).
"""

from __future__ import annotations

import importlib.util
import io
import re
import sys
import types
from pathlib import Path

import pytest

from core import paths

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def liuke_main():
    return _load("liuke_main_under_test", ROOT / "main.py")


@pytest.fixture(scope="module")
def bundle():
    return _load("liuke_bundle_under_test", ROOT / "packaging" / "bundle.py")


@pytest.fixture(scope="module")
def version_info():
    return _load("liuke_version_info_under_test", ROOT / "packaging" / "version_info.py")


@pytest.fixture
def fake_ui(monkeypatch):
    """A stand-in for ui.app (no Qt in tests/core): records the argv ``run`` gets, or raises ``calls.error``."""
    calls = types.SimpleNamespace(argv=None, error=None)

    def run(argv):
        calls.argv = list(argv)
        if calls.error is not None:
            raise calls.error
        return 0

    package = types.ModuleType("ui")
    package.__path__ = []
    app = types.ModuleType("ui.app")
    app.run = run
    package.app = app
    monkeypatch.setitem(sys.modules, "ui", package)
    monkeypatch.setitem(sys.modules, "ui.app", app)
    return calls


# main.py ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "cli"),
    [
        ([], False),
        (["--db", "x.db"], False),
        (["--db=x.db"], False),
        (["--smoke"], False),
        (["--smoke", "--db", "x.db"], False),
        (["--db", "x.db", "--smoke"], False),
        (["batches"], True),
        (["--help"], True),
        (["--smoke", "batches"], True),
        (["--db", "x.db", "customers", "--json"], True),
    ],
)
def test_smoke_and_db_open_the_window_anything_else_the_command_line(liuke_main, argv, cli):
    assert liuke_main._wants_cli(argv) is cli


def test_smoke_is_handed_to_the_window(liuke_main, fake_ui, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["main.py", "--smoke", "--db", "t.db"])
    assert liuke_main.main() == 0
    assert fake_ui.argv == ["--smoke", "--db", "t.db"]


def test_smoke_without_a_display_uses_the_offscreen_platform(liuke_main, fake_ui, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "argv", ["main.py", "--smoke"])
    assert liuke_main.main() == 0
    assert liuke_main.os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_a_chosen_qt_platform_is_kept(liuke_main, fake_ui, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "minimal")
    monkeypatch.setattr(sys, "argv", ["main.py", "--smoke"])
    liuke_main.main()
    assert liuke_main.os.environ["QT_QPA_PLATFORM"] == "minimal"


def test_a_windowed_build_without_stdio_still_runs_the_command_line(liuke_main, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["main.py", "--db", str(tmp_path / "x.db"), "batches", "--json"])
    assert liuke_main.main() == 0
    assert sys.stdout is not None and sys.stderr is not None
    assert (tmp_path / "x.db").exists()


@pytest.fixture
def frozen_program(tmp_path, monkeypatch):
    program = tmp_path / "Liuke"
    program.mkdir()
    (program / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")  # so the log lands in tmp_path
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "Liuke.exe"))
    monkeypatch.delenv("LIUKE_DB", raising=False)
    return program


def test_a_broken_frozen_build_says_so_in_chinese_and_logs_without_identifiers(
    liuke_main, fake_ui, frozen_program, monkeypatch
):
    fake_ui.error = ImportError("No module named 'core.risk.compute' (customer 110101199003074578)")
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    monkeypatch.setattr(sys, "argv", ["main.py"])
    assert liuke_main.main() == 1
    shown = stderr.getvalue()
    assert "留客无法启动" in shown
    assert "Traceback" not in shown
    log = (frozen_program / "data" / "logs" / "startup-errors.log").read_text(encoding="utf-8")
    assert "core.risk.compute" in log
    assert "110101199003074578" not in log


def test_a_broken_frozen_smoke_run_prints_the_traceback_for_ci(liuke_main, fake_ui, frozen_program, monkeypatch):
    fake_ui.error = ImportError("No module named 'openpyxl'")
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    monkeypatch.setattr(sys, "argv", ["main.py", "--smoke"])
    assert liuke_main.main() == 1
    assert "Traceback" in stderr.getvalue()
    assert "openpyxl" in stderr.getvalue()


def test_from_source_a_failure_keeps_its_traceback(liuke_main, fake_ui, monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    fake_ui.error = ImportError("boom")
    monkeypatch.setattr(sys, "argv", ["main.py"])
    with pytest.raises(ImportError):
        liuke_main.main()


# packaging/bundle.py ---------------------------------------------------------------------------------------------


def test_every_module_of_core_and_ui_is_a_hidden_import(bundle):
    core = bundle.package_modules("core")
    ui = bundle.package_modules("ui")
    assert {"core", "core.paths", "core.risk", "core.risk.compute", "core.cli.app"} <= set(core)
    assert {"ui", "ui.app", "ui.main_window"} <= set(ui)
    assert not [name for name in core + ui if "__pycache__" in name or name.endswith("__init__")]


def test_resources_bundled_are_icons_and_compiled_translations(bundle):
    files = bundle.resource_files()
    names = {Path(source).name for source, _ in files}
    assert {"app.svg", "app.ico", "liuke_en.qm"} <= names
    assert not [name for name in names if name.endswith((".ts", ".py", ".md"))]
    for source, dest in files:
        assert dest == Path(source).parent.relative_to(ROOT).as_posix()
        assert dest.startswith("resources")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6\\translations\\qt_ja.qm", False),  # the Windows wheel's layout
        ("PySide6\\translations\\qt_zh_CN.qm", True),
        ("resources/i18n/liuke_en.qm", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ],
)
def test_only_chinese_and_english_qt_catalogues_are_kept(bundle, dest, kept):
    assert bundle.wanted_qt_translation(dest) is kept


def _fake_bundle(bundle, app_dir: Path, platform: str) -> None:
    contents = app_dir / bundle.CONTENTS
    app_dir.mkdir(parents=True, exist_ok=True)
    for name in ("Liuke", "liuke-cli"):
        (app_dir / (name + (".exe" if platform == "win32" else ""))).write_bytes(b"")
    for source, dest in bundle.resource_files():
        target = contents / dest / Path(source).name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"")
    qt = contents / "PySide6" / ("" if platform == "win32" else "Qt")
    plugin_files = {
        "linux": ["imageformats/libqsvg.so", "iconengines/libqsvgicon.so", "platforms/libqoffscreen.so",
                  "platforms/libqxcb.so"],
        "win32": ["imageformats/qsvg.dll", "iconengines/qsvgicon.dll", "platforms/qwindows.dll"],
    }[platform]
    for name in [*(f"plugins/{p}" for p in plugin_files), "translations/qtbase_zh_CN.qm"]:
        (qt / name).parent.mkdir(parents=True, exist_ok=True)
        (qt / name).write_bytes(b"")


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_the_bundle_check_passes_a_complete_folder_and_names_what_is_missing(bundle, tmp_path, platform):
    app_dir = tmp_path / "dist" / "Liuke"
    _fake_bundle(bundle, app_dir, platform)
    assert bundle.missing_from_bundle(app_dir, platform=platform) == []
    (app_dir / bundle.CONTENTS / "resources" / "i18n" / "liuke_en.qm").unlink()
    svg = next((app_dir / bundle.CONTENTS).rglob("*qsvg.*"))
    svg.unlink()
    (app_dir / ("liuke-cli.exe" if platform == "win32" else "liuke-cli")).unlink()
    missing = bundle.missing_from_bundle(app_dir, platform=platform)
    assert ("liuke-cli.exe" if platform == "win32" else "liuke-cli") in missing
    assert "resources/i18n/liuke_en.qm" in missing
    assert [item for item in missing if item.endswith("imageformats/qsvg")]


def test_the_spec_is_valid_python_and_uses_the_shared_helpers():
    text = (ROOT / "packaging" / "liuke.spec").read_text(encoding="utf-8")
    compile(text, "liuke.spec", "exec")
    for needle in ("program(APP_NAME, console=False)", "program(CLI_NAME, console=True)", "upx=False",
                   "exclude_binaries=True", "resource_files()", "package_modules("):
        assert needle in text


# packaging/version_info.py ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("0.3.0rc1", (0, 3, 0, 0)), ("2026.11.28.7", (2026, 11, 28, 7))],
)
def test_version_numbers_for_windows(version_info, version, numbers):
    assert version_info.version_tuple(version) == numbers


def test_the_version_resource_carries_pyproject_s_version(version_info):
    """The text is PyInstaller's format (a Python expression); evaluate it with stand-ins for its classes."""
    version = version_info.project_version()
    assert re.fullmatch(r"\d+(\.\d+)*\S*", version)

    def record(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct"]
    kind, _, info = eval(version_info.version_info_text(version), {n: record(n) for n in names})  # noqa: S307
    assert kind == "VSVersionInfo"
    assert info["ffi"][2]["filevers"] == version_info.version_tuple(version)
    strings = dict(struct[1] for struct in info["kids"][0][1][0][0][1][1])
    assert strings["ProductVersion"] == version
    assert strings["OriginalFilename"] == "Liuke.exe"
    assert strings["ProductName"] == "留客 Liuke"


def test_the_version_file_is_written_where_the_spec_asks(version_info, tmp_path):
    path = version_info.write_version_file(tmp_path / "work" / "version_info.txt", exe_name="liuke-cli.exe")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# UTF-8")
    assert "StringStruct('OriginalFilename', 'liuke-cli.exe')" in text
    assert "StringStruct('InternalName', 'liuke-cli')" in text
