"""Tests that guard the design: modules never import each other in a loop, the window and
the command line write only through the services, and the README documents every
command-line subcommand and option (in the manner of sqlite-utils' test_docs.py)."""
import argparse
import ast
import re
from pathlib import Path

import pytest

from desktop_app.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_app"
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _modules() -> dict[str, tuple[Path, bool]]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports (at the top or inside a function)."""
    modules = _modules()
    graph = {}
    for name, (path, is_package) in modules.items():
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = name.split(".") if is_package else name.split(".")[:-1]
                if node.level:
                    base = base[:len(base) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                for alias in node.names:
                    candidate = f"{target}.{alias.name}"
                    imported.add(candidate if candidate in modules else target)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
        graph[name] = {module for module in imported if module in modules and module != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_loop():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_two_modules_import_each_other_directly_or_in_a_loop():
    graph = import_graph()
    assert "desktop_app.gui.workspace" in graph and "desktop_app.domain.scoring" in graph["desktop_app.services.session"]
    assert cycles(graph) == []


def test_the_core_imports_nothing_outside_itself():
    for name, imported in import_graph().items():
        if name.startswith("desktop_app.domain"):
            assert all(module.startswith("desktop_app.domain") for module in imported), name


STORE_WRITES = {"save_year", "update_year", "set_score", "set_scores", "delete_score", "delete_scores", "delete_year",
                "set_department_submitted", "set_setting", "backup_to", "transaction"}


def test_only_the_services_write_to_the_store():
    """Outside storage/ and services/ nothing calls a Store write (``….store.save_year(…)``
    or ``store.transaction()``): every write passes the services' one write path."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith(("storage/", "services/", "tools/")):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in STORE_WRITES:
                receiver = node.func.value
                name = receiver.attr if isinstance(receiver, ast.Attribute) else getattr(receiver, "id", "")
                if name in ("store", "_store"):
                    offenders.append(f"{relative}:{node.lineno}")
    assert offenders == []


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_the_readme_shows_every_subcommand():
    commands = _commands()
    assert {"compute", "import", "notice", "gui"} <= set(commands)
    for command in commands:
        assert re.search(rf"python -m desktop_app {re.escape(command)}\b", README), command


@pytest.mark.parametrize("command", sorted(_commands()))
def test_the_readme_names_every_option_of_each_subcommand(command):
    """Each option (by its long or short name) appears on a README line showing the subcommand."""
    parser = _commands()[command]
    lines = [line for line in README.splitlines() if re.search(rf"python -m desktop_app {re.escape(command)}\b", line)]
    assert lines, command
    missing = [action.option_strings[-1] for action in parser._actions
               if action.option_strings and "--help" not in action.option_strings
               and not any(re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", line)
                           for option in action.option_strings for line in lines)]
    assert missing == [], f"{command}: {missing}"


def test_the_readme_names_the_global_options():
    for option in ("--db", "--version"):
        assert option in README
