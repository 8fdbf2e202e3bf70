"""The dock's way into the analysts' algorithms: which places fall in the
corridor, and candidate corridors compared. Each opens the algorithm's own
Processing dialog with the dock's road, widths, patrol ends and layers filled
in, so its results load, styled, into the project like any Processing result."""

from qgis.core import QgsProcessingFeatureSourceDefinition

from ..core import END_CAPS
from .messages import show

PLACES_ID = "secure_corridor:placesincorridor"
SCENARIOS_ID = "secure_corridor:comparescenarios"


def road_parameters(dock):
    """The Road and Corridor sections as the algorithms' parameters."""
    layer = dock.road.layer()
    parameters = {
        "GAP_TOLERANCE": dock.road.tolerance.value(),
        "BRIDGE_ALL_GAPS": dock.road.bridge_all.isChecked(),
        "REVERSE": dock.road.reverse.isChecked(),
        "LEAVE_OUT": dock.road.leave_out.isChecked(),
    }
    if layer is not None:
        parameters["ROAD"] = QgsProcessingFeatureSourceDefinition(layer.id(), dock.road.selected_only.isChecked())
    return parameters


def places_parameters(dock):
    left_m, right_m, end_cap, *_ = dock.corridor_args()
    parameters = {**road_parameters(dock), "NORTH_WIDTH": left_m, "SOUTH_WIDTH": right_m,
                  "END_CAP": END_CAPS.index(end_cap), "SNAP_TOLERANCE": dock.patrol_box.snap.value() * 1000}
    places = dock.patrol_box.places_combo.currentLayer()
    if places is not None:
        parameters["PLACES"] = places.id()
    ends = (dock.patrol_box.start.place(), dock.patrol_box.end.place())
    if None not in ends:
        parameters["START"], parameters["END"] = (f"{place.lon},{place.lat} [EPSG:4326]" for place in ends)
    return parameters


def scenarios_parameters(dock):
    parameters = road_parameters(dock)
    places, incidents = dock.patrol_box.places_combo.currentLayer(), dock.incidents.layer()
    if places is not None:
        parameters["PLACES"] = places.id()
    if incidents is not None:
        parameters["INCIDENTS"] = incidents.id()
        date_field = dock.incidents.date_field.currentField()
        if date_field:
            parameters["DATE_FIELD"] = date_field
    return parameters


def open_dialog(dock, algorithm_id, parameters):
    """Processing's dialog of ``algorithm_id``, filled with ``parameters``."""
    try:
        import processing
    except ImportError as error:  # Processing switched off in QGIS
        show(dock.iface, str(error))
        return
    processing.execAlgorithmDialog(algorithm_id, parameters)


def open_places(dock):
    open_dialog(dock, PLACES_ID, places_parameters(dock))


def open_scenarios(dock):
    open_dialog(dock, SCENARIOS_ID, scenarios_parameters(dock))
