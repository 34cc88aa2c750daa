"""A worker session's stages themselves: whatever the worker does, a stage ends within its CPU
limits (sleep counted), its wall-clock net, its memory limit and its job folder's disk cap,
returns an outcome that says how it ended, keeps the start and end of a flood of output, and
leaves no process of the stage behind. The limits' arithmetic is tested first, on a fake meter
and a fake clock, without processes."""

from __future__ import annotations

import io
import os
from collections import namedtuple

import pytest
from helpers import REDTEAM, STARTER, worker_processes

from grader.grading import verification
from grader.isolation import limits
from grader.isolation.limits import Meter, Usage, folder_usage
from grader.isolation.session import StageLimits, StageOutcome, _Watch
from grader.worker.protocol import Contract, Done, ImportFailed, Ready, Request

# --- the arithmetic, on a fake meter -----------------------------------------------------------


class Script:
    """A fake clock and meter: `advance` moves wall clock, CPU and run-queue wait on."""

    def __init__(self, waits_known=True):
        self.now, self.usage = 0.0, Usage(rss_mib=100.0, cpu_s=0.0,
                                          wait_s=0.0 if waits_known else None)

    def clock(self) -> float:
        return self.now

    def sample(self) -> Usage:
        return Usage(self.usage.rss_mib, self.usage.cpu_s, self.usage.wait_s)

    def advance(self, wall, cpu=0.0, wait=0.0):
        self.now += wall
        self.usage.cpu_s += cpu
        if self.usage.wait_s is not None:
            self.usage.wait_s += wait


def _watch(script, tmp_path, **overrides) -> _Watch:
    settings = {"startup_s": 10, "work_s": 10, "memory_mib": 1000, "output_chars": 100,
                **overrides}
    return _Watch(StageOutcome("inspect"), StageLimits(**settings), script, None, tmp_path,
                  clock=script.clock)


def _run(watch, script, seconds, cpu_rate=0.0, wait_rate=0.0, step=0.5):
    """Advance in steps, measuring after each, until `seconds` pass or the stage is stopped;
    returns the wall seconds it took."""
    passed = 0.0
    while passed < seconds and watch.outcome.status == "ok":
        script.advance(step, step * cpu_rate, step * wait_rate)
        passed += step
        watch._measure()
    return passed


def test_a_sleeper_is_charged_its_sleep_beyond_the_grace(tmp_path):
    script = Script()
    watch = _watch(script, tmp_path)
    took = _run(watch, script, 600, cpu_rate=0.01)
    outcome = watch.outcome
    assert (outcome.status, outcome.phase, outcome.starved) == ("timeout", "startup", False)
    assert took == pytest.approx(10 + limits.IDLE_GRACE_S, abs=1.0)


def test_a_starved_stage_gets_the_wall_clock_net_and_is_told_so(tmp_path):
    """Waiting for a CPU (a run queue's delay) is the machine's doing: not charged."""
    script = Script()
    watch = _watch(script, tmp_path)
    took = _run(watch, script, 600, cpu_rate=0.05, wait_rate=0.95)
    assert (watch.outcome.status, watch.outcome.starved) == ("timeout", True)
    assert took == pytest.approx(limits.wall_net(10), abs=1.0)


def test_threads_at_work_beside_a_sleeping_one_are_charged_their_cpu_only(tmp_path):
    """Waits and CPU are sums over threads: two threads at work use 2 CPU-seconds a second, and
    a third, asleep, adds nothing; the limit is reached after 5 wall seconds, not earlier."""
    script = Script()
    watch = _watch(script, tmp_path)
    took = _run(watch, script, 600, cpu_rate=2.0, wait_rate=0.0)
    assert watch.outcome.status == "timeout"
    assert took == pytest.approx(10 / 2, abs=0.6)


def test_each_phase_has_its_own_grace(tmp_path):
    """The start-up's idle time does not count against the work's limit."""
    script = Script()
    watch = _watch(script, tmp_path)
    _run(watch, script, 12, cpu_rate=0.0)   # asleep within startup's 10 s + grace
    assert watch.outcome.status == "ok"
    watch._receive(Ready().encode().encode())
    assert watch.outcome.phase == "work"
    took = _run(watch, script, 600, cpu_rate=1.0)
    assert watch.outcome.status == "timeout"
    assert took == pytest.approx(10, abs=0.6)


