"""The numbers the demo reports: incidents by flag, by side, and by section of the patrol.

Plain numpy on the core's objects; "dated" means inside the date window (all
incidents when no window was set).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..core.patrol import km_text

ON_ROUTE = "on route"


@dataclass(frozen=True)
class Section:
    """A stretch of the patrol between two checkpoints, km from the patrol's start."""

    from_km: float
    to_km: float
    by_side: dict  # side name -> dated incidents in the patrol stretch here
    total: int

    @property
    def label(self):
        return f"km {km_text(self.from_km)}–{km_text(self.to_km)}"


@dataclass(frozen=True)
class Figures:
    total: int  # incidents in the file
    dated: int  # of which inside the date window
    by_flag: tuple  # (label, dated, all dates)
    by_side: tuple  # (side, dated inside the corridor, dated in the patrol stretch)
    sections: tuple  # Section, from the patrol's start
    side_names: tuple  # the sides shown in by_side and sections

    def flag(self, label, dated=True):
        for name, in_window, everything in self.by_flag:
            if name == label:
                return in_window if dated else everything
        raise KeyError(label)


IN_PATROL = "Inside the patrol stretch"
IN_CORRIDOR_ONLY = "Inside the corridor, outside the patrol stretch"
OUTSIDE = "Outside the corridor"
MISSING = "Without a location"


def compute(route, patrol, stops, flags):
    """Figures for the report from the core's route, patrol, checkpoints and flags."""
    dated = flags.in_window if flags.in_window is not None else np.ones(len(flags), dtype=bool)
    inside, in_patrol, missing = flags.in_corridor, flags.in_patrol, flags.missing
    groups = (
        (IN_PATROL, in_patrol),
        (IN_CORRIDOR_ONLY, inside & ~in_patrol),
        (OUTSIDE, ~inside & ~missing),
        (MISSING, missing),
    )
    by_flag = tuple((label, int((mask & dated).sum()), int(mask.sum())) for label, mask in groups)

    sides = list(route.side_names)
    if (inside & (flags.side_name == ON_ROUTE)).any():
        sides.append(ON_ROUTE)
    by_side = tuple(
        (side, int((inside & dated & (flags.side_name == side)).sum()),
         int((in_patrol & dated & (flags.side_name == side)).sum()))
        for side in sides
    )
    return Figures(
        total=len(flags),
        dated=int(dated.sum()),
        by_flag=by_flag,
        by_side=by_side,
        sections=sections(patrol, stops, flags, in_patrol & dated, sides),
        side_names=tuple(sides),
    )


def sections(patrol, stops, flags, selected, sides):
    """Counts of the ``selected`` incidents per stretch between consecutive checkpoints."""
    edges = np.asarray(stops.km, dtype=float)
    if edges.size < 2:
        edges = np.array([0.0, patrol.length_km])
    km = patrol.km_from_start(flags.chainage_km[selected])
    index = np.clip(np.searchsorted(edges, km, side="right") - 1, 0, edges.size - 2)
    side = flags.side_name[selected]
    result = []
    for k in range(edges.size - 1):
        here = index == k
        result.append(
            Section(
                from_km=float(edges[k]),
                to_km=float(edges[k + 1]),
                by_side={name: int((here & (side == name)).sum()) for name in sides},
                total=int(here.sum()),
            )
        )
    return tuple(result)
