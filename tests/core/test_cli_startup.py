"""The command line starts cheaply: building the parser loads no heavy module, and a command loads only what it needs.

core/cli/app.py registers every command at start-up, so the ``*_cmds`` modules import at top level only
what registering needs; each handler imports its own core modules (report writers, exchange, follow-up,
risk…). Each run below is a fresh interpreter, so ``sys.modules`` shows exactly what a command loaded.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "core" / "cli"

# heavy third-party modules no command-line start-up needs (report writers, encryption, numpy via sqlite_utils)
HEAVY_LIBRARIES = ("openpyxl", "xlsxwriter", "cryptography", "numpy", "sqlite_utils", "sklearn")
# core modules building the parser may load: cheap ones, without the database layer. core.followup.codes
# holds the vocabularies that --help lists (channels, purposes, …).
PARSER_CORE = {
    "core", "core.actors", "core.i18n", "core.paths", "core.privacy", "core.progress", "core.refusal",
    "core.followup", "core.followup.codes", "core.security", "core.security.clock", "core.security.permissions",
}  # fmt: skip
# what a command that writes no report, package or follow-up figure must never load
NOT_FOR_DATA_COMMANDS = ("openpyxl", "xlsxwriter", "core.reports", "core.demo", "core.risk.model", "core.risk.backtest",
                         "core.followup.cadence", "core.followup.scorecard", "core.followup.effectiveness",
                         "core.security.backups", "core.security.retention", "core.security.audit_export")  # fmt: skip

_RUN = """
import json, sys
result, sys.argv = sys.argv[1], ["main.py", *json.loads(sys.argv[2])]
sys.path.insert(0, ".")
import main
try:
    code = main.main()
except SystemExit as exc:
    code = exc.code
with open(result, "w", encoding="utf-8") as out:
    json.dump({"code": code, "modules": sorted(sys.modules)}, out)
"""

_IMPORT = """
import importlib, json, sys
for name in json.loads(sys.argv[2]):
    importlib.import_module(name)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump(sorted(sys.modules), out)
"""


def _python(code: str, tmp_path: Path, payload: list[str]) -> Any:
    result = tmp_path / "result.json"
    env = {k: v for k, v in os.environ.items() if k not in {"LIUKE_DB", "LIUKE_USER", "LIUKE_PASSWORD"}}
    subprocess.run([sys.executable, "-c", code, str(result), json.dumps(payload)], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    return json.loads(result.read_text(encoding="utf-8"))


def run_cli(tmp_path: Path, *argv: str) -> tuple[int, set[str]]:
    """``python main.py ARGV`` in a fresh interpreter: its exit code and every module it loaded."""
    done = _python(_RUN, tmp_path, list(argv))
    return int(done["code"] or 0), set(done["modules"])


def loaded_by(tmp_path: Path, *modules: str) -> set[str]:
    """Every module a fresh interpreter holds after importing ``modules``."""
    return set(_python(_IMPORT, tmp_path, list(modules)))


def heavy(modules: set[str], names: tuple[str, ...] = HEAVY_LIBRARIES) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


@pytest.fixture(scope="module")
def help_modules(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    code, modules = run_cli(tmp_path_factory.mktemp("help"), "--help")
    assert code == 0
    return modules


def test_help_loads_no_heavy_module(help_modules):
    assert not heavy(help_modules)
    assert not heavy(help_modules, ("core.reports", "core.exchange", "core.importing", "core.risk", "core.db"))


def test_building_the_parser_loads_only_cheap_core_modules(help_modules):
    core = {m for m in help_modules if m == "core" or m.startswith("core.")}
    assert {"core.cli.app", "core.cli.security_cmds", "core.cli.followup_figures"} <= core  # every registrar ran
    extra = sorted(m for m in core - PARSER_CORE if not m.startswith("core.cli"))
    assert not extra, f"imported at the top of a core/cli module: import it in the handler that needs it: {extra}"


def test_a_usage_error_loads_no_database_layer(tmp_path):
    code, modules = run_cli(tmp_path, "--db", str(tmp_path / "x.db"), "no-such-command")
    assert code == 2
    assert not heavy(modules)
    assert not (tmp_path / "x.db").exists()


def test_batches_loads_only_what_listing_batches_needs(tmp_path, help_modules):
    code, modules = run_cli(tmp_path, "--db", str(tmp_path / "fresh.db"), "batches")
    assert code == 0
    assert not heavy(modules, NOT_FOR_DATA_COMMANDS)
    # beyond the parser, only what core.importing.batches itself pulls in
    needed = loaded_by(tmp_path, "core.db", "core.security.accounts", "core.importing.batches") | help_modules
    assert not heavy(modules - needed, ("core", *HEAVY_LIBRARIES))


def test_import_loads_only_what_the_import_needs(tmp_path, help_modules):
    code, modules = run_cli(tmp_path, "--db", str(tmp_path / "fresh.db"), "import", str(tmp_path / "missing.xlsx"))
    assert code == 2  # no such file: refused, but the import path was loaded
    assert "core.importing.service" in modules
    assert not heavy(modules, NOT_FOR_DATA_COMMANDS)
    needed = loaded_by(tmp_path, "core.db", "core.security.accounts", "core.importing.service") | help_modules
    assert not heavy(modules - needed, ("core", *HEAVY_LIBRARIES))
    # an import needs no encryption (only an exchange does), no numpy or pandas (sqlite-utils imports them if
    # installed) and no scan of the installed packages for sqlite-utils plugins (importlib.metadata)
    assert not heavy(modules, ("cryptography", "numpy", "pandas", "importlib.metadata", "core.exchange.package"))


def test_the_audit_outcome_choices_are_the_audit_logs_outcomes():
    from core.cli.security_cmds import AUDIT_OUTCOMES
    from core.security.audit import OUTCOMES

    assert AUDIT_OUTCOMES == tuple(OUTCOMES)


def _deferred_imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """Every ``from core… import names`` of a module below its top level (in handlers and TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = set(map(id, tree.body))
    return [(node.lineno, node.module, [a.name for a in node.names])
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("core")
            and id(node) not in top]  # fmt: skip


@pytest.mark.parametrize("path", sorted(CLI.glob("*.py")), ids=lambda p: p.name)
def test_every_deferred_import_names_something_that_exists(path):
    # a handler's import runs only with its command: a typo there would otherwise wait for that command
    for line, module, names in _deferred_imports(path):
        imported = importlib.import_module(module)
        package = hasattr(imported, "__path__")
        missing = [n for n in names
                   if not hasattr(imported, n) and not (package and importlib.util.find_spec(f"{module}.{n}"))]  # fmt: skip
        assert not missing, f"{path.name}:{line}: {module} has no {missing}"
