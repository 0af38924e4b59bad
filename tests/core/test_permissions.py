"""The permission matrix: every action × every role, enforced by core (not by hidden buttons).

Each action has a probe: a call of a core operation guarded by that action. A role the matrix allows
must get past the check (the probe may still be refused for other reasons, such as a missing file,
but never with PermissionDenied); every other role must get PermissionDenied and nothing written.
Probes live beside this file, one module per area: permission_probes_*.py, each exporting PROBES.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from core.actors import ROLES
from core.security.permissions import ACTIONS, ALLOWED, PermissionDenied
from tests.core.permission_world import build_world, copy_world

PROBE_MODULES = sorted(p.stem for p in Path(__file__).parent.glob("permission_probes_*.py"))


def all_probes() -> dict:
    probes: dict = {}
    for name in PROBE_MODULES:
        module = importlib.import_module(f"tests.core.{name}")
        overlap = set(probes) & set(module.PROBES)
        assert not overlap, f"{name} probes {overlap} twice"
        probes.update(module.PROBES)
    return probes


PROBES = all_probes()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("world"))


def test_every_action_has_a_probe():
    assert sorted(set(ACTIONS) - set(PROBES)) == []
    assert sorted(set(PROBES) - set(ACTIONS)) == []


def _tables(db) -> dict[str, int]:
    names = [r[0] for r in db.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")]
    return {n: db.execute(f'select count(*) from "{n}"').fetchone()[0] for n in names if n != "audit_log"}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_the_matrix_is_enforced(world, tmp_path, action, role):
    probe = PROBES.get(action)
    if probe is None:
        pytest.fail(f"no probe for {action}")
    actor = world.actors[role]
    db = copy_world(world, tmp_path)
    try:
        if role in ALLOWED[action]:
            try:
                probe(db, actor, world, tmp_path)
            except PermissionDenied as denied:  # pragma: no cover - the failure explains itself
                pytest.fail(f"{role} may {action} but was refused: {denied.message()}")
            except Exception:
                pass  # refused for another reason (the probe's own inputs): the permission check was passed
        else:
            before = _tables(db)
            with pytest.raises(PermissionDenied) as refused:
                probe(db, actor, world, tmp_path)
            assert role in refused.value.message() and "没有权限" in refused.value.message()
            assert _tables(db) == before
    finally:
        db.close()
