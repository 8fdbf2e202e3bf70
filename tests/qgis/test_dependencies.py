"""A missing or unusable dependency: one message in the message bar, and the plugin stays out of the way."""

import html
import sys
import types
from unittest import mock

import numpy
import pytest
import shapely
from qgis.core import Qgis, QgsApplication

import secure_corridor
from secure_corridor import dependencies
from secure_corridor.unavailable import Unavailable

DEBIAN_12 = {"ID": "debian", "VERSION_ID": "12", "VERSION_CODENAME": "bookworm"}
DEBIAN_13 = {"ID": "debian", "VERSION_ID": "13", "VERSION_CODENAME": "trixie"}
UBUNTU_2204 = {"ID": "ubuntu", "ID_LIKE": "debian", "VERSION_ID": "22.04", "VERSION_CODENAME": "jammy"}
UBUNTU_2404 = {"ID": "ubuntu", "ID_LIKE": "debian", "VERSION_ID": "24.04", "VERSION_CODENAME": "noble"}
MINT_22 = {"ID": "linuxmint", "ID_LIKE": "ubuntu debian", "VERSION_ID": "22", "UBUNTU_CODENAME": "noble"}
DEBIAN_12_PIP = (
    "sudo apt install python3-pip python3-pyproj python3-numpy",
    '/usr/bin/python3 -m pip install --user --break-system-packages "shapely>=2" "numpy<2"',
)


def provider_count():
    return sum(p.id() == "secure_corridor" for p in QgsApplication.processingRegistry().providers())


def all_messages(iface):
    return [text for texts in iface.messageBar().messages.values() for text in texts]


def as_seen(text):
    """A message bar text as people read it: the bar renders HTML."""
    return html.unescape(text.replace("<br>", "\n"))


@pytest.fixture
def watched_iface(qgis_iface, monkeypatch):
    """The test interface with no messages yet and its tool bar, menu and dock calls recorded."""
    qgis_iface.messageBar().clear_messages()
    for name in ("addToolBarIcon", "addDockWidget", "addPluginToVectorMenu", "addPluginToMenu"):
        monkeypatch.setattr(qgis_iface, name, mock.MagicMock(name=name), raising=False)
    yield qgis_iface
    qgis_iface.messageBar().clear_messages()


def fake_module(name, **attributes):
    module = types.ModuleType(name)
    module.__dict__.update(attributes)
    return module


def _shapely_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "shapely", None)  # `import shapely` now raises ImportError


def _shapely_1_8(monkeypatch):
    monkeypatch.setitem(sys.modules, "shapely", fake_module("shapely", __version__="1.8.5", geos_version=(3, 11, 1)))


def _shapely_unknown_version_without_shapely_2(monkeypatch):
    monkeypatch.setitem(sys.modules, "shapely", fake_module("shapely", __version__="0+unknown"))


def _shapely_fails_its_smoke_test(monkeypatch):
    def to_wkb(*args, **kwargs):
        raise shapely.errors.GEOSException("IllegalArgumentException: WKB output dimension must be 2 or 3")

    monkeypatch.setattr(shapely, "to_wkb", to_wkb)


def _shapely_bound_to_an_older_qgis_geos(monkeypatch):
    # shapely imported before the check (so perhaps without RTLD_DEEPBIND), QGIS's GEOS older than its own.
    monkeypatch.delattr(shapely, dependencies.probe._BOUND_HERE, raising=False)
    monkeypatch.setattr(dependencies.probe, "_global_geos", lambda: "3.9.0-CAPI-1.16.2")
    monkeypatch.setattr(shapely, "geos_version", (3, 11, 4))


def _pyproj_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyproj", None)


def _numpy_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "numpy", None)


def _numpy_2_beside_gdal_for_numpy_1(monkeypatch):
    import osgeo

    monkeypatch.setattr(numpy, "__version__", "2.1.0")
    monkeypatch.delattr(osgeo, "gdal_array", raising=False)
    monkeypatch.setitem(sys.modules, "osgeo.gdal_array", None)  # as when it was built against numpy 1.x


