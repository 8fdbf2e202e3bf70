"""The dock loading a bad parameter file: one short message naming the field, the dock's values kept."""

import pytest
from qgis.core import Qgis

from secure_corridor.bridge.log import TAG
from secure_corridor.bridge.settings import Settings
from secure_corridor.core import CorridorSpec, Place
from secure_corridor.ui import parameters
from secure_corridor.ui.dock import CorridorDock
from secure_corridor.ui.messages import TITLE
from message_bar import bar_messages, clear_bar

SHORT = 300  # characters of a message bar message, title included
TRUMBA = Place("Trumba", 36.76914, 35.86034)


@pytest.fixture
def dock(qgis_iface, qtbot):
    Settings().save()  # every test starts from the defaults
    clear_bar(qgis_iface)
    widget = CorridorDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.corridor_box.left_width.setValue(6)
    widget.corridor_box.right_width.setValue(4.5)
    widget.corridor_box.set_cap("round")
    widget.patrol_box.start.set_place(TRUMBA)
    yield widget
    widget.teardown()


def shown(qgis_iface):
    """The one message the user sees in the message bar, without the title."""
    assert not any(bar_messages(qgis_iface, level) for level in (Qgis.MessageLevel.Info, Qgis.MessageLevel.Success))
    (message,) = bar_messages(qgis_iface, Qgis.MessageLevel.Critical)
    assert message.startswith(f"{TITLE}:")
    return message[len(TITLE) + 1 :]


def load_refused(dock, qgis_iface, message_log, path):
    before = parameters.spec_of(dock)
    dock.load_spec(str(path))
    message = shown(qgis_iface)
    assert len(message) < SHORT, message
    assert "Traceback" not in message and "Something went wrong" not in message
    assert parameters.spec_of(dock) == before  # a refused file changes nothing
    # The details go to the log panel as a warning, not as an unexpected failure.
    assert [level for tag, _, level in message_log if tag == TAG] == [Qgis.MessageLevel.Warning]
    return message


@pytest.mark.parametrize(
    "data",
    [
        '{"left_width_m": 3000, "end_cap": "ronde à bouts"}'.encode("latin-1"),
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    ],
    ids=["latin-1 text", "an image"],
)
def test_bytes_that_are_not_utf8(dock, qgis_iface, message_log, tmp_path, data):
    path = tmp_path / "m4.json"
    path.write_bytes(data)
    message = load_refused(dock, qgis_iface, message_log, path)
    assert message.startswith("Corridor specification, field '(file)': the file is not UTF-8 text")
    assert f"at byte offset {next(i for i, b in enumerate(data) if b > 127)}" in message


def test_an_integer_of_400_digits(dock, qgis_iface, message_log, tmp_path):
    path = tmp_path / "m4.json"
    path.write_text('{"right_width_m": 3000, "left_width_m": ' + "7" * 400 + "}", encoding="utf-8")
    message = load_refused(dock, qgis_iface, message_log, path)
    assert "field 'left_width_m': must be a number of ordinary size" in message
    assert "(400 digits)" in message and "7" * 30 not in message


def test_a_50_mb_file(dock, qgis_iface, message_log, tmp_path):
    path = tmp_path / "m4.json"
    with open(path, "wb") as stream:
        stream.write(b'{"end_cap": "')
        stream.truncate(50_000_000)
    message = load_refused(dock, qgis_iface, message_log, path)
    assert "field '(file)'" in message and "50,000,000 bytes" in message and "1 MB" in message


def test_a_file_that_is_not_there(dock, qgis_iface, message_log, tmp_path):
    path = tmp_path / "gone.json"
    message = load_refused(dock, qgis_iface, message_log, path)
    assert f"field '(file)': cannot read {path}: No such file or directory" in message


def test_a_good_file_utf16_from_notepad_is_loaded(dock, qgis_iface, tmp_path):
    path = tmp_path / "m4.json"
    path.write_bytes(CorridorSpec(left_width_m=2000, right_width_m=8000).to_json().encode("utf-16"))
    dock.load_spec(str(path))
    assert not bar_messages(qgis_iface, Qgis.MessageLevel.Critical)
    assert dock.corridor_box.left_width.value() == 2 and dock.corridor_box.right_width.value() == 8
    assert dock.patrol_box.start.place() is None
