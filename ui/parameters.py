"""The dock's values as a corridor specification (JSON) and as remembered settings.

``CorridorSpec`` (core) is what a run means and is saved by the user;
``Settings`` (bridge) are the last used values, kept by QGIS between sessions.
Both are read from and written to the dock's sections here.
"""

from ..bridge.settings import Settings
from ..core import CorridorSpec


def spec_of(dock):
    """The dock's values as a CorridorSpec (raises SpecError for a bad value)."""
    left_m, right_m, end_cap, from_km, to_km = dock.corridor_args()
    date_from, date_to = dock.incidents.window()
    return CorridorSpec(
        left_width_m=left_m,
        right_width_m=right_m,
        end_cap=end_cap,
        from_km=from_km,
        to_km=to_km,
        gap_tolerance_m=dock.road.tolerance.value(),
        bridge_all_gaps=dock.road.bridge_all.isChecked(),
        reverse=dock.road.reverse.isChecked(),
        route_between_patrol_ends=dock.road.between_patrol_ends.isChecked(),
        leave_out=dock.road.leave_out.isChecked(),
        snap_tolerance_m=dock.patrol_box.snap.value() * 1000,
        checkpoint_interval_km=dock.patrol_box.interval.value(),
        patrol_start=dock.patrol_box.start.place(),
        patrol_end=dock.patrol_box.end.place(),
        date_from=date_from,
        date_to=date_to,
        date_format=dock.incidents.date_format(),
    )


def apply_spec(dock, spec):
    dock.corridor_box.left_width.setValue(spec.left_width_m / 1000)
    dock.corridor_box.right_width.setValue(spec.right_width_m / 1000)
    dock.corridor_box.set_cap(spec.end_cap)
    dock.corridor_box.set_stretch(spec.from_km, spec.to_km)
    dock.road.tolerance.setValue(spec.gap_tolerance_m)
    dock.road.bridge_all.setChecked(spec.bridge_all_gaps)
    dock.road.reverse.setChecked(spec.reverse)
    dock.road.leave_out.setChecked(spec.leave_out)
    dock.patrol_box.snap.setValue(spec.snap_tolerance_m / 1000)
    dock.patrol_box.interval.setValue(spec.checkpoint_interval_km)
    for picker, place in ((dock.patrol_box.start, spec.patrol_start), (dock.patrol_box.end, spec.patrol_end)):
        if place is None:
            picker.clear()
        else:
            picker.set_place(place)
    dock.incidents.set_window(spec.date_from, spec.date_to)
    dock.incidents.set_date_format(spec.date_format)
    # After the patrol's ends, which it needs.
    dock.road.between_patrol_ends.setChecked(spec.route_between_patrol_ends)


def settings_of(dock):
    date_from, date_to = dock.incidents.window()
    return Settings(
        north_km=dock.corridor_box.left_width.value(),
        south_km=dock.corridor_box.right_width.value(),
        end_cap=dock.corridor_box.cap(),
        gap_tolerance_m=dock.road.tolerance.value(),
        snap_tolerance_km=dock.patrol_box.snap.value(),
        checkpoint_interval_km=dock.patrol_box.interval.value(),
        date_from=date_from or "",
        date_to=date_to or "",
        date_format=dock.incidents.date_format() or "",
        output_gpkg=dock.output.gpkg_path(),
    )


def apply_settings(dock, settings):
    dock.corridor_box.left_width.setValue(settings.north_km)
    dock.corridor_box.right_width.setValue(settings.south_km)
    dock.corridor_box.set_cap(settings.end_cap)
    dock.road.tolerance.setValue(settings.gap_tolerance_m)
    dock.patrol_box.snap.setValue(settings.snap_tolerance_km)
    dock.patrol_box.interval.setValue(settings.checkpoint_interval_km)
    dock.incidents.set_window(settings.date_from or None, settings.date_to or None)
    dock.incidents.set_date_format(settings.date_format or None)
    dock.output.gpkg.setFilePath(settings.output_gpkg)
