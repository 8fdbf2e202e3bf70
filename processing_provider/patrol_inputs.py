"""The patrol's inputs, shared by the algorithms that start from a patrol stretch.

A road, two ends (points, or names searched in a places layer), the snap and
gap tolerances and the route options: :meth:`PatrolInputs.add_patrol_inputs`
declares them, :meth:`PatrolInputs.patrol` reads them into a route and its
patrol. ``secure_corridor:patrolsegment`` is the first user.
"""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterPoint,
    QgsProcessingParameterString,
)

from ..bridge.gazetteer import Gazetteer
from ..bridge.translation import tr
from ..core import patrol_segment


class PatrolInputs:
    """A mixin for :class:`.common.CorridorAlgorithm` subclasses."""

    def add_patrol_inputs(self):
        """INPUT, START, END, PLACES, NAME_FIELD, START_PLACE, END_PLACE, START_NAME,
        END_NAME and SNAP_TOLERANCE (the caller adds the gap and route options)."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INPUT", tr("Road"), [QgsProcessing.SourceType.TypeVectorLine]
            )
        )
        self.addParameter(QgsProcessingParameterPoint("START", tr("Start (a point)"), None, True))
        self.addParameter(QgsProcessingParameterPoint("END", tr("End (a point)"), None, True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "PLACES", tr("Places, to name the ends instead"), [QgsProcessing.SourceType.TypeVectorPoint],
                None, True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "NAME_FIELD", tr("Name field of the places"), None, "PLACES",
                QgsProcessingParameterField.DataType.String, False, True,
            )
        )
        self.addParameter(QgsProcessingParameterString("START_PLACE", tr("Start place name"), None, False, True))
        self.addParameter(QgsProcessingParameterString("END_PLACE", tr("End place name"), None, False, True))
        self.addParameter(QgsProcessingParameterString("START_NAME", tr("Start name"), "Start", False, True))
        self.addParameter(QgsProcessingParameterString("END_NAME", tr("End name"), "End", False, True))
        self.add_snap_tolerance()

    def patrol(self, parameters, context, feedback, progress):
        """(road source, route, patrol) from the inputs, with the route's and the
        patrol's numbers in the log."""
        snap_m = self.parameterAsDouble(parameters, "SNAP_TOLERANCE", context)
        progress(5, tr("Assembling the route"))
        source, route = self.route(parameters, "INPUT", context, feedback)
        start, end = self._ends(parameters, context, source.sourceCrs())
        progress(40, tr("Cutting the patrol stretch"))
        patrol = patrol_segment(route, start, end, snap_tolerance_m=snap_m)
        feedback.pushInfo(
            tr("{start} is {start_m:.0f} m from the road, {end} {end_m:.0f} m; patrol of {length_km:.3f} km.").format(
                start=start.name, start_m=patrol.start_offset_m, end=end.name, end_m=patrol.end_offset_m,
                length_km=patrol.length_km,
            )
        )
        return source, route, patrol

    def _ends(self, parameters, context, crs):
        """The patrol's two ends: each a point (START, END), or a name searched in PLACES."""
        gazetteer = None
        ends = []
        # The default names are field values (start_name, end_name): English, like
        # the parameters' defaults; the roles are only read in messages.
        for point, place_name, label_name, default, role in (
            ("START", "START_PLACE", "START_NAME", "Start", tr("The patrol start")),
            ("END", "END_PLACE", "END_NAME", "End", tr("The patrol end")),
        ):
            if self.has_value(parameters, point):
                ends.append(self.place(parameters, point, self._name(parameters, label_name, default, context), context, crs))
                continue
            query = self.parameterAsString(parameters, place_name, context).strip()
            if not query:
                raise QgsProcessingException(
                    tr("{role}: give it as a point ({point}), or its name ({place}) with a places layer.").format(
                        role=role, point=point, place=place_name
                    )
                )
            gazetteer = gazetteer or self._gazetteer(parameters, context)
            ends.append(gazetteer.resolve(query, role))
        return ends

    def _gazetteer(self, parameters, context):
        places = self.parameterAsSource(parameters, "PLACES", context)
        if places is None:
            raise QgsProcessingException(tr("A place name is given, but no Places layer to find it in."))
        field = self.parameterAsString(parameters, "NAME_FIELD", context)
        if not field:
            names = [f.name() for f in places.fields() if "name" in f.name().lower()]
            if not names:
                raise QgsProcessingException(tr("Choose the Name field of the places layer."))
            field = names[0]
        return Gazetteer(places, field)

    def _name(self, parameters, name, default, context):
        return self.parameterAsString(parameters, name, context).strip() or default
