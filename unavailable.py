"""The stand-in plugin ``classFactory`` returns when QGIS's Python lacks what the engine needs.

It shows one message in the message bar (what is missing, in plain words, and
the commands that fix it), writes the longer report to the log panel under
"Secure Corridor", and otherwise stays out of the way: no Processing provider,
no action, no dock, nothing to unload.
"""

from qgis.core import Qgis, QgsMessageLog

from .dependencies import PLUGIN

DETAILS_HINT = "Details: View > Panels > Log Messages, Secure Corridor tab."


class Unavailable:
    """Stands in for the plugin when :func:`dependencies.check` found problems."""

    def __init__(self, iface, report):
        self.iface = iface
        self.report = report

    def initProcessing(self):  # noqa: N802 (QGIS API)
        """No provider: its algorithms could not run."""

    def initGui(self):  # noqa: N802 (QGIS API)
        QgsMessageLog.logMessage(_html(self.report.details()), PLUGIN, Qgis.MessageLevel.Critical)
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is not None:
            # Stays until dismissed (duration 0).
            bar.pushMessage(PLUGIN, self.text(), Qgis.MessageLevel.Critical, 0)

    def unload(self):
        """Nothing was added, so nothing to remove."""

    def text(self):
        """The message as the bar takes it: HTML, one line a line.

        The bar renders its text as HTML, where a bare "numpy<2" would be taken
        for a tag. (Its "Show more" variant is not used: that dialog repeats
        the text as plain text, escapes and all.) The log panel renders HTML too.
        """
        lines = [line.strip() for line in _html(self.report.message()).splitlines()]
        return "<br>".join(lines + [DETAILS_HINT])


def _html(text):
    """``text`` for the message bar and the log panel, which both render HTML."""
    return text.replace("&", "&amp;").replace("<", "&lt;")
