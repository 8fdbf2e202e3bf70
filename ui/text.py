"""The dock's summary lines: the engine's results put into words (no computation)."""


def lonlat(lon, lat):
    return f"{lon:.3f}, {lat:.3f}"


def place_label(name, lon, lat):
    """How a place is shown in lists, e.g. "Ain Al Hour (36.167, 35.781)"."""
    return f"{name} ({lonlat(lon, lat)})"


def km(value):
    return f"{value:,.1f} km"


def route_summary(route, start_name=None, end_name=None):
    left, right = route.side_names
    start = lonlat(*route.start) if not start_name else f"{start_name} at {lonlat(*route.start)}"
    end = lonlat(*route.end) if not end_name else f"{end_name} at {lonlat(*route.end)}"
    text = (
        f"Route {km(route.length_km)} from {start} (km 0) to {end} (lon, lat); "
        f"sides {left} (left of travel) and {right}."
    )
    if route.report is not None:
        summary = route.report.summary()
        text += f" {summary[:1].upper()}{summary[1:]}."
    return text


def corridor_summary(corridor):
    left, right = corridor.route.side_names
    stretch = ""
    if corridor.from_km is not None or corridor.to_km is not None:
        start = 0.0 if corridor.from_km is None else corridor.from_km
        end = corridor.route.length_km if corridor.to_km is None else corridor.to_km
        stretch = f", km {start:g} to {end:g}"
    return (
        f"Corridor {corridor.area_km2:,.1f} km²: {left} {corridor.left_m / 1000:g} km, "
        f"{right} {corridor.right_m / 1000:g} km, {corridor.end_cap} ends{stretch}."
    )


def patrol_summary(patrol, stops=None):
    text = (
        f"Patrol {km(patrol.length_km)} from {patrol.start.name} (km {patrol.start_km:.1f}) "
        f"to {patrol.end.name} (km {patrol.end_km:.1f})"
    )
    if stops is not None:
        text += f"; {len(stops.km)} checkpoints"
    return text + "."


def flags_summary(counts, side_names, patrol=None):
    """Words for ``IncidentFlags.summary(side_names)``."""
    sides = ", ".join(f"{name} {counts[f'inside_{name}']}" for name in side_names)
    on_route = counts.get("inside_on route", 0)
    if on_route:
        sides += f", on the road {on_route}"
    lines = [
        f"{counts['total']} incidents: {counts['inside']} inside the corridor ({sides}), "
        f"{counts['outside']} outside."
    ]
    if patrol is not None:
        lines.append(f"{counts['in_patrol']} inside the patrol stretch.")
    if "outside_window" in counts:
        lines.append(
            f"{counts['outside_window']} outside the date window; "
            f"{counts['inside_and_in_window']} inside the corridor and in the window."
        )
        if counts["undated"]:
            lines.append(
                f"{counts['undated']} without a readable date, neither in nor out of the window "
                "(the first few are in the log)."
            )
    if counts["missing"]:
        lines.append(f"{counts['missing']} without a location (missing geometry).")
    return " ".join(lines)


def category_summary(counts, shown=5):
    """Inside the corridor by category, the most frequent categories first."""
    inside = sorted((count for count in counts if count.inside), key=lambda count: -count.inside)
    if not inside:
        return "None inside the corridor by category."
    words = [f"{count.category or 'no category'} {count.inside}" for count in inside[:shown]]
    rest = sum(count.inside for count in inside[shown:])
    if rest:
        words.append(f"{len(inside) - shown} other categories {rest}")
    return "Inside by category: " + ", ".join(words) + "."
