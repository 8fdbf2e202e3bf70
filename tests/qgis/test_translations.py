"""The plugin in Arabic, Russian, Turkish and French: translation files and what users see."""

import re
import shutil
import string
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import numpy as np
import pytest
from shapely import LineString
from qgis.core import Qgis, QgsApplication, QgsProcessingException, QgsProject, QgsSettings
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from secure_corridor.bridge import translation
from secure_corridor.bridge.settings import Settings
from secure_corridor.core import assemble_route, build_corridor, flag_incidents
from secure_corridor.core.errors import CorridorError
from secure_corridor.core.strip import strip_data
from secure_corridor.ui import text
from secure_corridor.ui.chart import StripLayout, paint_strip
from secure_corridor.ui.dock import CorridorDock

from message_bar import bar_messages, clear_bar
from sample_layers import m4_layer, point_layer

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
LANGUAGES = ("ar", "tr", "ru", "fr")
FIELD = re.compile(r"\{([^{}:!]*)[^{}]*\}")


def ts_path(language):
    return I18N / f"secure_corridor_{language}.ts"


def messages(language):
    """{(context, source): (translation, unfinished)} from a .ts file."""
    found = {}
    for context in ElementTree.parse(ts_path(language)).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation_node = message.find("translation")
            found[(name, message.findtext("source"))] = (
                translation_node.text or "",
                translation_node.get("type") in ("unfinished", "obsolete", "vanished"),
            )
    return found


def translated(language, source, context=translation.CONTEXT):
    return messages(language)[(context, source)][0]


def fields(template):
    """The names a str.format template fills, also those inside a format spec
    ("{width_m:.{digits}f}")."""
    names = []
    for _, name, spec, _ in string.Formatter().parse(template):
        if name is not None:
            names.append(name)
            names.extend(fields(spec or ""))
    return sorted(names)


# -- the files -----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(language):
    found = messages(language)
    assert len(found) > 300, len(found)
    for (context, source), (target, unfinished) in found.items():
        assert not unfinished and target.strip(), f"{language}: not translated: {source!r}"
        assert fields(target) == fields(source), f"{language}: placeholders differ in {target!r} for {source!r}"
        target.format(**{name: 1 for name in fields(source)})  # a template str.format can fill


