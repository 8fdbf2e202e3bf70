"""Secure Corridor: geodesic corridors, patrol stretches and incident flags for QGIS."""


def classFactory(iface):  # noqa: N802 (QGIS entry point name)
    from .plugin import Plugin

    return Plugin(iface)
