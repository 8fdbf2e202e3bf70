"""Processing and bridge/ in the user's language: every text a user reads goes through tr().

These tests need no translation files: a stand-in translator marks every text it
is asked for, so a text that comes out unmarked was never looked up.
"""

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from secure_corridor.bridge import features as out
from secure_corridor.bridge import layers, project, translation
from secure_corridor.core import assemble_route, build_corridor

from sample_layers import AIN_AL_HAVR, TRUMBA, m4_layer, point_layer

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "processing_provider").glob("*.py")) + sorted((ROOT / "bridge").glob("*.py"))
# The stand-in translations: "@default" texts in ⟦ ⟧, the engine's ("core") in ‹ ›.
OPEN, CLOSE, CORE_OPEN, CORE_CLOSE = "⟦", "⟧", "‹", "›"


class Marking(QTranslator):
    """Translates every text of the plugin's two contexts into itself, marked."""

    def __init__(self):
        super().__init__()
        self.asked = []

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 (Qt API)
        if context == translation.CONTEXT:
            self.asked.append(source)
            return f"{OPEN}{source}{CLOSE}"
        # A bridge text already translated is no engine template: none in "core".
        if context == translation.CORE_CONTEXT and not source.startswith(OPEN):
            return f"{CORE_OPEN}{source}{CORE_CLOSE}"
        return None  # no translation (a null QString; an empty one would be the translation)


@pytest.fixture
def marking(qgis_app):
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def provider(marking, qgis_processing):
    """The provider registered with the translator already installed, as the
    plugin registers it: QGIS reads the parameters when it adds an algorithm."""
    from secure_corridor.processing_provider import Provider

    registry = QgsApplication.processingRegistry()
    instance = Provider()
    assert registry.addProvider(instance)
    yield instance
    registry.removeProvider(instance)


def run(name, parameters, feedback=None):
    import processing

    return processing.run(f"secure_corridor:{name}", parameters, feedback=feedback)


def marked(words):
    return words.startswith(OPEN) and words.endswith(CLOSE)


class Collect(QgsProcessingFeedback):
    """Keeps what a run says: its steps and its log."""

    def __init__(self):
        super().__init__()
        self.said = []

    def setProgressText(self, words):  # noqa: N802 (QGIS API)
        self.said.append(words)
        super().setProgressText(words)

    def pushInfo(self, words):  # noqa: N802
        self.said.append(words)
        super().pushInfo(words)

    def pushWarning(self, words):  # noqa: N802
        self.said.append(words)
        super().pushWarning(words)


# -- the code ------------------------------------------------------------------------


