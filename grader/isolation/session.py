"""One grading's worker, started under the job's confinement, and the stages it runs.

Where forking after torch is safe (Linux), the worker is a session that imports torch once and
forks a child per stage; elsewhere (macOS, Windows) each stage is a fresh process. Either way a
stage has:

- a watchdog over the size of the job folder, where its writes stay after it ends;
- a start-up limit (the student's import) and a work limit, in CPU seconds of the stage's
  processes (limits.py), where time off the CPU that was not spent waiting for one (sleep)
  counts too, and a wall-clock net, generous, for a machine too busy to run it;
- a stage cut by that net while its processes waited for a CPU is *starved*: the machine, not
  the student, ran out of time, and whoever reads the result is told;
- a memory watchdog over its processes' resident memory (and, outside a view, the files
  its own uid holds in the machine's in-memory folders), the start and the end of what it printed
  (through a pipe: a worker can replace any file in its folder, even with a link), and the
  kill of every process it started when it ends.

Whatever the student's code does, `run_stage` returns an outcome and leaves no process of the stage
behind; `close` ends every process of the grading.
"""

from __future__ import annotations

import contextlib
import os
import queue
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from grader.isolation.limits import (
    IDLE_GRACE_S,
    JOB_DISK_BYTES,
    JOB_ENTRIES,
    OUTPUT_FILE_BYTES,
    Meter,
    Usage,
    apply_rlimits,
    charged,
    folder_usage,
    wall_net,
)
from grader.isolation.tiers import JobConfinement
from grader.kit import KIT_ROOT
from grader.worker import protocol
from grader.worker.protocol import Done, Ready, Record, Request

FORKS = sys.platform.startswith("linux")   # fork after importing torch: safe on Linux only
POLL_S = 0.1
EXIT_GRACE_S = 2.0         # after the stage's end, before the kill
# A stage's channel, unless its request says more: an inspect stage sends about 20 records and
# 5 MB (its training loop's checkpoints, each about 1 MB; measured), so a few times that.
CHANNEL_BYTES = 32 << 20
CHANNEL_RECORDS = 1000
QUEUED_LINES = 4           # lines read ahead of the grader's decoding: the channel's memory
FLOOD = object()           # the reader's word that the stage sent more than it may
SESSION_START_S = 300.0    # wall seconds for the session's own imports: no student code yet
# What a worker inherits of the grader's environment: locale, paths and the settings of torch
# and CUDA, never a TA's tokens or passwords.
INHERITED = ("PATH", "LANG", "LANGUAGE", "TZ", "LD_LIBRARY_PATH", "PYTHONPATH", "SYSTEMROOT")
INHERITED_PREFIXES = ("LC_", "CUDA_", "NVIDIA_", "OMP_", "MKL_", "TORCH_", "PYTORCH_")
WORKER_SETTINGS = {
    # glibc's malloc returns and re-maps torch's large buffers on every step by default; these
    # thresholds cut a worker's system time from about 3 s to 0.5 s an epoch (measured here).
    # They change no result, only where freed memory goes.
    "MALLOC_MMAP_THRESHOLD_": "16777216", "MALLOC_TRIM_THRESHOLD_": "8589934592",
    # Should a student raise torch's thread count, waiting threads sleep instead of spinning,
    # which would burn the CPU seconds the budget counts whenever the machine is busy.
    "OMP_WAIT_POLICY": "PASSIVE",
}


@dataclass(frozen=True)
class StageLimits:
    startup_s: float        # CPU seconds for the student's import
    work_s: float           # CPU seconds for the stage's work
    memory_mib: float       # resident memory of the stage's processes
    output_chars: int       # what the student's code printed, kept from the start and the end
    wall_cap_s: float = float("inf")   # what is left of the grading's own wall-clock cap
    whole: bool = False     # the work limit counts the start-up's CPU too (the timed run)
    disk_bytes: int = JOB_DISK_BYTES   # what the job folder may hold while the stage runs
    # Wall seconds per phase off the CPU, not waiting for one, before they count as CPU time
    # (limits.charged); None: never, for a stage that waits on a GPU.
    idle_grace_s: float | None = IDLE_GRACE_S
    # What the stage may send the grader on its channel: over either, it is stopped ("flood").
    channel_bytes: int = CHANNEL_BYTES
    channel_records: int = CHANNEL_RECORDS