PROBLEMS = {
    "shapely missing": (_shapely_missing, "shapely", "shapely is not installed"),
    "shapely 1.8": (_shapely_1_8, "shapely", "shapely 1.8.5 is installed, but it needs shapely 2 or newer"),
    "0+unknown": (_shapely_unknown_version_without_shapely_2, "shapely", "not shapely 2 or newer"),
    "smoke test": (_shapely_fails_its_smoke_test, "shapely", "fails a quick test"),
    "older QGIS GEOS": (_shapely_bound_to_an_older_qgis_geos, "shapely", "older GEOS 3.9.0"),
    "pyproj missing": (_pyproj_missing, "pyproj", "pyproj is not installed"),
    "numpy missing": (_numpy_missing, "numpy", "numpy is not installed"),
    "numpy 2": (_numpy_2_beside_gdal_for_numpy_1, "numpy", "numpy 2.1.0 is installed, but this QGIS's GDAL"),
}


def test_the_real_environment_is_ready():
    report = dependencies.check()
    assert report.ready, report.details()
    assert report.problems == () and report.commands == ()
    for name in ("shapely", "pyproj", "numpy"):
        assert report.versions[name] == sys.modules[name].__version__
    assert report.versions["GEOS"] == ".".join(map(str, shapely.geos_version))


def test_with_the_real_environment_class_factory_returns_the_plugin(qgis_iface):
    from secure_corridor.plugin import Plugin

    assert isinstance(secure_corridor.classFactory(qgis_iface), Plugin)


@pytest.mark.parametrize("case", PROBLEMS, ids=list(PROBLEMS))
def test_a_problem_gives_one_message_and_the_plugin_stays_out_of_the_way(case, watched_iface, monkeypatch):
    simulate, package, words = PROBLEMS[case]
    simulate(monkeypatch)
    expected = dependencies.check()
    plugin = secure_corridor.classFactory(watched_iface)
    assert isinstance(plugin, Unavailable)
    plugin.initProcessing()  # as QGIS and qgis_process call them
    plugin.initGui()
    try:
        messages = all_messages(watched_iface)
        assert len(messages) == 1, messages
        critical = watched_iface.messageBar().messages[Qgis.MessageLevel.Critical]
        assert critical == messages
        title, _, text = messages[0].partition(":")
        assert title == "Secure Corridor"
        assert "<2" not in text  # escaped: the bar would take it for a tag
        text = as_seen(text)
        assert package in text and words in text, text
        assert expected.commands and all(command in text for command in expected.commands), text
        assert "restart QGIS" in text
        assert provider_count() == 0
        for name in ("addToolBarIcon", "addDockWidget", "addPluginToVectorMenu", "addPluginToMenu"):
            getattr(watched_iface, name).assert_not_called()
    finally:
        plugin.unload()
    assert provider_count() == 0
    assert len(all_messages(watched_iface)) == 1


def test_the_details_go_to_the_log_panel(watched_iface, message_log, monkeypatch):
    _shapely_1_8(monkeypatch)
    report = dependencies.check()
    secure_corridor.classFactory(watched_iface).initGui()
    ours = [(text, level) for tag, text, level in message_log if tag == "Secure Corridor"]
    assert ours == [(report.details().replace("<", "&lt;"), Qgis.MessageLevel.Critical)]
    assert "Python checked:" in report.details() and "shapely 1.8.5" in report.details()
    assert "Log Messages" in as_seen(all_messages(watched_iface)[0])


def test_the_bar_text_is_html_with_one_command_a_line(monkeypatch):
    _shapely_missing(monkeypatch)
    monkeypatch.setattr(dependencies.commands, "read_os_release", lambda path="/etc/os-release": dict(DEBIAN_12))
    text = Unavailable(None, dependencies.check(platform="linux")).text()
    assert "<2" not in text and "&lt;2" in text
    lines = as_seen(text).split("\n")
    assert lines[0] == "shapely is not installed."
    assert lines[2:4] == list(DEBIAN_12_PIP)


def test_on_debian_12_the_message_names_the_two_commands(watched_iface, monkeypatch):
    _shapely_missing(monkeypatch)
    monkeypatch.setattr(dependencies.commands, "read_os_release", lambda path="/etc/os-release": dict(DEBIAN_12))
    report = dependencies.check(platform="linux")
    assert report.commands == DEBIAN_12_PIP
    assert "    " + DEBIAN_12_PIP[1] in report.message()


