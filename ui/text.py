"""The dock's summary lines: the engine's results put into words (no computation).

A longitude and latitude are isolated (``translation.isolate``) so that they
keep their order beside Arabic: after an Arabic name, or in an Arabic sentence,
"36.769, 35.860" would read "35.860 ,36.769".
"""

from ..bridge.translation import isolate, side_name, text, tr


def lonlat(lon, lat):
    return isolate(f"{lon:.3f}, {lat:.3f}")


def place_label(name, lon, lat):
    """How a place is shown in lists, e.g. "Ain Al Hour (36.167, 35.781)"."""
    return f"{name} ({lonlat(lon, lat)})"


def km(value):
    return tr("{km} km").format(km=f"{value:,.1f}")


def capitalized(words):
    return words[:1].upper() + words[1:]


def route_summary(route, start_name=None, end_name=None):
    left, right = (side_name(name) for name in route.side_names)
    start = lonlat(*route.start) if not start_name else tr("{place} at {lonlat}").format(
        place=start_name, lonlat=lonlat(*route.start)
    )
    end = lonlat(*route.end) if not end_name else tr("{place} at {lonlat}").format(
        place=end_name, lonlat=lonlat(*route.end)
    )
    words = tr("Route {length} from {start} (km 0) to {end} (lon, lat); sides {left} (left of travel) and {right}.").format(
        length=km(route.length_km), start=start, end=end, left=left, right=right
    )
    if route.report is not None:
        words += " " + capitalized(text(route.report.summary_message())) + "."
    return words


def corridor_summary(corridor):
    left, right = (side_name(name) for name in corridor.route.side_names)
    caps = {"flat": tr("flat ends"), "round": tr("round ends")}
    values = dict(
        area=f"{corridor.area_km2:,.1f}", left=left, left_km=f"{corridor.left_m / 1000:g}",
        right=right, right_km=f"{corridor.right_m / 1000:g}", ends=caps.get(corridor.end_cap, corridor.end_cap),
    )
    if corridor.from_km is None and corridor.to_km is None:
        return tr("Corridor {area} km²: {left} {left_km} km, {right} {right_km} km, {ends}.").format(**values)
    start = 0.0 if corridor.from_km is None else corridor.from_km
    end = corridor.route.length_km if corridor.to_km is None else corridor.to_km
    return tr(
        "Corridor {area} km²: {left} {left_km} km, {right} {right_km} km, {ends}, km {start} to {end}."
    ).format(start=f"{start:g}", end=f"{end:g}", **values)


def patrol_summary(patrol, stops=None):
    values = dict(
        length=km(patrol.length_km), start=patrol.start.name, start_km=f"{patrol.start_km:.1f}",
        end=patrol.end.name, end_km=f"{patrol.end_km:.1f}",
    )
    if stops is None:
        return tr("Patrol {length} from {start} (km {start_km}) to {end} (km {end_km}).").format(**values)
    return tr("Patrol {length} from {start} (km {start_km}) to {end} (km {end_km}); {count} checkpoints.").format(
        count=len(stops.km), **values
    )


def flags_summary(counts, side_names, patrol=None):
    """Words for ``IncidentFlags.summary(side_names)``."""
    sides = [
        tr("{side} {count}").format(side=side_name(name), count=counts[f"inside_{name}"]) for name in side_names
    ]
    on_route = counts.get("inside_on route", 0)
    if on_route:
        sides.append(tr("on the road {count}").format(count=on_route))
    lines = [
        tr("{total} incidents: {inside} inside the corridor ({sides}), {outside} outside.").format(
            total=counts["total"], inside=counts["inside"], sides=tr(", ").join(sides), outside=counts["outside"]
        )
    ]
    if patrol is not None:
        lines.append(tr("{count} inside the patrol stretch.").format(count=counts["in_patrol"]))
    if "outside_window" in counts:
        lines.append(
            tr("{outside} outside the date window; {inside} inside the corridor and in the window.").format(
                outside=counts["outside_window"], inside=counts["inside_and_in_window"]
            )
        )
        if counts["undated"]:
            lines.append(
                tr("{count} without a readable date, neither in nor out of the window "
                   "(the first few are in the log).").format(count=counts["undated"])
            )
    if counts["missing"]:
        lines.append(tr("{count} without a location (missing geometry).").format(count=counts["missing"]))
    return " ".join(lines)


def category_summary(counts, shown=5):
    """Inside the corridor by category, the most frequent categories first."""
    inside = sorted((count for count in counts if count.inside), key=lambda count: -count.inside)
    if not inside:
        return tr("None inside the corridor by category.")
    words = [
        tr("{category} {count}").format(category=count.category or tr("no category"), count=count.inside)
        for count in inside[:shown]
    ]
    rest = sum(count.inside for count in inside[shown:])
    if rest:
        words.append(tr("{count} other categories {inside}").format(count=len(inside) - shown, inside=rest))
    return tr("Inside by category: {categories}.").format(categories=tr(", ").join(words))
