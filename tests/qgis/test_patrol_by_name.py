"""secure_corridor:patrolsegment with its ends named: a places layer, a name field and
two names, found with the dock's tolerant search."""

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer


from sample_layers import AIN_AL_HAVR, TRUMBA, m4_layer

PLACES = [
    ("Tromba", "ترنبة", TRUMBA.lon, TRUMBA.lat),
    ("Saraqab", "سراقب", 36.80611, 35.86111),
    ("Ain Al Hour", "عين الحور", AIN_AL_HAVR.lon, AIN_AL_HAVR.lat),
    ("Ayn Al Hawr", "عين الحور", 36.2160, 35.8220),
]


def places_layer():
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name_en:string&field=name_ar:string", "villages", "memory")
    features = []
    for name, arabic, lon, lat in PLACES:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([name, arabic])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture
def run(algorithms):
    return lambda parameters: algorithms("patrolsegment", {
        "INPUT": m4_layer("EPSG:32637"), "PLACES": places_layer(), "NAME_FIELD": "name_en",
        "OUTPUT": "TEMPORARY_OUTPUT", **parameters,
    })


def patrol_of(result):
    (feature,) = result["OUTPUT"].getFeatures()
    return feature


def test_ends_named_as_a_user_spells_them(run):
    by_name = patrol_of(run({"START_PLACE": "Trumba", "END_PLACE": "Ain Al Hour"}))
    by_point = patrol_of(run({"START": f"{TRUMBA.lon},{TRUMBA.lat} [EPSG:4326]",
                              "END": f"{AIN_AL_HAVR.lon},{AIN_AL_HAVR.lat} [EPSG:4326]"}))
    assert (by_name["start_name"], by_name["end_name"]) == ("Tromba", "Ain Al Hour")  # as the layer writes them
    assert by_name["length_km"] == pytest.approx(by_point["length_km"], abs=1e-9)
    # Arabic script, and one end by name, the other as a point.
    mixed = patrol_of(run({"START_PLACE": "ترنبة", "END": f"{AIN_AL_HAVR.lon},{AIN_AL_HAVR.lat} [EPSG:4326]"}))
    assert mixed["start_name"] == "Tromba" and mixed["length_km"] == pytest.approx(by_point["length_km"], abs=1e-9)


def test_a_name_that_matches_several_places_lists_them(run):
    with pytest.raises(QgsProcessingException) as caught:
        run({"START_PLACE": "Trumba", "END_PLACE": "Ain al-Havr"})
    message = str(caught.value)
    assert message.startswith("The patrol end: 'Ain al-Havr' matches 2 places in 'villages' (field name_en) "
                              "equally well: Ain Al Hour (36.16736, 35.78132); Ayn Al Hawr (36.21600, 35.82200).")
    assert message.endswith("Give the name as the layer writes it, or the place as a point.")


def test_a_name_nothing_matches_or_no_end_at_all(run):
    with pytest.raises(QgsProcessingException, match="^The patrol start: no place in 'villages' "
                                                     r"\(field name_en\) is called 'Idlib' or anything like it."):
        run({"START_PLACE": "Idlib", "END_PLACE": "Saraqab"})
    with pytest.raises(QgsProcessingException, match=r"^The patrol end: give it as a point \(END\), or its name "
                                                     r"\(END_PLACE\) with a places layer."):
        run({"START_PLACE": "Saraqab"})
