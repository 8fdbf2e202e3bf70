"""out/report.html: the run's parameters, lengths, incident counts, map and chart.

Plain HTML with inline CSS: no script, no external assets; the images are the
files next to it. Every piece of text is escaped.
"""

from __future__ import annotations

from html import escape

from ..core.patrol import km_text
from .products import read_csv

CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em auto; max-width: 1100px;
       color: #222; line-height: 1.4; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.7em; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: #f2f2f2; }
img { max-width: 100%; border: 1px solid #ccc; }
.note { color: #666; font-size: 0.9em; }
"""


def _cell(value, header=False):
    tag = "th" if header else "td"
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    attribute = ' class="n"' if numeric else ""
    return f"<{tag}{attribute}>{escape(str(value))}</{tag}>"


def table(header, rows):
    """An HTML table; ``header`` and every row are sequences of values."""
    head = "".join(_cell(h, header=True) for h in header)
    body = "\n".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def _km(value):
    return f"{value:.2f} km"


def _place(place, offset_m):
    return f"{place.name} ({place.lon:.5f}, {place.lat:.5f}), {offset_m:.0f} m from the road"


def render_html(outcome, now):
    """The report as a string."""
    p, route, patrol, numbers = outcome.parameters, outcome.route, outcome.patrol, outcome.figures
    left, right = route.side_names
    inputs = outcome.inputs
    date_label = f"from {p.date_from}"
    parameters = [
        ("Road", str(inputs.road.name)),
        ("Places", f"{inputs.places.name} (field {inputs.place_field})"),
        ("Incidents", f"{inputs.incidents.name} (date field {p.date_field}, "
                      f"category field {outcome.category_field or 'none'})"),
        (f"Width {left} (left of travel)", f"{p.north_m:g} m"),
        (f"Width {right} (right of travel)", f"{p.south_m:g} m"),
        ("End style", p.end_cap),
        ("Gap tolerance", f"{p.gap_tolerance_m:g} m"),
        ("Patrol start", _place(patrol.start, patrol.start_offset_m)),
        ("Patrol end", _place(patrol.end, patrol.end_offset_m)),
        ("Checkpoint interval", f"{p.checkpoint_interval_km:g} km"),
        ("Incidents counted", f"{date_label} (inclusive)"),
    ]
    lengths = [
        ("Route", _km(route.length_km), f"sides {left} (left of travel) and {right}; {route.report.summary()}"),
        ("Corridor", f"{outcome.corridor.area_km2:,.1f} km²",
         f"largest width error {outcome.corridor.max_width_error_m:.3g} m"),
        ("Patrol", _km(patrol.length_km),
         f"{patrol.start.name} at route km {patrol.start_km:.2f} to {patrol.end.name} at km {patrol.end_km:.2f}"),
        ("Checkpoints", len(outcome.stops.km),
         ", ".join(outcome.stops.labels)),
    ]
    by_flag = [(label, dated, everything) for label, dated, everything in numbers.by_flag]
    by_flag.append(("Total", numbers.dated, numbers.total))
    by_side = [(side, inside, in_patrol) for side, inside, in_patrol in numbers.by_side]
    sides = numbers.side_names
    sections = [
        (s.label, *(s.by_side[name] for name in sides), s.total) for s in numbers.sections
    ]
    sections.append(
        ("Total", *(sum(s.by_side[name] for s in numbers.sections) for name in sides),
         sum(s.total for s in numbers.sections))
    )
    by_category = [
        (c.category or "(none)", c.total, c.inside, c.in_patrol, "" if c.inside_in_window is None else c.inside_in_window)
        for c in outcome.categories
    ]
    layers = [(name, count) for name, count in outcome.layer_counts.items()]
    chart = (
        f'<img src="{escape(outcome.strip_png.name)}" alt="Strip chart: the incidents by km along the patrol '
        'and distance from the road">'
    )

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape('Secure corridor: ' + route_title(p, inputs.road_name))}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape('Secure corridor: ' + route_title(p, inputs.road_name))}</h1>",
        f'<p class="note">Generated {escape(now.strftime("%Y-%m-%d %H:%M:%S %Z").strip())} '
        "by make demo, through the plugin's Processing algorithms in QGIS.</p>",
        "<h2>Parameters</h2>",
        table(("Parameter", "Value"), parameters),
        "<h2>Route, corridor and patrol</h2>",
        table(("", "Length / area", "Details"), lengths),
        "<h2>Incidents by flag</h2>",
        table(("Flag", f"Incidents {date_label}", "All dates"), by_flag),
        *_category_section(outcome.category_field, by_category, date_label),
        f"<h2>Incidents inside the corridor by side ({escape(date_label)})</h2>",
        table(("Side", "Inside the corridor", "Of which in the patrol stretch"), by_side),
        f"<h2>Incidents in the patrol stretch by {escape(km_text(p.checkpoint_interval_km))} km section "
        f"({escape(date_label)})</h2>",
        f'<p class="note">km from the patrol start ({escape(patrol.start.name)}) towards '
        f"{escape(patrol.end.name)}, between consecutive checkpoints.</p>",
        table(("Section", *sides, "Total"), sections),
        "<h2>Map</h2>",
        f'<img src="{escape(outcome.map_png.name)}" alt="Map of the corridor, the patrol stretch and the incidents">',
        "<h2>Strip chart</h2>",
        chart,
        *_places_section(outcome.products.get("places_in_corridor.csv")),
        *_scenarios_section(outcome.products.get("scenarios.csv"), outcome.products.get("scenarios.png")),
        "<h2>Files</h2>",
        f"<p>{escape(outcome.gpkg.name)}, layers and features:</p>",
        table(("Layer", "Features"), layers),
        *_team_files(outcome.products),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _category_section(field, rows, date_label):
    if not rows:
        return ["<h2>Incidents by category</h2>", '<p class="note">The incidents have no category field.</p>']
    return [
        f"<h2>Incidents by category (field {escape(field)})</h2>",
        table(("Category", "All dates", "Inside the corridor", "In the patrol stretch",
               f"Inside, {date_label}"), rows),
    ]


def _places_section(path):
    """The places inside the corridor and near its edge, by km (secure_corridor:placesincorridor)."""
    if path is None or not path.is_file():
        return []
    header, rows = read_csv(path)
    inside = sum(1 for row in rows if row[header.index("status")] == "inside")
    return [
        "<h2>Places in the corridor</h2>",
        f'<p class="note">{inside} places inside the corridor, {len(rows) - inside} just outside it '
        f"(near the edge), sorted by km along the route; from {escape(path.name)}.</p>",
        table(header, rows),
    ]


def _scenarios_section(path, chart=None):
    """The candidate corridors side by side (secure_corridor:comparescenarios)."""
    if path is None or not path.is_file():
        return []
    header, rows = read_csv(path)
    image = []
    if chart is not None and chart.is_file():
        image = [f'<img src="{escape(chart.name)}" alt="Counts per candidate corridor">']
    return [
        "<h2>Candidate corridors compared</h2>",
        f'<p class="note">One row per scenario of the set, from {escape(path.name)}; incidents in the window '
        "are those inside the corridor and in the date window.</p>",
        table(header, rows),
        *image,
    ]


def _team_files(products):
    written = [path for name, path in products.items() if path.is_file()]
    if not written:
        return []
    return ["<p>For the patrol team and the analysts: "
            + ", ".join(f'<a href="{escape(p.name)}">{escape(p.name)}</a>' for p in written) + ".</p>"]


def route_title(parameters, road_name):
    return (
        f"{km_text(parameters.north_m / 1000)} km + {km_text(parameters.south_m / 1000)} km along the {road_name}, "
        f"patrol {parameters.start} – {parameters.end}"
    )


def write_report(outcome, now):
    outcome.report_html.write_text(render_html(outcome, now), encoding="utf-8")
    return outcome.report_html
