"""The strip chart drawn with Qt: PNG and SVG files, the widget, and reading kinds and places."""

import dataclasses
import shutil
from pathlib import Path

import numpy as np
import pytest
import shapely
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from secure_corridor.core import assemble_route, build_corridor, checkpoints, flag_incidents, patrol_segment
from secure_corridor.core.strip import strip_data
from secure_corridor.bridge.points import read_categories, read_places
from secure_corridor.ui.chart import (
    StripChart,
    StripLayout,
    nice_ticks,
    render_strip_chart,
    shapes_for,
)

from sample_layers import AIN_AL_HAVR, TRUMBA, m4_coordinates, point_layer

ROOT = Path(__file__).resolve().parents[2]
PLACES = [TRUMBA, ("Ariha", 36.61019, 35.81396), ("Jisr al-Shughur", 36.31495, 35.81418), AIN_AL_HAVR, ("Idlib", 36.63528, 35.92901)]
INCIDENTS = [
    (36.7700, 35.8900, "2020-03-20", "shelling"),  # 3.3 km north, in the patrol stretch
    (36.6100, 35.7950, "2020-03-10", "air strike"),  # south of Ariha, before the window
    (36.4000, 35.9000, "2020-04-02", "shelling"),  # 11 km north: outside
    (35.9000, 35.6500, None, "clash"),  # west of Ain al-Havr: in the corridor, not the patrol
    (None, None, "2020-03-18", "air strike"),  # no location
]


@pytest.fixture(scope="module")
def m4_strip():
    route = assemble_route([shapely.LineString(m4_coordinates())])
    corridor = build_corridor(route, 6000, 6000)
    patrol = patrol_segment(route, TRUMBA, AIN_AL_HAVR)
    lon = np.array([np.nan if r[0] is None else r[0] for r in INCIDENTS])
    lat = np.array([np.nan if r[1] is None else r[1] for r in INCIDENTS])
    dates = np.array([r[2] or "NaT" for r in INCIDENTS], dtype="datetime64[s]")
    flags = flag_incidents(corridor, lon, lat, patrol=patrol, dates=dates, date_from="2020-03-15")
    return strip_data(
        route, corridor, flags, lon, lat, patrol=patrol, checkpoints=checkpoints(patrol, 10),
        places=PLACES, kinds=[r[3] for r in INCIDENTS],
    )


def colour_near(image, x, y, test, radius=6):
    """True when a pixel within ``radius`` of (x, y) passes ``test(QColor)``."""
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            px, py = int(round(x)) + dx, int(round(y)) + dy
            if 0 <= px < image.width() and 0 <= py < image.height() and test(QColor(image.pixel(px, py))):
                return True
    return False


def red(c):
    return c.red() > 180 and c.green() < 60 and c.blue() < 60


def orange(c):
    return c.red() > 200 and 100 < c.green() < 180 and c.blue() < 60


def grey(c):
    return abs(c.red() - c.green()) < 10 and abs(c.green() - c.blue()) < 10 and 140 < c.red() < 215


def test_m4_case_as_png(m4_strip, tmp_path, qgis_app):
    data = m4_strip
    assert data.category.tolist() == ["patrol", "patrol", "outside", "corridor", "missing"]
    path = render_strip_chart(data, tmp_path / "strip.png")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1600, 600)
    layout = StripLayout(data, 1600, 600)
    # Each incident's flag colour is drawn where it should be, and not elsewhere by chance.
    for k, test in ((0, red), (1, red), (2, grey), (3, orange)):
        x, y = layout.map(data.x_km[k], data.y_km[k])
        assert layout.plot.contains(x, y)
        assert colour_near(image, x, y, test), (k, x, y)
    x, y = layout.map(data.x_km[3], data.y_km[3])
    assert not colour_near(image, x, y, red)
    # North is up: the incident 3.3 km north is drawn above the road, the one south below.
    assert layout.map(data.x_km[0], data.y_km[0])[1] < layout.map(0, 0)[1] < layout.map(data.x_km[1], data.y_km[1])[1]
    # The patrol runs left to right from Trumba: its blue line on the road at x = 10 km.
    x, y = layout.map(10.0, 0.0)
    assert colour_near(image, x + 6, y, lambda c: c.blue() > 150 and c.red() < 80, radius=2)
    shots = ROOT / "build" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, shots / "strip.png")


