"""Secure Corridor: geodesic corridors, patrol stretches and incident flags for QGIS."""


def classFactory(iface):  # noqa: N802 (QGIS entry point name)
    from .dependencies import check

    report = check()
    if not report.ready:
        from .unavailable import Unavailable

        return Unavailable(iface, report)
    from .plugin import Plugin

    return Plugin(iface)