@pytest.mark.parametrize("case", ["waits unknown", "no grace (GPU)"])
def test_where_sleep_is_not_charged_only_the_wall_clock_net_stops_it(case, tmp_path):
    script = Script(waits_known=case != "waits unknown")
    grace = {"idle_grace_s": None} if case == "no grace (GPU)" else {}
    watch = _watch(script, tmp_path, **grace)
    took = _run(watch, script, 600, cpu_rate=0.01)
    assert watch.outcome.status == "timeout"
    assert took == pytest.approx(limits.wall_net(10), abs=1.0)
    assert watch.outcome.starved == (case == "waits unknown")   # unknown: not blamed


def test_a_job_folder_over_its_cap_stops_the_stage(tmp_path):
    script = Script()
    watch = _watch(script, tmp_path, disk_bytes=1 << 20)
    _run(watch, script, 2)
    assert watch.outcome.status == "ok"
    (tmp_path / "big").write_bytes(os.urandom(2 << 20))
    _run(watch, script, 2)
    assert watch.outcome.status == "disk"


@pytest.mark.parametrize("written", [2 << 20, 0])
def test_a_stage_that_fills_its_folder_and_dies_between_two_looks_is_told_the_disk_cap(
        written, tmp_path):
    """A fast disk fills the folder and the worker dies before the next look is due: the end
    of the channel looks once more, and only a folder over its cap turns a crash into disk."""
    script = Script()
    watch = _watch(script, tmp_path, disk_bytes=1 << 20)
    watch._measure()   # the first look, of an empty folder; the next is DISK_EVERY_S away
    (tmp_path / "big").write_bytes(os.urandom(written))
    watch.follow(io.BytesIO(b"")).join(timeout=5)
    assert watch.outcome.status == ("disk" if written else "crashed")


def test_too_many_entries_stop_the_stage_however_small(tmp_path, monkeypatch):
    monkeypatch.setattr("grader.isolation.session.JOB_ENTRIES", 50)
    script = Script()
    watch = _watch(script, tmp_path)
    for index in range(60):
        (tmp_path / str(index)).touch()
    _run(watch, script, 2)
    assert watch.outcome.status == "disk"


class Process:
    """A fake psutil process, with no threads to read run delays of, whose CPU time reads
    `readings` in turn."""
    pid = -1
    times = namedtuple("times", "user system children_user children_system")

    def __init__(self, readings):
        self.readings = iter(readings)

    def cpu_times(self):
        return self.times(next(self.readings), 0.0, 0.0, 0.0)

    def memory_info(self):
        return namedtuple("memory", "rss")(0)

    def children(self, recursive):
        return []


def test_the_meter_never_reports_less_cpu_than_before():
    """A process that ended and is not yet collected is for a moment counted nowhere."""
    meter = Meter(Process([3.0, 1.0, 4.0]), inclusive=True)
    assert [meter.sample().cpu_s for _ in range(3)] == [3.0, 3.0, 4.0]


def test_without_schedstat_waits_are_unknown_not_zero(monkeypatch, tmp_path):
    """Zero would charge a starved stage its wait as sleep; unknown charges CPU alone."""
    (tmp_path / "present").touch()
    monkeypatch.setattr(limits, "SCHEDSTAT", str(tmp_path / "present"))
    assert Meter(Process([1.0]), inclusive=True).sample().wait_s == 0.0
    monkeypatch.setattr(limits, "SCHEDSTAT", str(tmp_path / "absent"))
    assert Meter(Process([1.0]), inclusive=True).sample().wait_s is None


