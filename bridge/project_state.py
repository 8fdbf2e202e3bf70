"""What the dock was last set to in a project, kept in the project file itself.

QgsSettings (``bridge.settings``) remember numbers that suit any project:
widths, tolerances. Which layers and fields, and where the patrol ends, belong
to one project, so they are written into it (``QgsProject.writeEntry``) and
come back when it is opened again. A layer is kept by its id, so a renamed
layer is still found.

Where a project has nothing remembered, :func:`likeliest_places` and
:func:`likeliest_incidents` guess from the layers' names and fields.
"""

import json
from dataclasses import asdict, dataclass, fields

from qgis.core import QgsProject, QgsWkbTypes

from ..core import Place, suggest_category_field

__all__ = ["ProjectState", "likeliest_incidents", "likeliest_places"]

SCOPE = "SecureCorridor"
# Words in a layer's name that say what it holds (OCHA's "communities", OSM's "populated places" ...).
PLACE_WORDS = ("place", "settlement", "village", "town", "communit", "locality", "localities", "gazetteer",
               "populated", "cities", "city", "admin4", "pcode")
INCIDENT_WORDS = ("incident", "event", "acled", "ucdp", "ged", "attack", "report", "violation", "strike")


@dataclass
class ProjectState:
    road_layer: str = ""  # layer ids
    places_layer: str = ""
    name_field: str = ""
    patrol_start: str = ""  # a Place as JSON {"name", "lon", "lat"}, or empty
    patrol_end: str = ""
    incidents_layer: str = ""
    date_field: str = ""
    category_field: str = ""

    @classmethod
    def load(cls, project=None):
        project = project or QgsProject.instance()
        return cls(**{f.name: project.readEntry(SCOPE, f.name, "")[0] for f in fields(cls)})

    def save(self, project=None):
        project = project or QgsProject.instance()
        for name, value in asdict(self).items():
            project.writeEntry(SCOPE, name, value)

    @staticmethod
    def place_text(place):
        return "" if place is None else json.dumps({"name": place.name, "lon": place.lon, "lat": place.lat})

    @staticmethod
    def place_of(text):
        """The Place saved as ``text``, or None (also for anything unreadable)."""
        try:
            data = json.loads(text)
            return Place(str(data["name"]), float(data["lon"]), float(data["lat"]))
        except (ValueError, TypeError, KeyError):
            return None


def _point_layers(project):
    return [
        layer for layer in project.mapLayers().values()
        if layer.type() == layer.VectorLayer and QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    ]


def _words(layer):
    return layer.name().lower().replace("-", "_")


def likeliest_places(project=None):
    """(point layer, name field) most likely to hold the settlements, or (None, "").

    A layer needs a text field with "name" in its name; one whose layer name
    says places (and not incidents) comes first."""
    best, best_score = (None, ""), 0
    for layer in _point_layers(project or QgsProject.instance()):
        names = [
            f.name() for f in layer.fields()
            if "name" in f.name().lower() and not f.isNumeric() and not f.isDateOrTime()
        ]
        if not names:
            continue
        words = _words(layer)
        score = 1 + 4 * any(w in words for w in PLACE_WORDS) - 4 * any(w in words for w in INCIDENT_WORDS)
        score -= 2 * (suggest_category_field(layer.fields().names()) is not None)  # incidents have categories
        if score > best_score:
            preferred = [n for n in names if n.lower() in ("name", "name_en", "name:en", "admin4name_en")]
            best, best_score = (layer, (preferred or names)[0]), score
    return best


def likeliest_incidents(project=None, not_this=None):
    """The point layer most likely to hold incidents (other than ``not_this``), or None."""
    best, best_score = None, 0
    for layer in _point_layers(project or QgsProject.instance()):
        if layer is not_this:
            continue
        words = _words(layer)
        score = 1 + 4 * any(w in words for w in INCIDENT_WORDS) - 4 * any(w in words for w in PLACE_WORDS)
        score += 2 * (suggest_category_field(layer.fields().names()) is not None)
        if score > best_score:
            best, best_score = layer, score
    return best
