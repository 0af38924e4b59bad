"""Refresh liuke_en.ts from the code and compile liuke_en.qm (STYLE 5.8).

    python resources/i18n/update_translations.py

1. ``pyside6-lupdate`` extracts ui/ (``self.tr``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``
   with literal contexts) into the .ts, keeping existing translations.
2. core/ marks strings with its own Qt-free ``QT_TRANSLATE_NOOP(CTX, "…")`` where CTX is a module-level
   constant, which lupdate cannot resolve; this script finds them with ``ast`` (resolving module-level
   string constants) and adds them to the same .ts, again keeping existing translations.
   It also adds ui/ calls lupdate misses: through ``tr = QCoreApplication.translate``, or ``translate(CTX, …)``.
3. ``fill_translations.py`` writes the English it knows into messages still unfinished.
4. ``pyside6-lrelease`` compiles the .qm that ui/app.py loads when the language is English.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "liuke_en.ts"
QM = TS.with_suffix(".qm")


def core_messages(root: Path = ROOT / "core") -> list[tuple[str, str, str, int]]:
    """(context, source, file, line) of every ``QT_TRANSLATE_NOOP`` in core/, contexts resolved."""
    found = []
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(root.rglob("*.py"))}
    own = {_module(path): _constants(tree) for path, tree in trees.items()}
    for path, tree in trees.items():
        constants = dict(own[_module(path)])
        for node in tree.body:  # ``from core.followup.codes import CTX`` resolves through that module
            if isinstance(node, ast.ImportFrom) and node.module in own:
                for alias in node.names:
                    if alias.name in own[node.module]:
                        constants[alias.asname or alias.name] = own[node.module][alias.name]
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2):
                continue
            ctx_node, text_node = node.args
            context = ctx_node.value if isinstance(ctx_node, ast.Constant) else constants.get(getattr(ctx_node, "id", ""))
            text = _literal(text_node)
            if isinstance(context, str) and isinstance(text, str):
                found.append((context, text, str(path.relative_to(ROOT)), node.lineno))
    return found


def alias_messages(root: Path = ROOT / "ui") -> list[tuple[str, str, str, int]]:
    """(context, source, file, line) of ui/ messages lupdate cannot see.

    ``tr("Ctx", "…")`` where ``tr = QCoreApplication.translate``: lupdate reads it as ``tr(source, comment)`` in a
    nameless context (ui/dialogs/contact_dialog.py ``saved_message``). ``QCoreApplication.translate(CTX, "…")``
    with a module constant ``CTX``: lupdate skips it (ui/pages/dashboard_page.py, ui/models/*_model.py).
    ``QT_TRANSLATE_NOOP as NOOP``: lupdate knows only the real name (ui/models/followup_models.py).
    """
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = {t.id for n in ast.walk(tree) if isinstance(n, ast.Assign) and isinstance(n.value, ast.Attribute)
                   and n.value.attr == "translate" and getattr(n.value.value, "id", None) == "QCoreApplication"
                   for t in n.targets if isinstance(t, ast.Name)}
        aliases |= {a.asname for n in tree.body if isinstance(n, ast.ImportFrom)  # QT_TRANSLATE_NOOP as NOOP
                    for a in n.names if a.name == "QT_TRANSLATE_NOOP" and a.asname}
        constants = _constants(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and len(node.args) == 2):
                continue
            func, (ctx_node, text_node) = node.func, node.args
            if getattr(func, "id", None) in aliases and isinstance(ctx_node, ast.Constant):
                context = ctx_node.value
            elif (isinstance(func, ast.Attribute) and func.attr == "translate"
                  and getattr(func.value, "id", None) == "QCoreApplication" and isinstance(ctx_node, ast.Name)):
                context = constants.get(ctx_node.id)  # translate(CTX, "…"): lupdate needs a literal context
            else:
                continue
            text = _literal(text_node)
            if isinstance(context, str) and isinstance(text, str):
                found.append((context, text, str(path.relative_to(ROOT)), node.lineno))
    return found


def drop_misread(ts: Path, root: Path = ROOT / "ui") -> int:
    """Remove lupdate's nameless-context misreadings of aliased ``tr(CTX, …)`` calls; return how many."""
    lines = set()
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = {t.id for n in ast.walk(tree) if isinstance(n, ast.Assign) and isinstance(n.value, ast.Attribute)
                   and n.value.attr == "translate" for t in n.targets if isinstance(t, ast.Name)}
        lines |= {(f"../../{path.relative_to(ROOT)}", str(node.lineno)) for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and getattr(node.func, "id", None) in aliases}
    tree = ET.parse(ts)
    dropped = 0
    for context in tree.getroot().findall("context"):
        if context.findtext("name"):
            continue
        for message in context.findall("message"):
            where = {(loc.get("filename"), loc.get("line")) for loc in message.findall("location")}
            if where and where <= lines:
                context.remove(message)
                dropped += 1
        if not context.findall("message"):
            tree.getroot().remove(context)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return dropped


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` assignments."""
    return {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
            and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
            for t in n.targets if isinstance(t, ast.Name)}


def _literal(node: ast.expr) -> str | None:
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def merge_core(ts: Path, messages: list[tuple[str, str, str, int]]) -> int:
    """Add core messages missing from ``ts``; return how many were added."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    added = 0
    for context, text, file, line in messages:
        element = contexts.get(context)
        if element is None:
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
            contexts[context] = element
        existing = next((m for m in element.findall("message") if m.findtext("source") == text), None)
        if existing is not None:
            _revive(existing, file, line)
            continue
        message = ET.SubElement(element, "message")
        ET.SubElement(message, "location", filename=f"../../{file}", line=str(line))
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", type="unfinished")
        added += 1
    ET.indent(tree, "    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return added


def _revive(message: ET.Element, file: str, line: int) -> None:
    """lupdate marks core/ messages vanished (it never reads core/), and lrelease skips vanished ones:
    bring a message that is still in the code back, keeping its translation."""
    translation = message.find("translation")
    if translation is None or translation.get("type") not in ("vanished", "obsolete"):
        return
    if translation.text or len(translation):
        del translation.attrib["type"]
    else:
        translation.set("type", "unfinished")
    if message.find("location") is None:
        message.insert(0, ET.Element("location", filename=f"../../{file}", line=str(line)))


def main() -> int:
    """Extract, merge, compile."""
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "ui").rglob("*.py"))]
    subprocess.run(["pyside6-lupdate", *sources, "-source-language", "zh_CN", "-target-language", "en",
                    "-ts", str(TS.relative_to(ROOT))], cwd=ROOT, check=True)
    print(f"misread alias calls dropped: {drop_misread(TS)}")
    added = merge_core(TS, core_messages() + alias_messages())
    print(f"core strings added: {added}")
    from fill_translations import fill  # the English table; only fills messages still unfinished
    print(f"translations filled: {fill(TS)}")
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
