"""The kit checks that no grading changed what later gradings run.

Covered in every tier: the grader's package (its code and the bytecode Python caches beside it)
and rubric; the Python environment: a virtual environment whole (bin/ with the interpreter's
links and the console scripts, pyvenv.cfg, site-packages with its .pth files), outside one its
scripts folder; every site-packages folder this Python reads, wherever it lies (the user's where
Python reads it); the standard library with its extension modules; the interpreter's executable
and every link leading to it; and the cached calibration of the time budget. A tier with a view
or an own uid (isolation/tiers.py) keeps workers from writing any of it, but not the grading
process, which runs as the grading user (root in a container): a link planted in a job folder
that led it to write elsewhere would reach all of it, and in a tier with neither, the worker is
that user. A change stops grading and is named.

Not covered: the rest of the system (the dynamic loader, libc, /etc), which a write as root
would break for every program, not only the kit; the grading process must not be led there.

How, and why so. The check runs after every grading. A content hash of a torch environment
(45,000 files, 6 GB) takes seconds. A stat signature of every file (inode, size, modification
and change times; a write always moves the change time, which no user can set back) is sound,
but on a 2-core machine it took 0.26 to 0.44 s a grading for the venv alone and 0.5 to 0.9 s
with the standard library, in the kernel more than in Python (GNU find takes as long). So on
Linux the kernel reports the writes instead: an inotify watch on every folder (an entry made,
removed or renamed) and on every file (written, truncated, its attributes or link count
changed, or closed after being opened for writing, which a write through a shared memory
mapping needs too; a grading's processes are gone when it is checked). Set up once per grader
(about 0.5 s for 59,000 watches there), the check then takes about 2 ms, most of it hashing the
kit's code. The watches on files catch writes through another name of the same file (a hard
link made outside the watched folders); a full queue counts as a change; a watched folder or
interpreter link replaced by another (through a folder above it) shows in their stat
signatures, compared at every check. Where inotify is missing (macOS, Windows) or its watches
run out (fs.inotify.max_user_watches), the stat signatures of every file are compared instead.
"""

from __future__ import annotations

import compileall
import ctypes
import errno
import hashlib
import os
import site
import struct
import sys
import sysconfig
import threading
import weakref
from dataclasses import dataclass

from grader.errors import GraderCompromised
from grader.grading.calibration import cache_dir
from grader.kit import PACKAGE, RUBRIC

RESTORE = ("Stop grading, restore the kit (git checkout, or reinstall it) and the Python "
           "environment (recreate the virtual environment), and review that submission.")

# inotify(7): what changes a file, and, on a folder, also what changes its entries.
IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE = 0x2, 0x4, 0x8
IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE, IN_DELETE = 0x40, 0x80, 0x100, 0x200
IN_DELETE_SELF, IN_MOVE_SELF, IN_Q_OVERFLOW = 0x400, 0x800, 0x4000
IN_DONT_FOLLOW = 0x02000000
FILE_EVENTS = IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_DELETE_SELF | IN_MOVE_SELF
FOLDER_EVENTS = FILE_EVENTS | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE
EVENT = struct.Struct("iIII")  # struct inotify_event: wd, mask, cookie, len, then the name
OVERFLOW = "(more changes than inotify could queue)"


@dataclass(frozen=True)
class Coverage:
    """Folders watched whole (real paths, none inside another), folders inside them that this
    Python never reads, and single paths: the interpreter and the links leading to it."""
    trees: tuple[str, ...]
    unused: frozenset[str]
    files: tuple[str, ...]


def environment(*also: str) -> Coverage:
    """What Python runs later (see above), and the folders `also`."""
    sites = {*site.getsitepackages(), *([site.getusersitepackages()] if site.ENABLE_USER_SITE
                                        else [])}
    stdlib = {sysconfig.get_path("stdlib"), sysconfig.get_path("platstdlib")}
    # Outside a virtual environment sys.prefix is the system's (/usr): only its scripts count.
    own = sys.prefix if sys.prefix != sys.base_prefix else sysconfig.get_path("scripts")
    folders = {os.path.realpath(folder) for folder in (*sites, *stdlib, own, *also)}
    trees = tuple(sorted(folder for folder in folders if not any(
        other != folder and folder.startswith(other.rstrip(os.sep) + os.sep)
        for other in folders)))
    # A base interpreter's own site-packages, inside its standard library, where a virtual
    # environment does not read it.
    unused = frozenset(os.path.join(os.path.realpath(folder), name) for folder in stdlib
                       for name in ("site-packages", "dist-packages")) - {
        os.path.realpath(folder) for folder in sites}
    links = [os.path.abspath(sys.executable)]
    while os.path.islink(links[-1]) and len(links) < 40:
        links.append(os.path.normpath(os.path.join(os.path.dirname(links[-1]),
                                                   os.readlink(links[-1]))))
    return Coverage(trees, unused, tuple(dict.fromkeys([*links, os.path.realpath(links[0])])))


