"""A worker session's stages themselves: whatever the worker does, a stage ends within its CPU
limits, its wall-clock net and its memory limit, returns an outcome that says how it ended,
keeps the start and end of a flood of output, and leaves no process of the stage behind."""

from __future__ import annotations

import time

import pytest
from conftest import REDTEAM, STARTER, worker_processes

from grader.grading import verification
from grader.isolation.session import StageLimits
from grader.worker.protocol import Contract, Done, ImportFailed, Ready, Request


@pytest.fixture
def stage(grader, tmp_path):
    """Run one inspect stage of `source` (a path or the text of a file) under small limits."""
    def run(source, **limits):
        path = source if not isinstance(source, str) else tmp_path / "lenet.py"
        if isinstance(source, str):
            path.write_text(source)
        settings = {"startup_s": 20, "work_s": 20, "memory_mib": 3072, "output_chars": 4000,
                    **limits}
        seen = []
        with grader.workspace.job(path, "limits") as job:
            folder = job.open_stage("inspect")   # as Stages.inspect does
            for name, array in verification.draw(grader.mnist.train_images).arrays().items():
                folder.place_array(name, array)
            started = time.monotonic()
            request = Request("inspect", 0, 1, "cpu", data=str(job.data_folder()))
            outcome = job.session.run(folder, request, StageLimits(**settings), seen.append)
            outcome.elapsed = time.monotonic() - started
        assert not worker_processes(grader.workspace.root), "a process outlived its stage"
        return outcome, seen
    return run


def test_a_healthy_stage_reports_in_order_and_ends_done(stage):
    outcome, seen = stage(STARTER)
    assert (outcome.status, outcome.phase, outcome.starved) == ("ok", "done", False)
    kinds = [type(record) for record in seen]
    assert kinds[:2] == [Contract, Ready] and kinds[-1] is Done
    assert [item.record for item in outcome.events] == seen
    assert outcome.startup_s >= 0 and outcome.work_s > 0 and outcome.peak_rss_mib > 50
    assert outcome.wall_s >= outcome.work_s


def test_a_hang_at_import_is_a_startup_timeout(stage):
    outcome, _ = stage(REDTEAM / "import_loop.py", startup_s=3)
    assert (outcome.status, outcome.phase) == ("timeout", "startup")
    assert outcome.elapsed < 3 + 10


def test_a_hang_in_the_work_is_a_work_timeout_in_cpu_seconds(stage):
    outcome, _ = stage(REDTEAM / "forward_loop.py", work_s=2)
    assert (outcome.status, outcome.phase, outcome.starved) == ("timeout", "work", False)
    assert 2 <= outcome.work_s < 2 + 1


def test_code_that_sleeps_meets_the_wall_clock_net_and_is_not_starved(stage, monkeypatch):
    from grader.isolation import session

    monkeypatch.setattr(session, "wall_net", lambda cpu_s: 3.0)
    outcome, _ = stage("import time\ntime.sleep(600)\n")
    assert (outcome.status, outcome.phase, outcome.starved) == ("timeout", "startup", False)
    assert outcome.startup_s < 1 and outcome.wall_s < 3 + 5


def test_memory_over_the_limit_stops_the_stage(stage):
    outcome, _ = stage(REDTEAM / "memory_hog.py", memory_mib=800)
    assert outcome.status == "memory"
    assert outcome.peak_rss_mib > 800


def test_an_exit_without_done_is_a_crash(stage):
    outcome, _ = stage("import os\nos._exit(3)\n")
    assert (outcome.status, outcome.phase) == ("crashed", "startup")


def test_a_flood_of_output_keeps_its_start_and_end(stage):
    outcome, _ = stage("print('FIRST')\nfor i in range(200000): print('x' * 50)\n"
                       "print('LAST')\nraise SystemExit\n", output_chars=1000)
    assert outcome.output.startswith("FIRST") and outcome.output.rstrip().endswith("LAST")
    assert "bytes of output cut" in outcome.output and len(outcome.output) < 1200


def test_a_stage_cannot_start_processes_but_has_threads(stage):
    """The seccomp filter (worker/seccomp.py), in the stage's own process: threads, torch's
    included, work; a fork fails, so a child can neither escape the meter nor the kill."""
    code = ("import os, signal, threading, torch\n"
            "torch.set_num_threads(2)\n"
            "(torch.randn(1000, 1000) @ torch.randn(1000, 1000)).sum()\n"
            "seen = []\n"
            "thread = threading.Thread(target=seen.append, args=(1,))\n"
            "thread.start(); thread.join()\n"
            "print('threads', len(os.listdir('/proc/self/task')), seen, flush=True)\n"
            "signal.signal(signal.SIGCHLD, signal.SIG_IGN)\n"
            "os.fork()\n")
    outcome, seen = stage(code)
    failed = next(record for record in seen if isinstance(record, ImportFailed))
    assert failed.error_type == "PermissionError"
    threads = outcome.output.split("threads ")[1].split()
    assert int(threads[0]) > 1 and threads[1] == "[1]"