def _tr_calls(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name == "tr":
                yield node


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_tr_is_a_bare_call_on_a_literal(path):
    """What pylupdate5 can find: ``tr("...")`` (filed under "@default"), never
    ``self.tr`` (filed under the class) nor a variable or an f-string."""
    for call in _tr_calls(path):
        where = f"{path.name}:{call.lineno}"
        assert isinstance(call.func, ast.Name), f"{where}: self.tr() is filed under its class, not @default"
        (argument,) = call.args
        assert isinstance(argument, ast.Constant) and isinstance(argument.value, str), f"{where}: not a literal"


def test_pylupdate5_files_every_text_under_default(tmp_path):
    if shutil.which("pylupdate5") is None:
        pytest.skip("pylupdate5 (Debian's pyqt5-dev-tools) is not installed")
    ts = tmp_path / "processing.ts"
    subprocess.run(["pylupdate5", *(str(p.relative_to(ROOT)) for p in SOURCES), "-ts", str(ts)], cwd=ROOT,
                   check=True, capture_output=True, env={"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"})
    contexts = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        contexts[context.findtext("name")] = {m.findtext("source") for m in context.iter("message")}
    assert set(contexts) == {translation.CONTEXT}
    found = contexts[translation.CONTEXT]
    assert {"Build corridor", "Corridor", "Area (km²)", "Cancelled: nothing was written.",
            "feature {id} of '{layer}'", "Secure corridor - {road}"} <= found
    assert len(found) > 120


# -- what Processing shows -----------------------------------------------------------


def test_the_toolbox_reads_every_algorithm_text_translated(provider):
    algorithms = provider.algorithms()
    assert len(algorithms) == 7
    for algorithm in algorithms:
        assert marked(algorithm.displayName()), algorithm.displayName()
        assert algorithm.group() == f"{OPEN}Corridor{CLOSE}"
        assert algorithm.name() == algorithm.name().lower() and algorithm.groupId() == "corridor"  # ids stay
        help_text = algorithm.shortHelpString()
        # Every paragraph is one translated text: outside the marks only line breaks.
        outside = "".join(part.split(CLOSE)[-1] for part in help_text.split(OPEN))
        assert outside.replace("<br>", "") == "", outside
        assert f"{OPEN}<b>Gap tolerance</b>" in help_text
        for parameter in algorithm.parameterDefinitions():
            assert parameter.name().isupper()  # names stay
            assert marked(parameter.description()), parameter.description()
            if isinstance(parameter, QgsProcessingParameterEnum):
                assert all(marked(option) for option in parameter.options())
        for output in algorithm.outputDefinitions():
            assert marked(output.description()), output.description()


def test_a_run_reports_in_the_user_s_language(provider):
    feedback = Collect()
    result = run("buildcorridor", {"INPUT": m4_layer(), "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)
    ours = [words for words in feedback.said if not words.startswith("Results: ")]  # the last is processing.run's
    assert ours and all(marked(words) for words in ours), ours
    route = next(words for words in ours if words.startswith(f"{OPEN}Route of "))
    # The sides and the engine's summary of the assembly inside it are translated too.
    assert f"sides {OPEN}north{CLOSE} and {OPEN}south{CLOSE}: {CORE_OPEN}3 of 3 parts used{CORE_CLOSE}." in route
    (feature,) = result["OUTPUT"].getFeatures()
    assert (feature["left_side"], feature["end_cap"]) == ("north", "flat")  # values written stay English


def test_flagging_and_a_patrol_report_in_the_user_s_language(provider):
    incidents = point_layer([(36.77, 35.89, "2020-03-20", "shelling"), (36.4, 35.9, None, "clash")])
    feedback = Collect()
    run("flagincidents", {"ROAD": m4_layer(), "INCIDENTS": incidents, "DATE_FIELD": "day", "CATEGORY_FIELD": "kind",
                          "DATE_FROM": "2020-03-01", "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)
    ours = [words for words in feedback.said if not words.startswith("Results: ")]
    by_kind = ours.index(f"{OPEN}By kind (all / inside the corridor / in the patrol stretch / inside and in the "
                         f"window):{CLOSE}")
    assert ours[by_kind + 1:by_kind + 3] == ["  clash: 1 / 0 / 0 / 0", "  shelling: 1 / 1 / 0 / 1"]  # data and numbers
    del ours[by_kind + 1:by_kind + 3]
    assert all(marked(words) for words in ours), ours

    feedback = Collect()
    points = {name: f"{place.lon},{place.lat} [EPSG:4326]" for name, place in (("START", TRUMBA), ("END", AIN_AL_HAVR))}
    run("patrolsegment", {"INPUT": m4_layer(), **points, "CHECKPOINT_INTERVAL": 10, "OUTPUT": "TEMPORARY_OUTPUT",
                          "CHECKPOINTS": "TEMPORARY_OUTPUT"}, feedback)
    ours = [words for words in feedback.said if not words.startswith("Results: ")]
    assert all(marked(words) for words in ours), ours
    assert any(words.startswith(f"{OPEN}Start is ") for words in ours)  # the default name is a field value


def test_a_patrol_end_without_a_point_or_place_is_explained_translated(provider):
    with pytest.raises(QgsProcessingException) as raised:
        run("patrolsegment", {"INPUT": m4_layer(), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert str(raised.value) == (
        f"{OPEN}{OPEN}The patrol start{CLOSE}: give it as a point (START), or its name (START_PLACE) with a "
        f"places layer.{CLOSE}"
    )


def test_an_engine_error_is_translated_as_the_engine_s(provider):
    with pytest.raises(QgsProcessingException) as raised:
        run("buildcorridor", {"INPUT": m4_layer(), "NORTH_WIDTH": 0, "SOUTH_WIDTH": 0, "OUTPUT": "TEMPORARY_OUTPUT"})
    message = str(raised.value)
    assert message.startswith(CORE_OPEN) and message.endswith(CORE_CLOSE), message


def test_a_bridge_error_is_translated(provider):
    incidents = point_layer([(36.5, 35.8, None, "x")], name="incidents")
    with pytest.raises(QgsProcessingException) as raised:
        run("buildcorridor", {"INPUT": incidents, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert str(raised.value) == f"{OPEN}'incidents' is a point layer; choose a line layer for the road.{CLOSE}"


def test_a_cancel_is_reported_translated(provider):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException) as raised:
        run("buildcorridor", {"INPUT": m4_layer(), "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)
    assert str(raised.value) == f"{OPEN}Cancelled: nothing was written.{CLOSE}"


def test_the_texts_are_looked_up_when_shown_not_when_imported(qgis_processing):
    """An algorithm made before the translator is installed still shows its
    display name and help in the language installed since."""
    from secure_corridor.processing_provider.build_corridor import BuildCorridor

    algorithm = BuildCorridor()
    assert algorithm.displayName() == "Build corridor"
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        assert algorithm.displayName() == f"{OPEN}Build corridor{CLOSE}"
        assert marked(algorithm.shortHelpString().split("<br>")[0])
    finally:
        QCoreApplication.removeTranslator(translator)


# -- bridge/ ---------------------------------------------------------------------------


def test_feature_labels_are_translated(marking):
    _, labels, _ = layers.read_lines(m4_layer(name="M4"))
    assert labels[0] == f"{OPEN}feature 1 of 'M4'{CLOSE}"


def test_results_are_found_by_their_marks_whatever_the_language(marking):
    """The group and a stale layer are shown translated, and found again by
    their custom properties once the language has changed."""
    road = m4_layer("EPSG:32637")
    parts, labels, crs = layers.read_lines(road)
    corridor = build_corridor(assemble_route(parts, crs=crs, labels=labels), 6000, 6000)

    def corridor_layer():
        return project.memory_layer("corridor", "Polygon", road.crs(), *out.corridor_features(corridor, road.crs()))

    try:
        group = project.show("M4", [(corridor_layer(), "corridor")])
        assert group.name() == f"{OPEN}Secure corridor - M4{CLOSE}"
        assert project.mark_stale("M4") == 1
        assert [node.name() for node in group.findLayers()] == [f"{OPEN}corridor (earlier parameters){CLOSE}"]
        assert project.mark_stale("M4") == 0  # already marked
        QCoreApplication.removeTranslator(marking)  # QGIS now in English
        assert project.find_group("M4") is group
        assert len(project.group_layers("M4")) == 1
        project.show("M4", [(corridor_layer(), "corridor")])  # replaces the stale layer
        assert [node.name() for node in group.findLayers()] == ["corridor"]
        assert QgsProject.instance().layerTreeRoot().findGroup("Secure corridor - M4") is None  # no second group
    finally:
        QgsProject.instance().clear()