def grading_coverage() -> Coverage:
    """The environment and the kit's package. The package's missing bytecode is written first:
    Python would otherwise write it into the watched package on a module's first import."""
    compileall.compile_dir(PACKAGE, quiet=2)
    return environment(str(PACKAGE))


def kit_digest() -> dict[str, str]:
    """sha256 of each file of the grader's code and rubric: a worker that managed to change
    one would change how every later submission is graded."""
    files = sorted(PACKAGE.rglob("*.py")) + [RUBRIC]
    return {str(path): hashlib.sha256(path.read_bytes()).hexdigest() for path in files
            if path.is_file()}


def environment_digest() -> dict[str, str]:
    """Stat signatures of everything `environment()` covers and the calibration cache's hash:
    what the red-team tests compare before and after the red team."""
    coverage = environment()
    return {**_signatures(coverage), **_tree_signatures(coverage), **_calibration()}


class Integrity:
    """What the grader checks after each grading: `before`, the state when grading started,
    and the `watch` of the covered folders (None where inotify is missing or ran out). Made
    by `start`, or by `start_behind` and then `ready` before any submission's code runs."""

    def __init__(self, coverage: Coverage, watch: _Watch | None, before: dict[str, str]):
        self.coverage, self.watch, self.before = coverage, watch, before
        self.lock = threading.Lock()
        self.changed: set[str] = set()  # once changed, every later check fails too
        self._setting_up: threading.Thread | None = None
        self._failure: BaseException | None = None
        self._refresh_due = False

    @classmethod
    def start(cls) -> Integrity:
        """Watch the kit from now on: its missing bytecode is written first
        (`grading_coverage`), then the watches set up and the present state taken."""
        integrity = cls(Coverage((), frozenset(), ()), None, {})
        integrity._set_up()
        return integrity

    @classmethod
    def start_behind(cls) -> Integrity:
        """`start` in a thread (about half a second of a processor): the grader meanwhile
        starts its worker, which imports torch, and calls `ready` before any submission's
        code runs. `refresh`, `verify` and `close` wait for it too."""
        integrity = cls(Coverage((), frozenset(), ()), None, {})
        integrity._setting_up = threading.Thread(target=integrity._set_up, daemon=True,
                                                 name="integrity watch")
        integrity._setting_up.start()
        return integrity

    def _set_up(self) -> None:
        try:
            coverage = grading_coverage()
            try:
                watch = _Watch.on(coverage) if sys.platform.startswith("linux") else None
            except OSError:
                watch = None  # no inotify here, or its watches ran out
            self.coverage, self.watch, self.before = coverage, watch, _state(coverage, watch)
        except BaseException as failure:  # noqa: BLE001  (any: ready() raises it, never a grading unwatched)
            self._failure = failure

    def ready(self) -> None:
        """Wait until the watch is set up and the present state taken (and accepted again,
        where `refresh` came while it was being set up)."""
        if self._setting_up is not None:
            self._setting_up.join()
        if self._failure is not None:
            raise self._failure
        with self.lock:   # no grading gets past here while another accepts the state
            if self._refresh_due:
                self._refresh_due = False
                self._take_state()

    def refresh(self) -> None:
        """Accept the present state: after the grader itself wrote the calibration cache,
        before any submission ran. While the watch is still being set up, at `ready`: the
        grader's worker can start meanwhile."""
        with self.lock:
            if self._setting_up is not None and self._setting_up.is_alive():
                self._refresh_due = True
                return
        self.ready()
        with self.lock:
            self._take_state()

    def _take_state(self) -> None:
        """The present state as the one to compare with (under the lock)."""
        if self.watch is not None:
            self.watch.changes()
        self.changed.clear()
        self.before = _state(self.coverage, self.watch)

    def verify(self, name: str) -> None:
        """Stop everything if what later gradings run changed while `name` was graded."""
        self.ready()
        with self.lock:
            now = _state(self.coverage, self.watch)
            self.changed |= {path for path in self.before.keys() | now.keys()
                             if self.before.get(path) != now.get(path)}
            if self.watch is not None:
                self.changed |= self.watch.changes()
            if self.changed:
                raise GraderCompromised(
                    f"files that later gradings run changed while {name} was graded: "
                    f"{', '.join(sorted(self.changed))}. {RESTORE}")

    def close(self) -> None:
        if self._setting_up is not None:
            self._setting_up.join()
        if self.watch is not None:
            self.watch.close()


