"""What the three algorithms share: parameters, reading the road, progress, errors, sinks.

No geometry here either: the route comes from ``core.assemble_route`` on the
parts ``bridge.layers.read_lines`` reads.
"""

from qgis.core import (
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
)

from ..bridge import project
from ..bridge.layers import read_lines, to_lonlat
from ..bridge.translation import error_text, side_name, text, tr
from ..core import (
    DEFAULT_GAP_TOLERANCE_M,
    END_CAPS,
    ClosedLoopError,
    CorridorError,
    LeftOutRoadError,
    Place,
    assemble_route,
    patrol_segment,
)
from ..core.corridor import MAX_WIDTH_M
from ..core.patrol import DEFAULT_SNAP_TOLERANCE_M
from .outputs import Output, undo_outputs

DEFAULT_WIDTH_M = 6000.0

# Help text for the parameters more than one algorithm has: functions, so that
# each paragraph is translated when the help is shown (the translator is
# installed when the plugin loads, after this module is imported).


def paragraphs(*texts):
    """Help paragraphs, each ended by a line break."""
    return "".join(paragraph + "<br>" for paragraph in texts)


def widths_help():
    return paragraphs(
        tr("<b>North width</b>, <b>South width</b>: metres on the WGS84 ellipsoid on the left and "
           "on the right of travel. The route runs west to east, so left is north (on a mostly "
           "north-south road it runs south to north and left is west). 0 for no corridor on a side, "
           "else at least 10 m."),
        tr("<b>End style</b>: flat (cut square through the road's ends) or round."),
    )


def gap_help():
    return paragraphs(
        tr("<b>Gap tolerance</b>: road parts whose ends are at most this many metres apart are "
           "joined; a wider gap is an error that says where it is."),
    )


def route_options_help():
    return paragraphs(
        tr("<b>Bridge all gaps</b>: join the road's pieces whatever the gaps between them."),
        tr("<b>Reverse the route</b>: run it east to west (north to south), so that km 0 is at the "
           "other end; the left of travel, where the North width goes, is then south (east)."),
        tr("<b>Route start</b>, <b>Route end</b> (optional, both or neither): run the route between "
           "these points, snapped to the road within 2 km, instead of between the road's two ends "
           "farthest apart; needed for a road that is a closed loop."),
        tr("<b>Leave out road off the route</b>: without route ends, more than a quarter of the road "
           "lying over 1 km off the route (the other half of a ring road, a second road) is an "
           "error; with this set, the route is built and the rest reported."),
    )


def output_note():
    return tr(
        "The inputs are only read. A memory output is lost when QGIS closes: "
        "save to a GeoPackage to keep it."
    )


def end_cap_names():
    """The end styles of END_CAPS, in its order, as the user reads them."""
    names = {"flat": tr("flat"), "round": tr("round")}
    return [names.get(cap, cap) for cap in END_CAPS]


# Features per addFeatures call when writing a sink: a cancel is seen between two.
WRITE_BATCH = 10_000


class Cancelled(Exception):
    """The user cancelled the run."""


class Progress:
    """``progress(percent, step)``: report a step (``step`` already translated),
    or raise Cancelled if cancelled.

    ``progress.within(start, end)`` is the ``check(done, total)`` that the
    bridge's long loops and :meth:`CorridorAlgorithm.write` call as they go.
    """

    def __init__(self, feedback):
        self.feedback = feedback

    def __call__(self, percent, step):
        if self.feedback.isCanceled():
            raise Cancelled()
        self.feedback.setProgressText(step)
        self.feedback.setProgress(percent)

    def within(self, start, end):
        """A ``check(done, total)`` moving the bar from ``start`` to ``end``
        (it stays at ``start`` when the total is not known), raising Cancelled
        once the run is cancelled."""
        feedback = self.feedback

        def check(done, total):
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgress(start + (end - start) * min(done, total) / total if total and total > 0 else start)

        return check


