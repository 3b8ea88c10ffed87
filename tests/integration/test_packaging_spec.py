"""The PyInstaller spec against the disk: a cheap guard that runs with every test run.

The frozen smoke test (packaging/smoke_test.py, run by .ci/run after a real build) proves the
bundle works; this one catches the usual way it breaks without building anything: a new icon,
migration or dependency that nobody added to packaging/composure.spec. The spec is read with
``ast`` (executing it needs PyInstaller's build context).
"""

from __future__ import annotations

import ast
import re
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

from console.ui.about_dialog import APP_DIST, LIBRARIES

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "composure.spec"
# where pyproject's package-dir puts the top-level folders inside the package (and the bundle)
MAPPED = {"db": "console/_db", "resources": "console/_resources"}
# files under db/ and resources/ that the app never loads: README images, translation sources
NOT_LOADED = ("resources/screenshots/*", "resources/translations/*.ts")


def _spec_list(name: str) -> list:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC} has no literal {name} = [...]")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_files() -> list[str]:
    files = []
    for top in MAPPED:
        for path in sorted((ROOT / top).rglob("*")):
            rel = path.relative_to(ROOT).as_posix()
            if (path.is_file() and "__pycache__" not in path.parts
                    and not any(fnmatch(rel, pattern) for pattern in NOT_LOADED)):
                files.append(rel)
    return files


def test_every_data_entry_matches_files_on_disk() -> None:
    datas = _spec_list("DATAS")
    assert datas, "the spec bundles no data files"
    for source, _dest in datas:
        assert sorted(ROOT.glob(source)), f"{source} in the spec matches no file"


def test_every_file_the_app_loads_is_bundled_where_importlib_resources_looks() -> None:
    datas = _spec_list("DATAS")
    files = _runtime_files()
    assert "db/0001_initial.sql" in files and "resources/icons/app.svg" in files
    # the packages' __init__.py too: they make console._db / console._resources importable in
    # the bundle, which importlib.resources needs
    assert "db/__init__.py" in files and "resources/__init__.py" in files
    for rel in files:
        top, rest = rel.split("/", 1)
        expected_dest = "/".join([MAPPED[top], *Path(rest).parent.parts])
        dests = [dest for source, dest in datas if fnmatch(rel, source)]
        assert dests, f"{rel} is loaded at runtime but not in {SPEC.name}'s DATAS"
        assert expected_dest in dests, f"{rel} goes to {dests}, the app looks in {expected_dest}"


def test_every_migration_is_bundled() -> None:
    datas = _spec_list("DATAS")
    migrations = sorted(p.name for p in (ROOT / "db").glob("[0-9][0-9][0-9][0-9]_*.sql"))
    assert len(migrations) >= 6
    for name in migrations:
        assert any(fnmatch(f"db/{name}", source) for source, _ in datas), name


def test_metadata_is_bundled_for_every_dependency_and_every_about_row() -> None:
    """About reads versions and licences from metadata; a missing one shows "not installed"."""
    bundled = {_normal(name) for name in _spec_list("METADATA_OF")}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    deps = {_normal(re.split(r"[<>=!~;\[ ]", dep, maxsplit=1)[0])
            for dep in project["dependencies"]}
    assert _normal(APP_DIST) in bundled
    assert deps - bundled == set(), "dependencies without bundled metadata"
    assert {_normal(lib.dist) for lib in LIBRARIES} - bundled == set()


def test_desktop_entry_and_icon() -> None:
    entry = (ROOT / "packaging" / "composure.desktop").read_text(encoding="utf-8")
    lines = entry.splitlines()
    assert lines[0] == "[Desktop Entry]"
    keys = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    assert keys["Type"] == "Application"
    assert keys["Exec"].split()[0] == "composure"
    assert keys["Icon"] == "composure"
    assert keys["Categories"].endswith(";")
    png = (ROOT / "packaging" / "composure.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (256, 256)


@pytest.mark.parametrize("module", ["ahocorasick", "opencc", "xlsxwriter", "keyring.backends"])
def test_lazily_imported_modules_are_hidden_imports(module: str) -> None:
    """Imported inside functions (with fallbacks), so PyInstaller's analysis may not see them."""
    assert module in SPEC.read_text(encoding="utf-8")
