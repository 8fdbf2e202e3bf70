"""The plugin in the user's language: its translator, ``tr`` and the engine's words.

Every string a user reads goes through :func:`tr`. ``make translations`` finds
those calls with pylupdate5, which files a bare ``tr("...")`` under the context
``@default``; so :func:`tr` looks its text up there. The engine (core/) knows no
Qt: its errors and reports carry a :class:`~secure_corridor.core.messages.Message`
(an English template and values), whose templates ``tools/core_messages.py``
collects under the context ``core``; :func:`text` translates them here.
"""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from ..core.errors import CorridorError
from ..core.messages import Message

__all__ = ["tr", "text", "error_text", "locale", "install", "remove", "direction", "isolate", "side_name"]

CONTEXT = "@default"  # where pylupdate5 files a bare tr("...")
CORE_CONTEXT = "core"
FOLDER = Path(__file__).resolve().parents[1] / "i18n"
PREFIX = "secure_corridor_"

# Unicode's isolates: a run of Latin text and digits (coordinates, numbers) keeps
# its own left-to-right order inside right-to-left text, and the reverse.
LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_ISOLATE = "\u2069"


def tr(source):
    """``source`` in the user's language (itself when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, source)


def _core(template):
    return QCoreApplication.translate(CORE_CONTEXT, template)


def text(message):
    """A :class:`Message` (or anything else, as ``str``) in the user's language."""
    if isinstance(message, Message):
        return message.format(_core)
    return str(message)


def error_text(error):
    """What to show for ``error``: an engine error translated, others as they are."""
    if isinstance(error, CorridorError):
        return text(error.message)
    return str(error)


def side_name(name):
    """A side of the road ("north", "on route", …: the engine's names, which are
    also the values of the output's side field) in the user's language."""
    names = {
        "north": tr("north"),
        "south": tr("south"),
        "east": tr("east"),
        "west": tr("west"),
        "on route": tr("on the road"),
    }
    return names.get(name, name)


def locale():
    """QGIS's locale, e.g. "ar" or "fr_FR": the one chosen in QGIS's options when
    "Override system locale" is on, else the system's."""
    settings = QgsSettings()
    chosen = settings.value("locale/userLocale", "", type=str)
    if settings.value("locale/overrideFlag", False, type=bool) and chosen:
        return chosen
    return QLocale.system().name()


def translation_file(name):
    """The .qm file for locale ``name`` ("ar_SY" falls back to "ar"), or None."""
    for candidate in (name, name.split("_")[0]):
        path = FOLDER / f"{PREFIX}{candidate}.qm"
        if candidate and path.is_file():
            return path
    return None


def install(name=None):
    """Install the translator for ``name`` (default: QGIS's locale); returns it, or
    None when the plugin has no translation for that language."""
    path = translation_file(name or locale())
    if path is None:
        return None
    translator = QTranslator(QCoreApplication.instance())
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def direction(name=None):
    """The writing direction of locale ``name`` (default: QGIS's)."""
    if QLocale(name or locale()).textDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def isolate(run):
    """``run`` (numbers, coordinates, Latin names) kept in its own order inside
    text of either direction."""
    return f"{LEFT_TO_RIGHT_ISOLATE}{run}{POP_ISOLATE}"