# 150 threads pinned to one CPU, waking every millisecond, beside a main thread that sleeps:
# waits of the process's own making (the red team's thread_storm.py does it in forward).
STORM = """
import os, sys, threading, time
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
def storm():
    while True:
        time.sleep(0.001)
        sum(range(200))
for _ in range(150):
    threading.Thread(target=storm, daemon=True).start()
print("ready", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not os.path.exists(limits.SCHEDSTAT), reason="no schedstat here")
def test_waits_a_process_makes_with_its_own_threads_are_not_the_machines():
    """Summed over its threads, the storm's waits exceed the wall clock many times (the
    starvation a submission could once manufacture); the meter counts only its main thread's
    wait, less its other threads' CPU time: none."""
    import subprocess
    import sys
    import time

    import psutil

    storm = subprocess.Popen([sys.executable, "-c", STORM], stdout=subprocess.PIPE)
    try:
        assert storm.stdout.readline() == b"ready\n"
        meter = Meter(psutil.Process(storm.pid), inclusive=True)
        first, started = meter.sample(), time.monotonic()
        time.sleep(3)
        last, wall = meter.sample(), time.monotonic() - started
        every_thread = sum(wait for _, wait in meter._waits.values()) / 1e9
    finally:
        storm.kill()
        storm.wait()
    assert every_thread > 2 * wall
    assert last.wait_s - first.wait_s < 0.1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0
                    or "/dev/shm" not in limits.memory_folders(),
                    reason="a file of another uid needs root; /dev/shm is not in memory here")
def test_a_jobs_files_in_the_machines_dev_shm_count_as_its_memory():
    """Outside a view, /dev/shm is the machine's and its files are no process's resident
    memory: with a uid of the job's own, the meter counts that uid's files there."""
    uid = 60999   # below the kit's job uids: no grading owns it
    meter = Meter(Process([0.0] * 3), inclusive=True, owner=uid)
    before = meter.sample().rss_mib
    path = f"/dev/shm/lenet5-test-{os.getpid()}"
    try:
        with open(path, "wb") as file:
            file.write(b"x" * (8 << 20))
        os.chown(path, uid, uid)
        meter._in_files = (float("-inf"), 0.0)   # look now, not in half a second
        assert meter.sample().rss_mib - before == pytest.approx(8, abs=0.1)
        assert Meter(Process([0.0]), inclusive=True).sample().rss_mib == 0.0   # no owner
    finally:
        os.unlink(path)


def test_memory_folders_are_those_on_a_file_system_in_memory(monkeypatch, tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/vda / ext4 rw 0 0\ntmpfs /dev/shm tmpfs rw 0 0\n"
                      "tmpfs /run tmpfs rw 0 0\n")
    monkeypatch.setattr(limits, "MOUNTS", str(mounts))
    assert limits.memory_folders(("/tmp", "/dev/shm")) == ["/dev/shm"]
    monkeypatch.setattr(limits, "MOUNTS", str(tmp_path / "absent"))
    assert limits.memory_folders(("/dev/shm",)) == []


def test_folder_usage_counts_blocks_once_without_following_links(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "big").write_bytes(os.urandom(4 << 20))
    job = tmp_path / "job"
    (job / "deep" / "er").mkdir(parents=True)
    (job / "deep" / "er" / "data").write_bytes(os.urandom(1 << 20))
    os.link(job / "deep" / "er" / "data", job / "again")   # a second name: counted once
    (job / "link").symlink_to(outside)                     # not followed
    with open(job / "sparse", "wb") as handle:             # holds nothing: counts nothing
        handle.truncate(8 << 20)
    used, entries = folder_usage(job)
    assert (1 << 20) <= used < (1 << 20) + (256 << 10)
    assert entries == 6


def test_folder_usage_stops_after_its_entry_cap(tmp_path):
    for index in range(30):
        (tmp_path / str(index)).touch()
    assert folder_usage(tmp_path, max_entries=10) == (0, 11)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root reads a folder whatever its mode")
def test_a_folder_the_grader_cannot_list_counts_as_over(tmp_path):
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    hidden.chmod(0)
    try:
        assert folder_usage(tmp_path, max_entries=10)[1] == 11
    finally:
        hidden.chmod(0o700)


# --- real stages -------------------------------------------------------------------------------

# A worker stage run into one of its limits: seconds each (its start-up, then the limit); the
# fast tier keeps the healthy stage only.
real_stage = pytest.mark.slow


def _run_stage(grader, tmp_path, source, **limits):
    """One inspect stage of `source` (a path or the text of a file) under small limits."""
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
        request = Request("inspect", 0, 1, "cpu", data=str(job.data_folder()))
        outcome = job.session.run_stage(folder, request, StageLimits(**settings), seen.append)
        outcome.folder = job.folder
    assert not worker_processes(grader.workspace.root), "a process outlived its stage"
    return outcome, seen


@pytest.fixture
def stage(grader, tmp_path):
    """Run one inspect stage of `source` (a path or the text of a file) under small limits."""
    return lambda source, **limits: _run_stage(grader, tmp_path, source, **limits)


