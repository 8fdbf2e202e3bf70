"""The dock's last-used values, in one typed place, kept in QgsSettings.

Stored under ``secure_corridor/`` so that they survive QGIS restarts; anything
unreadable falls back to the default.
"""

from dataclasses import dataclass, fields

from qgis.core import QgsSettings

PREFIX = "secure_corridor/"


@dataclass
class Settings:
    north_km: float = 6.0
    south_km: float = 6.0
    end_cap: str = "flat"
    gap_tolerance_m: float = 50.0
    snap_tolerance_km: float = 2.0
    checkpoint_interval_km: float = 10.0
    date_from: str = ""  # ISO day, or empty for no window
    date_to: str = ""
    date_format: str = ""  # strptime codes, or empty to read dates automatically
    output_gpkg: str = ""  # empty: temporary layers

    @classmethod
    def load(cls, store=None):
        store = store or QgsSettings()
        values = {}
        for field in fields(cls):
            raw = store.value(PREFIX + field.name, field.default)
            try:
                values[field.name] = field.type(raw) if field.type is not str else str(raw)
            except (TypeError, ValueError):
                values[field.name] = field.default
        return cls(**values)

    def save(self, store=None):
        store = store or QgsSettings()
        for field in fields(self):
            store.setValue(PREFIX + field.name, getattr(self, field.name))