@dataclass(frozen=True)
class Received:
    """A record, with when it arrived: wall and CPU seconds since the stage started."""
    record: Record
    wall_s: float
    cpu_s: float


@dataclass
class StageOutcome:
    """How a stage ended, what it used, and every record its worker sent."""
    stage: str
    status: str = "ok"             # ok, crashed, timeout, memory, disk, flood
    phase: str = "startup"         # how far it got: startup, work, done
    starved: bool = False          # cut by the wall-clock net while waiting for a CPU
    events: list[Received] = field(default_factory=list)
    output: str = ""
    startup_s: float = 0.0         # CPU seconds to Ready
    work_s: float = 0.0            # CPU seconds after Ready
    wall_s: float = 0.0
    wait_s: float | None = 0.0     # seconds its threads waited for a CPU; None: unknown
    peak_rss_mib: float = 0.0

    def all(self, kind: type[Record]) -> list[Received]:
        return [item for item in self.events if isinstance(item.record, kind)]

    def first(self, kind: type[Record]) -> Record | None:
        return next((item.record for item in self.all(kind)), None)

    def unique(self, kind: type[Record], key: str) -> dict:
        """Records of `kind` by the value of their field `key`, None for a value reported
        twice: the worker reports each once, so a second one was written by the student's
        code to the grader's channel."""
        found = {}
        for item in self.all(kind):
            value = getattr(item.record, key)
            found[value] = None if value in found else item
        return found


