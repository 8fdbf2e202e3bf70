"""The route book's print layouts and their export to one PDF.

Two layouts share one project of the book's own layers: the overview (the whole
patrol, north up, the pages' footprints numbered) and the strip page, an atlas
over the pages layer whose map keeps the book's one scale and turns by each
page's "rotation" so that the road runs left to right. A user can print the
strip layout with QGIS's own atlas; here both are painted page by page into one
PDF (QgsLayoutExporter.exportToPdf writes one layout, or one atlas, per file).

Maps are drawn in the book's local orthographic CRS (``StripPages.proj``), whose
grid north is true north at the patrol's middle; the north arrows follow true north.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutObject,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
)
from qgis.PyQt.QtCore import QMarginsF, QSizeF, Qt
from qgis.PyQt.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ..core.pages import travel_widths
from ..core.patrol import km_text
from .route_book_items import MM, add_label, add_legend, add_map, add_north_arrow, add_scale_bar
from .route_book_style import style_book_layers
from .translation import side_name, tr

PAGE_MM = (297.0, 210.0)  # A4 landscape
LEFT_MM, TOP_MM = 10.0, 22.0
STRIP_MAP_MM = (205.0, 170.0)  # the frame the engine chooses the book's scale for
OVERVIEW_MAP_MM = (190.0, 170.0)
OVERVIEW_WIDE_MM = (277.0, 130.0)
DPI = 300



def export_book(path, content, layers, check=None):
    """Paint the overview and every strip page into the PDF ``path``; returns the page count.

    ``check(done, total)`` is called before each page (to show progress, and to stop by raising).
    """
    project = QgsProject()
    for layer in layers.values():
        if layer is not None:
            project.addMapLayer(layer)
    style_book_layers(layers)
    crs = QgsCoordinateReferenceSystem.fromProj(content.book.proj)
    if not crs.isValid():
        raise OSError(tr("QGIS cannot make the route book's map projection: {proj}").format(proj=content.book.proj))
    total = 1 + len(content.book.pages)
    overview = overview_layout(project, crs, layers, content, total)
    strip = strip_layout(project, crs, layers, content, total)
    _paint(path, overview, strip, total, check, _title(content))
    return total


def _title(content):
    return tr("Patrol {start} – {end}").format(start=content.patrol.start.name, end=content.patrol.end.name)


def _scale_text(scale):
    return "1:" + f"{int(scale):,}".replace(",", "\u2009")


# -- the two layouts ------------------------------------------------------------


def _new_layout(project, name):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(*PAGE_MM, MM))
    return layout


def overview_layout(project, crs, layers, content, total):
    """The first page: the whole patrol, north up, the footprints numbered, and the book's numbers.

    A patrol's extent wider than tall gets the page's full width, the text
    below; any other a square map, the text beside it.
    """
    book = content.book
    layout = _new_layout(project, tr("Route book overview"))
    add_label(layout, tr("{title} · route book").format(title=_title(content)), (LEFT_MM, 6, 277, 9), 15, bold=True)
    subtitle = tr("{length} km in {count} strip pages at {scale}; each page's map is outlined and numbered.")
    add_label(layout, subtitle.format(
        length=km_text(content.patrol.length_km), count=len(book.pages), scale=_scale_text(book.scale),
    ), (LEFT_MM, 15, 277, 6), 9)
    xmin, ymin, xmax, ymax = book.extent_xy()
    wide = (xmax - xmin) > 1.3 * (ymax - ymin)
    frame_mm = OVERVIEW_WIDE_MM if wide else OVERVIEW_MAP_MM
    scale = book.overview_scale(frame_mm)
    shown = [layers[k] for k in ("pages", "checkpoints", "places", "incidents", "patrol", "road", "edges", "corridor")]
    item = add_map(layout, crs, (LEFT_MM, TOP_MM, *frame_mm), shown, ((xmin + xmax) / 2, (ymin + ymax) / 2), scale)
    add_north_arrow(layout, item, (LEFT_MM + frame_mm[0] - 14, TOP_MM + 2, 12, 12))
    below = TOP_MM + frame_mm[1] + 3
    add_scale_bar(layout, item, scale, (LEFT_MM, below))
    if wide:
        add_label(layout, overview_text(content, scale), (LEFT_MM + 95, below, 182, PAGE_MM[1] - below - 10), 8)
    else:
        add_label(layout, overview_text(content, scale), (LEFT_MM + frame_mm[0] + 5, TOP_MM, 82, 160), 8)
    _page_number(layout, "1", total)
    return layout


def overview_text(content, scale):
    """The overview's text block: the book's parameters and counts."""
    book, corridor = content.book, content.corridor
    left, right = corridor.route.side_names
    lines = [
        tr("<b>Corridor</b>: {left} {left_km} km, {right} {right_km} km ({cap} ends)").format(
            left=side_name(left), left_km=km_text(corridor.left_m / 1000),
            right=side_name(right), right_km=km_text(corridor.right_m / 1000), cap=corridor.end_cap,
        ),
        tr("<b>Patrol</b>: {start} to {end}, {length} km").format(
            start=content.patrol.start.name, end=content.patrol.end.name, length=f"{content.patrol.length_km:.1f}"
        ),
        tr("<b>Pages</b>: {count} of {page_km} km, overlapping {overlap_km} km").format(
            count=len(book.pages), page_km=km_text(book.pages[0].to_km - book.pages[0].from_km),
            overlap_km=km_text(_overlap(book)),
        ),
        tr("<b>Scale</b>: {scale} on every strip page; this map {overview}").format(
            scale=_scale_text(book.scale), overview=_scale_text(scale)
        ),
    ]
    date_from, date_to = content.dates
    if date_from or date_to:
        lines.append(tr("<b>Dates</b>: from {start} to {end} (dimmed outside)").format(
            start=date_from or "…", end=date_to or "…"
        ))
    if content.incidents is not None:
        flags = content.incidents[2]
        counts = tr("<b>Incidents</b>: {total}, {inside} inside the corridor, {in_patrol} in the patrol stretch")
        lines.append(counts.format(
            total=len(flags), inside=int(flags.in_corridor.sum()), in_patrol=int(flags.in_patrol.sum())
        ))
    lines += [f"<b>{label}</b>: {value}" for label, value in content.notes.items()]
    lines.append(tr("Strip pages: the road runs left to right in the direction of travel; "
                    "the arrow on each page points to true north."))
    return "<br>".join(lines)


def _page_number(layout, page, total):
    text = tr("page {page} of {total}").format(page=page, total=total)
    add_label(layout, text, (PAGE_MM[0] - 70, PAGE_MM[1] - 10, 60, 6), 9, align=Qt.AlignmentFlag.AlignRight)


def _overlap(book):
    pages = book.pages
    return pages[0].to_km - pages[1].from_km if len(pages) > 1 else 0.0


def strip_layout(project, crs, layers, content, total):
    """The strip page: an atlas over the pages layer, one page of the book per feature."""
    book, patrol = content.book, content.patrol
    layout = _new_layout(project, tr("Route book strip pages"))
    km = '[% format_number("from_km", 1) %]–[% format_number("to_km", 1) %]'
    title = tr("{title} · km {km}").format(title=_title(content), km=km)
    add_label(layout, title, (LEFT_MM, 6, 277, 9), 15, bold=True)
    left, right = patrol.line.side_names
    left_m, right_m = travel_widths(content.corridor, patrol)
    sides = tr("Travel from left to right: {left} ({left_km} km) above the road, {right} ({right_km} km) below.")
    add_label(layout, sides.format(
        left=side_name(left), left_km=km_text(left_m / 1000), right=side_name(right), right_km=km_text(right_m / 1000),
    ), (LEFT_MM, 15, 277, 6), 9)
    shown = [layers[k] for k in ("km", "checkpoints", "places", "incidents", "ticks", "patrol", "road", "edges",
                                  "corridor")]
    first = book.pages[0]
    item = add_map(layout, crs, (LEFT_MM, TOP_MM, *STRIP_MAP_MM), shown, first.centre_xy, book.scale)
    item.setAtlasDriven(True)
    item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Fixed)
    item.dataDefinedProperties().setProperty(
        QgsLayoutObject.DataDefinedProperty.MapRotation, QgsProperty.fromField("rotation")
    )
    atlas = layout.atlas()
    atlas.setCoverageLayer(layers["pages"])
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"page"')
    atlas.setEnabled(True)
    panel = LEFT_MM + STRIP_MAP_MM[0] + 5
    add_north_arrow(layout, item, (panel + 50, TOP_MM + 1, 16, 16))
    add_label(layout, tr("km {km} of {length} from {start}<br>Scale {scale}").format(
        km=km, length=f"{patrol.length_km:.1f}", start=patrol.start.name, scale=_scale_text(book.scale),
    ), (panel, TOP_MM, 48, 20), 8)
    add_legend(layout, item, [layers[k] for k in ("patrol", "road", "corridor", "edges", "checkpoints", "places",
                                              "incidents") if layers[k] is not None], (panel, TOP_MM + 22))
    add_scale_bar(layout, item, book.scale, (LEFT_MM, TOP_MM + STRIP_MAP_MM[1] + 3))
    _page_number(layout, '[% "page" %]', total)
    return layout


# -- the PDF --------------------------------------------------------------------


def _paint(path, overview, strip, total, check, title):
    """The overview, then the strip layout at each atlas feature, as pages of one PDF."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("Secure Corridor")
    size = QPageSize(QSizeF(min(PAGE_MM), max(PAGE_MM)), QPageSize.Unit.Millimeter)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(tr("Could not write the route book to {path}.").format(path=path))
    atlas = strip.atlas()
    try:
        if check is not None:
            check(0, total)
        QgsLayoutExporter(overview).renderPage(painter, 0)
        if not atlas.beginRender():
            raise OSError(tr("QGIS could not start the atlas of the route book's strip pages."))
        exporter = QgsLayoutExporter(strip)
        for k in range(atlas.count()):
            if check is not None:
                check(1 + k, total)
            atlas.seekTo(k)
            writer.newPage()
            exporter.renderPage(painter, 0)
        atlas.endRender()
        if check is not None:
            check(total, total)
    finally:
        painter.end()
