"""The places of a point layer, searchable by any of their names.

Names are searched with the engine's ``core.names.PlaceIndex`` (spelling and
transliteration variants, Arabic script). The index holds the layer's name
field and every other field whose name contains "name" (``name_ar``,
``alt_name``), so a place is found by any of its names. The dock offers all
matches; :meth:`Gazetteer.resolve` picks one or says why it cannot.
"""

from ..core import CorridorError, Place
from ..core.names import PlaceIndex
from .layers import source_name
from .points import read_points
from .translation import tr

__all__ = ["Gazetteer", "MAX_CANDIDATES"]

MAX_CANDIDATES = 20
_SURE = ("exact", "key")  # kinds of match that name one place without doubt when alone


class Gazetteer:
    """The places of a point layer, searchable by any of their names."""

    def __init__(self, layer, name_field):
        self.label = tr("'{layer}' (field {field})").format(layer=source_name(layer), field=name_field)
        name_fields = [name_field] + [
            field.name() for field in layer.fields() if "name" in field.name().lower() and field.name() != name_field
        ]
        ids, lon, lat, _ = read_points(layer)
        where = {int(fid): (float(x), float(y)) for fid, x, y in zip(ids, lon, lat) if x == x and y == y}
        self.places = {}  # ref -> Place (named by the chosen name field)
        records = []
        for feature in layer.getFeatures():
            names = [str(feature[f]).strip() for f in name_fields if _is_text(feature[f])]
            if feature.id() not in where or not names:
                continue
            self.places[feature.id()] = Place(names[0], *where[feature.id()])
            records.append((feature.id(), names))
        self.index = PlaceIndex(records)

    def search(self, query, limit=MAX_CANDIDATES):
        """[(Place, the name that matched, Match)] for the places matching ``query``, best first."""
        return [(self.places[m.ref], m.name, m) for m in self.index.search(query, limit=limit)]

    def resolve(self, query, role):
        """The one place ``query`` names, for ``role`` (tr("The patrol start")); a
        CorridorError when none matches, or when several match equally well
        (two villages of one name, spellings a letter apart) and none exactly."""
        found = self.search(query)
        if not found:
            raise CorridorError(
                tr("{role}: no place in {places} is called '{query}' or anything like it."),
                role=role, places=self.label, query=query,
            )
        best = found[0][2]
        tied = [f for f in found if f[2].kind == best.kind]
        sure = [f for f in tied if f[2].kind in _SURE]
        if len(sure) == 1 or len(tied) == 1:
            return (sure or tied)[0][0]
        listed = "; ".join(f"{place.name} ({place.lon:.5f}, {place.lat:.5f})" for place, _, _ in tied[:5])
        values = {"role": role, "query": query, "count": len(tied), "places": self.label, "listed": listed}
        if len(tied) > 5:
            raise CorridorError(
                tr("{role}: '{query}' matches {count} places in {places} equally well: {listed} and {more} more. "
                   "Give the name as the layer writes it, or the place as a point."),
                more=len(tied) - 5, **values,
            )
        raise CorridorError(
            tr("{role}: '{query}' matches {count} places in {places} equally well: {listed}. "
               "Give the name as the layer writes it, or the place as a point."),
            **values,
        )


def _is_text(value):
    return isinstance(value, str) and value.strip() != ""