def test_a_shapely_failing_its_test_is_replaced_by_the_wheel_of_the_system_geos(monkeypatch):
    _shapely_fails_its_smoke_test(monkeypatch)
    monkeypatch.setattr(dependencies.commands, "read_os_release", lambda path="/etc/os-release": dict(DEBIAN_12))
    monkeypatch.setattr(dependencies.probe, "_global_geos", lambda: None)
    monkeypatch.setattr(dependencies.probe, "_system_geos", lambda: "3.11.1-CAPI-1.17.1")
    report = dependencies.check(platform="linux")
    assert report.commands[-1] == (
        '/usr/bin/python3 -m pip install --user --break-system-packages "shapely>=2,<2.1" "numpy<2"'
    )
    assert "WKB output dimension must be 2 or 3" in report.details()


def test_several_problems_give_one_message_naming_each(watched_iface, monkeypatch):
    _shapely_1_8(monkeypatch)
    _pyproj_missing(monkeypatch)
    plugin = secure_corridor.classFactory(watched_iface)
    plugin.initGui()
    messages = all_messages(watched_iface)
    assert len(messages) == 1
    assert "shapely 1.8.5" in messages[0] and "pyproj is not installed." in messages[0]


def test_a_shapely_2_that_reports_no_version_counts_by_its_api(monkeypatch):
    monkeypatch.setattr(shapely, "__version__", "0+unknown")
    report = dependencies.check()
    assert report.ready, report.details()
    assert report.versions["shapely"] == "0+unknown"


def test_a_second_check_in_the_same_process_trusts_the_shapely_it_bound(monkeypatch):
    # The plugin reloaded in the desktop: shapely was imported by the first check, with RTLD_DEEPBIND.
    monkeypatch.setattr(shapely, dependencies.probe._BOUND_HERE, True, raising=False)
    monkeypatch.setattr(dependencies.probe, "_global_geos", lambda: "3.9.0-CAPI-1.16.2")
    assert dependencies.check().ready


def test_the_check_imports_shapely_with_deepbind_when_first(tmp_path):
    import subprocess

    code = (
        "import os, sys; sys.path.insert(0, sys.argv[1]); import dependencies as d; "
        "seen = []; real = sys.setdlopenflags; "
        "sys.setdlopenflags = lambda f: (seen.append(f), real(f)); "
        "report = d.check(); "
        "print(report.ready, any(f & os.RTLD_DEEPBIND for f in seen), "
        "getattr(sys.modules['shapely'], d.probe._BOUND_HERE, False))"
    )
    root = str(secure_corridor.__path__[0])
    done = subprocess.run([sys.executable, "-c", code, root], capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "PROJ_DATA": "/usr/share/proj"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "True"]


# --- the commands, per platform (plain tests: nothing here needs QGIS) ---------------------------


@pytest.mark.parametrize(
    "os_release, commands",
    [
        (DEBIAN_12, DEBIAN_12_PIP),
        (
            UBUNTU_2204,  # pip 22.0 knows no --break-system-packages, and needs none there
            (
                "sudo apt install python3-pip python3-pyproj python3-numpy",
                '/usr/bin/python3 -m pip install --user "shapely>=2" "numpy<2"',
            ),
        ),
        (DEBIAN_13, ("sudo apt install python3-shapely python3-pyproj python3-numpy",)),
        (UBUNTU_2404, ("sudo apt install python3-shapely python3-pyproj python3-numpy",)),
        (MINT_22, ("sudo apt install python3-shapely python3-pyproj python3-numpy",)),
        ({"ID": "debian", "VERSION_CODENAME": "forky"}, ("sudo apt install python3-shapely python3-pyproj python3-numpy",)),
    ],
    ids=["debian-12", "ubuntu-22.04", "debian-13", "ubuntu-24.04", "mint-22", "debian-testing"],
)
def test_debian_and_ubuntu_commands(os_release, commands):
    where, got = dependencies.fix_commands({"shapely"}, platform="linux", os_release=os_release,
                                           numpy_version="1.24.2")
    assert where == "In a terminal:"
    assert got == commands


def test_debian_12_pyproj_alone_comes_from_apt():
    _, got = dependencies.fix_commands({"pyproj"}, platform="linux", os_release=DEBIAN_12)
    assert got == ("sudo apt install python3-pyproj",)


def test_debian_12_numpy_2_goes_back_below_2():
    _, got = dependencies.fix_commands({"numpy"}, platform="linux", os_release=DEBIAN_12, numpy_version="2.1.0")
    assert got == DEBIAN_12_PIP


