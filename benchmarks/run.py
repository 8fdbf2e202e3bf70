"""Secure Corridor benchmarks: `make bench` (or `python benchmarks/run.py`).

Cases, each run in a fresh Python process so that memory figures are its own:

  m4       corridor of the sample M4 (6 km + 6 km, flat ends), best of 5
  long     a synthetic 3,000 km road of 200,000 vertices: Route, then corridor
  flags    1,000,000 incidents around a 200 km road with every field, peak
           memory, and a brute-force geodesic spot check of 2,000 distances
  robust   flat-ended corridors of 20 seeded 200 km winding roads: how many build
  ways     route assembly of 10,000 OSM-like ways of the 3,000 km road, shuffled,
           every other one digitised backwards
  qgis     secure_corridor:flagincidents in QGIS against the chain of native
           algorithms a user runs instead, 100,000 and 1,000,000 incidents,
           GeoPackage in and out, each run in a fresh process (qgis_side.py)

Options: --case NAME (run one case, repeatable), --profile (cProfile the timed
step of every case and print where the time goes), --quick (fewer repetitions).
The process always exits 0: this is a report; the table says what passed.
Corridor builds start from a fresh Route (no cached frame or index) every
time; flagging uses the built corridor, whose route has its index, as the
plugin does.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
import traceback
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
try:
    import secure_corridor  # noqa: F401
except ImportError:  # run without the Makefile's PYTHONPATH
    sys.path.insert(0, str(REPO / "build" / "python"))

import numpy as np  # noqa: E402
import shapely  # noqa: E402

import reference  # noqa: E402
import synthetic  # noqa: E402
from secure_corridor.core import route as route_module  # noqa: E402
from secure_corridor.core import (  # noqa: E402
    Place,
    Route,
    assemble_route,
    build_corridor,
    flag_incidents,
    patrol_segment,
)

CASES = ("m4", "long", "flags", "robust", "ways", "qgis")
M4_PATH = REPO / "resources" / "sample" / "m4_approximate.geojson"
WIDTH_M = 6000.0
WIDTH_TOLERANCE_M = 1.0  # the engine's promise for outline vertices
MIB = 2**20


# -- helpers ------------------------------------------------------------------


def say(text=""):
    print(text, flush=True)


def fresh(route):
    """The same route without its cached frame, coordinates and index."""
    return Route(route.lon, route.lat, route.chainage_m, route.side_names, route.report)


class Timing:
    """Best wall-clock and best CPU time of repeated runs (CPU time is what the
    step itself used: close to the wall time on an idle machine, and much less
    disturbed when other processes share the cores)."""

    def __init__(self, walls, cpus):
        self.walls, self.cpus = walls, cpus
        self.wall, self.cpu = min(walls), min(cpus)

    def text(self, unit="s"):
        scale = 1000.0 if unit == "ms" else 1.0
        digits = 1 if unit == "ms" else 3
        every = ", ".join(f"{w * scale:.{max(digits - 1, 0)}f}" for w in self.walls)
        return (f"{self.wall * scale:.{digits}f} {unit} wall, {self.cpu * scale:.{digits}f} {unit} CPU "
                f"(best of {len(self.walls)}; wall each: {every} {unit})")

    def cell(self, unit="s"):
        scale = 1000.0 if unit == "ms" else 1.0
        digits = 1 if unit == "ms" else 2
        return f"{self.wall * scale:.{digits}f} {unit} (CPU {self.cpu * scale:.{digits}f})"


def best_of(repeats, make_args, fn):
    """Time ``fn(*make_args())`` (arguments made outside the timer) ``repeats`` times."""
    walls, cpus, result = [], [], None
    for _ in range(repeats):
        args = make_args()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        result = fn(*args)
        walls.append(time.perf_counter() - wall0)
        cpus.append(time.process_time() - cpu0)
    return Timing(walls, cpus), result


def profile(label, fn, *args, top=18):
    """Run ``fn`` once under cProfile and print the heaviest functions."""
    prof = cProfile.Profile()
    prof.enable()
    try:
        fn(*args)
    except Exception as exc:  # profiling a failing step is still informative
        say(f"    (raised {type(exc).__name__}: {exc})")
    prof.disable()
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        stats = pstats.Stats(prof, stream=out)
        stats.strip_dirs().sort_stats(order).print_stats(top)
        lines = out.getvalue().splitlines()
        body = [ln for ln in lines if ln.strip()][3:]  # drop the header chatter
        say(f"  -- profile of {label}, by {order} --")
        for ln in body:
            say("    " + ln)


def maxrss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def current_rss_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MIB


def short_error(exc):
    return f"{type(exc).__name__}: {str(exc).splitlines()[0][:140]}"


def error_where(exc):
    """file:line of the innermost frame in the engine (or anywhere) for an exception."""
    frames = traceback.extract_tb(exc.__traceback__)
    core = [f for f in frames if "secure_corridor" in f.filename or "/core/" in f.filename]
    frame = (core or frames)[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}()"


class Rows:
    """Result rows: (name, measured, target, status) with status PASS/FAIL/INFO/ERROR."""

    def __init__(self):
        self.rows = []

    def add(self, name, measured, target="-", status="INFO"):
        self.rows.append([name, measured, target, status])

    def check(self, name, value, limit, fmt, unit=""):
        ok = value is not None and np.isfinite(value) and value < limit
        shown = "n/a" if value is None else fmt.format(value) + unit
        self.add(name, shown, f"< {fmt.format(limit)}{unit}", "PASS" if ok else "FAIL")

    def check_time(self, name, timing, limit_s):
        """PASS on wall time; on a busy machine, say when the CPU time alone would pass."""
        status = "PASS" if timing.wall < limit_s else "FAIL"
        if status == "FAIL" and timing.cpu < limit_s:
            status = "FAIL (busy?)"
        self.add(name, timing.cell(), f"< {limit_s:g} s wall", status)

    def error(self, name, exc, target="-"):
        self.add(name, f"{type(exc).__name__} (see above)", target, "ERROR")


# -- cases --------------------------------------------------------------------


def case_m4(rows, opts):
    import json as _json

    with open(M4_PATH) as f:
        features = _json.load(f)["features"]
    parts = [shapely.geometry.shape(feat["geometry"]) for feat in features]
    repeats = 2 if opts.quick else 5
    t_asm, route = best_of(repeats, lambda: (parts,), assemble_route)
    say(f"  sample: {len(parts)} part(s), {sum(shapely.get_num_coordinates(p) for p in parts)} vertices")
    say(f"  route: {route.length_km:.2f} km, {route.lon.size} vertices after densify "
        f"(max edge {route_module.DEFAULT_MAX_EDGE_M:g} m), sides {route.side_names}")
    say(f"  assemble_route: {t_asm.text('ms')}")
    build = lambda r: build_corridor(r, WIDTH_M, WIDTH_M, end_cap="flat")  # noqa: E731
    try:
        t_build, corridor = best_of(repeats, lambda: (fresh(route),), build)
    except Exception as exc:
        say(f"  build_corridor FAILED: {short_error(exc)} at {error_where(exc)}")
        rows.error("M4 corridor (6+6 km, flat)", exc)
        return
    say(f"  build_corridor: {t_build.text('ms')}")
    say(f"  corridor: {corridor.area_km2:.1f} km2 (12 km x route = {12 * route.length_km:.1f}), "
        f"{shapely.get_num_coordinates(corridor.polygon)} outline vertices, "
        f"max width error {corridor.max_width_error_m:.2e} m")
    rows.add("M4 assemble_route", t_asm.cell("ms"))
    rows.add("M4 corridor (6+6 km, flat)", t_build.cell("ms"), "report", "INFO")
    rows.check("M4 max width error", corridor.max_width_error_m, WIDTH_TOLERANCE_M, "{:.2g}", " m")
    if opts.profile:
        profile("M4 build_corridor", build, fresh(route))


def case_long(rows, opts):
    start = time.perf_counter()
    lon, lat = synthetic.meandering_road(20.0, 40.0, 200_000, 15.0, seed=1)
    radii = synthetic.turn_radii_m(lon, lat)
    bends = radii[radii < 50_000]
    say(f"  synthetic road made in {time.perf_counter() - start:.2f} s: 200,000 vertices every 15 m, "
        f"lon {lon.min():.2f}..{lon.max():.2f}, lat {lat.min():.2f}..{lat.max():.2f}")
    say(f"  bend radii (vertices turning, R < 50 km): min {bends.min():.0f} m, "
        f"median {np.median(bends) / 1000:.1f} km; {bends.size / radii.size:.0%} of vertices on bends")
    repeats = 2 if opts.quick else 3
    t_route, route = best_of(repeats, lambda: (lon, lat), Route.from_lonlat)
    say(f"  Route.from_lonlat (densify + chainage): {t_route.text()}; "
        f"{route.length_km:.1f} km, {route.lon.size} vertices")
    rows.add("3000 km Route.from_lonlat", t_route.cell())
    build = lambda r: build_corridor(r, WIDTH_M, WIDTH_M, end_cap="flat")  # noqa: E731
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        t_build, corridor = best_of(repeats, lambda: (fresh(route),), build)
    except Exception as exc:
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        say(f"  build_corridor FAILED after {elapsed:.2f} s wall ({cpu:.2f} s CPU): {short_error(exc)}")
        say(f"    raised at {error_where(exc)}")
        rows.error("3000 km corridor (6+6 km)", exc, "< 2 s wall")
        rows.add("3000 km max width error", "n/a", f"< {WIDTH_TOLERANCE_M:g} m", "FAIL")
        rows.add("3000 km outline vertices", "n/a")
        if opts.profile:
            profile("3000 km build_corridor", build, fresh(route))
        return
    n_out = shapely.get_num_coordinates(corridor.polygon)
    say(f"  build_corridor: {t_build.text()}")
    say(f"  corridor: {corridor.polygon.geom_type}, {n_out} outline vertices, "
        f"max width error {corridor.max_width_error_m:.2e} m")
    rows.check_time("3000 km corridor (6+6 km)", t_build, 2.0)
    rows.check("3000 km max width error", corridor.max_width_error_m, WIDTH_TOLERANCE_M, "{:.2g}", " m")
    rows.add("3000 km outline vertices", f"{n_out:,}")
    if opts.profile:
        profile("3000 km build_corridor", build, fresh(route))


def _flag_setup(n_points, seed=0):
    lon, lat = synthetic.road_centred_on(36.0, 35.8, 5000, 40.0, seed=seed)
    route = Route.from_lonlat(lon, lat)
    corridor = build_corridor(route, WIDTH_M, WIDTH_M, end_cap="flat")
    a, b = 1250, 3750  # two vertices of the road, about km 50 and km 150
    patrol = patrol_segment(route, Place("A", lon[a], lat[a]), Place("B", lon[b], lat[b]))
    box = synthetic.box_around(lon, lat, 200.0, 100.0)
    plon, plat, dates = synthetic.random_incidents(box, n_points, seed=11)
    return route, corridor, patrol, box, plon, plat, dates


def case_flags(rows, opts):
    n = 1_000_000
    start = time.perf_counter()
    route, corridor, patrol, box, plon, plat, dates = _flag_setup(n)
    west, east, south, north = box
    say(f"  setup {time.perf_counter() - start:.2f} s: road {route.length_km:.1f} km, {route.lon.size} "
        f"vertices, lon {route.lon.min():.2f}..{route.lon.max():.2f}, "
        f"lat {route.lat.min():.2f}..{route.lat.max():.2f}; corridor "
        f"{shapely.get_num_coordinates(corridor.polygon)} vertices")
    say(f"  patrol: km {patrol.start_km:.1f} to km {patrol.end_km:.1f} ({patrol.length_km:.1f} km)")
    say(f"  {n:,} incidents uniform in lon {west:.3f}..{east:.3f}, lat {south:.3f}..{north:.3f} "
        f"(200 x 100 km), dates {dates.min()} .. {dates.max()}, window from 2020-03-01")

    def flag():
        return flag_incidents(corridor, plon, plat, patrol=patrol, dates=dates, date_from="2020-03-01")

    # Memory first, in this fresh process: RSS high-water mark before and after,
    # and tracemalloc's peak (numpy reports its buffers to tracemalloc).
    rss_before, rss_now = maxrss_mib(), current_rss_mib()
    tracemalloc.start()
    try:
        flags = flag()
    except Exception as exc:
        tracemalloc.stop()
        say(f"  flag_incidents FAILED: {short_error(exc)} at {error_where(exc)}")
        rows.error("1M flags, all fields", exc, "< 2 s wall")
        return
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = maxrss_mib()
    say(f"  memory: tracemalloc peak {traced_peak / MIB:.0f} MiB during the call; "
        f"ru_maxrss {rss_before:.0f} MiB before (current RSS {rss_now:.0f} MiB), "
        f"{rss_after:.0f} MiB after (+{rss_after - rss_before:.0f} MiB)")

    repeats = 2 if opts.quick else 3
    t_flag, flags = best_of(repeats, lambda: (), flag)
    say(f"  flag_incidents: {t_flag.text()} = {t_flag.wall / n * 1e6:.2f} us/incident")
    counts = flags.summary(route.side_names)
    say("  counts: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    expected = corridor.area_km2 / 20_000.0  # box area, km2
    say(f"  inside share {counts['inside'] / n:.2%} vs corridor area / box area {expected:.2%}")

    # Spot check against brute force.
    rng = np.random.default_rng(5)
    sample = rng.choice(n, 2000, replace=False)
    start = time.perf_counter()
    truth = reference.distances(route.lon, route.lat, plon[sample], plat[sample], spacing_m=5.0)
    diff = np.abs(flags.distance_m[sample] - truth)
    worst = int(np.argmax(diff))
    say(f"  spot check ({time.perf_counter() - start:.1f} s): 2,000 distances vs brute-force Geod.inv to "
        f"the route densified every 5 m: max |diff| {diff.max():.2e} m, mean {diff.mean():.1e} m "
        f"(worst at {truth[worst] / 1000:.2f} km from the road); sampled distances "
        f"{truth.min():.0f} m .. {truth.max() / 1000:.1f} km")
    polygon_inside = shapely.contains_xy(corridor.polygon, plon[sample], plat[sample])
    near_edge = np.abs(truth - WIDTH_M) < 1.0
    disagree = (polygon_inside != flags.in_corridor[sample]) & ~near_edge
    say(f"  in_corridor agrees with point-in-polygon on the corridor outline for "
        f"{2000 - disagree.sum()} of 2000 sampled incidents ({near_edge.sum()} within 1 m of the edge ignored)")

    rows.check_time("1M flags, all fields", t_flag, 2.0)
    rows.check("1M flags: tracemalloc peak", traced_peak / MIB, 2048.0, "{:.0f}", " MiB")
    rows.check("1M flags: process peak RSS", rss_after, 2048.0, "{:.0f}", " MiB")
    rows.add("1M flags: inside corridor", f"{counts['inside']:,} ({counts['inside'] / n:.1%})")
    rows.check("1M flags: max |distance - brute force|", float(diff.max()), 0.01, "{:.2g}", " m")
    rows.add("1M flags: in_corridor vs polygon", f"{int(disagree.sum())} of 2000 differ", "0",
             "PASS" if not disagree.any() else "FAIL")
    if opts.profile:
        profile("flag_incidents (1M)", flag)


def case_robust(rows, opts):
    seeds = range(10 if opts.quick else 20)
    ok, failures = 0, []
    start = time.perf_counter()
    for seed in seeds:
        lon, lat = synthetic.road_centred_on(36.0, 35.8, 5000, 40.0, seed=seed)
        route = Route.from_lonlat(lon, lat)
        try:
            build_corridor(route, WIDTH_M, WIDTH_M, end_cap="flat")
            ok += 1
        except Exception as exc:
            failures.append((seed, exc))
    say(f"  {ok} of {len(seeds)} flat-ended 6+6 km corridors built ({time.perf_counter() - start:.1f} s)")
    for seed, exc in failures:
        say(f"    seed {seed}: {short_error(exc)}")
    rows.add("flat corridors of 200 km winding roads", f"{ok} of {len(seeds)} build",
             f"{len(seeds)} of {len(seeds)}", "PASS" if ok == len(seeds) else "FAIL")


def osm_like_ways(lon, lat, count, seed=2):
    """The road cut into ``count`` ways that share their end nodes (as OSM's do),
    every other one digitised backwards, shuffled."""
    rng = np.random.default_rng(seed)
    cuts = np.r_[0, np.sort(rng.choice(np.arange(1, lon.size - 1), count - 1, replace=False)), lon.size - 1]
    ways = [shapely.LineString(np.column_stack([lon[a:b + 1], lat[a:b + 1]])) for a, b in zip(cuts[:-1], cuts[1:])]
    ways = [way.reverse() if k % 2 else way for k, way in enumerate(ways)]
    order = rng.permutation(len(ways))
    return [ways[k] for k in order]


def case_ways(rows, opts):
    lon, lat = synthetic.meandering_road(20.0, 40.0, 200_000, 15.0, seed=1)
    whole = Route.from_lonlat(lon, lat)
    ways = osm_like_ways(lon, lat, 10_000)
    say(f"  {len(ways):,} ways of {lon.size / len(ways):.0f} vertices on average, shuffled, every other one backwards")
    repeats = 2 if opts.quick else 3
    t_assemble, route = best_of(repeats, lambda: (ways,), assemble_route)
    say(f"  assemble_route: {t_assemble.text()}; {route.length_km:.3f} km (the road: {whole.length_km:.3f} km), "
        f"{route.report.parts_used} of {len(ways)} ways used")
    rows.check_time("route of 10,000 OSM-like ways", t_assemble, 2.0)
    rows.check("10,000 ways: route length - road length", abs(route.length_km - whole.length_km) * 1000, 1.0,
               "{:.2g}", " m")
    if opts.profile:
        profile("assemble_route (10,000 ways)", assemble_route, ways)


def case_qgis(rows, opts):
    import qgis_side

    sizes = (100_000,) if opts.quick else (100_000, 1_000_000)
    folder = REPO / "build" / "bench"
    for n in sizes:
        start = time.perf_counter()
        data = qgis_side.make_data(folder / f"incidents_{n}.gpkg", n)
        say(f"  {n:,} incidents with {len(qgis_side.FIELDS)} attributes in {data.name} "
            f"({data.stat().st_size / MIB:.0f} MiB, ready in {time.perf_counter() - start:.0f} s)")
        results = {}
        for kind in ("ours", "native", "copy", "dock", "dock-utm"):
            out = folder / f"out_{kind}_{n}.gpkg"
            with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
                result_path = tmp.name
            cmd = [sys.executable, str(HERE / "qgis_side.py"), "--run", kind, "--data", str(data), "--out", str(out),
                   "--result", result_path]
            if kind == "copy":
                cmd += ["--copy-of", str(folder / f"out_ours_{n}.gpkg")]
            subprocess.run(cmd, stderr=subprocess.DEVNULL)
            try:
                with open(result_path) as f:
                    results[kind] = json.load(f)
            except (OSError, ValueError):
                results[kind] = None
            finally:
                os.unlink(result_path)
            got = results[kind]
            if got is None:
                say(f"  {kind}: the run failed")
                continue
            say(f"  {kind:6}: {got['seconds']:.2f} s, {got['features']:,} features written, peak RSS "
                f"{got['peak_mib']:.0f} MiB ({got['baseline_mib']:.0f} MiB with QGIS started, before the run)")
            if kind.startswith("dock"):
                say(f"          the bar moved {got['moves']} times, at most {got['longest_between_moves_s']:.2f} s apart "
                    f"(a cancel is seen at the next move); QGIS's event loop paused at most "
                    f"{got['longest_pause_s'] * 1000:.0f} ms")
        ours, native, copy = (results.get(kind) for kind in ("ours", "native", "copy"))
        label = f"{n // 1000:,}k" if n < 1_000_000 else f"{n // 1_000_000}M"
        if ours is None or native is None:
            rows.add(f"QGIS flagincidents {label} / native chain", "run failed", "<= 0.1", "ERROR")
            continue
        ratio = ours["seconds"] / native["seconds"]
        rows.add(f"QGIS flagincidents {label}", f"{ours['seconds']:.2f} s (native chain {native['seconds']:.1f} s)")
        rows.add(f"QGIS flagincidents {label} / native chain", f"{ratio:.3f}", "<= 0.1",
                 "PASS" if ratio <= 0.1 else "FAIL")
        if copy is not None:
            rows.add(f"QGIS writer copying our {label} output", f"{copy['seconds']:.2f} s = "
                     f"{copy['seconds'] / ours['seconds']:.0%} of ours")
        rows.add(f"QGIS {label} peak RSS, ours / native", f"{ours['peak_mib']:.0f} / {native['peak_mib']:.0f} MiB",
                 "ours <= native", "PASS" if ours["peak_mib"] <= native["peak_mib"] else "FAIL")
        for kind, how in (("dock", "both into a GeoPackage"), ("dock-utm", "road in UTM: saved after flagging")):
            dock = results.get(kind)
            if dock is None:
                continue
            rows.add(f"QGIS {kind} flagging {label}", f"{dock['seconds']:.2f} s = "
                     f"{dock['seconds'] / ours['seconds']:.2f} x the algorithm ({how})")
            rows.check(f"QGIS {kind} {label}: longest wait for a cancel", dock["longest_between_moves_s"], 1.0, "{:.2f}",
                       " s")
            rows.check(f"QGIS {kind} {label}: longest event-loop pause", dock["longest_pause_s"] * 1000, 250, "{:.0f}",
                       " ms")
        if ours["features"] != n or native["features"] != n:
            rows.add(f"QGIS {label} features written", f"{ours['features']:,} / {native['features']:,}", f"{n:,}", "FAIL")


CASE_FUNCTIONS = {
    "m4": case_m4, "long": case_long, "flags": case_flags, "robust": case_robust, "ways": case_ways, "qgis": case_qgis,
}
TITLES = {
    "m4": "1. Sample M4 corridor",
    "long": "2. Synthetic 3,000 km road, 200,000 vertices",
    "flags": "3. Flagging 1,000,000 incidents",
    "robust": "4. Robustness: flat-ended corridors of winding roads",
    "ways": "5. Route assembly of 10,000 OSM-like ways",
    "qgis": "6. Flagging in QGIS against the native algorithms",
}


# -- driver -------------------------------------------------------------------


def run_child(name, opts):
    """Run one case in this process (as a child) and write its rows as JSON."""
    rows = Rows()
    try:
        CASE_FUNCTIONS[name](rows, opts)
    except Exception as exc:  # a broken benchmark must still report
        traceback.print_exc()
        rows.error(f"{name}: benchmark crashed", exc)
    with open(opts.result, "w") as f:
        json.dump(rows.rows, f)


def load_text():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def git_state():
    """Commit of the engine measured, and whether core/ has uncommitted changes."""
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "core"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown commit"
    return head + (" + uncommitted changes in core/" if dirty else "")


def run_all(opts):
    names = opts.case or list(CASES)
    import pyproj

    say(f"Secure Corridor benchmarks on {os.cpu_count()} CPU(s); Python {sys.version.split()[0]}, "
        f"numpy {np.__version__}, shapely {shapely.__version__} (GEOS {shapely.geos_version_string}), "
        f"pyproj {pyproj.__version__} (PROJ {pyproj.proj_version_str}); engine at {git_state()}")
    say(f"Load average before starting: {load_text()} (other processes on the {os.cpu_count()} cores "
        "slow every figure below; numpy, GEOS and PROJ run single-threaded here)")
    all_rows = []
    wall = time.perf_counter()
    for name in names:
        say()
        say(f"== {TITLES[name]} ==")
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
            result_path = tmp.name
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name, "--result", result_path]
        cmd += ["--quick"] if opts.quick else []
        cmd += ["--profile"] if opts.profile else []
        proc = subprocess.run(cmd)
        try:
            with open(result_path) as f:
                rows = json.load(f)
        except (OSError, ValueError):
            rows = [[f"{name}: benchmark process died", f"exit code {proc.returncode}", "-", "ERROR"]]
        finally:
            if os.path.exists(result_path):
                os.unlink(result_path)
        all_rows += rows
        say(f"  (load average now {load_text()})")
    say()
    say(f"== Summary ({time.perf_counter() - wall:.0f} s in all) ==")
    header = ["benchmark", "measured", "target", "result"]
    widths = [max(len(str(r[i])) for r in all_rows + [header]) for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    say(line)
    say("  ".join(h.ljust(w) for h, w in zip(header, widths)))
    say(line)
    for row in all_rows:
        say("  ".join(str(c).ljust(w) for c, w in zip(row, widths)))
    say(line)
    failed = [r[0] for r in all_rows if r[3].startswith(("FAIL", "ERROR"))]
    if any(r[3] == "FAIL (busy?)" for r in all_rows):
        say("FAIL (busy?): over the target in wall time but not in CPU time; the machine was shared "
            f"(load average {load_text()}); run again on an idle machine.")
    if failed:
        say(f"{len(failed)} target(s) not met: " + "; ".join(failed))
    else:
        say("All targets met.")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--case", action="append", choices=CASES, help="run only this case (repeatable)")
    parser.add_argument("--profile", action="store_true", help="cProfile each timed step")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--child", choices=CASES, help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)
    if opts.child:
        run_child(opts.child, opts)
    else:
        run_all(opts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