class CorridorAlgorithm(QgsProcessingAlgorithm):
    """Base of the provider's algorithms: ids, group, and errors as plain messages.

    A subclass sets NAME, implements ``displayName`` and ``shortHelpString``
    (each returning bare ``tr("...")`` literals, looked up when QGIS asks), and
    ``initAlgorithm`` and ``compute(parameters, context, feedback, progress)``.
    """

    NAME = ""

    def name(self):
        return self.NAME

    def group(self):
        return tr("Corridor")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "corridor"

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        feedback = feedback or QgsProcessingFeedback()
        self._outputs = []  # the sinks this run wrote to, undone if it is cancelled
        try:
            return self.compute(parameters, context, feedback, Progress(feedback))
        except Cancelled:
            # A failed run, not an empty success: QGIS then loads no output, and a
            # model stops instead of feeding nothing to its next step.
            raise QgsProcessingException(undo_outputs(self._outputs, context)) from None
        except CorridorError as error:
            # Outputs are written as the features come, so an error found in the
            # data late leaves a part written: undone, as after a cancel.
            undo_outputs(self._outputs, context)
            # The engine's messages are written for analysts: no traceback.
            raise QgsProcessingException(error_text(error)) from None
        except Exception:
            undo_outputs(self._outputs, context)
            raise

    # -- parameters shared by the algorithms -----------------------------------

    def add_widths(self):
        for name, label in (("NORTH_WIDTH", tr("North width (m), left of travel")),
                            ("SOUTH_WIDTH", tr("South width (m), right of travel"))):
            self.addParameter(
                QgsProcessingParameterNumber(
                    name, label, QgsProcessingParameterNumber.Type.Double,
                    DEFAULT_WIDTH_M, False, 0.0, MAX_WIDTH_M,
                )
            )
        self.addParameter(
            QgsProcessingParameterEnum("END_CAP", tr("End style"), end_cap_names(), False, 0, False)
        )

    def add_gap_tolerance(self):
        self.addParameter(
            QgsProcessingParameterNumber(
                "GAP_TOLERANCE", tr("Gap tolerance (m)"), QgsProcessingParameterNumber.Type.Double,
                DEFAULT_GAP_TOLERANCE_M, False, 0.0,
            )
        )

    def add_snap_tolerance(self):
        self.addParameter(
            QgsProcessingParameterNumber(
                "SNAP_TOLERANCE", tr("Snap tolerance (m)"), QgsProcessingParameterNumber.Type.Double,
                DEFAULT_SNAP_TOLERANCE_M, False, 0.0,
            )
        )

    def add_route_options(self, advanced=False):
        """BRIDGE_ALL_GAPS, REVERSE, ROUTE_START, ROUTE_END and LEAVE_OUT, read by :meth:`route`."""
        parameters = [
            QgsProcessingParameterBoolean("BRIDGE_ALL_GAPS", tr("Bridge all gaps"), False),
            QgsProcessingParameterBoolean("REVERSE", tr("Reverse the route (east to west)"), False),
            QgsProcessingParameterPoint("ROUTE_START", tr("Route start (optional)"), None, True),
            QgsProcessingParameterPoint("ROUTE_END", tr("Route end (optional)"), None, True),
            QgsProcessingParameterBoolean("LEAVE_OUT", tr("Leave out road off the route"), False),
        ]
        for parameter in parameters:
            if advanced or parameter.name() in ("ROUTE_START", "ROUTE_END", "LEAVE_OUT"):
                parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)

    def widths(self, parameters, context):
        """(left_m, right_m, end_cap) from NORTH_WIDTH, SOUTH_WIDTH and END_CAP."""
        return (
            self.parameterAsDouble(parameters, "NORTH_WIDTH", context),
            self.parameterAsDouble(parameters, "SOUTH_WIDTH", context),
            END_CAPS[self.parameterAsEnum(parameters, "END_CAP", context)],
        )

    # -- reading ---------------------------------------------------------------

    def source(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def route(self, parameters, name, context, feedback):
        """The line source ``name`` and the route assembled from its features
        (with GAP_TOLERANCE, BRIDGE_ALL_GAPS and REVERSE)."""
        source = self.source(parameters, name, context)
        parts, labels, crs = read_lines(source)
        given = [self.has_value(parameters, end) for end in ("ROUTE_START", "ROUTE_END")]
        if any(given) and not all(given):
            raise QgsProcessingException(tr("Give both the route start and the route end, or neither."))
        ends = None
        if all(given):
            ends = tuple(
                self.place(parameters, end, label, context, source.sourceCrs())
                for end, label in (("ROUTE_START", tr("The route start")), ("ROUTE_END", tr("The route end")))
            )
        try:
            route = assemble_route(
                parts,
                crs=crs,
                labels=labels,
                gap_tolerance_m=self.parameterAsDouble(parameters, "GAP_TOLERANCE", context),
                bridge_all_gaps=self.parameterAsBoolean(parameters, "BRIDGE_ALL_GAPS", context),
                reverse=self.parameterAsBoolean(parameters, "REVERSE", context),
                ends=ends,
                leave_out=self.parameterAsBoolean(parameters, "LEAVE_OUT", context),
            )
        except (ClosedLoopError, LeftOutRoadError) as error:
            raise QgsProcessingException(
                tr("{error} Here: give the Route start and Route end, or set Leave out road off the route.").format(
                    error=error_text(error)
                )
            ) from None
        left, right = route.side_names
        feedback.pushInfo(
            tr("Route of {length_km:.3f} km, sides {left} and {right}: {summary}.").format(
                length_km=route.length_km, left=side_name(left), right=side_name(right),
                summary=text(route.report.summary_message()),
            )
        )
        if route.report.left_out:
            feedback.pushWarning(tr("Not on the route: {parts}.").format(parts=", ".join(route.report.left_out)))
        return source, route

    def has_value(self, parameters, name):
        value = parameters.get(name)
        return value is not None and value != ""

    def place(self, parameters, name, label, context, fallback_crs):
        """A :class:`Place` named ``label`` from the point parameter ``name``.

        A point given without a CRS is taken to be in the project's CRS, or
        without a project in ``fallback_crs`` (the road's).
        """
        point = self.parameterAsPoint(parameters, name, context)
        crs = self.parameterAsPointCrs(parameters, name, context)
        if not crs.isValid():
            crs = fallback_crs
        return Place(label, *to_lonlat(point, crs))

    def optional_patrol(self, parameters, context, route, crs):
        """The patrol between the points START and END (with SNAP_TOLERANCE) on
        ``route``, or None when neither is given; one without the other is an error."""
        given = [self.has_value(parameters, name) for name in ("START", "END")]
        if not any(given):
            return None
        if not all(given):
            raise QgsProcessingException(tr("Give both the patrol start and the patrol end, or neither."))
        start, end = (
            self.place(parameters, name, label, context, crs)
            for name, label in (("START", tr("The patrol start")), ("END", tr("The patrol end")))
        )
        return patrol_segment(
            route, start, end, snap_tolerance_m=self.parameterAsDouble(parameters, "SNAP_TOLERANCE", context)
        )

    def date_parameter(self, parameters, name, context):
        """An optional date parameter as "YYYY-MM-DD", or None."""
        if not self.has_value(parameters, name):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        if not value.isValid():
            raise QgsProcessingException(
                tr("{parameter} is not a date; give it as YYYY-MM-DD.").format(
                    parameter=self.parameterDefinition(name).description()
                )
            )
        return value.date().toString("yyyy-MM-dd")

    # -- writing ---------------------------------------------------------------

    def write(self, parameters, name, context, field_set, wkb_type, crs, features, style=None, check=None):
        """Write ``features`` (a list) to the sink ``name``; return its destination id
        (None when an optional sink was not asked for).

        They go in batches of WRITE_BATCH, with ``check(done, total)`` (see
        :meth:`Progress.within`) before each batch and after the last: a cancel
        stops the writing there, and :meth:`processAlgorithm` undoes what was written.
        """
        sink = self.open_sink(parameters, name, context, field_set, wkb_type, crs, total=len(features))
        if sink is None:
            return None
        total = len(features)
        for start in range(0, total, WRITE_BATCH):
            if check is not None:
                check(start, total)
            sink.add(features[start:start + WRITE_BATCH])
        if check is not None:
            check(total, total)
        return sink.close(context, style)

    def open_sink(self, parameters, name, context, field_set, wkb_type, crs, total=None):
        """The sink ``name`` as a :class:`Sink` to add features to as they come
        (None when an optional sink was not asked for). ``total``: how many
        features it will get, for the message of a cancelled run."""
        output = Output(
            self.parameterDefinition(name).description(), self.parameterAsOutputLayer(parameters, name, context)
        )
        sink, dest_id = self.parameterAsSink(parameters, name, context, field_set, wkb_type, crs)
        if sink is None:
            if self.parameterDefinition(name).flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
                return None
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        output.created(dest_id, total or 0, context)
        self._outputs.append(output)
        output.sink = Sink(sink, dest_id, output, lambda qgis_sink: self.writeFeatureError(qgis_sink, parameters, name))
        return output.sink


    def written_directly(self, parameters, name, context, dest_id, table, total, style=None):
        """Note the output ``name`` that this run writes itself at ``dest_id``
        (the GeoPackage ``table`` GDAL writes, not a sink), for an undo as a sink's;
        it is loaded on completion as a sink's would be. Returns its :class:`.outputs.Output`."""
        output = Output(
            self.parameterDefinition(name).description(), self.parameterAsOutputLayer(parameters, name, context)
        )
        output.created(dest_id, total or 0, context)
        output.table = table
        self._outputs.append(output)
        definition = parameters.get(name)
        if isinstance(definition, QgsProcessingOutputLayerDefinition) and definition.destinationProject is not None:
            details = QgsProcessingContext.LayerDetails(
                definition.destinationName or self.parameterDefinition(name).description(),
                definition.destinationProject, name,
            )
            if style:
                details.setPostProcessor(_styler(style))
            context.addLayerToLoadOnCompletion(dest_id, details)
        return output


class Sink:
    """A Processing sink being written: :meth:`add` batches of features, then
    :meth:`close`. A run that fails or is cancelled closes it too (see
    :class:`.outputs.Output`), so that its file can be deleted."""

    def __init__(self, sink, dest_id, output, write_error):
        self._sink, self.dest_id, self._output, self._write_error = sink, dest_id, output, write_error

    def add(self, features):
        if not self._sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self._write_error(self._sink))
        self._output.written += len(features)

    def release(self):
        # The only reference to QGIS's sink: dropping it closes the file now,
        # even while a traceback still holds this object.
        self._sink = None

    def close(self, context, style=None):
        """Close the sink; ``style``: the plugin's style for the layer when QGIS
        loads it. Returns the destination id."""
        self.release()
        self._output.sink = None  # no cycle left holding the algorithm and its inputs
        if style and context.willLoadLayerOnCompletion(self.dest_id):
            context.layerToLoadOnCompletionDetails(self.dest_id).setPostProcessor(_styler(style))
        return self.dest_id


_STYLERS = {}


class _Styler(QgsProcessingLayerPostProcessorInterface):
    """Applies the plugin's QML style to an output loaded into the project."""

    def __init__(self, kind):
        super().__init__()
        self.kind = kind

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        try:
            project.style(layer, self.kind)
        except OSError as error:
            feedback.reportError(error_text(error))


def _styler(kind):
    # Kept alive here: QGIS holds only a pointer to the post-processor.
    if kind not in _STYLERS:
        _STYLERS[kind] = _Styler(kind)
    return _STYLERS[kind]
