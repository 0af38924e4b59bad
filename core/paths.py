"""Where Liuke's files live: resources (source tree or a frozen build) and the user's database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Liuke"
DB_FILE_NAME = "liuke.db"


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, from the source tree or a PyInstaller bundle."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)


def data_dir() -> Path:
    """The per-user data folder (on Windows under %APPDATA%\\Liuke)."""
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
