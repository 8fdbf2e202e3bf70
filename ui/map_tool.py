"""A map tool that picks a point on the route: it shows where a click snaps to.

While the tool is active a marker follows the mouse along the route (the road
point nearest the cursor, with its km); a left click picks that point as a
place named "Map point at km …"; right click or Escape gives up. Where a point
snaps to is the caller's ``snap(lon, lat)`` (the engine's ``locate``); the tool
only converts between the canvas CRS and WGS84 and draws.
"""

from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.gui import QgsMapTool, QgsVertexMarker
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QCursor

from ..bridge.layers import WGS84, to_lonlat
from ..bridge.translation import tr
from ..core import Place


def map_point_name(km):
    return tr("Map point at km {km:.1f}").format(km=km)


class RoutePointTool(QgsMapTool):
    """Pick a point of the route by clicking near it.

    ``snap(lon, lat)`` returns ``(foot_lon, foot_lat, km, distance_m)``: the
    nearest route point, its chainage and how far the click was from it.
    """

    picked = pyqtSignal(object, float)  # a core Place, its km on the route
    hovered = pyqtSignal(str)  # what a click here would pick, for a status line
    cancelled = pyqtSignal()

    def __init__(self, canvas, snap):
        super().__init__(canvas)
        self._snap = snap
        self.setCursor(QCursor(Qt.CursorShape.CrossCursor))
        self.marker = None
        self.last = None  # (Place, km) under the mouse

    def snapped(self, map_point):
        """The (Place, km, distance_m) a click at ``map_point`` (canvas CRS) picks."""
        crs = self.canvas().mapSettings().destinationCrs()
        foot_lon, foot_lat, km, distance_m = self._snap(*to_lonlat(QgsPointXY(map_point), crs))
        return Place(map_point_name(km), foot_lon, foot_lat), km, distance_m

    def _show(self, place):
        if self.marker is None:
            self.marker = QgsVertexMarker(self.canvas())
            self.marker.setIconType(QgsVertexMarker.IconType.ICON_CIRCLE)
            self.marker.setColor(QColor(200, 30, 30))
            self.marker.setIconSize(14)
            self.marker.setPenWidth(3)
        crs = self.canvas().mapSettings().destinationCrs()
        to_canvas = QgsCoordinateTransform(WGS84, crs, QgsProject.instance())
        self.marker.setCenter(to_canvas.transform(QgsPointXY(place.lon, place.lat)))
        self.marker.show()

    def canvasMoveEvent(self, event):  # noqa: N802 (Qt API)
        place, km, distance_m = self.snapped(event.mapPoint())
        self.last = (place, km)
        self._show(place)
        self.hovered.emit(
            tr("Click to pick km {km:.1f} of the route ({distance:.2f} km from the pointer).").format(
                km=km, distance=distance_m / 1000
            )
        )

    def canvasReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.MouseButton.RightButton:
            self.cancelled.emit()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        place, km, _ = self.snapped(event.mapPoint())
        self.last = (place, km)
        self._show(place)
        self.picked.emit(place, km)

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()

    def deactivate(self):
        self.remove_marker()
        super().deactivate()

    def remove_marker(self):
        if self.marker is not None:
            self.canvas().scene().removeItem(self.marker)
            self.marker = None
