"""Which Qt names the plugin's source uses that PyQt6 (QGIS 4) lacks.

QGIS 4 runs plugins on Qt 6 and PyQt6, where enums are scoped only
(Qt.AlignmentFlag.AlignLeft, never Qt.AlignLeft), QVariant.Type, exec_() and
QRegExp are gone, and some classes moved module. QGIS 3 on PyQt5 accepts all of
these, so only a look-up in PyQt6 itself tells. This module reads the source
with `ast` (it never imports the plugin), collects every name imported from
qgis.PyQt.QtX and every attribute chain rooted at one, and resolves each chain
with getattr in PyQt6, in a child process so that PyQt6 never meets QGIS's PyQt5.

Run as a script, it is that child: it reads [[module, [name, ...]], ...] as JSON
on stdin and writes, for each, what is missing in PyQt6 (or null).
"""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
# The plugin and the code QGIS runs with it; tests/ is not shipped.
SOURCE = ["plugin.py", "__init__.py", "core", "bridge", "processing_provider", "ui", "demo", "tools", "benchmarks"]


class Use(NamedTuple):
    """One Qt name in the source: `chain` looked up in qgis.PyQt.<module>."""

    path: str
    line: int
    module: str
    chain: tuple

    @property
    def name(self):
        return ".".join(self.chain) or f"qgis.PyQt.{self.module}"


def plugin_files():
    """The plugin's .py files, by path relative to the repository root."""
    for entry in SOURCE:
        path = ROOT / entry
        yield from [path] if path.is_file() else sorted(path.rglob("*.py"))


def qt_uses(source, path):
    """Every Qt name that `source` imports from qgis.PyQt or reaches through one."""
    tree = ast.parse(source, path)
    bound = {}  # local name -> (module, chain it stands for)
    uses = []
    for node in ast.walk(tree):
        for local, module, chain in _qt_imports(node):
            bound[local] = (module, chain)
            uses.append(Use(path, node.lineno, module, chain))
    inner = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and id(node) not in inner:
            names = _dotted(node)
            if names and names[0] in bound:
                module, chain = bound[names[0]]
                uses.append(Use(path, node.lineno, module, chain + tuple(names[1:])))
            elif names and names[:2] == ["qgis", "PyQt"] and len(names) > 2:
                uses.append(Use(path, node.lineno, names[2], tuple(names[3:])))
    return uses


def _qt_imports(node):
    """(local name, module, chain) for each name an import statement takes from qgis.PyQt."""
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        if node.module == "qgis.PyQt":  # from qgis.PyQt import QtCore
            return [(a.asname or a.name, a.name, ()) for a in node.names]
        if node.module.startswith("qgis.PyQt."):  # from qgis.PyQt.QtCore import Qt
            module = node.module.split(".")[2]
            return [(a.asname or a.name, module, (a.name,)) for a in node.names]
    if isinstance(node, ast.Import):  # import qgis.PyQt.QtCore as QtCore (without `as`: dotted chains)
        return [(a.asname, a.name.split(".")[2], ()) for a in node.names if a.asname and a.name.startswith("qgis.PyQt.")]
    return []


def _dotted(node):
    """['Qt', 'AlignmentFlag', 'AlignLeft'] for Qt.AlignmentFlag.AlignLeft; None unless rooted at a name."""
    names = []
    while isinstance(node, ast.Attribute):
        names.insert(0, node.attr)
        node = node.value
    return [node.id] + names if isinstance(node, ast.Name) else None


