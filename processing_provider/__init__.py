"""The Processing provider: the engine in the toolbox, Model Builder, batch and qgis_process.

The algorithms hold no geometry logic: they read with :mod:`..bridge.layers`,
compute with :mod:`..core` and write with :mod:`..bridge.features`, as the dock does.
"""

from .provider import Provider

__all__ = ["Provider"]