def test_a_healthy_stage_reports_in_order_and_ends_done(stage):
    outcome, seen = stage(STARTER)
    assert (outcome.status, outcome.phase, outcome.starved) == ("ok", "done", False)
    kinds = [type(record) for record in seen]
    assert kinds[:2] == [Contract, Ready] and kinds[-1] is Done
    assert [item.record for item in outcome.events] == seen
    assert outcome.startup_s >= 0 and outcome.work_s >= 0 and outcome.peak_rss_mib > 50
    assert outcome.wall_s >= outcome.work_s


@real_stage
def test_a_hang_at_import_is_a_startup_timeout(stage):
    outcome, _ = stage(REDTEAM / "import_loop.py", startup_s=3)
    assert (outcome.status, outcome.phase, outcome.starved) == ("timeout", "startup", False)
    assert outcome.wall_s < limits.wall_net(3), "the CPU limit stopped it, not the net"


@real_stage
def test_a_hang_in_the_work_is_a_work_timeout_in_cpu_seconds(stage):
    outcome, _ = stage(REDTEAM / "forward_loop.py", work_s=2)
    assert (outcome.status, outcome.phase, outcome.starved) == ("timeout", "work", False)
    assert 2 <= outcome.work_s < 2 + 1


@real_stage
def test_code_that_sleeps_is_stopped_by_its_cpu_limit(stage, monkeypatch):
    """Without a wall-clock net at all, a sleeper is stopped as its sleep is charged; were it
    not, its import would end after 120 s and the stage would end as a crash."""
    from grader.isolation import session

    monkeypatch.setattr(session, "wall_net", lambda cpu_s: float("inf"))
    outcome, _ = stage("import os, time\ntime.sleep(120)\nos._exit(3)\n", startup_s=2)
    assert (outcome.status, outcome.phase, outcome.starved) == ("timeout", "startup", False)
    assert outcome.startup_s < 1   # its CPU alone was far from the limit


@real_stage
def test_where_sleep_is_not_charged_it_meets_the_wall_clock_net_unstarved(stage, monkeypatch):
    from grader.isolation import session

    monkeypatch.setattr(session, "wall_net", lambda cpu_s: 3.0)
    outcome, _ = stage("import time\ntime.sleep(600)\n", idle_grace_s=None)
    assert (outcome.status, outcome.phase, outcome.starved) == ("timeout", "startup", False)
    assert outcome.startup_s < 1 and outcome.wall_s < 3 + 5


@real_stage
def test_memory_over_the_limit_stops_the_stage(stage):
    outcome, _ = stage(REDTEAM / "memory_hog.py", memory_mib=800)
    assert outcome.status == "memory"
    assert outcome.peak_rss_mib > 800


@real_stage
def test_an_exit_without_done_is_a_crash(stage):
    outcome, _ = stage("import os\nos._exit(3)\n")
    assert (outcome.status, outcome.phase) == ("crashed", "startup")


@real_stage
def test_a_flood_of_output_keeps_its_start_and_end(stage):
    outcome, _ = stage("print('FIRST')\nfor i in range(200000): print('x' * 50)\n"
                       "print('LAST')\nraise SystemExit\n", output_chars=1000)
    assert outcome.output.startswith("FIRST") and outcome.output.rstrip().endswith("LAST")
    assert "bytes of output cut" in outcome.output and len(outcome.output) < 1200


@real_stage
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


@real_stage
def test_a_job_folder_over_its_cap_ends_the_stage_and_is_removed(stage):
    """The job folder's watchdog stops a stage that writes too much (here, 8 MiB files up to
    1 GiB, then a crash), and the folder is gone with its grading. On a fast disk the writes
    and the crash may both fall between two of its looks: the crash is then still told as the
    disk cap, never as a plain crash."""
    code = ("import os\n"
            "block = os.urandom(8 << 20)\n"
            "for index in range(128):\n"
            "    with open(f'fill-{index}', 'wb') as handle:\n"
            "        handle.write(block)\n"
            "os._exit(3)\n")
    outcome, _ = stage(code, disk_bytes=128 << 20)
    assert (outcome.status, outcome.phase) == ("disk", "startup")
    assert not outcome.folder.exists()
