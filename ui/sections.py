"""The dock's sections as separate widgets: road, corridor, incidents, parameters, results, chart.

Each section only holds its inputs and shows its summary; the dock runs the
work. (The patrol section, with its place pickers, is in ``place_picker``.)
"""

from qgis.core import Qgis, QgsFieldProxyModel, QgsMapLayerProxyModel
from qgis.gui import (
    QgsCollapsibleGroupBox,
    QgsDoubleSpinBox,
    QgsFieldComboBox,
    QgsFileWidget,
    QgsMapLayerComboBox,
)
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import END_CAPS, suggest_category_field
from ..core.corridor import MAX_WIDTH_M
from ..bridge.translation import side_name, tr
from .chart import StripChart
from .text import capitalized

ISO_DAY = "yyyy-MM-dd"
TYPED_WIDTH_KM = 100_000.0  # a width box takes up to this, to say when it is over MAX_WIDTH_M
# Layer filters moved to Qgis.LayerFilter in QGIS 3.34; 3.22 has them on the proxy model.
LAYER_FILTER = getattr(Qgis, "LayerFilter", None) or QgsMapLayerProxyModel.Filter


def end_cap_name(cap):
    return {"flat": tr("Flat"), "round": tr("Round")}.get(cap, cap)


def layer_combo(kind):
    """A layer combo showing only layers of ``kind`` ("LineLayer", "PointLayer")."""
    combo = QgsMapLayerComboBox()
    combo.setFilters(getattr(LAYER_FILTER, kind))
    return combo


def spin(value, suffix, maximum, decimals=3, minimum=0.0, tip=""):
    box = QgsDoubleSpinBox()
    box.setDecimals(decimals)
    box.setRange(minimum, maximum)
    box.setValue(value)
    box.setClearValue(value)
    box.setSuffix(suffix)
    box.setToolTip(tip)
    return box


def summary_label():
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_summary(label, text):
    label.setText(text)
    label.setVisible(bool(text))


def row(*widgets):
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        if isinstance(widget, str):
            widget = QLabel(widget)
        layout.addWidget(widget)
    return box


class Section(QgsCollapsibleGroupBox):
    """A titled, collapsible group with a form layout."""

    def __init__(self, title):
        super().__init__(title)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        # Below the form, not in it: a form row gives a wrapped label the height
        # of fewer lines than it needs, and cuts off the rest.
        self.summary = summary_label()
        outer.addWidget(self.summary)


