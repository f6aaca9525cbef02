"""PyInstaller runtime hook (Linux), in place of PyInstaller's own ``pyi_rth_pyside6``: the same Qt paths, set
before the app's code runs, without importing ``PySide6.QtCore`` at every start.

PyInstaller's hook imports QtCore (and with it Shiboken's signature support) only to register a ``qt.conf``
that PySide6's wheel already registers itself when QtCore loads: 0.1-0.15 s paid by every command of the
installed package, ``--version`` and the command line included, and before the data stack, which then has its
source checked by PySide6 as it is imported (app/cli/gui.py imports it before Qt for that reason).
packaging/civic-tracker.spec swaps the hooks.
"""

import os
import sys

_QT = os.path.join(sys._MEIPASS, "PySide6", "Qt")  # type: ignore[attr-defined]  # set by PyInstaller
os.environ["QT_PLUGIN_PATH"] = os.path.join(_QT, "plugins")
os.environ["QML2_IMPORT_PATH"] = os.path.join(_QT, "qml")
