"""Forward the engine's standard ``logging`` records to the QGIS log panel.

The core logs with ``logging`` and knows nothing of QGIS; while the plugin is
loaded, one handler sends those records to ``QgsMessageLog`` under the tag
"Secure Corridor". Messages meant for people go to the message bar instead.
"""

import logging

from qgis.core import Qgis, QgsMessageLog

TAG = "Secure Corridor"
LOGGER_NAME = __name__.split(".")[0]  # the plugin package: every module's logger


class MessageLogHandler(logging.Handler):
    """A logging handler writing to the QGIS message log."""

    def emit(self, record):
        if record.levelno >= logging.ERROR:
            level = Qgis.MessageLevel.Critical
        elif record.levelno >= logging.WARNING:
            level = Qgis.MessageLevel.Warning
        else:
            level = Qgis.MessageLevel.Info
        try:
            QgsMessageLog.logMessage(self.format(record), TAG, level)
        except Exception:  # noqa: BLE001 - a log handler must never raise
            self.handleError(record)


def install(level=logging.INFO):
    """Attach a handler to the plugin's logger; returns it for :func:`remove`."""
    handler = MessageLogHandler()
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    logger.setLevel(level)
    return handler


def remove(handler):
    logging.getLogger(LOGGER_NAME).removeHandler(handler)
