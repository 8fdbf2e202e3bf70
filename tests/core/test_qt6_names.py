"""Every Qt class and enum member the plugin names also exists in PyQt6 (QGIS 4).

The checker is qt6_names: it reads the source with ast and looks the names up in
PyQt6, plus QGIS's own qgis.PyQt additions under Qt 6, in a child process.
"""

import textwrap

from qt6_names import ROOT, missing_in_pyqt6, plugin_files, qt_uses


def test_the_plugin_names_only_qt_names_pyqt6_has():
    uses = [use for path in plugin_files() for use in qt_uses(path.read_text(), str(path.relative_to(ROOT)))]
    assert any(len(use.chain) > 1 for use in uses), "no Qt attribute chains found: is the collector broken?"
    missing = missing_in_pyqt6(uses)
    assert not missing, "Qt names PyQt6 lacks (file:line  name  (what is missing)):\n" + "\n".join(missing)


# The PyQt5-only name is spelt with {type} so that a grep of the sources for it
# finds only real uses.
BAD_AND_GOOD = textwrap.dedent(
    """\
    from qgis.PyQt import QtCore
    from qgis.PyQt.QtCore import QVariant, Qt, QRegExp
    from qgis.PyQt.QtGui import QPainter
    from qgis.PyQt.QtWidgets import QAction, QActionGroup, QDesktopWidget, QDialog, QSizePolicy as Policy
    import qgis.PyQt.QtGui

    double = QVariant{type}Double
    left = Qt.AlignLeft
    run = QDialog.exec_
    right = QtCore.Qt.AlignRight
    hint = qgis.PyQt.QtGui.QPainter.Antialiasing

    ok_left = Qt.AlignmentFlag.AlignLeft
    ok_policy = Policy.Policy.Expanding
    ok_hint = qgis.PyQt.QtGui.QPainter.RenderHint.Antialiasing
    ok_shim = QVariant.Double
    ok_run = QDialog.exec
    """
).format(type=".Type.")


def test_the_checker_reports_pyqt5_only_names_and_only_those():
    missing = missing_in_pyqt6(qt_uses(BAD_AND_GOOD, "snippet.py"))

    assert missing == [
        "snippet.py:2  QRegExp  (PyQt6.QtCore has no QRegExp)",
        "snippet.py:4  QDesktopWidget  (PyQt6.QtWidgets has no QDesktopWidget)",
        "snippet.py:7  QVariant" + ".Type.Double  (PyQt6.QtCore.QVariant has no Type)",
        "snippet.py:8  Qt.AlignLeft  (PyQt6.QtCore.Qt has no AlignLeft)",
        "snippet.py:9  QDialog.exec_  (PyQt6.QtWidgets.QDialog has no exec_)",
        "snippet.py:10  Qt.AlignRight  (PyQt6.QtCore.Qt has no AlignRight)",
        "snippet.py:11  QPainter.Antialiasing  (PyQt6.QtGui.QPainter has no Antialiasing)",
    ]
