"""secure_corridor:routebook — a printable route book (PDF) of the patrol, page by page."""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..bridge.points import read_point_parts
from ..bridge.route_book import BookContent, page_features, write_route_book
from ..bridge.route_book_layout import STRIP_MAP_MM
from ..bridge.translation import tr
from ..core import build_corridor, check_window, checkpoints, flag_incidents
from ..core.pages import DEFAULT_OVERLAP_KM, DEFAULT_PAGE_KM, page_ranges, strip_pages, travel_widths
from .common import CorridorAlgorithm, gap_help, output_note, paragraphs, route_options_help, widths_help
from .patrol_inputs import PatrolInputs

# QGIS 3.36 moved the flags into Qgis; QGIS 4 has only those.
_NO_THREADING = (
    Qgis.ProcessingAlgorithmFlag.NoThreading if hasattr(Qgis, "ProcessingAlgorithmFlag")
    else QgsProcessingAlgorithm.Flag.FlagNoThreading
)


class RouteBook(PatrolInputs, CorridorAlgorithm):
    NAME = "routebook"

    def displayName(self):  # noqa: N802 (QGIS API)
        return tr("Route book of the patrol (PDF)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return (
            tr("Makes a printable route book for a patrol team: an overview page of the whole patrol, then "
               "one page per stretch of road, each at the same fixed scale and turned so that the road runs "
               "left to right in the direction of travel, with km ticks, checkpoints, the corridor's edges, "
               "places and incidents, a north arrow to true north and a scale bar.")
            + "<br><br>"
            + paragraphs(
                tr("<b>Road</b>, <b>Start</b>, <b>End</b>, <b>Places</b>: as for the patrol stretch; the "
                   "places are also labelled on the maps, by their name field and an Arabic name field "
                   "(name_ar) when the layer has one."),
            )
            + widths_help()
            + paragraphs(
                tr("<b>Incidents</b> (optional): points flagged against the corridor and the patrol, drawn as "
                   "the Flag incidents algorithm styles them; with a <b>Date field</b> and a window, those "
                   "outside it are dimmed."),
                tr("<b>Checkpoint interval</b>: km between checkpoints, from the start; 0 for none."),
                tr("<b>Page length</b>, <b>Overlap</b>: km of patrol per page, and km each page repeats of "
                   "the one before. <b>Scale</b>: the scale's denominator for every strip page (e.g. 50000); "
                   "0 chooses the largest standard scale at which every page's stretch and corridor fit."),
            )
            + gap_help()
            + route_options_help()
            + "<br>"
            + paragraphs(
                tr("<b>Route book</b>: the PDF. <b>Strip pages</b> (optional): each page's map extent as a "
                   "polygon, fields page (its page in the book; the overview is page 1), from_km and to_km "
                   "(km from the patrol's start) and rotation (the map rotation, degrees clockwise, in the "
                   "book's local projection centred on the patrol). The layer drives an atlas for printing "
                   "the pages with QGIS's own layouts."),
                tr("Outputs PAGE_COUNT (pages in the PDF) and SCALE hold the book's numbers for models."),
            )
            + "<br>"
            + output_note()
        )

    def flags(self):
        # Layouts are painted on the main thread.
        return super().flags() | _NO_THREADING

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_patrol_inputs()
        self.add_widths()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INCIDENTS", tr("Incidents"), [QgsProcessing.SourceType.TypeVectorPoint], None, True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "DATE_FIELD", tr("Date field"), None, "INCIDENTS", QgsProcessingParameterField.DataType.Any,
                False, True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString("DATE_FORMAT", tr("Date format (e.g. %d/%m/%Y)"), None, False, True)
        )
        for name, label in (("DATE_FROM", tr("From date (inclusive)")), ("DATE_TO", tr("To date (exclusive)"))):
            self.addParameter(
                QgsProcessingParameterDateTime(name, label, QgsProcessingParameterDateTime.Type.Date, None, True)
            )
        for name, label, default, minimum in (
            ("CHECKPOINT_INTERVAL", tr("Checkpoint interval (km), 0 for none"), 10.0, 0.0),
            ("PAGE_KM", tr("Page length (km)"), DEFAULT_PAGE_KM, 0.1),
            ("OVERLAP_KM", tr("Overlap (km)"), DEFAULT_OVERLAP_KM, 0.0),
            ("SCALE", tr("Scale (e.g. 50000), 0 to choose"), 0.0, 0.0),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Type.Double, default, False,
                                             minimum)
            )
        self.add_gap_tolerance()
        self.add_route_options(advanced=True)
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Route book"), tr("PDF files (*.pdf)")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "PAGES", tr("Strip pages"), QgsProcessing.SourceType.TypeVectorPolygon, None, True, True
            )
        )
        self.addOutput(QgsProcessingOutputNumber("PAGE_COUNT", tr("Pages in the route book")))
        self.addOutput(QgsProcessingOutputNumber("SCALE", tr("Scale of the strip pages")))

    def compute(self, parameters, context, feedback, progress):
        path = self._pdf_path(parameters, context)
        page_km, overlap_km, scale, interval_km = (
            self.parameterAsDouble(parameters, name, context)
            for name in ("PAGE_KM", "OVERLAP_KM", "SCALE", "CHECKPOINT_INTERVAL")
        )
        page_ranges(0.0, page_km, overlap_km)  # the page options checked before the long work
        left_m, right_m, end_cap = self.widths(parameters, context)
        incidents, window = self._incident_options(parameters, context)
        source, route, patrol = self.patrol(parameters, context, feedback, progress)
        progress(45, tr("Building the corridor"))
        corridor = build_corridor(route, left_m, right_m, end_cap)
        book = strip_pages(patrol, *travel_widths(corridor, patrol), frame_mm=STRIP_MAP_MM, page_km=page_km,
                           overlap_km=overlap_km, scale=scale or None, first_number=2)
        feedback.pushInfo(tr("{count} strip pages at 1:{scale}.").format(count=len(book.pages), scale=book.scale))
        content = BookContent(
            route=route, patrol=patrol, corridor=corridor, book=book,
            stops=checkpoints(patrol, interval_km) if interval_km > 0 else None,
            places=self.parameterAsSource(parameters, "PLACES", context),
            place_field=self._place_field(parameters, context), dates=window[1:],
        )
        if incidents is not None:
            progress(50, tr("Flagging the incidents"))
            content.incidents = self._flagged(incidents, corridor, patrol, window, progress)
        progress(60, tr("Writing the strip pages"))
        field_set, features = page_features(book, source.sourceCrs())
        pages_id = self.write(parameters, "PAGES", context, field_set, QgsWkbTypes.Type.Polygon, source.sourceCrs(),
                              features)
        progress(65, tr("Drawing the route book"))
        count = write_route_book(path, content, check=progress.within(65, 100))
        progress(100, tr("Done"))
        results = {"OUTPUT": str(path), "PAGE_COUNT": count, "SCALE": book.scale}
        if pages_id is not None:
            results["PAGES"] = pages_id
        return results

    def _pdf_path(self, parameters, context):
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if not path:
            raise QgsProcessingException(tr("Choose where to save the route book (a PDF file)."))
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        if not path.parent.is_dir():
            raise QgsProcessingException(
                tr("The folder {folder} for the route book does not exist.").format(folder=str(path.parent))
            )
        return path

    def _place_field(self, parameters, context):
        places = self.parameterAsSource(parameters, "PLACES", context)
        if places is None:
            return None
        field = self.parameterAsString(parameters, "NAME_FIELD", context)
        names = places.fields().names()
        return field or next((name for name in names if "name" in name.lower()), None)

    def _incident_options(self, parameters, context):
        """(incidents source or None, (date field, from, to))."""
        incidents = self.parameterAsSource(parameters, "INCIDENTS", context) if self.has_value(
            parameters, "INCIDENTS") else None
        date_field = self.parameterAsString(parameters, "DATE_FIELD", context) or None
        date_from, date_to = (self.date_parameter(parameters, name, context) for name in ("DATE_FROM", "DATE_TO"))
        if (date_from or date_to) and not (incidents is not None and date_field):
            raise QgsProcessingException(
                tr("A date window is set but no incidents with a date field: choose the incidents' date field.")
            )
        check_window(date_from, date_to)
        self._date_format = self.parameterAsString(parameters, "DATE_FORMAT", context) or None
        return incidents, (date_field, date_from, date_to)

    def _flagged(self, incidents, corridor, patrol, window, progress):
        """(lon, lat, flags), one per incident."""
        date_field, date_from, date_to = window
        points = read_point_parts(incidents, date_field=date_field, date_format=self._date_format,
                                  check=progress.within(50, 58))
        flags = flag_incidents(
            corridor, points.lon, points.lat, patrol=patrol, dates=points.dates, date_from=date_from,
            date_to=date_to, parts_of=points.parts_of,
        )
        return (*points.flagged_points(flags), flags)

