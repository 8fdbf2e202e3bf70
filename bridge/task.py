"""Run engine work in a QgsTask and report on the main thread.

The work runs in ``run()`` on a worker thread and must not touch the project
or widgets; an exception is kept and handed to ``on_done`` in ``finished()``,
which QGIS calls on the main thread. Cancelling is honoured between steps,
and inside the long loops through ``check`` callbacks (see :func:`batches`).
"""

import itertools
import queue
import threading
import traceback

from qgis.core import QgsTask

class Cancelled(Exception):
    """Raised by a step when the user cancelled the task."""


class EngineTask(QgsTask):
    """``work(task)`` returns a result; ``on_done(result, error)`` gets it later.

    ``work`` may call ``task.step(percent)`` to report progress and stop early
    when the task is cancelled.
    """

    def __init__(self, description, work, on_done):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self._work = work
        self._on_done = on_done
        self.result = None
        self.error = None

    def step(self, percent):
        if self.isCanceled():
            raise Cancelled()
        self.setProgress(percent)

    def within(self, start, end, total=None):
        """A ``check(done, total)`` for the loops of :mod:`.layers` and
        :mod:`.features`: moves the progress from ``start`` to ``end`` as
        they go, and raises Cancelled there when the task is cancelled.
        ``total`` is the count to go by when the loop cannot tell it."""
        known = total

        def check(done, total):
            total = total or known
            self.step(start + (end - start) * min(done, total) / total if total and total > 0 else start)

        return check

    def run(self):
        try:
            self.result = _in_python_thread(self._work, self)
            return True
        except Cancelled:
            return False
        except Exception as error:  # noqa: BLE001 - reported in finished()
            self.error = error
            return False

    def finished(self, ok):
        if not ok and self.error is None and self.isCanceled():
            self.error = Cancelled()
        self._on_done(self.result if ok else None, self.error)


def share(check, low, high):
    """A ``check(done, total)`` for one part of a run, from ``low`` to ``high``
    (fractions) of the ``check`` given: it reports thousandths of the whole.
    An unknown ``total`` (None) counts as nothing done yet, a total of 0 as all done."""
    if check is None:
        return None

    def part(done, total):
        fraction = 0.0 if total is None else min(done, total) / total if total else 1.0
        check(round((low + (high - low) * fraction) * 1000), 1000)

    return part


def batches(items, size, check=None, total=None):
    """``items`` in lists of ``size`` (the last shorter), calling ``check(done,
    total)`` before the first list and after each: ``done`` is how many items
    were handed out so far, ``total`` how many there are (None when not known).
    ``check`` reports progress and stops the loop by raising (the caller's
    Cancelled)."""
    items = iter(items)
    done = 0
    if check is not None:
        check(done, total)
    while True:
        batch = list(itertools.islice(items, size))
        if not batch:
            return
        yield batch
        done += len(batch)
        if check is not None:
            check(done, total)


class Writer:
    """``write(batch)`` called on a thread of its own, in order: QGIS writes one
    batch (in C++, which lets go of Python's lock) while Python reads and flags
    the next, on the other core. At most ``depth`` batches wait.

    :meth:`close` writes what is waiting and ends the thread; it is also what
    to call when the reading stops early (a cancel), so that what was handed
    over is written, all of it, before anything is undone.
    """

    _END = object()

    def __init__(self, write, depth=2):
        self._write = write
        self._queue = queue.Queue(maxsize=depth)
        self._error = None
        self._thread = threading.Thread(target=self._run, name="secure-corridor-writer", daemon=True)
        self._thread.start()

    def _run(self):
        while True:
            batch = self._queue.get()
            if batch is self._END:
                return
            if self._error is None:  # after a failure, only drained
                try:
                    self._write(batch)
                except BaseException as error:  # noqa: BLE001 - raised on the reading thread
                    self._error = error

    def put(self, batch):
        self._raise()
        self._queue.put(batch)

    def close(self):
        if self._thread.is_alive():
            self._queue.put(self._END)
            self._thread.join()
        self._raise()

    def _raise(self):
        if self._error is not None:
            raise self._error


def _in_python_thread(work, task):
    """``work(task)`` in a thread Python creates, from the task's pool thread.

    pyproj 3.7.x (as pip and some QGIS installers ship it) keeps its per-thread
    PROJ context in OS-thread storage but frees it with the Python thread state,
    which sip creates and drops around every call into Python on a Qt pool
    thread: the second task on the same pool thread then crashes in
    ``proj_create`` (pyproj#1509, #1622; fixed upstream by pyproj#1626). A
    short-lived Python thread per run avoids that; with Debian's pyproj 3.4 it
    costs one thread start.
    """
    outcome = {}

    def target():
        try:
            outcome["result"] = work(task)
        except BaseException as error:  # noqa: BLE001 - re-raised on the task's thread
            # The work's frames let go of what they read, here and now: a feature
            # iterator kept by the traceback would otherwise outlive its layer
            # and crash QGIS when it is collected later.
            traceback.clear_frames(error.__traceback__)
            outcome["error"] = error

    thread = threading.Thread(target=target, name="secure-corridor-engine", daemon=True)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
