"""Help → About: what is running (versions, where the data lives) and under which licences.

The licence table exists because the installable build bundles these libraries: LGPL (PySide6)
and the BSD/Apache licences ask that users can see what they received. Versions, licences and
homepages are read from each library's installed metadata, so the table follows upgrades; the
fallback table below only fills gaps (older wheels leave ``License`` empty or paste the whole
licence text into it). The frozen build ships the metadata (``copy_metadata`` in
packaging/composure.spec), so the same code answers there.

``about_info()`` holds no widgets: ``composure about`` prints the same facts, which is how the
packaging smoke test checks that the frozen app really found OpenCC and pyahocorasick (both
are optional at runtime and would otherwise fail silently into their fallbacks).
"""

from __future__ import annotations

import importlib.util
import platform
import sys
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console import __version__ as _source_version
from console.ui import palette

APP_DIST = "composure-console"


@dataclass(frozen=True)
class Library:
    """A bundled library: its distribution name and what to show when metadata is missing."""

    dist: str
    name: str
    licence: str
    homepage: str


LIBRARIES: tuple[Library, ...] = (
    Library("PySide6-Essentials", "PySide6 (Qt for Python)", "LGPL-3.0-only",
            "https://pyside.org"),
    Library("shiboken6", "Shiboken6", "LGPL-3.0-only", "https://pyside.org"),
    Library("pyqtgraph", "pyqtgraph", "MIT", "https://www.pyqtgraph.org"),
    Library("numpy", "NumPy", "BSD-3-Clause", "https://numpy.org"),
    Library("sqlite-utils", "sqlite-utils", "Apache-2.0",
            "https://github.com/simonw/sqlite-utils"),
    Library("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Library("pyahocorasick", "pyahocorasick", "BSD-3-Clause",
            "https://github.com/WojciechMula/pyahocorasick"),
    Library("OpenCC", "OpenCC", "Apache-2.0", "https://github.com/BYVoid/OpenCC"),
    Library("keyring", "keyring", "MIT", "https://github.com/jaraco/keyring"),
    Library("xlsxwriter", "XlsxWriter", "BSD-2-Clause",
            "https://github.com/jmcnamara/XlsxWriter"),
)


@dataclass(frozen=True)
class LibraryRow:
    name: str
    version: str
    licence: str
    homepage: str


def app_version() -> str:
    """The installed distribution's version; the source's own when run from a bare checkout."""
    try:
        return metadata.version(APP_DIST)
    except metadata.PackageNotFoundError:
        return _source_version


def _licence_of(meta: Any, fallback: str) -> str:
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    # a short name ("MIT", "Apache License 2.0"), not a pasted licence text
    if text and "\n" not in text and len(text) <= 60 and text.upper() != "UNKNOWN":
        return text
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::") and not classifier.endswith("OSI Approved"):
            return classifier.rsplit("::", 1)[1].strip()
    return fallback


def _homepage_of(meta: Any, fallback: str) -> str:
    urls: dict[str, str] = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    for key in ("homepage", "home", "home-page", "documentation", "source", "repository"):
        if urls.get(key):
            return urls[key]
    return (meta.get("Home-page") or "").strip() or fallback


def library_rows() -> list[LibraryRow]:
    """One row per bundled library; a library that is not installed says so."""
    rows = []
    for lib in LIBRARIES:
        try:
            meta = metadata.metadata(lib.dist)
        except metadata.PackageNotFoundError:
            rows.append(LibraryRow(lib.name, "", lib.licence, lib.homepage))
            continue
        rows.append(LibraryRow(lib.name, meta.get("Version") or "",
                               _licence_of(meta, lib.licence), _homepage_of(meta, lib.homepage)))
    return rows


def detector_backends() -> dict[str, bool]:
    """Whether the abuse detector uses OpenCC's dictionaries and the C Aho-Corasick automaton,
    or its built-in fallbacks (which work, more slowly and with fewer traditional characters)."""
    from console.domain.abuse_normalise import default_t2s, table_t2s

    return {"opencc": default_t2s() is not table_t2s,
            "pyahocorasick": importlib.util.find_spec("ahocorasick") is not None}


def about_info(data_dir: Path | str | None = None) -> dict[str, Any]:
    """Everything the dialog shows, as plain data (``composure about --json``)."""
    return {
        "version": app_version(),
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "platform": platform.platform(terse=True),
        "frozen": bool(getattr(sys, "frozen", False)),
        "data_dir": str(data_dir) if data_dir is not None else None,
        "detector": detector_backends(),
        "libraries": [asdict(row) for row in library_rows()],
    }


