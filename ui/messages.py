"""The plugin's messages in QGIS's message bar: one at a time, long ones folded.

A message replaces the plugin's previous one, so an old error never stands over
a later success; and a message too long for the bar's one line shows its first
sentence there, the whole text behind a Details button.
"""

import weakref

from qgis.core import Qgis
from qgis.gui import QgsMessageBarItem
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton

from ..bridge.translation import tr

__all__ = ["TITLE", "clear", "show", "full_text"]

TITLE = "Secure Corridor"
FITS = 80  # characters the bar shows on one line beside a docked panel
_TEXT = "secure_corridor/text"
_shown = weakref.WeakKeyDictionary()  # message bar -> the plugin's item on it


def show(iface, text, level=Qgis.MessageLevel.Info, duration=0):
    """Show ``text`` in ``iface``'s message bar in place of the plugin's previous
    message; ``duration`` in seconds (0: until closed)."""
    bar = iface.messageBar()
    clear(iface)
    short, folded = fold(text)
    details = None
    if folded:
        details = QPushButton(tr("Details…"))
        details.clicked.connect(lambda: _show_details(bar, level, text))
        item = QgsMessageBarItem(TITLE, short, details, level, duration)
    else:
        item = QgsMessageBarItem(TITLE, short, level, duration)
    item.setProperty(_TEXT, text)
    bar.pushItem(item)
    _shown[bar] = item
    return item


def clear(iface):
    """Take the plugin's message off ``iface``'s bar, if it is still there."""
    bar = iface.messageBar()
    item = _shown.pop(bar, None)
    try:
        if item is not None and item in bar.items():
            bar.popWidget(item)
    except RuntimeError:  # closed by the user, and deleted already
        pass


def full_text(item):
    """The whole text of a message the plugin showed."""
    return item.property(_TEXT) or item.text()


def fold(text):
    """(what the bar shows, whether the rest is behind Details)."""
    if len(text) <= FITS and "\n" not in text:
        return text, False
    first = text.split("\n", 1)[0]
    end = first.find(". ", 0, FITS)
    if end < 0:
        end = first.rfind(" ", 0, FITS - 1)
    cut = first[: end + 1 if end > 0 else FITS - 1].rstrip()
    return f"{cut} …", True


def _show_details(bar, level, text):
    icon = QMessageBox.Icon.Critical if level == Qgis.MessageLevel.Critical else QMessageBox.Icon.Information
    box = QMessageBox(icon, TITLE, text, QMessageBox.StandardButton.Close, bar.window())
    box.exec()