def _state(coverage: Coverage, watch: _Watch | None) -> dict[str, str]:
    """The kit's digest and the signatures the check compares; every file's own signature
    only where no watch reports the writes."""
    found = {**kit_digest(), **_signatures(coverage), **_calibration()}
    if watch is None:
        found.update(_tree_signatures(coverage))
    return found


class _Watch:
    """inotify watches on every folder and file of the covered trees (Linux): `paths` names
    each watch descriptor's path. Made by `on`."""

    def __init__(self, fd: int, paths: dict[int, bytes]):
        self.fd, self.paths = fd, paths
        self.close = weakref.finalize(self, os.close, fd)

    @classmethod
    def on(cls, coverage: Coverage) -> _Watch:
        """A new inotify instance watching everything `coverage` holds. Paths stay bytes
        until a change is named: decoding and joining 60,000 of them as text took a third
        of the set-up."""
        libc = ctypes.CDLL(None, use_errno=True)
        add = libc.inotify_add_watch
        add.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32)
        fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        watch = cls(fd, {})
        unused = {os.fsencode(path) for path in coverage.unused}
        try:
            for tree in coverage.trees:
                for path, events in _entries(os.fsencode(tree), unused):
                    wd = add(fd, path, events | IN_DONT_FOLLOW)
                    if wd >= 0:
                        watch.paths[wd] = path
                    elif ctypes.get_errno() != errno.ENOENT:  # gone: its folder saw it
                        raise OSError(ctypes.get_errno(), f"inotify_add_watch {path!r}")
        except OSError:
            watch.close()
            raise
        return watch

    def changes(self) -> set[str]:
        """What changed since the last call: every event is a write (nothing here asks for
        reads)."""
        found: set[str] = set()
        while True:
            try:
                data = os.read(self.fd, 1 << 16)
            except BlockingIOError:
                return found
            offset = 0
            while offset < len(data):
                wd, mask, _, size = EVENT.unpack_from(data, offset)
                name = data[offset + EVENT.size:offset + EVENT.size + size].rstrip(b"\0")
                offset += EVENT.size + size
                if mask & IN_Q_OVERFLOW:
                    found.add(OVERFLOW)
                else:
                    path = os.fsdecode(self.paths.get(wd, f"watch {wd}".encode()))
                    found.add(os.path.join(path, os.fsdecode(name)) if name else path)


def _walk(tree: str, unused: frozenset[str]):
    for folder, folders, files in os.walk(tree):
        folders[:] = sorted(name for name in folders
                            if os.path.join(folder, name) not in unused)
        yield folder, folders, sorted(files)


def _entries(tree: bytes, unused: set[bytes]):
    """Every folder of `tree` (but those `unused` and below) and every other entry in them,
    with the events to watch each for; links are not followed."""
    folders = [tree]
    while folders:
        folder = folders.pop()
        yield folder, FOLDER_EVENTS
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue   # gone, or unreadable: os.walk passed over it too
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.path not in unused:
                    folders.append(entry.path)
            else:
                yield entry.path, FILE_EVENTS


def _signature(path: str) -> str:
    try:
        info = os.lstat(path)
    except OSError:
        return "absent"
    return (f"{info.st_dev}:{info.st_ino}:{info.st_mode:o}:{info.st_size}:{info.st_mtime_ns}:"
            f"{info.st_ctime_ns}")


def _signatures(coverage: Coverage) -> dict[str, str]:
    """The watched folders' and the interpreter's own: a folder or link replaced shows here."""
    return {path: _signature(path) for path in (*coverage.trees, *coverage.files)}


def _tree_signatures(coverage: Coverage) -> dict[str, str]:
    """The stat signature of every entry of the covered folders."""
    return {path: _signature(path) for tree in coverage.trees
            for folder, _, files in _walk(tree, coverage.unused)
            for path in (folder, *(os.path.join(folder, name) for name in files))}


def _calibration() -> dict[str, str]:
    calibration = cache_dir() / "calibration.json"
    return {str(calibration): hashlib.sha256(calibration.read_bytes()).hexdigest()
            if calibration.exists() else "absent"}