class RoadSection(Section):
    """The road layer, its selection and how its parts are joined."""

    changed = pyqtSignal()  # anything that changes the route

    def __init__(self):
        super().__init__(tr("Road"))
        self.layer_combo = layer_combo("LineLayer")
        self.layer_combo.setToolTip(tr("The road's line layer; its parts are joined into one route."))
        self.selected_only = QCheckBox(tr("Selected features only"))
        self.tolerance = spin(50.0, " " + tr("m"), 100_000, decimals=1, tip=tr("Gaps between road parts up to this wide are bridged."))
        self.bridge_all = QCheckBox(tr("Bridge all gaps"))
        self.bridge_all.setToolTip(tr("Join the parts across gaps of any width instead of stopping with an error."))
        self.reverse = QCheckBox(tr("Reverse direction"))
        self.reverse.setToolTip(tr("Routes run west to east (south to north) unless reversed; this swaps the sides."))
        self.between_patrol_ends = QCheckBox(tr("Between the patrol ends"))
        self.between_patrol_ends.setToolTip(
            tr("Run the route between the patrol's two ends instead of between the road's far ends: "
            "for a ring road, or to take one road out of several.")
        )
        self.leave_out = QCheckBox(tr("Leave out road off the route"))
        self.leave_out.setToolTip(
            tr("Build the route even when much of the selected road lies away from it (over a quarter, "
            "more than 1 km off), which is otherwise an error.")
        )
        self.assemble_button = QPushButton(tr("Assemble route"))
        self.form.addRow(tr("Layer"), self.layer_combo)
        self.form.addRow(self.selected_only)
        self.form.addRow(tr("Gap tolerance"), row(self.tolerance, self.bridge_all))
        self.form.addRow(row(self.between_patrol_ends, self.leave_out))
        self.form.addRow(row(self.reverse, self.assemble_button))
        self._watched = None
        self._count = 0
        self.layer_combo.layerChanged.connect(self._layer_changed)
        for signal in (
            self.selected_only.toggled, self.tolerance.valueChanged, self.bridge_all.toggled, self.reverse.toggled,
            self.between_patrol_ends.toggled, self.leave_out.toggled,
        ):
            signal.connect(self.changed)
        self._layer_changed(self.layer_combo.currentLayer())

    def layer(self):
        return self.layer_combo.currentLayer()

    def _layer_changed(self, layer):
        if layer is self._watched and layer is not None:
            return  # the combo re-announces its layer when other layers come and go
        self._watch(layer)
        self.selected_only.setChecked(bool(layer is not None and layer.selectedFeatureCount()))
        self._count_selection()
        self.changed.emit()

    def _watch(self, layer):
        if self._watched is not None:
            try:
                self._watched.selectionChanged.disconnect(self._selection_changed)
                self._watched.dataChanged.disconnect(self.changed)
            except (RuntimeError, TypeError):  # the layer is gone already
                pass
        self._watched = layer
        if layer is not None:
            layer.selectionChanged.connect(self._selection_changed)
            layer.dataChanged.connect(self.changed)

    def _selection_changed(self, *_):
        had_selection = self._count > 0
        self._count_selection()
        if self._count and not had_selection:
            self.selected_only.setChecked(True)  # a new selection: use it
        if self.selected_only.isChecked():
            self.changed.emit()

    def _count_selection(self):
        layer = self.layer()
        self._count = layer.selectedFeatureCount() if layer is not None else 0
        self.selected_only.setText(
            tr("Selected features only ({count})").format(count=self._count) if self._count
            else tr("Selected features only")
        )

    def teardown(self):
        self._watch(None)


class CorridorSection(Section):
    """Widths per side, end style and the stretch of route the corridor covers."""

    changed = pyqtSignal()

    def __init__(self):
        super().__init__(tr("Corridor"))
        # The boxes take more than the widest, so that a width typed over it is
        # said to be too wide instead of silently cut to it.
        self.left_width = spin(6.0, " " + tr("km"), TYPED_WIDTH_KM)
        self.right_width = spin(6.0, " " + tr("km"), TYPED_WIDTH_KM)
        self.width_warning = summary_label()
        self.width_warning.setStyleSheet("color: #b00020")
        self.end_cap = QComboBox()
        for cap in END_CAPS:
            self.end_cap.addItem(end_cap_name(cap), cap)
        self.end_cap.setToolTip(tr("Flat: cut square at the route's ends. Round: half circles."))
        self.from_km = spin(0.0, " " + tr("km"), 100_000, tip=tr("Corridor only from this km of the route (start: from the start)."))
        self.from_km.setSpecialValueText(tr("start"))
        self.to_km = spin(0.0, " " + tr("km"), 100_000, tip=tr("Corridor only up to this km of the route (end: to the end)."))
        self.to_km.setSpecialValueText(tr("end"))
        self.build_button = QPushButton(tr("Build corridor"))
        self.places_button = QPushButton(tr("Places in the corridor…"))
        self.places_button.setToolTip(tr("Which places fall inside the corridor or near its edge: side, distance "
                                         "and km, as a layer and a CSV table (Processing dialog)."))
        self.scenarios_button = QPushButton(tr("Compare scenarios…"))
        self.scenarios_button.setToolTip(tr("Candidate corridors from a scenario file (JSON) side by side: area, "
                                            "patrol length, incidents and places (Processing dialog)."))
        self.left_label, self.right_label = QLabel(), QLabel()
        self.form.addRow(self.left_label, self.left_width)
        self.form.addRow(self.right_label, self.right_width)
        self.form.addRow(self.width_warning)
        self.form.addRow(tr("Ends"), self.end_cap)
        self.form.addRow(tr("Stretch"), row(self.from_km, tr("to"), self.to_km))
        self.form.addRow(self.build_button)
        self.form.addRow(row(self.places_button, self.scenarios_button))
        self.set_side_names(("north", "south"))
        for signal in (
            self.left_width.valueChanged,
            self.right_width.valueChanged,
            self.end_cap.currentIndexChanged,
            self.from_km.valueChanged,
            self.to_km.valueChanged,
        ):
            signal.connect(self.changed)
        for box in (self.left_width, self.right_width):
            box.valueChanged.connect(self._check_widths)

    def _check_widths(self):
        widest = MAX_WIDTH_M / 1000
        over = [
            tr("The {side} width of {width} km is over the widest corridor, {widest:g} km a side, that is "
               "kept within 1 m of its true width: check the units (km).").format(
                side=side_name(side), width=f"{box.value():,g}", widest=widest
            )
            for side, box in zip(self._side_names, (self.left_width, self.right_width))
            if box.value() > widest
        ]
        show_summary(self.width_warning, " ".join(over))

    def set_side_names(self, names):
        self._side_names = tuple(names)
        widest = MAX_WIDTH_M / 1000
        for side, label, box in zip(names, (self.left_label, self.right_label), (self.left_width, self.right_width)):
            label.setText(capitalized(tr("{side} width").format(side=side_name(side))))
            box.setToolTip(
                tr("Width on the {side} side of the road, in km on the ellipsoid; at most {widest:g} km.").format(
                    side=side_name(side), widest=widest
                )
            )
        self._check_widths()

    def cap(self):
        return self.end_cap.currentData()

    def set_cap(self, cap):
        self.end_cap.setCurrentIndex(max(0, self.end_cap.findData(cap)))

    def stretch(self):
        """(from_km, to_km), None for an open end."""
        return (self.from_km.value() or None, self.to_km.value() or None)

    def set_stretch(self, from_km, to_km):
        self.from_km.setValue(from_km or 0.0)
        self.to_km.setValue(to_km or 0.0)


