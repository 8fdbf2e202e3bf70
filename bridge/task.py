"""Run engine work in a QgsTask and report on the main thread.

The work runs in ``run()`` on a worker thread and must not touch the project
or widgets; an exception is kept and handed to ``on_done`` in ``finished()``,
which QGIS calls on the main thread. Cancelling is honoured between steps.
"""

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

    def run(self):
        try:
            self.result = self._work(self)
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
