"""Choosing patrol ends: by typing a place name (tolerant search) or on the map.

Names are searched with the engine's ``core.names.PlaceIndex`` (spelling and
transliteration variants, Arabic script). The index is built from the places
layer's name field and every other field whose name contains "name" (e.g.
``name_ar``, ``alt_name``), so a place can be found by any of its names. When
several places match, all are listed with their location so the user can tell
two villages of the same name apart.
"""

from qgis.core import QgsApplication, QgsFieldProxyModel
from qgis.gui import QgsFieldComboBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..bridge.gazetteer import Gazetteer
from ..bridge.translation import tr
from . import text
from .sections import Section, layer_combo, row, spin, summary_label

class PlacePicker(QWidget):
    """A name box with a pick-on-map button; below it the matching places."""

    changed = pyqtSignal()
    mapRequested = pyqtSignal()  # noqa: N815 (Qt naming)

    def __init__(self, search, hint):
        super().__init__()
        self._search = search
        self._candidates = []
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(hint)
        self.edit.setClearButtonEnabled(True)
        self.map_button = QPushButton(QgsApplication.getThemeIcon("/mActionAddPoint.svg"), tr("On map"))
        self.map_button.setToolTip(tr("Click the road on the map; the point snaps to the route."))
        self.choices = QComboBox()
        self.choices.setToolTip(tr("The places whose names match, with their longitude and latitude."))
        self.choices.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.edit, 1)
        line.addWidget(self.map_button)
        layout.addLayout(line)
        layout.addWidget(self.choices)
        self.edit.textEdited.connect(self.type_name)
        self.map_button.clicked.connect(self.mapRequested)
        self.choices.currentIndexChanged.connect(self.changed)

    def type_name(self, name):
        """Search for ``name`` (as typing it does) and offer the matches."""
        if self.edit.text() != name:
            self.edit.setText(name)
        self._offer(self._search(name) if name.strip() else [])

    def set_place(self, place, label=None):
        """Choose ``place`` directly (from the map or a saved specification)."""
        self.edit.setText(place.name)
        self._offer([(place, label or text.place_label(place.name, place.lon, place.lat))])

    def clear(self):
        self.edit.clear()
        self._offer([])

    def _offer(self, candidates):
        self._candidates = candidates
        self.choices.blockSignals(True)
        self.choices.clear()
        for _, label in candidates:
            self.choices.addItem(label)
        if not candidates and self.edit.text().strip():
            self.choices.addItem(tr("No matching place"))
        self.choices.blockSignals(False)
        self.choices.setVisible(self.choices.count() > 0)
        self.changed.emit()

    def candidates(self):
        """The labels of the places offered, e.g. "Ain Al Hour (36.167, 35.781)"."""
        return [label for _, label in self._candidates]

    def choose(self, index):
        self.choices.setCurrentIndex(index)

    def place(self):
        """The chosen Place, or None."""
        index = self.choices.currentIndex()
        return self._candidates[index][0] if 0 <= index < len(self._candidates) else None


class PatrolSection(Section):
    """Patrol ends from a places layer or the map, snap tolerance, checkpoints."""

    def __init__(self):
        super().__init__(tr("Patrol"))
        self.places_combo = layer_combo("PointLayer")
        self.places_combo.setAllowEmptyLayer(True)
        self.places_combo.setToolTip(tr("Settlements to search by name for the patrol's ends."))
        self.name_field = QgsFieldComboBox()
        self.name_field.setFilters(QgsFieldProxyModel.Filter.String)
        self.name_field.setToolTip(tr("The names shown; other fields with 'name' in their name are searched too."))
        self.start = PlacePicker(self.search, tr("Start: type a place name"))
        self.end = PlacePicker(self.search, tr("End: type a place name"))
        self.snap = spin(2.0, " " + tr("km"), 100, tip=tr("A patrol end farther than this from the road is an error."))
        self.interval = spin(10.0, " " + tr("km"), 10_000, tip=tr("A checkpoint every so many km from the patrol's start, and at its end."))
        self.interval.setSpecialValueText(tr("none"))
        self.build_button = QPushButton(tr("Build patrol"))
        self.book_button = QPushButton(tr("Route book…"))
        self.book_button.setToolTip(tr("A PDF for the patrol team: an overview, then a map page per stretch of "
                                       "the patrol, rotated so the road runs across the page."))
        self.gps_button = QPushButton(tr("GPS files…"))
        self.gps_button.setToolTip(tr("The patrol as GPX (and KML): waypoints named by their km, a route, "
                                      "the track and the corridor's edges, for GPS units and phones."))
        self.status = summary_label()
        self.form.addRow(tr("Places"), self.places_combo)
        self.form.addRow(tr("Name field"), self.name_field)
        self.form.addRow(tr("Start"), self.start)
        self.form.addRow(tr("End"), self.end)
        self.form.addRow(tr("Snap within"), self.snap)
        self.form.addRow(tr("Checkpoints every"), self.interval)
        self.form.addRow(self.status)
        self.form.addRow(row(self.build_button, self.book_button, self.gps_button))
        self._gazetteer = None
        self._watched = None
        self.places_combo.layerChanged.connect(self._layer_changed)
        self.name_field.fieldChanged.connect(self._forget)
        self._layer_changed(self.places_combo.currentLayer())

    def _layer_changed(self, layer):
        if layer is self._watched and layer is not None:
            return  # the combo re-announces its layer when other layers come and go
        self._watch(layer)
        self.name_field.setLayer(layer)
        if layer is not None:
            names = [f.name() for f in layer.fields() if "name" in f.name().lower()]
            preferred = [n for n in names if n.lower() in ("name", "name_en", "name:en")] or names
            if preferred:
                self.name_field.setField(preferred[0])
        self._forget()

    def _watch(self, layer):
        if self._watched is not None:
            try:
                self._watched.dataChanged.disconnect(self._forget)
            except (RuntimeError, TypeError):
                pass
        self._watched = layer
        if layer is not None:
            layer.dataChanged.connect(self._forget)

    def _forget(self, *_):
        self._gazetteer = None

    def search(self, query):
        layer, field = self.places_combo.currentLayer(), self.name_field.currentField()
        if layer is None or not field:
            return []
        if self._gazetteer is None:
            self._gazetteer = Gazetteer(layer, field)
        found = []
        for place, matched, _ in self._gazetteer.search(query):
            label = text.place_label(place.name, place.lon, place.lat)
            if matched != place.name:
                label = text.place_label(f"{place.name} – {matched}", place.lon, place.lat)
            found.append((place, label))
        return found

    def teardown(self):
        self._watch(None)