def test_debian_12_shapely_bound_to_qgis_geos_is_pinned_to_a_wheel_of_that_geos():
    _, got = dependencies.fix_commands({"shapely"}, platform="linux", os_release=DEBIAN_12, qgis_geos=(3, 11))
    assert got[-1] == '/usr/bin/python3 -m pip install --user --break-system-packages "shapely>=2,<2.1" "numpy<2"'
    _, got = dependencies.fix_commands({"shapely"}, platform="linux", os_release=UBUNTU_2204, qgis_geos=(3, 10))
    assert "libgeos-dev" in got[0] and "--no-binary shapely" in got[1]  # no wheel bundles a GEOS that old


def test_newer_debian_removes_a_pip_copy_in_front_of_its_package(monkeypatch):
    monkeypatch.setenv("HOME", "/home/analyst")
    copies = {"shapely": "/home/analyst/.local/lib/python3.13/site-packages/shapely/__init__.py",
              "numpy": "/usr/local/lib/python3.13/dist-packages/numpy/__init__.py"}
    _, got = dependencies.fix_commands({"shapely", "numpy"}, platform="linux", os_release=DEBIAN_13, pip_copies=copies)
    assert got == (
        "/usr/bin/python3 -m pip uninstall --break-system-packages shapely",
        "sudo /usr/bin/python3 -m pip uninstall --break-system-packages numpy",
        "sudo apt install python3-shapely python3-pyproj python3-numpy",
    )


@pytest.mark.parametrize(
    "packages, numpy_version, command",
    [
        ({"shapely"}, "1.26.4", 'python -m pip install "shapely>=2" "numpy<2"'),
        ({"shapely"}, "2.2.6", 'python -m pip install "shapely>=2"'),
        ({"shapely", "pyproj"}, None, 'python -m pip install "shapely>=2" pyproj'),
        ({"numpy"}, None, "python -m pip install numpy"),
        ({"numpy"}, "2.1.0", 'python -m pip install "numpy<2"'),  # beside a GDAL built for numpy 1.x
    ],
)
def test_windows_commands_run_in_the_osgeo4w_shell(packages, numpy_version, command):
    where, got = dependencies.fix_commands(packages, platform="win32", numpy_version=numpy_version)
    assert "OSGeo4W Shell" in where
    assert got == (command,)


@pytest.mark.parametrize(
    "executable, existing, python",
    [
        # Inside QGIS sys.executable is the QGIS binary; current builds have `python` beside it.
        ("/Applications/QGIS-final-4_0_3.app/Contents/MacOS/QGIS-final-4_0_3", "python",
         "/Applications/QGIS-final-4_0_3.app/Contents/MacOS/python"),
        # Older builds (QGIS-Mac-Packager): Contents/MacOS/bin/python3.
        ("/Applications/QGIS-LTR.app/Contents/MacOS/QGIS", "bin/python3",
         "/Applications/QGIS-LTR.app/Contents/MacOS/bin/python3"),
        # Not inside QGIS: the usual name.
        ("/usr/bin/python3", None, "/Applications/QGIS.app/Contents/MacOS/python"),
        ("/Applications/QGIS 3.40.app/Contents/MacOS/QGIS", "python",
         "'/Applications/QGIS 3.40.app/Contents/MacOS/python'"),
    ],
)
def test_macos_commands_use_qgis_own_python(executable, existing, python, monkeypatch):
    folder = executable.split("/Contents/MacOS")[0] + "/Contents/MacOS"
    monkeypatch.setattr(dependencies.commands.os.path, "isfile",
                        lambda p: existing is not None and p == f"{folder}/{existing}")
    where, got = dependencies.fix_commands({"shapely"}, platform="darwin", executable=executable,
                                           numpy_version="1.26.4")
    assert where == "In Terminal:"
    assert got == (f'{python} -m pip install --user "shapely>=2" "numpy<2"',)


def test_other_linux_uses_the_checked_python():
    _, got = dependencies.fix_commands({"shapely"}, platform="linux", os_release={"ID": "fedora"},
                                       executable="/usr/bin/python3", numpy_version="2.2.6",
                                       externally_managed=False)
    assert got == ('/usr/bin/python3 -m pip install --user "shapely>=2"',)


def test_os_release_is_read_like_the_shell_does(tmp_path):
    path = tmp_path / "os-release"
    path.write_text('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n# note\n')
    assert dependencies.read_os_release(path) == {
        "PRETTY_NAME": "Debian GNU/Linux 12 (bookworm)", "ID": "debian", "VERSION_ID": "12"
    }
    assert dependencies.read_os_release(tmp_path / "none") == {}
