"""What import-linter cannot say (it cannot name a subpackage of PySide6): the report package
uses Qt's QtCore and QtGui only, never widgets or printing support, and its data half
(building ReportData) uses no Qt at all, so it runs anywhere the services run."""

from __future__ import annotations

import ast
from pathlib import Path

import console.reports

PACKAGE = Path(console.reports.__file__).parent
QT_ALLOWED = {"PySide6.QtCore", "PySide6.QtGui"}
NO_QT = {"model.py", "build.py", "shifts.py", "pseudonyms.py", "care_lines.py",
         "agent_lines.py", "optional_sources.py", "__init__.py"}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            if node.module == "PySide6":
                found |= {f"PySide6.{a.name}" for a in node.names}
    return found


def test_reports_use_qtcore_and_qtgui_only() -> None:
    files = sorted(PACKAGE.glob("*.py"))
    assert len(files) > 10
    for path in files:
        qt = {m for m in _imports(path) if m.split(".")[0] in ("PySide6", "pyqtgraph")}
        qt.discard("PySide6")
        assert qt <= QT_ALLOWED, f"{path.name} imports {qt - QT_ALLOWED}"
        if path.name in NO_QT:
            assert not qt, f"{path.name} is report data and must not import Qt"


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6 import QtWidgets\nfrom PySide6.QtPrintSupport import X\n")
    assert {"PySide6.QtWidgets", "PySide6.QtPrintSupport"} <= _imports(bad)
