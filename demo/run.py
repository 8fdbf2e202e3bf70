"""``python -m secure_corridor.demo``: start QGIS headless, run the demo, print a summary.

Exits 0 on success; on any failure says what went wrong on stderr and exits 1.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import traceback
from contextlib import contextmanager
from pathlib import Path

from ..core.patrol import km_text
from .figures import IN_CORRIDOR_ONLY, IN_PATROL, MISSING, OUTSIDE
from .pipeline import Inputs


def parse(argv):
    defaults = Inputs()
    parser = argparse.ArgumentParser(
        prog="python -m secure_corridor.demo",
        description="The M4 case end to end through the plugin's Processing algorithms, in headless QGIS.",
    )
    parser.add_argument("--road", type=Path, default=defaults.road, help="road parts (lines)")
    parser.add_argument("--places", type=Path, default=defaults.places, help="places (points with name_en)")
    parser.add_argument("--incidents", type=Path, default=defaults.incidents, help="incidents (points with date)")
    parser.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out)")
    return parser.parse_args(argv)


@contextmanager
def qgis_application():
    """A standalone QgsApplication with Processing initialised, in a throwaway
    profile (the user's QGIS settings are neither read nor written)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    with tempfile.TemporaryDirectory(prefix="secure-corridor-demo-") as profile:
        if not os.environ.get("XDG_RUNTIME_DIR"):
            runtime = Path(profile) / "runtime"
            runtime.mkdir(mode=0o700)
            os.environ["XDG_RUNTIME_DIR"] = str(runtime)  # else Qt warns that it is not set
        app = QgsApplication([], True, profile)
        app.initQgis()
        try:
            plugins = str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins")
            if plugins not in sys.path:
                sys.path.append(plugins)  # QGIS's own Processing plugin, as QGIS itself does
            from processing.core.Processing import Processing

            Processing.initialize()
            yield app
        finally:
            app.exitQgis()


def summary(outcome):
    """A few lines for the terminal."""
    route, patrol, numbers, p = outcome.route, outcome.patrol, outcome.figures, outcome.parameters
    left, right = route.side_names
    side_counts = ", ".join(f"{count} {side}" for side, count, _ in numbers.by_side)
    try:
        shown = outcome.out_dir.relative_to(Path.cwd())
    except ValueError:
        shown = outcome.out_dir
    files = [
        f"  {shown / outcome.gpkg.name}  ("
        + ", ".join(f"{name} {count}" for name, count in outcome.layer_counts.items()) + ")",
        f"  {shown / outcome.map_png.name}",
        f"  {shown / outcome.strip_png.name}",
        f"  {shown / outcome.report_html.name}",
        *(f"  {shown / name}" for name, path in outcome.products.items() if path.is_file()),
    ]
    return "\n".join(
        [
            f"Secure Corridor demo: {outcome.inputs.road_name}, {km_text(p.north_m / 1000)} km {left} and "
            f"{km_text(p.south_m / 1000)} km {right} ({p.end_cap} ends)",
            f"Route      {route.length_km:7.2f} km  {route.report.summary()}",
            f"Corridor   {outcome.corridor.area_km2:7.1f} km²",
            f"Patrol     {patrol.length_km:7.2f} km  {patrol.start.name} (route km {patrol.start_km:.2f}) to "
            f"{patrol.end.name} (km {patrol.end_km:.2f}), {len(outcome.stops.km)} checkpoints every "
            f"{km_text(p.checkpoint_interval_km)} km",
            f"Incidents  {numbers.total} in all ({numbers.flag(MISSING, dated=False)} without a location), "
            f"{numbers.dated} from {p.date_from}, of which:",
            f"           {numbers.flag(IN_PATROL)} in the patrol stretch, {numbers.flag(IN_CORRIDOR_ONLY)} "
            f"elsewhere in the corridor, {numbers.flag(OUTSIDE)} outside, "
            f"{numbers.flag(MISSING)} without a location",
            f"           inside the corridor by side: {side_counts}",
            "Written:",
            *files,
        ]
    )


def main(argv=None):
    args = parse(argv)
    defaults = Inputs()
    sample = (args.road, args.places, args.incidents) == (defaults.road, defaults.places, defaults.incidents)
    inputs = Inputs(
        road=args.road, places=args.places, incidents=args.incidents,
        credits=defaults.credits if sample else "",
    )
    try:
        with qgis_application():
            return run(args.out, inputs)
    except Exception as error:  # noqa: BLE001 (starting or stopping QGIS)
        print(f"make demo failed: QGIS: {error}", file=sys.stderr)
        return 1


def run(out_dir, inputs):
    """Run the pipeline and print its summary; return the exit code. Nothing of
    QGIS's outlives this call (not even in a traceback), so QGIS can exit cleanly."""
    from qgis.core import QgsProcessingException

    from ..core import CorridorError
    from .pipeline import DemoError, run_pipeline

    try:
        print(summary(run_pipeline(out_dir, inputs)))
        return 0
    except (DemoError, CorridorError, QgsProcessingException, OSError) as error:
        print(f"make demo failed: {error}", file=sys.stderr)
        traceback.clear_frames(error.__traceback__)
        return 1
    except Exception as error:  # noqa: BLE001 (anything else: show where)
        traceback.print_exc()
        print(f"make demo failed: {error}", file=sys.stderr)
        traceback.clear_frames(error.__traceback__)
        return 1
    finally:
        gc.collect()