class DateLimit(QWidget):
    """A tick box and a day: the limit applies only when ticked."""

    def __init__(self, label, tip):
        super().__init__()
        self.check = QCheckBox(label)
        self.edit = QDateEdit(QDate(2020, 3, 15))
        self.edit.setDisplayFormat(ISO_DAY)
        self.edit.setCalendarPopup(True)
        self.edit.setEnabled(False)
        for widget in (self, self.check, self.edit):
            widget.setToolTip(tip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)

    def day(self):
        return self.edit.date().toString(ISO_DAY) if self.check.isChecked() else None

    def set_day(self, day):
        self.check.setChecked(bool(day))
        if day:
            self.edit.setDate(QDate.fromString(day, ISO_DAY))


class IncidentsSection(Section):
    """The incident layer and an optional date window."""

    def __init__(self):
        super().__init__(tr("Incidents"))
        self.layer_combo = layer_combo("PointLayer")
        self.date_field = QgsFieldComboBox()
        self.date_field.setAllowEmptyFieldName(True)
        self.date_field.setFilters(
            QgsFieldProxyModel.Filter.Date
            | QgsFieldProxyModel.Filter.DateTime
            | QgsFieldProxyModel.Filter.String
            | QgsFieldProxyModel.Filter.Numeric  # yyyymmdd as a number
        )
        self.date_field.setToolTip(tr("The incidents' date; leave empty to ignore dates."))
        self.format_edit = QLineEdit()
        self.format_edit.setPlaceholderText(tr("automatic"))
        self.format_edit.setToolTip(
            tr("Read automatically: 2020-03-15, 2020-03-15 00:00:00.000 (UCDP), 15 March 2020 (ACLED), "
            "20200315. Day/month forms need a format in strptime codes: %d/%m/%Y for 15/03/2020, "
            "%m/%d/%Y for 03/15/2020.")
        )
        self.date_from = DateLimit(tr("From"), tr("Incidents on or after this day are in the window."))
        self.date_to = DateLimit(
            tr("To (exclusive)"), tr("Incidents before this day are in the window; the day itself is not (exclusive).")
        )
        self.category_field = QgsFieldComboBox()
        self.category_field.setAllowEmptyFieldName(True)
        self.category_field.setToolTip(
            tr("The incidents' category (event_type or sub_event_type in ACLED, type_of_violence in "
            "UCDP GED): the strip chart's markers and the counts by category. Leave empty for none.")
        )
        self.flag_button = QPushButton(tr("Flag incidents"))
        self.form.addRow(tr("Layer"), self.layer_combo)
        self.form.addRow(tr("Category field"), self.category_field)
        self.form.addRow(tr("Date field"), self.date_field)
        self.form.addRow(tr("Date format"), self.format_edit)
        self.form.addRow(tr("Window"), self.date_from)
        self.form.addRow("", self.date_to)
        self.form.addRow(self.flag_button)
        self.layer_combo.layerChanged.connect(self._layer_changed)
        self.date_field.fieldChanged.connect(self._field_changed)
        self._layer_changed(self.layer_combo.currentLayer())
        self._field_changed(self.date_field.currentField())

    def _layer_changed(self, layer):
        self.date_field.setLayer(layer)
        self.category_field.setLayer(layer)
        suggested = suggest_category_field(layer.fields().names()) if layer is not None else None
        self.category_field.setField(suggested or "")

    def _field_changed(self, name):
        for widget in (self.format_edit, self.date_from, self.date_to):
            widget.setEnabled(bool(name))

    def layer(self):
        return self.layer_combo.currentLayer()

    def category(self):
        """The category field's name, or None."""
        return self.category_field.currentField() or None

    def date_format(self):
        """The strptime format for the dates, or None to read them automatically."""
        return self.format_edit.text().strip() or None

    def set_date_format(self, date_format):
        self.format_edit.setText(date_format or "")

    def window(self):
        """(date_from, date_to) as ISO days, None where there is no limit."""
        return self.date_from.day(), self.date_to.day()

    def set_window(self, date_from, date_to):
        self.date_from.set_day(date_from)
        self.date_to.set_day(date_to)


