"""Task and TaskRunner: results, failures and cancellation arrive as signals on the UI thread."""

from __future__ import annotations

import threading

import pytest

from core.progress import Cancelled, Progress
from ui.tasks import Task, TaskRunner


def test_success_reports_progress_then_result_on_the_ui_thread(qtbot, runner: TaskRunner):
    seen: list[tuple[str, object, bool]] = []
    ui_thread = threading.current_thread()

    def job(progress, _cancel):
        progress(Progress(1, 2, "save"))
        return 42

    task = Task(job)
    task.progress.connect(lambda p: seen.append(("progress", p, threading.current_thread() is ui_thread)))
    task.succeeded.connect(lambda r: seen.append(("succeeded", r, threading.current_thread() is ui_thread)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        runner.start(task)
    assert seen == [("progress", Progress(1, 2, "save"), True), ("succeeded", 42, True)]
    qtbot.waitUntil(lambda: not runner.busy, timeout=1000)  # the runner lets go in its own slot of ``finished``


def test_failure_and_cancel(qtbot, runner: TaskRunner):
    failing = Task(lambda _p, _c: 1 / 0)
    with qtbot.waitSignal(failing.failed, timeout=5000) as blocker:
        runner.start(failing)
    assert isinstance(blocker.args[0], ZeroDivisionError)

    def wait_for_cancel(_progress, cancel):
        while True:
            cancel.raise_if_cancelled()
            threading.Event().wait(0.005)

    cancelling = Task(wait_for_cancel)
    with qtbot.waitSignal(cancelling.cancelled, timeout=5000):
        runner.start(cancelling)
        cancelling.cancel()


def test_runner_runs_one_task_at_a_time(qtbot, runner: TaskRunner):
    active, overlaps = [0], []
    lock = threading.Lock()

    def job(_progress, _cancel):
        with lock:
            active[0] += 1
            overlaps.append(active[0])
        threading.Event().wait(0.02)
        with lock:
            active[0] -= 1

    tasks = [Task(job) for _ in range(3)]
    with qtbot.waitSignals([t.finished for t in tasks], timeout=5000):
        for task in tasks:
            runner.start(task)
    assert overlaps == [1, 1, 1]


def test_cancelled_is_not_a_failure():
    task = Task(lambda _p, _c: (_ for _ in ()).throw(Cancelled()))
    outcomes = []
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    task.failed.connect(lambda e: outcomes.append("failed"))
    task.run()  # directly, on this thread
    assert outcomes == ["cancelled"]


@pytest.mark.parametrize("value", [None, 0, "x"])
def test_any_return_value_is_passed_on(value):
    task = Task(lambda _p, _c: value)
    got = []
    task.succeeded.connect(got.append)
    task.run()
    assert got == [value]
