"""Where Liuke's files live: resources (source tree or a frozen build) and the user's database.

The database is, in order: ``--db PATH`` (the callers pass it), the ``LIUKE_DB`` environment variable, then
``data_dir() / "liuke.db"``. ``data_dir()`` is the per-user folder (``%APPDATA%\\Liuke`` on Windows) unless the
program runs in portable mode: a file named ``portable.txt`` beside the program (the folder of ``Liuke.exe`` in a
frozen build, the project root when run from source) puts the data in ``data/`` beside it, so a copied folder
carries its database, backups and logs along.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Liuke"
DB_FILE_NAME = "liuke.db"
PORTABLE_MARKER = "portable.txt"  # its presence beside the program is what counts; the content is ignored
PORTABLE_DATA_FOLDER = "data"


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, from the source tree or a PyInstaller bundle."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)


def program_dir() -> Path:
    """The folder the program runs from: the executable's folder when frozen, else the project root."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def portable_dir() -> Path | None:
    """The program's folder when the ``portable.txt`` marker sits in it (portable mode), else None."""
    folder = program_dir()
    return folder if (folder / PORTABLE_MARKER).is_file() else None


def data_dir() -> Path:
    """Where the database, backups and logs live by default.

    Portable mode: ``<program folder>/data``. Otherwise the per-user data folder (on Windows
    ``%APPDATA%\\Liuke``).
    """
    portable = portable_dir()
    if portable is not None:
        return portable / PORTABLE_DATA_FOLDER
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_db_path() -> Path:
    """The database used when neither ``--db`` nor ``LIUKE_DB`` names one."""
    env = os.environ.get("LIUKE_DB")
    if env:
        return Path(env)
    return data_dir() / DB_FILE_NAME


def backup_dir(db_path: Path) -> Path:
    """The folder that holds the automatic backups of ``db_path``."""
    return db_path.resolve().parent / "backups"
