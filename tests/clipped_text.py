"""Finding text a widget cannot show whole: elided, wider than its widget, or outside its window.

`cut_texts(widget)` looks at the widget and every visible widget inside it, laid out
as they are (render offscreen first), and names each text that is cut: a label whose
text needs more room than it has, a button, field, combo box or item of a list or tree
whose text is wider than the room it gets, and any widget that reaches outside its
window. The room is what the widget's style gives its text, asked of the style, so a
test holds for whatever font and style the test runs with.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

_WITH_TEXT = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
LINE_EDIT_MARGIN = 2  # QLineEdit keeps this many pixels on each side of its text


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()!r})"


def _label(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return f"{_name(label)} {label.text()!r} needs {needed} px of height, has {label.height()}"
        return None
    needed = label.sizeHint().width()
    if needed > label.width():
        return f"{_name(label)} {label.text()!r} needs {needed} px, has {label.width()}"
    return None


def _button(button: QAbstractButton) -> str | None:
    style = button.toolButtonStyle() if isinstance(button, QToolButton) else None
    if not button.text() or style == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    needed = button.sizeHint().width()
    if needed > button.width():
        return f"{_name(button)} {button.text()!r} needs {needed} px, has {button.width()}"
    return None


def _line_edit(edit: QLineEdit) -> str | None:
    text = edit.text() or edit.placeholderText()
    if not text:
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.width() - 2 * LINE_EDIT_MARGIN - margins.left() - margins.right()
    for action in edit.actions():  # the clear button, when shown, takes room from the text
        if action.isVisible() and action.objectName() == "_q_qlineeditclearaction":
            room -= edit.height()
    needed = QFontMetrics(edit.font()).horizontalAdvance(text)
    if needed > room:
        return f"{_name(edit)} {text!r} needs {needed} px, has {room}"
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = QFontMetrics(combo.font()).horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width():
        return f"{_name(combo)} {text!r} needs {needed} px, has {field.width()}"
    return None


def _item(view: QAbstractItemView, index: QModelIndex) -> str | None:
    rect = view.visualRect(index)
    if not rect.isValid() or not index.data():
        return None
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = QFont(view.font())
    what = f"{_name(view)} item {index.data()!r}"
    if view.wordWrap():  # wrapped text is whole when its lines fit the item's height
        option.rect = QRect(rect)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        needed = delegate_hint(view, option, index).height()
        if needed > rect.height() or rect.left() < 0 or rect.right() >= view.viewport().width():
            return f"{what} needs {needed} px high, has {rect.height()}"
        return None
    needed = delegate_hint(view, option, index).width()
    # Text the user must scroll sideways to read is cut as well.
    room = min(rect.width(), view.viewport().width() - rect.left())
    if needed > room or rect.left() < 0:
        return f"{what} needs {needed} px, has {room}"
    return None


def delegate_hint(view: QAbstractItemView, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
    return view.itemDelegateForIndex(index).sizeHint(option, index)


def _header(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None or header.isHidden():
        return
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, header.orientation())
        needed = header.sectionSizeFromContents(logical).width()
        if text and needed > header.sectionSize(logical):
            yield f"{_name(header)} section {text!r} needs {needed} px, has {header.sectionSize(logical)}"


def _item_view(view: QAbstractItemView, skip: Callable[[QModelIndex], bool]) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    columns = 1 if isinstance(view, QListView) else None  # a list model's columnCount is private

    def visit(parent: QModelIndex) -> Iterator[str]:
        for row in range(model.rowCount(parent)):
            for column in range(columns or model.columnCount(parent)):
                index = model.index(row, column, parent)
                problem = None if skip(index) else _item(view, index)
                if problem is not None:
                    yield problem
            first = model.index(row, 0, parent)
            if columns is None and model.hasChildren(first):
                yield from visit(first)

    yield from visit(QModelIndex())


def _clipped(widget: QWidget, window: QWidget) -> str | None:
    """The widget reaches outside one of the widgets it sits in (its window included)."""
    placed = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    ancestor = widget.parentWidget()
    while ancestor is not None:
        holder = ancestor.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and ancestor is holder.viewport():
            return None  # scrolled into view when wanted
        room = QRect(ancestor.mapTo(window, QPoint(0, 0)), ancestor.size())
        if not room.contains(placed):
            return f"{_name(widget)} at {placed} reaches outside {_name(ancestor)} at {room}"
        if ancestor is window:
            return None
        ancestor = holder
    return None


def cut_texts(root: QWidget, skip_items: Callable[[QModelIndex], bool] = lambda index: False) -> list[str]:
    """Every text in `root` (and its visible children) that is not shown whole; items of
    list and tree views for which `skip_items` is true are not looked at."""
    found: list[str] = []
    window = root.window()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(window) or not widget.isVisible():
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
        elif isinstance(widget, QLineEdit):
            problem = _line_edit(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QHeaderView):
            found.extend(_header(widget))
        elif isinstance(widget, QAbstractItemView):
            found.extend(_item_view(widget, skip_items))
        if problem is None and widget is not window and isinstance(widget, _WITH_TEXT):
            problem = _clipped(widget, window)
        if problem is not None:
            found.append(problem)
    return found


@contextmanager
def text_scale(factor: float) -> Iterator[None]:
    """The application's font `factor` times as large while the block runs.

    A desktop at 200% draws at a device pixel ratio of 2 and lays widgets out in the same
    logical pixels as at 100%; what can still cut text is a font that grows while the
    room for it does not (the desktop's font DPI or text size raised). Doubling the
    font is that case.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    bigger = QFont(before)
    if before.pointSizeF() > 0:
        bigger.setPointSizeF(before.pointSizeF() * factor)
    else:
        bigger.setPixelSize(round(before.pixelSize() * factor))
    app.setFont(bigger)
    try:
        yield
    finally:
        app.setFont(before)
