"""Which recovery folders belong to a running editor, and which to one that crashed.

Each running editor takes a fresh session id and holds a `QLockFile` named
`<recovery>/<session>.lock` for as long as it runs; its autosaves go to
`<recovery>/<session>/`. The lock is taken before the folder is ever made, so a folder
whose lock can be taken belongs to no running editor: that editor crashed or was killed
(QLockFile finds a lock stale when the process that wrote it is gone, or the machine
has restarted since). Locks never go stale by age (`setStaleLockTime(0)`): an editor
left open for a week still owns its folder. A second editor started beside a running
one sees the first one's lock held and leaves its documents alone.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from PySide6.QtCore import QLockFile

from canvas_editor.model.document import new_id
from canvas_editor.storage.recovery import RecoveredDocument, RecoveryStore
from canvas_editor.storage.user_data import private_folder

LOCK_SUFFIX = ".lock"
_SESSION = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _lock_file(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    return lock


class CrashedSession:
    """The recovery folder of an editor that is gone; we hold its lock while we decide."""

    def __init__(self, store: RecoveryStore, session: str, lock: QLockFile) -> None:
        self.store = store
        self.session = session
        self._lock: QLockFile | None = lock

    def documents(self) -> list[RecoveredDocument]:
        return self.store.documents(self.session)

    def release(self) -> None:
        """Done with it: an emptied folder goes; one still holding documents waits for later."""
        self.store.remove_session(self.session)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


class InstanceLock:
    """This editor's session: its id, its recovery folder and the lock that marks it alive."""

    def __init__(self, store: RecoveryStore, session: str, lock: QLockFile) -> None:
        self.store = store
        self.session = session
        self._lock: QLockFile | None = lock

    @classmethod
    def acquire(cls, store: RecoveryStore | None = None) -> InstanceLock | None:
        """A new session with its lock held; None when the data folder cannot be written
        (the editor then runs without autosave rather than not at all)."""
        store = store if store is not None else RecoveryStore()
        try:
            private_folder(store.root)
        except OSError:
            return None
        for _ in range(3):
            session = new_id()
            lock = _lock_file(store.root / (session + LOCK_SUFFIX))
            if lock.tryLock(0):
                return cls(store, session, lock)
        return None

    @property
    def is_held(self) -> bool:
        return self._lock is not None

    def crashed_sessions(self) -> list[CrashedSession]:
        """Sessions whose editor is gone, each locked by us now (so no other editor offers
        the same documents). Bare stale locks left by crashes without documents are cleared."""
        names = set(self.store.sessions())
        with contextlib.suppress(OSError):
            names |= {
                p.name[: -len(LOCK_SUFFIX)]
                for p in self.store.root.iterdir()
                if p.name.endswith(LOCK_SUFFIX) and _SESSION.match(p.name[: -len(LOCK_SUFFIX)])
            }
        names.discard(self.session)
        crashed = []
        for name in sorted(names):
            lock = _lock_file(self.store.root / (name + LOCK_SUFFIX))
            if not lock.tryLock(0):
                continue  # a running editor's, or one we may not touch
            session = CrashedSession(self.store, name, lock)
            if session.documents():
                crashed.append(session)
            else:
                session.release()
        return crashed

    def release(self) -> None:
        """At a normal exit: the (by now empty) folder and the lock go."""
        if self._lock is None:
            return
        self.store.remove_session(self.session)
        self._lock.unlock()
        self._lock = None
