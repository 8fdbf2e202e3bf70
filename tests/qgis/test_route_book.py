"""secure_corridor:routebook on the demo's sample data: one PDF of an overview and a
page per strip, the strip pages layer, and the strip layout's atlas page by page."""

import re
import shutil
import subprocess

import pytest
from pyproj import Geod
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsProcessingException,
    QgsProject,
)

from secure_corridor.bridge import layers as bridge_layers
from secure_corridor.bridge.route_book import BookContent, book_layers
from secure_corridor.bridge.route_book_layout import STRIP_MAP_MM, strip_layout
from secure_corridor.bridge.route_book_style import style_book_layers
from secure_corridor.core import assemble_route, build_corridor, checkpoints, patrol_segment
from secure_corridor.core.pages import strip_pages, travel_widths
from secure_corridor.demo.pipeline import Parameters, find_places

from sample_layers import SAMPLE

ROAD, PLACES, INCIDENTS = (SAMPLE / name for name in ("m4_parts.geojson", "places.geojson", "incidents.geojson"))
GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def ends():
    return find_places(PLACES, "name_en", (Parameters.start, Parameters.end))


@pytest.fixture(scope="module")
def route():
    from qgis.core import QgsVectorLayer

    parts, labels, crs = bridge_layers.read_lines(QgsVectorLayer(str(ROAD), "road", "ogr"))
    return assemble_route(parts, crs=crs, labels=labels)


@pytest.fixture(scope="module")
def patrol(route, ends):
    """The demo's patrol as the engine cuts it from the same files."""
    return patrol_segment(route, *ends)


@pytest.fixture
def run(algorithms, ends, tmp_path):
    start, end = ends

    def run(**parameters):
        values = {
            "INPUT": str(ROAD), "START": f"{start.lon},{start.lat} [EPSG:4326]",
            "END": f"{end.lon},{end.lat} [EPSG:4326]", "START_NAME": start.name, "END_NAME": end.name,
            "PLACES": str(PLACES), "NAME_FIELD": "name_en", "OUTPUT": str(tmp_path / "book.pdf"),
            "PAGES": "TEMPORARY_OUTPUT", **parameters,
        }
        return algorithms("routebook", values)

    return run


def pdf_pages(path):
    """Pages in a PDF: pdfinfo's count when poppler is installed, else its page objects."""
    if shutil.which("pdfinfo"):
        found = re.search(r"^Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                              text=True, check=True).stdout, re.M)
        return int(found.group(1))
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


def test_the_demo_patrol_makes_one_pdf_of_an_overview_and_seven_strips(run, patrol, tmp_path):
    result = run(INCIDENTS=str(INCIDENTS), DATE_FIELD="date", DATE_FROM="2020-03-15")
    pdf = tmp_path / "book.pdf"
    assert result["OUTPUT"] == str(pdf)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert (result["PAGE_COUNT"], result["SCALE"]) == (8, 100_000)
    assert pdf_pages(pdf) == 8 == 1 + result["PAGES"].featureCount()
    assert [path.name for path in tmp_path.iterdir()] == ["book.pdf"]  # no part file left


def test_the_strip_pages_layer_covers_the_patrol_turned_to_its_bearing(run, patrol):
    pages = run()["PAGES"]
    assert pages.name() == "Strip pages"
    assert pages.fields().names() == ["page", "from_km", "to_km", "rotation"]
    assert pages.crs().authid() == "EPSG:4326"  # the road's
    rows = sorted((f["page"], f["from_km"], f["to_km"], f["rotation"], f.geometry()) for f in pages.getFeatures())
    assert [row[0] for row in rows] == [2, 3, 4, 5, 6, 7, 8]  # the overview is page 1
    assert rows[0][1] == 0.0 and rows[-1][2] == pytest.approx(patrol.length_km, abs=1e-9)
    assert [row[1] for row in rows] == pytest.approx([0, 9, 18, 27, 36, 45, 54])
    for (_, _, to_km, _, _), (_, from_km, _, _, _) in zip(rows[:-1], rows[1:]):
        assert to_km - from_km == pytest.approx(1.0)
    for page, from_km, to_km, rotation, footprint in rows:
        (lon0, lon1), (lat0, lat1) = patrol.line.point_at([from_km * 1000, to_km * 1000])
        azimuth, _, _ = GEOD.inv(lon0, lat0, lon1, lat1)
        assert abs((azimuth + rotation - 90 + 180) % 360 - 180) < 1.0, page  # the road runs left to right
        for lon, lat in zip(*patrol.line.point_at([from_km * 1000, (from_km + to_km) * 500, to_km * 1000])):
            assert footprint.contains(footprint.fromWkt(f"POINT({lon} {lat})")), page


def test_a_given_scale_is_every_strip_page_s(run, tmp_path):
    result = run(SCALE=250_000, PAGE_KM=20, OVERLAP_KM=2, CHECKPOINT_INTERVAL=0)
    assert result["SCALE"] == 250_000
    assert result["PAGE_COUNT"] == 1 + 4  # 0-20, 18-38, 36-56, 54-59.1
    assert pdf_pages(tmp_path / "book.pdf") == 5


@pytest.mark.parametrize("parameters, message", [
    ({"PAGE_KM": 5, "OVERLAP_KM": 5}, r"^The overlap \(5 km\) must be at least 0 km and less than the page length"),
    ({"START": "36.0,36.5 [EPSG:4326]"}, r"^Trumba is 78.39 km from the road, farther than the snap tolerance"),
    ({"DATE_FROM": "2020-03-15"}, r"^A date window is set but no incidents with a date field"),
])
def test_a_bad_input_says_what_is_wrong_and_leaves_no_pdf(run, tmp_path, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(**parameters)
    assert list(tmp_path.iterdir()) == []


def test_the_strip_layout_s_atlas_turns_its_map_and_titles_each_page(route, patrol, qgis_app):
    corridor = build_corridor(route, 6000, 6000)
    book = strip_pages(patrol, *travel_widths(corridor, patrol), STRIP_MAP_MM, first_number=2)
    content = BookContent(route=route, patrol=patrol, corridor=corridor, book=book, stops=checkpoints(patrol, 10))
    layers = book_layers(content)
    project = QgsProject()
    for layer in layers.values():
        if layer is not None:
            project.addMapLayer(layer)
    style_book_layers(layers)
    layout = strip_layout(project, QgsCoordinateReferenceSystem.fromProj(book.proj), layers, content, 8)
    atlas = layout.atlas()
    assert atlas.beginRender() and atlas.count() == 7
    (item,) = [i for i in layout.items() if isinstance(i, QgsLayoutItemMap)]
    texts = {}
    for k in (0, 3):
        atlas.seekTo(k)
        page = book.pages[k]
        assert item.scale() == pytest.approx(100_000, rel=1e-6)
        assert item.mapRotation() == pytest.approx(page.rotation, abs=1e-6)
        centre = item.extent().center()
        assert (centre.x(), centre.y()) == pytest.approx(page.centre_xy, abs=1.0)
        texts[k] = sorted(i.currentText() for i in layout.items() if isinstance(i, QgsLayoutItemLabel))
    atlas.endRender()
    assert "Patrol Trumba – Ain al-Havr · km 0.0–10.0" in texts[0]
    assert "page 2 of 8" in texts[0]
    assert "Patrol Trumba – Ain al-Havr · km 27.0–37.0" in texts[3]
    assert "page 5 of 8" in texts[3]
    assert any(text.startswith("Travel from left to right: south (6 km) above the road") for text in texts[0])