class WorkerSession:
    """The worker of one grading, in one job folder, under that folder's confinement."""

    def __init__(self, confinement: JobConfinement, *, threads: int,
                 address_space_mib: float | None):
        self.confinement, self.threads = confinement, threads
        self.address_space_mib = address_space_mib
        self.forks = FORKS and confinement.chosen.tier != "portable"
        self._process: subprocess.Popen | None = None   # the session (forking mode)
        self._session: psutil.Process | None = None
        self._control: socket.socket | None = None
        self._session_log = None

    def start(self) -> None:
        """Start the session now rather than at the first stage, where stages fork from one:
        it imports torch while the grader finishes its own set-up. Where it cannot start,
        nothing is left running, and the first stage tries again and says why."""
        if self.forks and self._ensure_session() is not None:
            self.close()

    # --- one stage -----------------------------------------------------------------------

    def run_stage(self, folder, request: Request, limits: StageLimits,
                  on_record=None) -> StageOutcome:
        """Run the stage `request` names in its fresh `folder` (grading/workspace.py), under
        `limits`; `on_record` sees each record, and keeps it itself where it returns True (the
        outcome's events then leave it out). What the stage prints comes through a pipe
        the grader made, never through a file a worker could replace."""
        folder.place(protocol.REQUEST, request.encode())
        outcome = StageOutcome(request.stage)
        process, output = None, _Output(limits.output_chars)
        # Outside a view, /dev/shm is the machine's: a uid of the job's own is told by its files.
        owner = self.confinement.uid if self.confinement.chosen.protection != "view" else None
        try:
            if self.forks:
                problem = self._ensure_session()
                if problem:
                    outcome.status, outcome.output = "crashed", problem
                    return outcome
                channel = self._fork_stage(folder.path, output.take_writer())
                meter = Meter(self._session, owner=owner)
            else:
                process = self._spawn_stage(folder.path, output.take_writer())
                channel = process.stdout
                meter = Meter(psutil.Process(process.pid), inclusive=True, owner=owner)
        except OSError as error:   # the session ended: a stage killed it, or it crashed
            output.close()
            outcome.status, outcome.output = "crashed", self._log(f"the worker is gone ({error})")
            return outcome
        reader = _Watch(outcome, limits, meter, on_record, self.confinement.folder).follow(channel)
        if process is not None:
            _wait_then_kill(process, meter, grace=outcome.phase == "done")
            self.confinement.sweep()
        else:
            meter.kill()
        reader.join(timeout=5)  # its writers are gone: it sees the end of the channel
        channel.close()
        outcome.output = output.text()
        return outcome

    def _environment(self) -> dict[str, str]:
        inherited = {name: value for name, value in os.environ.items()
                     if name in INHERITED or name.startswith(INHERITED_PREFIXES)}
        return {**WORKER_SETTINGS, **inherited, "PYTHONPATH": os.pathsep.join(
            [str(KIT_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]),
            "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1",
            **self.confinement.environment()}

    def _start(self, argv: list[str], **options) -> subprocess.Popen:
        """A worker process under the job's confinement and the POSIX resource limits."""
        posix = os.name == "posix" and self.confinement.chosen.tier != "portable"

        def before_exec():
            apply_rlimits(self.address_space_mib)
            self.confinement.enter()

        options.setdefault("cwd", self.confinement.folder)
        # The limits and the confinement must hold from the first instruction of the worker,
        # so they are set in the child between fork and exec; the child runs no Python thread
        # of ours meanwhile (subprocess forks from one thread), which is what the rule fears.
        return subprocess.Popen(
            self.confinement.command([sys.executable, "-m", "grader.worker", *argv]),
            stdin=subprocess.DEVNULL, env=self._environment(), start_new_session=posix,
            preexec_fn=before_exec if posix else None, **options)  # noqa: PLW1509

    def _spawn_stage(self, folder: Path, output: int) -> subprocess.Popen:
        try:
            return self._start(["stage", str(folder)], cwd=folder, stdout=subprocess.PIPE,
                               stderr=output)
        finally:
            os.close(output)

    def _fork_stage(self, folder: Path, output: int):
        """Ask the session for a stage in `folder`, with a fresh pipe for its records and the
        write end of the pipe for what it prints."""
        read, write = os.pipe()
        try:
            socket.send_fds(self._control, [os.fsencode(folder)], [write, output])
        finally:
            os.close(write)
            os.close(output)
        return os.fdopen(read, "rb", 0)

    # --- the session ---------------------------------------------------------------------

    def _ensure_session(self) -> str | None:
        """Start the session on first use; None once it is ready, else why it is not."""
        if self._session is not None:
            return None if self._process.poll() is None else self._log("the worker ended")
        ours, theirs = socket.socketpair()
        # The grader's own log, no worker can see it; it lives as long as the session, and
        # close() closes it, so no `with` block fits.
        self._session_log = tempfile.TemporaryFile()  # noqa: SIM115
        self._process = self._start(
            ["session", str(self.confinement.folder), str(theirs.fileno()), str(self.threads)],
            stdout=self._session_log, stderr=subprocess.STDOUT, pass_fds=(theirs.fileno(),))
        theirs.close()
        ours.settimeout(SESSION_START_S)
        try:
            ready = ours.recv(16) == b"ready"
        except OSError:
            ready = False
        if not ready:
            ours.close()
            return self._log("the worker did not start")
        ours.settimeout(None)
        self._control, self._session = ours, _find_session(self._process.pid)
        return None

    def _log(self, what: str) -> str:
        """`what`, and the start and the end of what the session printed."""
        if self._session_log is None:
            return what
        self._session_log.seek(0)
        output = _Output(4000)
        output.keep(self._session_log.read())
        return f"{what}:\n{output.text()}"

    def close(self) -> None:
        """End every process of this grading."""
        if self._control is not None:
            self._control.close()
        if self._process is not None:  # killed, and collected; what it started is killed too
            with contextlib.suppress(psutil.NoSuchProcess):   # it ended, and was collected
                Meter(psutil.Process(self._process.pid), inclusive=True).kill(wait=False)
            self._process.wait()
        if self._session_log is not None:
            self._session_log.close()
        self.confinement.sweep()


class _Watch:
    """Follows one stage: its records as they arrive, its CPU, wall clock and memory, and the
    size of the job `folder`."""

    DISK_EVERY_S = 0.5   # wall seconds between looks at the folder (a look is a walk of it)

    def __init__(self, outcome: StageOutcome, limits: StageLimits, meter: Meter, on_record,
                 folder: Path, clock=time.monotonic):
        self.outcome, self.limits, self.meter, self.on_record = outcome, limits, meter, on_record
        self.folder, self.clock = folder, clock
        self.started = clock()
        self.disk_due = 0.0   # when the next look at the folder is due, in wall seconds
        self.usage = meter.sample()
        self.mark = (0.0, 0.0, self.usage.wait_s)   # wall, CPU and wait at the phase's start
        self.start = self.mark                      # and at the stage's

    def follow(self, channel) -> threading.Thread:
        """Until the stage is done, ends, or goes over a limit; returns the channel's reader.
        The reader runs at most QUEUED_LINES ahead: a worker that writes faster than the
        grader decodes waits, and the grader's memory stays flat."""
        lines: queue.Queue = queue.Queue(QUEUED_LINES)
        stop = threading.Event()
        reader = threading.Thread(target=_read_lines,
                                  args=(channel, lines, self.limits.channel_bytes, stop),
                                  daemon=True)
        reader.start()
        received = 0
        while self.outcome.phase != "done" and self.outcome.status == "ok":
            try:
                line = lines.get(timeout=POLL_S)
            except queue.Empty:
                line = b""
            if line is None:   # the channel ended without Done: the worker died
                self._measure()
                if self.outcome.status == "ok":
                    # A stage may fill its folder between two looks and then die: the folder,
                    # looked at once more, says whether that was the end it earned.
                    self.outcome.status = "disk" if self._folder_over_cap() else "crashed"
                break
            received += bool(line)
            if line is FLOOD or received > self.limits.channel_records:
                self._measure()
                self.outcome.status = "flood"
                break
            if line:
                self._receive(line)
            self._measure()
        stop.set()
        return reader

    def _receive(self, line: bytes) -> None:
        record = protocol.decode(line)
        if record is None:
            return
        if isinstance(record, (Ready, Done, protocol.Epoch)):
            self._measure()   # these are timed to the CPU second
        wall, cpu = self.clock() - self.started, self.usage.cpu_s
        if isinstance(record, Ready) and self.outcome.phase == "startup":
            self.outcome.phase, self.outcome.startup_s = "work", cpu
            self.mark = (wall, cpu, self.usage.wait_s)
        # A record the stage's own handler keeps (a checkpoint, in a file) is not kept twice.
        if self.on_record is None or not self.on_record(record):
            self.outcome.events.append(Received(record, wall, cpu))
        if isinstance(record, Done):
            self.outcome.phase = "done"

    def _measure(self) -> None:
        self.usage: Usage = self.meter.sample()
        outcome, usage = self.outcome, self.usage
        outcome.wall_s = self.clock() - self.started
        outcome.wait_s = usage.wait_s
        outcome.peak_rss_mib = max(outcome.peak_rss_mib, usage.rss_mib)
        if outcome.phase == "work":
            outcome.work_s = usage.cpu_s - self.mark[1]
        if outcome.phase == "done" or outcome.status != "ok":
            return
        limit = self.limits.startup_s if outcome.phase == "startup" else self.limits.work_s
        # With `whole`, the work is charged every second since the stage left the session.
        start = self.start if outcome.phase == "work" and self.limits.whole else self.mark
        wall, cpu = outcome.wall_s - start[0], usage.cpu_s - start[1]
        waited = None if usage.wait_s is None or start[2] is None else usage.wait_s - start[2]
        if usage.rss_mib > self.limits.memory_mib:
            outcome.status = "memory"
        elif self._folder_too_big(outcome.wall_s):
            outcome.status = "disk"
        elif charged(cpu, wall, waited, self.limits.idle_grace_s) > limit:
            outcome.status = "timeout"   # its own doing: on a CPU, or asleep
        elif wall > min(wall_net(limit), self.limits.wall_cap_s - (outcome.wall_s - wall)):
            outcome.status = "timeout"
            outcome.starved = waited is None or waited > 0.5 * max(wall - cpu, 0.0)

    def _folder_too_big(self, now_s: float) -> bool:
        """Whether the job folder holds more than the stage's limit, or more entries than
        limits.JOB_ENTRIES; looked at every DISK_EVERY_S, since a look walks the folder."""
        if now_s < self.disk_due:
            return False
        self.disk_due = now_s + self.DISK_EVERY_S
        return self._folder_over_cap()

    def _folder_over_cap(self) -> bool:
        used, entries = folder_usage(self.folder)
        return used > self.limits.disk_bytes or entries > JOB_ENTRIES


def _read_lines(channel, lines: queue.Queue, limit: int, stop: threading.Event) -> None:
    """A thread: every line of the channel into `lines`, then None at its end (a thread, as
    Windows cannot wait on a pipe with select). A line longer than any record
    (protocol.MAX_LINE_BYTES) is dropped as it arrives, so that a worker writing without end
    fills no memory of the grader's; past `limit` bytes in all it puts FLOOD and stops
    reading, which leaves the worker blocked on a full pipe until the stage is stopped."""
    read = getattr(channel, "read1", channel.read)
    pieces: list[bytes] = []   # the line so far, as read: each byte is looked at once
    size, dropping, total = 0, False, 0

    def put(item) -> bool:
        while not stop.is_set():
            try:
                lines.put(item, timeout=POLL_S)
                return True
            except queue.Full:
                continue
        return False

    try:
        while chunk := read(1 << 16):
            total += len(chunk)
            if total > limit:
                put(FLOOD)
                return
            *ends, rest = chunk.split(b"\n")
            for end in ends:
                if not dropping and not put(b"".join([*pieces, end])):
                    return
                pieces, size, dropping = [], 0, False
            pieces.append(rest)
            size += len(rest)
            if size > protocol.MAX_LINE_BYTES:
                pieces, size, dropping = [], 0, True
    except (OSError, ValueError):
        pass
    put(None)


def _find_session(pid: int) -> psutil.Process:
    """The session's process: the started one, or below it (bubblewrap, the namespaces tier's
    waiting parent)."""
    top = psutil.Process(pid)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        for process in [top, *top.children(recursive=True)]:
            try:   # Python itself: bubblewrap's own command line names the worker too
                if process.cmdline()[1:4] == ["-m", "grader.worker", "session"]:
                    return process
            except (psutil.Error, IndexError):
                continue
        time.sleep(0.05)
    return top


def _wait_then_kill(process: subprocess.Popen, meter: Meter, grace: bool) -> None:
    if grace:
        try:
            process.wait(timeout=EXIT_GRACE_S)
        except subprocess.TimeoutExpired:
            pass
    meter.kill()
    process.wait()


class _Output:
    """What a stage prints, read from a pipe as it comes: its start and its end are kept, the
    middle of a flood is counted and dropped, so no amount of output costs disk or memory.
    After OUTPUT_FILE_BYTES the pipe is closed: the next write fails in the worker, as a
    write over the file-size limit used to (its CPU, and the grader's, is not spent on it)."""

    def __init__(self, chars: int):
        self.half = max(chars // 2, 1)
        self.head, self.tail, self.dropped, self.total = b"", b"", 0, 0
        self._reader: threading.Thread | None = None
        self._read_end: int | None = None

    def take_writer(self) -> int:
        """The write end, for the stage; a thread drains the read end until every writer
        has closed it."""
        read, write = os.pipe()
        self._read_end = read
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()
        return write

    def _drain(self) -> None:
        with os.fdopen(self._read_end, "rb", 0) as pipe:
            while self.total <= OUTPUT_FILE_BYTES and (chunk := pipe.read(1 << 16)):
                self.keep(chunk)

    def keep(self, chunk: bytes) -> None:
        self.total += len(chunk)
        room = self.half - len(self.head)
        self.head += chunk[:room]
        tail = self.tail + chunk[max(room, 0):]
        self.dropped += max(len(tail) - self.half, 0)
        self.tail = tail[-self.half:]

    def close(self) -> None:
        if self._reader is not None:
            self._reader.join(timeout=5)

    def text(self) -> str:
        self.close()
        cut = f"\n[... {self.dropped} bytes of output cut ...]\n" if self.dropped else ""
        stopped = (f"\n[... output stopped here: more than {OUTPUT_FILE_BYTES >> 20} MiB ...]"
                   if self.total > OUTPUT_FILE_BYTES else "")
        return (self.head + cut.encode() + self.tail + stopped.encode()).decode("utf-8",
                                                                                "replace")
