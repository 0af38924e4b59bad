"""The desktop app (PySide6 Widgets). Talks to the database only through ``core``."""
