"""Incident dates from real files: a GeoPackage's DateTime field and text as ACLED and
UCDP GED write it, through the flagincidents algorithm."""

import json
import subprocess
import sys

import pytest
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer


from sample_layers import m4_coordinates, m4_layer, point_layer

WINDOW = {"DATE_FROM": "2020-03-15", "DATE_TO": "2020-03-20"}
# (a date-time as a GeoPackage DateTime field: y, m, d, h, min, s, GDAL's zone flag; the
# same as text with its zone; the day as ACLED writes it; as UCDP GED does; yyyymmdd) and
# whether it is in the window. Days count as written: rows 2 and 3 would fall the other
# way in UTC.
ROWS = [
    ((2020, 3, 14, 23, 30, 0, 112), "2020-03-14T23:30:00+03:00", "14 March 2020", "2020-03-14 00:00:00.000", 20200314, False),
    ((2020, 3, 15, 0, 30, 0, 112), "2020-03-15T00:30:00+03:00", "15 March 2020", "2020-03-15 00:00:00.000", 20200315, True),
    ((2020, 3, 19, 23, 30, 0, 80), "2020-03-19T23:30:00-05:00", "19 Mar 2020", "2020-03-19 00:00:00.000", 20200319, True),
    ((2020, 3, 20, 0, 0, 0, 100), "2020-03-20T00:00:00Z", "20 Mar 2020", "2020-03-20 00:00:00.000", 20200320, False),
]


@pytest.fixture
def run(algorithms):
    return lambda parameters: algorithms("flagincidents", parameters)


def geopackage(path, rows):
    """A point layer in a GeoPackage, written by GDAL as another program would: the
    points lie on the M4, one per row, with the row's dates in several forms.

    GDAL's Python bindings run in a child process: loaded beside QGIS in this one,
    they crash it at exit."""
    fields = [("at", "OFTDateTime"), ("at_text", "OFTString"), ("acled", "OFTString"), ("ucdp", "OFTString"),
              ("ymd", "OFTInteger")]
    lon, lat = m4_coordinates()[5]
    records = []
    for row in rows:
        instant, text, acled, ucdp, ymd = row[:5]
        values = dict(zip(("at_text", "acled", "ucdp", "ymd"), (text, acled, ucdp, ymd)))
        records.append({"at": instant, "values": {k: v for k, v in values.items() if v is not None}})
    subprocess.run([sys.executable, "-c", WRITER, str(path), json.dumps([fields, [lon, lat], records])], check=True)
    layer = QgsVectorLayer(f"{path}|layername=incidents", "incidents", "ogr")
    assert layer.isValid()
    return layer


WRITER = """
import json, sys
from osgeo import ogr, osr
path, (fields, (lon, lat), records) = sys.argv[1], json.loads(sys.argv[2])
source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
srs = osr.SpatialReference()
srs.ImportFromEPSG(4326)
srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
layer = source.CreateLayer("incidents", srs, ogr.wkbPoint)
for name, kind in fields:
    layer.CreateField(ogr.FieldDefn(name, getattr(ogr, kind)))
for record in records:
    feature = ogr.Feature(layer.GetLayerDefn())
    if record["at"] is not None:
        feature.SetField("at", *record["at"])
    for name, value in record["values"].items():
        feature.SetField(name, value)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({lon} {lat})"))
    layer.CreateFeature(feature)
"""


def window_of(run, incidents, field, **more):
    output = run({"ROAD": m4_layer(), "INCIDENTS": incidents, "DATE_FIELD": field, "OUTPUT": "TEMPORARY_OUTPUT",
                  **WINDOW, **more})["OUTPUT"]
    return [feature["in_window"] for feature in output.getFeatures()]


def test_a_datetime_field_and_the_same_values_as_text_give_the_same_days(run, tmp_path):
    incidents = geopackage(tmp_path / "incidents.gpkg", ROWS)
    expected = [row[5] for row in ROWS]
    assert window_of(run, incidents, "at") == expected
    assert window_of(run, incidents, "at_text") == expected


@pytest.mark.parametrize("field", ["acled", "ucdp", "ymd"])
def test_acled_ucdp_and_yyyymmdd_read_as_their_days(run, tmp_path, field):
    incidents = geopackage(tmp_path / "incidents.gpkg", ROWS)
    assert window_of(run, incidents, field) == [row[5] for row in ROWS]


def test_an_unreadable_or_empty_date_is_neither_in_nor_out_and_the_log_names_it(run, tmp_path, caplog):
    caplog.set_level("INFO", logger="secure_corridor")
    rows = [*ROWS, (None, "soon", None, None, None, None)]
    incidents = geopackage(tmp_path / "incidents.gpkg", rows)
    assert window_of(run, incidents, "at_text") == [*(row[5] for row in ROWS), NULL]
    assert window_of(run, incidents, "acled") == [*(row[5] for row in ROWS), NULL]
    texts = [record.getMessage() for record in caplog.records if record.name.startswith("secure_corridor")]
    assert any(
        "1 of 5 incidents in 'incidents' have a at_text that cannot be read as a date" in text
        and "feature 5: 'soon'" in text
        for text in texts
    ), texts
    assert any("1 of 5 incidents in 'incidents' have no acled." in text for text in texts), texts


def test_day_month_dates_need_the_format_and_then_read_exactly(run):
    # A memory layer: a failed run on a GeoPackage layer crashes this test process at exit.
    days = ["14/03/2020", "15/03/2020", "19/03/2020", "20/03/2020"]
    incidents = point_layer([(*m4_coordinates()[5], day, "shelling") for day in days], date_type="string")
    with pytest.raises(QgsProcessingException, match=r"'14/03/2020' read differently by country.*%d/%m/%Y"):
        window_of(run, incidents, "day")
    assert window_of(run, incidents, "day", DATE_FORMAT="%d/%m/%Y") == [row[5] for row in ROWS]
    with pytest.raises(QgsProcessingException, match="date format 'dd/MM/yyyy' has no strptime codes"):
        window_of(run, incidents, "day", DATE_FORMAT="dd/MM/yyyy")


def test_a_window_that_ends_before_it_starts_is_refused(run):
    incidents = point_layer([(*m4_coordinates()[5], "2020-03-16", "shelling")], date_type="string")
    with pytest.raises(QgsProcessingException, match=r"ends \(2020-03-15\) before or on the day it starts \(2020-03-20\)"):
        window_of(run, incidents, "day", DATE_FROM="2020-03-20", DATE_TO="2020-03-15")
