"""The Appearance tab: light or dark theme and the language, for this user on this computer.

Unlike the other tabs these are not the floor's rules: two supervisors sharing a database may
well want different themes, so the choice lives in the user's QSettings, not in the database.
Both apply when Composure starts next (the charts and every tile are built with the theme's
colours); ``--theme`` and ``--lang`` on the command line still win for one run.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.ui import settings as keys

THEME_KEY = "appearance/theme"
LANGUAGE_KEY = "appearance/language"
SYSTEM = "system"
THEMES = (SYSTEM, "light", "dark")
LANGUAGES = (SYSTEM, "en", "zh_CN", "zh_TW")


def stored_theme(settings: QSettings) -> str | None:
    """"light" or "dark" when the user chose one, None to follow the system."""
    value = str(settings.value(THEME_KEY, SYSTEM) or SYSTEM)
    return value if value in THEMES and value != SYSTEM else None


def stored_language(settings: QSettings) -> str | None:
    """"en", "zh_CN" or "zh_TW" when the user chose one, None for the system's language."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES and value != SYSTEM else None


class AppearancePage(QWidget):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.theme = QComboBox()
        self.theme.setObjectName("AppearanceTheme")
        for value, text in zip(THEMES, (self.tr("Follow the system"), self.tr("Light"),
                                        self.tr("Dark")), strict=True):
            self.theme.addItem(text, value)
        self.language = QComboBox()
        self.language.setObjectName("AppearanceLanguage")
        # each language named in itself, so it can be found whatever is shown now
        names = (self.tr("Follow the system"), "English", "简体中文", "繁體中文")
        for value, text in zip(LANGUAGES, names, strict=True):
            self.language.addItem(text, value)
        scope = QLabel(self.tr("These choices are yours: they are kept for your user on this "
                               "computer, not in the floor's database."))
        scope.setObjectName("Muted")
        scope.setWordWrap(True)
        self.note = QLabel(self.tr("Theme and language change when Composure starts next. "
                                   "The --theme and --lang options still override them for "
                                   "one run."))
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Language"), self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(scope)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        self._select(self.theme, stored_theme(self.settings) or SYSTEM)
        self._select(self.language, stored_language(self.settings) or SYSTEM)

    def restore_defaults(self) -> None:
        self._select(self.theme, SYSTEM)
        self._select(self.language, SYSTEM)

    def save(self) -> None:
        self.settings.setValue(THEME_KEY, self.theme.currentData())
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.sync()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))


def install_appearance_page(dialog, settings: QSettings | None = None) -> AppearancePage:
    """Add the tab; OK and Apply keep its choices, Restore defaults puts back "system"."""
    page = AppearancePage(settings if settings is not None else keys.app_settings())
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    dialog.tabs.addTab(area, QCoreApplication.translate("AppearancePage", "Appearance"))

    def clicked(button: QAbstractButton) -> None:
        if button is dialog.ok_button or button is dialog.apply_button:
            page.save()
        elif button is dialog.restore_button:
            page.restore_defaults()

    dialog.buttons.clicked.connect(clicked)
    for combo in (page.theme, page.language):  # Apply is otherwise only for the floor's rules
        combo.currentIndexChanged.connect(lambda *_: dialog.apply_button.setEnabled(True))
    return page