def test_svg_output(m4_strip, tmp_path, qgis_app):
    path = render_strip_chart(m4_strip, tmp_path / "strip.svg", width=1200, height=500)
    text = path.read_text(encoding="utf-8")
    assert "<svg" in text and 'viewBox="0 0 1200 500"' in text
    assert "Incidents along the patrol Trumba → Ain al-Havr" in text


def test_unwritable_path_is_an_error(m4_strip, tmp_path, qgis_app):
    with pytest.raises(OSError, match="could not write"):
        render_strip_chart(m4_strip, tmp_path / "no such folder" / "strip.png")


def test_widget_paints_and_describes_incidents(m4_strip, qtbot):
    chart = StripChart()
    qtbot.addWidget(chart)
    chart.resize(640, 320)
    assert chart.sizeHint().width() > 0 and chart.plotted_count() == 0
    empty = chart.grab().toImage()  # the placeholder
    assert empty.width() == 640
    chart.set_data(m4_strip)
    image = chart.grab().toImage()
    assert chart.plotted_count() == 4 and chart.data() is m4_strip
    layout = StripLayout(m4_strip, 640, 320)
    x, y = layout.map(m4_strip.x_km[0], m4_strip.y_km[0])
    assert colour_near(image, x, y, red)
    words = chart.describe_at(x, y)
    assert words.startswith(f"km {m4_strip.x_km[0]:.1f}, 3.") and "km north" in words and "shelling" in words
    assert "inside the patrol stretch" in words
    x, y = layout.map(m4_strip.x_km[1], m4_strip.y_km[1])
    assert "outside the date window" in chart.describe_at(x, y) and "south" in chart.describe_at(x, y)
    assert chart.describe_at(1, 1) == ""


def test_marker_shapes_by_kind_or_by_flag(m4_strip):
    shapes, by_kind = shapes_for(m4_strip)
    assert by_kind == {"shelling": "diamond", "air strike": "triangle_down", "clash": "square"}
    assert shapes.tolist()[:4] == ["diamond", "triangle_down", "diamond", "square"]
    no_kinds = dataclasses.replace(m4_strip, kinds=np.full(len(m4_strip), "", dtype=object))
    shapes, by_kind = shapes_for(no_kinds)
    assert by_kind == {} and shapes.tolist()[:4] == ["star", "star", "circle", "circle"]


def test_nice_ticks():
    assert nice_ticks(-3.5, 102.7, 10) == [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    assert nice_ticks(-7.2, 7.2, 6) == [-6, -4, -2, 0, 2, 4, 6]


def test_reading_kinds_and_places(qgis_app):
    incidents = point_layer(INCIDENTS, "EPSG:32637")
    ids = [f.id() for f in incidents.getFeatures()][::-1]
    assert read_categories(incidents, ids, "kind") == [r[3] for r in INCIDENTS][::-1]
    assert read_categories(incidents, ids, "nothing") is None
    assert read_categories(incidents, ids, None) is None
    places = QgsVectorLayer("Point?crs=EPSG:4326&field=name_en:string", "places", "memory")
    rows = []
    for name, lon, lat in (("Trumba", 36.76914, 35.86034), ("", 36.6, 35.8), ("Nowhere", None, None)):
        feature = QgsFeature(places.fields())
        if lon is not None:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([name])
        rows.append(feature)
    places.dataProvider().addFeatures(rows)
    assert read_places(places, "name_en") == [("Trumba", pytest.approx(36.76914), pytest.approx(35.86034))]
    assert read_places(None, "name_en") == [] and read_places(places, "") == []
