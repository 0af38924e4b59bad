"""Render app.svg into app.ico (16-256 px, PNG-compressed entries) for Windows and PyInstaller.

Run after editing app.svg:  QT_QPA_PLATFORM=offscreen python resources/icons/build_app_ico.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QIcon

SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
HERE = Path(__file__).resolve().parent


def png_bytes(icon: QIcon, size: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    icon.pixmap(size, size).toImage().save(buffer, "PNG")
    return bytes(data.data())


def main() -> None:
    app = QGuiApplication(sys.argv)  # noqa: F841 - rendering needs an application object
    icon = QIcon(str(HERE / "app.svg"))
    images = [png_bytes(icon, size) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for size, image in zip(SIZES, images, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO format
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    (HERE / "app.ico").write_bytes(header + entries + b"".join(images))


if __name__ == "__main__":
    main()