def test_the_translation_files_hold_every_string_of_the_code(tmp_path):
    """What pylupdate5 finds today is what the .ts files translate: no string is
    missing, none is left over."""
    if shutil.which("pylupdate5") is None:
        pytest.skip("pylupdate5 (Debian's pyqt5-dev-tools) is not installed: `make translations` installs it")
    stub = tmp_path / "core_messages.py"
    subprocess.run(["python3", str(ROOT / "tools" / "core_messages.py"), str(stub)], check=True, capture_output=True)
    sources = ["plugin.py", *(str(p.relative_to(ROOT)) for folder in ("ui", "bridge", "processing_provider")
                              for p in sorted((ROOT / folder).glob("*.py")))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *sources, str(stub), "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True, env={"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"})
    wanted = set()
    for context in ElementTree.parse(fresh).getroot().iter("context"):
        wanted |= {(context.findtext("name"), message.findtext("source")) for message in context.iter("message")}
    assert len(wanted) > 300
    for language in LANGUAGES:
        assert set(messages(language)) == wanted, f"{language}: run `make translations`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_translations_are_those_of_the_ts_files(language, tmp_path):
    if shutil.which("lrelease") is None:
        pytest.skip("lrelease (Debian's qttools5-dev-tools) is not installed: `make translations` installs it")
    fresh = tmp_path / f"{language}.qm"
    subprocess.run(["lrelease", "-removeidentical", str(ts_path(language)), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == (I18N / f"secure_corridor_{language}.qm").read_bytes(), "run `make translations`"


def test_engine_templates_are_in_the_translations():
    """Errors the engine raises find their template in the files, under "core"."""
    arabic = messages("ar")
    with pytest.raises(CorridorError) as raised:  # a road with a 9 km gap
        assemble_route([LineString([(36.0, 35.8), (36.2, 35.8)]), LineString([(36.3, 35.8), (36.5, 35.8)])])
    template = raised.value.message.template
    assert (translation.CORE_CONTEXT, template) in arabic
    assert "{" in template


# -- QGIS in another language ----------------------------------------------------------


@pytest.fixture
def language(qgis_app):
    """``language("ar")`` switches QGIS's locale to that language and installs
    the plugin's translator, as QGIS would at start; undone afterwards."""
    settings = QgsSettings()
    before = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    installed = []

    def switch(code):
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", code)
        translator = translation.install()
        assert translator is not None
        installed.append(translator)
        return translator

    yield switch
    for translator in installed:
        translation.remove(translator)
    for key, value in before.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.fixture
def scene(qgis_iface):
    Settings().save()  # the dock's defaults, whatever an earlier test left
    road = m4_layer("EPSG:32637")
    incidents = point_layer([(36.77, 35.89, "2020-03-20", "shelling"), (36.4, 35.9, "2020-04-02", "clash")])
    QgsProject.instance().addMapLayers([road, incidents])
    clear_bar(qgis_iface)
    yield road, incidents
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().layerTreeRoot().removeAllChildren()


def open_dock(qgis_iface, qtbot, scene):
    road, incidents = scene
    dock = CorridorDock(qgis_iface)
    qtbot.addWidget(dock)
    dock.road.layer_combo.setLayer(road)
    dock.incidents.layer_combo.setLayer(incidents)
    return dock


def test_the_locale_is_qgis_s_own_choice_only_when_it_overrides_the_system(language):
    settings = QgsSettings()
    language("ru")
    assert translation.locale() == "ru"
    settings.setValue("locale/overrideFlag", False)
    assert translation.locale() == translation.QLocale.system().name()
    assert translation.translation_file("ar_SY").name == "secure_corridor_ar.qm"
    assert translation.translation_file("de") is None


def test_the_dock_in_arabic_reads_arabic_right_to_left(language, qgis_iface, qtbot, scene):
    language("ar")
    dock = open_dock(qgis_iface, qtbot, scene)
    assert dock.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dock.road.layoutDirection() == Qt.LayoutDirection.RightToLeft  # inherited by every section
    shown = {
        "Road": dock.road.title(),
        "Corridor": dock.corridor_box.title(),
        "Patrol": dock.patrol_box.title(),
        "Incidents": dock.incidents.title(),
        "Build corridor": dock.corridor_box.build_button.text(),
        "Flag incidents": dock.incidents.flag_button.text(),
        "Assemble route": dock.road.assemble_button.text(),
        "On map": dock.patrol_box.start.map_button.text(),
    }
    for source, seen in shown.items():
        assert seen == translated("ar", source) != source
        assert re.search("[\u0600-\u06ff]", seen), seen  # Arabic letters
    north = translation.side_name("north")
    assert dock.corridor_box.left_label.text().startswith(translated("ar", "{side} width").format(side=north)[:1])
    assert north == translated("ar", "north")


def test_the_dock_in_russian_reads_russian_left_to_right(language, qgis_iface, qtbot, scene):
    language("ru")
    dock = open_dock(qgis_iface, qtbot, scene)
    assert dock.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dock.road.title() == translated("ru", "Road")
    assert re.search("[\u0400-\u04ff]", dock.corridor_box.build_button.text())  # Cyrillic
    assert dock.output.help_button.text() == translated("ru", "Help")


def test_an_engine_error_reaches_the_bar_in_russian(language, qgis_iface, qtbot, scene):
    language("ru")
    dock = open_dock(qgis_iface, qtbot, scene)
    dock.corridor_box.left_width.setValue(0)
    dock.corridor_box.right_width.setValue(0)
    with qtbot.waitSignal(dock.finished, timeout=20_000):
        dock.run_corridor()
    (message,) = bar_messages(qgis_iface, Qgis.MessageLevel.Critical)
    assert re.search("[\u0400-\u04ff]", message), message
    assert "Both widths" not in message


def test_a_summary_in_arabic_keeps_its_coordinates_in_order(language):
    language("ar")
    label = text.place_label("ترنبة", 36.769, 35.86)
    # The longitude and latitude sit in a left-to-right isolate: in a right-to-left
    # line they still read "36.769, 35.860", not "35.860 ,36.769".
    assert "\u206636.769, 35.860\u2069" in label
    route = assemble_route([LineString([(36.0, 35.8), (36.5, 35.8)])])
    words = text.route_summary(route)
    assert "\u206636.000, 35.800\u2069" in words and re.search("[\u0600-\u06ff]", words)


def test_processing_speaks_russian(language, algorithms):
    language("ru")
    registry = QgsApplication.processingRegistry()
    algorithm = registry.algorithmById("secure_corridor:buildcorridor").create()  # made after the switch, as QGIS makes it
    assert algorithm.displayName() == translated("ru", "Build corridor")
    assert algorithm.parameterDefinition("INPUT").description() == translated("ru", "Road")
    assert re.search("[\u0400-\u04ff]", algorithm.shortHelpString())
    with pytest.raises(QgsProcessingException) as raised:
        algorithms("buildcorridor", {"INPUT": m4_layer(), "NORTH_WIDTH": 0, "SOUTH_WIDTH": 0, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert re.search("[\u0400-\u04ff]", str(raised.value)), str(raised.value)


def test_the_plugin_installs_its_translator_and_removes_it_on_unload(language, qgis_iface):
    import secure_corridor

    language("fr")
    plugin = secure_corridor.classFactory(qgis_iface)
    assert plugin.translator is not None
    plugin.initGui()
    assert plugin.action.toolTip() == translated("fr", "Corridor, patrol stretch and incident flags along a road")
    plugin.unload()
    assert plugin.translator is None


def _legend_extent(direction, data):
    """The leftmost and rightmost inked columns of the legend rows."""
    image = QImage(900, 420, QImage.Format.Format_ARGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    layout = paint_strip(painter, data, 900, 420, direction=direction)
    painter.end()
    top = int(layout.plot.bottom() + layout.line * 2.8)
    pixels = np.frombuffer(image.constBits().asstring(image.sizeInBytes()), dtype=np.uint8).reshape(420, 900, 4)
    band = pixels[top:, :, :3].min(axis=2) < 200
    columns = np.flatnonzero(band.any(axis=0))
    return layout, columns.min(), columns.max()


def test_the_strip_chart_lays_its_words_right_to_left_in_arabic(language):
    language("ar")
    route = assemble_route([LineString([(36.0, 35.8), (36.5, 35.8)])])
    corridor = build_corridor(route, 6000, 6000)
    lon, lat = np.array([36.1, 36.3]), np.array([35.82, 35.9])
    data = strip_data(route, corridor, flag_incidents(corridor, lon, lat), lon, lat)
    layout, ltr_left, ltr_right = _legend_extent(Qt.LayoutDirection.LeftToRight, data)
    _, rtl_left, rtl_right = _legend_extent(Qt.LayoutDirection.RightToLeft, data)
    plot = layout.plot
    # Left to right the legend starts at the plot's left edge; right to left it
    # ends at the plot's right edge.
    assert abs(ltr_left - plot.left()) < 3 and ltr_right < plot.right() - 50
    assert abs(rtl_right - plot.right()) < 3 and rtl_left > plot.left() + 50
    assert StripLayout(data, 900, 420).legend[0][1].startswith(translated("ar", "inside the patrol stretch"))


SCREENSHOTS = ROOT / "build" / "screenshots"


@pytest.mark.parametrize("code", ("en", *LANGUAGES))
def test_a_screenshot_of_the_dock_in_each_language(code, language, qgis_iface, qtbot, scene):
    """build/screenshots/dock-LANG.png: the dock after a corridor and flags, as a
    user sees it in that language (docs/images/dock-ar.png is the Arabic one)."""
    if code != "en":
        language(code)
    dock = open_dock(qgis_iface, qtbot, scene)
    dock.resize(460, 1500)
    dock.show()
    for action in (dock.run_corridor, dock.run_flags):
        with qtbot.waitSignal(dock.finished, timeout=20_000):
            action()
    assert not bar_messages(qgis_iface, Qgis.MessageLevel.Critical)
    dock.body.adjustSize()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"dock-{code}.png"
    image = dock.body.grab().toImage()
    assert image.save(str(path))
    if code != "en":
        assert dock.incidents.flag_button.text() == translated(code, "Flag incidents")
    inked = sum(image.pixelColor(x, y).lightness() < 128 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4))
    assert inked > 500, "the dock drew next to nothing"