def missing_in_pyqt6(uses):
    """Those of `uses` PyQt6 lacks, each with what is missing, as `file:line  name  (missing)` lines."""
    queries = sorted({(use.module, use.chain) for use in uses})
    child = subprocess.run(
        [sys.executable, __file__],
        input=json.dumps(queries),
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if child.returncode != 0:
        raise RuntimeError(f"the PyQt6 look-up failed:\n{child.stderr}")
    missing = {(module, tuple(chain)): why for (module, chain), why in zip(queries, json.loads(child.stdout))}
    return [
        f"{use.path}:{use.line}  {use.name}  ({missing[use.module, use.chain]})"
        for use in sorted(set(uses))
        if missing[use.module, use.chain]
    ]


# --- the child process: PyQt6 plus what QGIS's qgis.PyQt adds to it under Qt 6 ---

# qgis.PyQt.QtWidgets also offers these QtGui classes, which moved there in Qt 6:
# qgis/QGIS python/PyQt/PyQt/QtWidgets.py.in @ cda55bc0221433fb0df676210049208e75b6c701
QTWIDGETS_FROM_QTGUI = ["QAction", "QActionGroup", "QShortcut"]

# qgis.PyQt.QtCore sets QVariant.<PyQt5 QVariant.Type member> = QMetaType.Type.<member>, and NULL = None:
# qgis/QGIS python/PyQt/PyQt/QtCore.py.in @ 8c15083f14bc5763745e05723e512071b3d965b0
QVARIANT_TYPES = """
    Invalid:UnknownType Bool:Bool Int:Int UInt:UInt LongLong:LongLong ULongLong:ULongLong Double:Double
    Char:QChar Map:QVariantMap List:QVariantList String:QString StringList:QStringList ByteArray:QByteArray
    BitArray:QBitArray Date:QDate Time:QTime DateTime:QDateTime Url:QUrl Locale:QLocale Rect:QRect
    RectF:QRectF Size:QSize SizeF:QSizeF Line:QLine LineF:QLineF Point:QPoint PointF:QPointF
    RegularExpression:QRegularExpression Hash:QVariantHash EasingCurve:QEasingCurve Uuid:QUuid
    ModelIndex:QModelIndex PersistentModelIndex:QPersistentModelIndex LastCoreType:LastCoreType Font:QFont
    Pixmap:QPixmap Brush:QBrush Color:QColor Palette:QPalette Image:QImage Polygon:QPolygon Region:QRegion
    Bitmap:QBitmap Cursor:QCursor KeySequence:QKeySequence Pen:QPen TextLength:QTextLength
    TextFormat:QTextFormat Transform:QTransform Matrix4x4:QMatrix4x4 Vector2D:QVector2D Vector3D:QVector3D
    Vector4D:QVector4D Quaternion:QQuaternion PolygonF:QPolygonF Icon:QIcon SizePolicy:QSizePolicy UserType:User
"""

# The QFlags names PyQt6 dropped, patched back as Class.Flags = lambda flags=0: Class.Flag(flags), in
# python/PyQt/PyQt/QtCore.py.in @ 8c15083f..., QtGui.py.in and QtWidgets.py.in @ cda55bc0...
FLAG_ALIASES = {
    "QtCore": """
        QAbstractItemModel.CheckIndexOptions:CheckIndexOption QByteArray.Base64Options:Base64Option
        QCommandLineOption.Flags:Flag QDir.Filters:Filter QDir.SortFlags:SortFlag
        QDirIterator.IteratorFlags:IteratorFlag QEventLoop.ProcessEventsFlags:ProcessEventsFlag
        QFileDevice.FileHandleFlags:FileHandleFlag QFileDevice.MemoryMapFlags:MemoryMapFlag
        QFileDevice.Permissions:Permission QItemSelectionModel.SelectionFlags:SelectionFlag
        QLibrary.LoadHints:LoadHint QLocale.DataSizeFormats:DataSizeFormat QLocale.NumberOptions:NumberOption
        QMetaType.TypeFlags:TypeFlag QRegularExpression.MatchOptions:MatchOption
        QRegularExpression.PatternOptions:PatternOption QStandardPaths.LocateOptions:LocateOption
        QTextBoundaryFinder.BoundaryReasons:BoundaryReason QTextStream.NumberFlags:NumberFlag
        QUrl.ComponentFormattingOptions:ComponentFormattingOption QUrl.FormattingOptions:UrlFormattingOption
        QUrl.UserInputResolutionOptions:UserInputResolutionOption Qt.Alignment:AlignmentFlag
        Qt.ApplicationStates:ApplicationState Qt.DockWidgetAreas:DockWidgetArea Qt.DropActions:DropAction
        Qt.Edges:Edge Qt.FindChildOptions:FindChildOption Qt.GestureFlags:GestureFlag
        Qt.ImageConversionFlags:ImageConversionFlag Qt.InputMethodHints:InputMethodHint
        Qt.InputMethodQueries:InputMethodQuery Qt.ItemFlags:ItemFlag Qt.KeyboardModifiers:KeyboardModifier
        Qt.MatchFlags:MatchFlag Qt.MouseButtons:MouseButton Qt.MouseEventFlags:MouseEventFlag
        Qt.Orientations:Orientation Qt.ScreenOrientations:ScreenOrientation
        Qt.TextInteractionFlags:TextInteractionFlag Qt.ToolBarAreas:ToolBarArea
        Qt.TouchPointStates:TouchPointState Qt.WindowStates:WindowState Qt.WindowFlags:WindowType
    """,
    "QtGui": """
        QFileSystemModel.Options:Option QGlyphRun.GlyphRunFlags:GlyphRunFlag
        QImageIOHandler.Transformations:Transformation QPaintEngine.DirtyFlags:DirtyFlag
        QPaintEngine.PaintEngineFeatures:PaintEngineFeature QPainter.PixmapFragmentHints:PixmapFragmentHint
        QPainter.RenderHints:RenderHint QRawFont.LayoutFlags:LayoutFlag QSurfaceFormat.FormatOptions:FormatOption
        QTextFormat.PageBreakFlags:PageBreakFlag QTextDocument.FindFlags:FindFlag
        QTextDocument.MarkdownFeatures:MarkdownFeature QTextItem.RenderFlags:RenderFlag QTextOption.Flags:Flag
    """,
    "QtWidgets": """
        QWidget.RenderFlags:RenderFlag QGraphicsItem.GraphicsItemFlags:GraphicsItemFlag
        QAbstractItemView.EditTriggers:EditTrigger QAbstractSpinBox.StepEnabled:StepEnabledFlag
        QColorDialog.ColorDialogOptions:ColorDialogOption QStyle.State:StateFlag QStyle.SubControls:SubControl
        QDateTimeEdit.Sections:Section QDialogButtonBox.StandardButtons:StandardButton
        QDockWidget.DockWidgetFeatures:DockWidgetFeature QFileDialog.Options:Option
        QFontComboBox.FontFilters:FontFilter QFontDialog.FontDialogOptions:FontDialogOption
        QGestureRecognizer.Result:ResultFlag QGraphicsEffect.ChangeFlags:ChangeFlag
        QGraphicsBlurEffect.BlurHints:BlurHint QGraphicsScene.SceneLayers:SceneLayer
        QGraphicsView.CacheMode:CacheModeFlag QGraphicsView.OptimizationFlags:OptimizationFlag
        QInputDialog.InputDialogOptions:InputDialogOption QMainWindow.DockOptions:DockOption
        QMdiArea.AreaOptions:AreaOption QMdiSubWindow.SubWindowOptions:SubWindowOption
        QMessageBox.StandardButtons:StandardButton QPinchGesture.ChangeFlags:ChangeFlag
        QSizePolicy.ControlTypes:ControlType QStyleOptionButton.ButtonFeatures:ButtonFeature
        QStyleOptionFrame.FrameFeatures:FrameFeature QStyleOptionTab.CornerWidgets:CornerWidget
        QStyleOptionTab.TabFeatures:TabFeature QStyleOptionToolBar.ToolBarFeatures:ToolBarFeature
        QStyleOptionToolButton.ToolButtonFeatures:ToolButtonFeature
        QStyleOptionViewItem.ViewItemFeatures:ViewItemFeature QTextEdit.AutoFormatting:AutoFormattingFlag
        QTreeWidgetItemIterator.IteratorFlags:IteratorFlag QWizard.WizardOptions:WizardOption
    """,
}


def pyqt6_with_qgis_shims():
    """PyQt6's QtCore, QtGui and QtWidgets, patched as qgis.PyQt patches them under Qt 6."""
    from PyQt6 import QtCore, QtGui, QtWidgets

    for name in QTWIDGETS_FROM_QTGUI:
        setattr(QtWidgets, name, getattr(QtGui, name))
    QtCore.NULL = None
    for pair in QVARIANT_TYPES.split():
        old, new = pair.split(":")
        setattr(QtCore.QVariant, old, getattr(QtCore.QMetaType.Type, new))
    modules = {"QtCore": QtCore, "QtGui": QtGui, "QtWidgets": QtWidgets}
    for module, aliases in FLAG_ALIASES.items():
        for pair in aliases.split():
            alias, flag = pair.split(":")
            cls = getattr(modules[module], alias.split(".")[0])
            setattr(cls, alias.split(".")[1], lambda flags=0, enum=getattr(cls, flag): enum(flags))
    QtWidgets.QLayout.setMargin = lambda self, m: self.setContentsMargins(m, m, m, m)  # QtWidgets.py.in


def what_is_missing(module, chain):
    """None if qgis.PyQt.<module>.<chain> exists under PyQt6, else what is missing."""
    import importlib

    path = f"PyQt6.{module}"
    try:
        found = importlib.import_module(path)
    except ImportError:
        return f"no module {path}"
    for name in chain:
        if not hasattr(found, name):
            return f"{path} has no {name}"
        found, path = getattr(found, name), f"{path}.{name}"
    return None


if __name__ == "__main__":
    pyqt6_with_qgis_shims()
    print(json.dumps([what_is_missing(module, chain) for module, chain in json.load(sys.stdin)]))
