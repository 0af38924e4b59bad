"""What goes into the frozen build, shared by liuke.spec and the check CI runs on the result.

    python packaging/bundle.py dist/Liuke      # exit 0 when every resource and Qt plugin Liuke needs is there

The smoke run (``Liuke --smoke``) proves the modules import and the window shows; it cannot see a missing icon
(Qt draws nothing) or a missing catalogue (Qt falls back to the source strings), so this check lists them.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "Liuke"  # the windowed program, and the folder's name
CLI_NAME = "liuke-cli"  # its console twin for the command line (same files; Windows hides a windowed one's output)
CONTENTS = "_internal"  # PyInstaller's contents folder beside the executable (sys._MEIPASS)

# Files of resources/ the app reads (core.paths.resource_path); translation sources, scripts and notes stay out.
RESOURCE_SUFFIXES = frozenset({".svg", ".ico", ".png", ".qm", ".xlsx", ".json", ".css", ".qss"})

# Qt's catalogues kept for the languages Liuke offers (Chinese first, English); the others are ~14 MB of no use.
QT_LANGUAGES = ("zh_CN", "en")

# Qt plugins without which the app starts but looks broken: SVG icons and the platforms it runs on.
REQUIRED_QT_PLUGINS = {
    "win32": ("imageformats/qsvg", "iconengines/qsvgicon", "platforms/qwindows"),
    "linux": ("imageformats/qsvg", "iconengines/qsvgicon", "platforms/qoffscreen", "platforms/qxcb"),
}


def package_modules(package: str, root: Path = ROOT) -> list[str]:
    """Every module of one of our packages, found by file.

    core/ and ui/ import some modules lazily (``core.risk`` by name, CLI commands on demand), which
    PyInstaller's import scan cannot follow.
    """
    names = []
    for path in sorted((root / package).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if "__pycache__" in parts:
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def resource_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs of resources/ for ``Analysis(datas=...)``."""
    found = []
    for path in sorted((root / "resources").rglob("*")):
        if path.is_file() and path.suffix.lower() in RESOURCE_SUFFIXES and "__pycache__" not in path.parts:
            found.append((str(path), path.parent.relative_to(root).as_posix()))
    return found


def wanted_qt_translation(dest: str) -> bool:
    """False for Qt's own catalogues of languages Liuke does not offer (a bundle path, / or \\ separated).

    PySide6 keeps them in ``PySide6/Qt/translations`` on Linux and macOS, ``PySide6/translations`` on Windows.
    """
    normalized = "/" + dest.replace("\\", "/")
    in_qt = "/PySide6/Qt/translations/" in normalized or "/PySide6/translations/" in normalized
    if not in_qt or not normalized.endswith(".qm"):
        return True
    return normalized.endswith(tuple(f"_{language}.qm" for language in QT_LANGUAGES))


def _qt_folder(contents: Path, name: str) -> Path:
    """``PySide6/Qt/<name>`` (Linux, macOS) or ``PySide6/<name>`` (Windows), whichever the bundle has."""
    for candidate in (contents / "PySide6" / "Qt" / name, contents / "PySide6" / name):
        if candidate.is_dir():
            return candidate
    return contents / "PySide6" / name


def missing_from_bundle(app_dir: Path, root: Path = ROOT, platform: str = sys.platform) -> list[str]:
    """What the built folder ``app_dir`` (dist/Liuke) lacks; empty when complete."""
    contents = app_dir / CONTENTS
    suffix = ".exe" if platform == "win32" else ""
    missing = [name + suffix for name in (APP_NAME, CLI_NAME) if not (app_dir / (name + suffix)).is_file()]
    for source, dest in resource_files(root):
        relative = Path(dest) / Path(source).name
        if not (contents / relative).is_file():
            missing.append(relative.as_posix())
    if not any((root / "resources" / "i18n").glob("*.qm")):
        missing.append("resources/i18n/*.qm (none compiled in the source tree)")
    plugins_dir = _qt_folder(contents, "plugins")
    for plugin in REQUIRED_QT_PLUGINS.get("linux" if platform.startswith("linux") else platform, ()):
        folder, stem = plugin.split("/")
        if not any((plugins_dir / folder).glob(f"*{stem}.*")):
            missing.append(f"{plugins_dir.relative_to(contents).as_posix()}/{plugin}")
    translations = _qt_folder(contents, "translations")
    if not (translations / "qtbase_zh_CN.qm").is_file():
        missing.append(f"{translations.relative_to(contents).as_posix()}/qtbase_zh_CN.qm")
    return missing


def main(argv: list[str]) -> int:
    app_dir = Path(argv[0]) if argv else ROOT / "dist" / APP_NAME
    missing = missing_from_bundle(app_dir)
    for item in missing:
        print(f"missing from {app_dir}: {item}", file=sys.stderr)
    if missing:
        return 1
    qms = sorted(p.name for p in (app_dir / CONTENTS / "resources" / "i18n").glob("*.qm"))
    print(f"bundle complete: {len(resource_files())} resource files ({', '.join(qms)}), Qt plugins and catalogues")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
