"""Probes for the offline exchange between PCs (see test_permissions.py)."""

from __future__ import annotations

from core.exchange import export_package, import_package


def _export(db, actor, world, tmp):
    export_package(db, actor, tmp / "probe.lkx", "probe-password")


def _import(db, actor, world, tmp):
    import_package(db, actor, tmp / "no-such-package.lkx", "probe-password")


PROBES = {
    "exchange.export": _export,
    "exchange.import": _import,
}
