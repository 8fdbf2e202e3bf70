"""The dock's layers, fields and patrol ends per project: remembered, or guessed.

Applied when the dock opens and when a project is read; saved into the project
whenever work starts (as the QgsSettings values are). See ``bridge.project_state``.
"""

from qgis.core import QgsProject

from ..bridge.project_state import ProjectState, likeliest_incidents, likeliest_places

__all__ = ["apply_state", "guess_places", "state_of"]


def state_of(dock):
    road, places, incidents = dock.road.layer(), dock.patrol_box.places_combo.currentLayer(), dock.incidents.layer()
    return ProjectState(
        road_layer=road.id() if road else "",
        places_layer=places.id() if places else "",
        name_field=dock.patrol_box.name_field.currentField() if places else "",
        patrol_start=ProjectState.place_text(dock.patrol_box.start.place()),
        patrol_end=ProjectState.place_text(dock.patrol_box.end.place()),
        incidents_layer=incidents.id() if incidents else "",
        date_field=dock.incidents.date_field.currentField() if incidents else "",
        category_field=(dock.incidents.category() or "") if incidents else "",
    )


def apply_state(dock, state=None, project=None):
    """Set the dock from what ``project`` remembers; guess what it does not."""
    project = project or QgsProject.instance()
    state = state or ProjectState.load(project)
    layer = project.mapLayer
    road = layer(state.road_layer) if state.road_layer else None
    if road is not None:
        dock.road.layer_combo.setLayer(road)
    places = layer(state.places_layer) if state.places_layer else None
    name_field = state.name_field
    if places is None:
        places, name_field = likeliest_places(project)
    if places is not None:
        dock.patrol_box.places_combo.setLayer(places)
        if name_field in places.fields().names():
            dock.patrol_box.name_field.setField(name_field)
    for picker, text in ((dock.patrol_box.start, state.patrol_start), (dock.patrol_box.end, state.patrol_end)):
        place = ProjectState.place_of(text) if text else None
        if place is not None:
            picker.set_place(place)
    incidents = layer(state.incidents_layer) if state.incidents_layer else None
    remembered = incidents is not None
    if incidents is None:
        incidents = likeliest_incidents(project, not_this=places)
    if incidents is not None:
        dock.incidents.layer_combo.setLayer(incidents)  # suggests its category field
        names = incidents.fields().names()
        if remembered and state.date_field in names:
            dock.incidents.date_field.setField(state.date_field)
        if remembered and (state.category_field in names or not state.category_field):
            dock.incidents.category_field.setField(state.category_field)


def guess_places(dock, project=None):
    """Choose the likeliest places layer and name field, if there is one."""
    places, name_field = likeliest_places(project or QgsProject.instance())
    if places is not None:
        dock.patrol_box.places_combo.setLayer(places)
        dock.patrol_box.name_field.setField(name_field)
