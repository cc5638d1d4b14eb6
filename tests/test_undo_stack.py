"""The controller's undo stack merges like Qt's QUndoStack, without leaking merged commands.

PySide6 6.11 keeps every Python command that Qt deletes inside push() alive for good
(see canvas_editor/controller/undo_stack.py). The first test shows the leak is real on
the plain QUndoStack and absent on ours; the second drives both stacks through the same
random pushes, undos, redos, clean marks and macros and expects the same behaviour.
"""

from __future__ import annotations

import gc

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from canvas_editor.controller.undo_stack import UndoStack


class Counter:
    """The document: a few named counters."""

    def __init__(self) -> None:
        self.values: dict[str, int] = {}


class AddCommand(QUndoCommand):
    """Add `amount` to a counter; adds to the same counter merge (like typing into one note),
    and a merge that brings the counter back where it started leaves no step."""

    def __init__(self, doc: Counter, key: str, amount: int, mergeable: bool = True) -> None:
        super().__init__(f"add to {key}")
        self.doc, self.key, self.amount, self.mergeable = doc, key, amount, mergeable

    def id(self) -> int:
        return 1 if self.mergeable else -1

    def redo(self) -> None:
        self.doc.values[self.key] = self.doc.values.get(self.key, 0) + self.amount

    def undo(self) -> None:
        self.doc.values[self.key] = self.doc.values.get(self.key, 0) - self.amount

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, AddCommand) or other.key != self.key:
            return False
        self.amount += other.amount
        if self.amount == 0:
            self.setObsolete(True)
        return True


def live_commands() -> int:
    gc.collect()
    return sum(isinstance(o, AddCommand) for o in gc.get_objects())


def test_merged_commands_are_freed(qapp: QApplication) -> None:
    for stack_type, leaks in ((QUndoStack, True), (UndoStack, False)):
        doc = Counter()
        stack = stack_type()
        stack.push(AddCommand(doc, "a", 1))
        before = live_commands()
        for _ in range(500):
            stack.push(AddCommand(doc, "a", 1))
        grown = live_commands() - before
        assert stack.count() == 1 and doc.values["a"] == 501
        assert grown >= 500 if leaks else grown == 0, (stack_type.__name__, grown)
        stack.clear()


operations = st.lists(
    st.one_of(
        st.tuples(st.just("push"), st.sampled_from("ab"), st.integers(-2, 2), st.booleans()),
        st.tuples(st.just("undo")),
        st.tuples(st.just("redo")),
        st.tuples(st.just("clean")),
        st.tuples(st.just("macro"), st.sampled_from("ab"), st.integers(-2, 2)),
    ),
    max_size=40,
)


def state(stack: QUndoStack, doc: Counter) -> tuple[object, ...]:
    texts = [stack.text(i) for i in range(stack.count())]
    values = {k: v for k, v in doc.values.items() if v}
    return (stack.index(), stack.count(), stack.cleanIndex(), stack.isClean(), texts, values)


@settings(max_examples=150, deadline=None)
@given(operations)
def test_same_behaviour_as_qt(qapp: QApplication, ops: list[tuple[object, ...]]) -> None:
    pairs = [(QUndoStack(), Counter()), (UndoStack(), Counter())]
    for op in ops:
        for stack, doc in pairs:
            kind = op[0]
            if kind == "push":
                stack.push(AddCommand(doc, str(op[1]), int(op[2]), bool(op[3])))  # type: ignore[call-overload]
            elif kind == "undo":
                stack.undo()
            elif kind == "redo":
                stack.redo()
            elif kind == "clean":
                stack.setClean()
            else:
                stack.beginMacro("macro")
                stack.push(AddCommand(doc, str(op[1]), int(op[2])))  # type: ignore[call-overload]
                stack.push(AddCommand(doc, str(op[1]), int(op[2])))  # type: ignore[call-overload]
                stack.endMacro()
        assert state(*pairs[1]) == state(*pairs[0]), op
    for stack, _ in pairs:
        stack.clear()