class AboutDialog(QDialog):
    """Two tabs: "About" (what and which versions, where the data is) and "Licences"."""

    def __init__(self, data_dir: Path | str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Composure"))
        self._info = about_info(data_dir)
        tabs = QTabWidget(self)
        tabs.setObjectName("aboutTabs")
        tabs.addTab(self._about_page(), self.tr("About"))
        tabs.addTab(self._licences_page(), self.tr("Licences"))
        self.tabs = tabs

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy details"), self)
        copy.setObjectName("aboutCopy")
        copy.setToolTip(self.tr("Copy the versions and paths, e.g. for a support request"))
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def _about_page(self) -> QWidget:
        page = QWidget(self)
        icon = QLabel(page)
        icon.setPixmap(palette.app_icon().pixmap(64, 64))
        title = QLabel(page)
        title.setObjectName("aboutTitle")
        title.setText("<h2>Composure</h2>")
        version = QLabel(self.tr("Version {version}").format(version=self._info["version"]), page)
        version.setObjectName("aboutVersion")
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(self.tr(
            "A supervisor console for contact-center floors: a live team board from the "
            "Asterisk queue_log, recovery breaks after difficult calls, and escalations that "
            "keep their promises. It counts events; it never infers anyone's emotions."), page)
        blurb.setWordWrap(True)
        licence = QLabel(self.tr("Composure is free software under the MIT licence. The "
                                 "libraries it bundles are listed under “Licences”."), page)
        licence.setWordWrap(True)

        form = QFormLayout()
        info = self._info
        detector = info["detector"]
        facts = [
            ("aboutPython", self.tr("Python"), info["python"]),
            ("aboutQt", self.tr("Qt"), info["qt"]),
            ("aboutPySide", self.tr("PySide6"), info["pyside6"]),
            ("aboutPlatform", self.tr("Operating system"), info["platform"]),
            ("aboutDataDir", self.tr("Data directory"), info["data_dir"] or self.tr("unknown")),
            ("aboutDetector", self.tr("Text detector"), ", ".join([
                self.tr("OpenCC dictionaries") if detector["opencc"]
                else self.tr("built-in traditional Chinese table"),
                self.tr("Aho-Corasick (C)") if detector["pyahocorasick"]
                else self.tr("Aho-Corasick (Python)")])),
        ]
        for name, label, value in facts:
            field = QLabel(str(value), page)
            field.setObjectName(name)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            form.addRow(label, field)

        layout = QVBoxLayout(page)
        head = QFormLayout()
        head.addRow(icon, title)
        layout.addLayout(head)
        layout.addWidget(version)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(licence)
        layout.addStretch(1)
        return page

    def _licences_page(self) -> QWidget:
        page = QWidget(self)
        rows = self._info["libraries"]
        table = QTableWidget(len(rows), 4, page)
        table.setObjectName("licenceTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence"), self.tr("Homepage")])
        for r, row in enumerate(rows):
            version = row["version"] or self.tr("not installed")
            for c, text in enumerate((row["name"], version, row["licence"], row["homepage"])):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, c, item)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        # NumPy's and PySide6's licence expressions are long: elide them (full text in the
        # tooltip) so the homepage column stays in view
        table.setColumnWidth(2, min(table.columnWidth(2), 210))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.cellDoubleClicked.connect(self._open_homepage)
        self.licence_table = table

        note = QLabel(self.tr("Double-click a row to open the library's homepage, where its "
                              "licence text and source code are published."), page)
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(table)
        layout.addWidget(note)
        return page

    def _open_homepage(self, row: int, _column: int) -> None:
        url = self._info["libraries"][row]["homepage"]
        if url:
            QDesktopServices.openUrl(QUrl(url))

    def details_text(self) -> str:
        info = self._info
        lines = [f"Composure {info['version']}", f"Python {info['python']}",
                 f"Qt {info['qt']}, PySide6 {info['pyside6']}", info["platform"],
                 f"data: {info['data_dir']}"]
        lines += [f"{row['name']} {row['version'] or '-'} ({row['licence']})"
                  for row in info["libraries"]]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())


def print_about(data_dir: Path, *, as_json: bool = False) -> int:
    """``composure about``: the dialog's facts on stdout, for support requests and for the
    packaging smoke test (no display needed: nothing here opens a window)."""
    import json

    info = about_info(data_dir)
    if as_json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    detector = info["detector"]
    print(f"Composure {info['version']}{' (frozen build)' if info['frozen'] else ''}")
    print(f"Python {info['python']}, Qt {info['qt']}, PySide6 {info['pyside6']}, "
          f"{info['platform']}")
    print(f"data directory: {info['data_dir']}")
    print("text detector: " + ("OpenCC" if detector["opencc"] else "built-in table") + ", "
          + ("pyahocorasick" if detector["pyahocorasick"] else "pure-Python matcher"))
    print()
    for row in info["libraries"]:
        print(f"{row['name']:<26} {row['version'] or 'not installed':<14} "
              f"{row['licence']:<22} {row['homepage']}")
    return 0
