"""The mouse wheel scrolls the dock; it changes a value only in the widget being edited.

Qt gives wheel events to whatever widget is under the pointer, so scrolling a
long dock changed any combo box or spin box that passed under it: the incident
layer switched, the date field cleared, with nothing to show for it. A guarded
widget takes the wheel only while it has the keyboard focus; otherwise the event
goes on to the scroll area.
"""

from qgis.PyQt.QtCore import QEvent, QObject, Qt
from qgis.PyQt.QtWidgets import QAbstractSpinBox, QComboBox

__all__ = ["WheelGuard"]


class WheelGuard(QObject):
    """Event filter for the combo boxes and spin boxes under ``root``."""

    def __init__(self, root):
        super().__init__(root)
        self.guard(root)

    def guard(self, root):
        """Guard every combo box and spin box under ``root`` (call again for widgets added later)."""
        for kind in (QComboBox, QAbstractSpinBox):
            for widget in root.findChildren(kind):
                # Clicking or tabbing focuses it, the wheel alone does not.
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            event.ignore()  # to the parent, so the dock scrolls
            return True
        return super().eventFilter(watched, event)
