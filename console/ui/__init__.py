"""Qt user interface of the supervisor console (team board, docks, dialogs).

Importing the package applies :func:`console.ui.pyside_workarounds.pin_singletons`, because any
Qt code path of this package (the app, a test, a script) would otherwise slowly corrupt the
reference counts of None and True under PySide6 6.12 on CPython 3.11.
"""

from console.ui.pyside_workarounds import pin_singletons

pin_singletons()