class OutputSection(QWidget):
    """Parameters (save/load as JSON) and where results go (temporary or GeoPackage)."""

    def __init__(self):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        parameters = Section(tr("Parameters"))
        self.save_button = QPushButton(tr("Save…"))
        self.save_button.setToolTip(tr("Save widths, ends, tolerances, patrol ends and dates as a JSON file."))
        self.load_button = QPushButton(tr("Load…"))
        self.load_button.setToolTip(tr("Load a corridor specification saved as JSON."))
        self.help_button = QPushButton(tr("Help"))
        self.help_button.setToolTip(tr("The user guide, shipped with the plugin (opens in your browser, offline)."))
        parameters.form.addRow(row(self.save_button, self.load_button, self.help_button))
        results = Section(tr("Results"))
        self.gpkg = QgsFileWidget()
        self.gpkg.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.gpkg.setFilter("GeoPackage (*.gpkg)")
        self.gpkg.setConfirmOverwrite(False)  # layers are replaced inside the file, not the file
        self.gpkg.lineEdit().setPlaceholderText(tr("Temporary layers"))
        self.gpkg.setToolTip(
            tr("Leave empty for temporary layers, which are lost when QGIS closes; or choose a GeoPackage to keep them.")
        )
        results.form.addRow(tr("GeoPackage"), self.gpkg)
        self.save_results_button = QPushButton(tr("Save results…"))
        self.save_results_button.setToolTip(
            tr("Write the result layers on the map, as they are, to a GeoPackage (the one above, or one "
            "you choose), and show them from there.")
        )
        results.form.addRow(row(self.save_results_button))
        layout.addWidget(parameters)
        layout.addWidget(results)

    def gpkg_path(self):
        """The GeoPackage chosen (with its .gpkg suffix), or "" for temporary layers."""
        path = self.gpkg.filePath().strip()
        return path if not path or path.lower().endswith(".gpkg") else f"{path}.gpkg"


class ChartSection(Section):
    """The strip chart of the last flagged incidents, and saving it as PNG or SVG."""

    def __init__(self):
        super().__init__(tr("Strip chart"))
        self.chart = StripChart()
        self.save_button = QPushButton(tr("Save image…"))
        self.save_button.setToolTip(tr("Save the strip chart as a PNG image or an SVG drawing."))
        self.save_button.setEnabled(False)
        self.form.addRow(self.chart)
        self.form.addRow(row(self.save_button))
        self.save_button.clicked.connect(lambda: self.chart.save_dialog())

    def show_data(self, data):
        self.chart.set_data(data)
        self.save_button.setEnabled(data is not None)
