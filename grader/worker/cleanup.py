"""Removing what a worker wrote, whatever shape it gave it: used by the grading process (the
job folder between stages) and by the worker session (its private /tmp and /dev/shm).

A worker may leave links (removed, never followed), folders without permissions (given back
their permissions first), and folders nested far deeper than Python's recursion limit or a
path's length allows. So removal walks by descriptors, one level at a time, holding one
descriptor and a list of names: no recursion, no long paths. Imports nothing but the standard
library: both sides of the process boundary use it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Set as AbstractSet

FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
# Removal by descriptors needs openat, unlinkat and a scandir of a descriptor (POSIX).
BY_DESCRIPTOR = {os.open, os.unlink, os.rmdir} <= os.supports_dir_fd \
    and os.scandir in os.supports_fd


def remove(path: str | os.PathLike) -> None:
    """Remove a file, a link or a whole folder tree at `path`; what is gone already is fine."""
    try:
        is_folder = os.stat(path, follow_symlinks=False).st_mode & 0o170000 == 0o040000
    except FileNotFoundError:
        return
    if not is_folder:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
    elif not BY_DESCRIPTOR:   # Windows: the student's own machine, their own files
        shutil.rmtree(path, ignore_errors=True)
    else:
        _empty_by_descriptor(path)
        with contextlib.suppress(OSError):
            os.rmdir(path)


def _empty_by_descriptor(path: str | os.PathLike) -> None:
    fd, names = os.open(path, FLAGS), []
    stuck: set[tuple[int, int]] = set()
    try:
        while True:
            with contextlib.suppress(OSError):
                os.fchmod(fd, 0o700)
            child = _remove_files(fd, stuck)
            if child is not None:            # go down into the first folder left
                below = os.open(child, FLAGS, dir_fd=fd)
                os.close(fd)
                fd = below
                names.append(child)
                continue
            if not names:                    # back at the top, with nothing left to remove
                return
            here = os.fstat(fd)
            above = os.open("..", FLAGS, dir_fd=fd)   # go up, and remove the emptied folder
            os.close(fd)
            fd = above
            try:
                os.rmdir(names.pop(), dir_fd=fd)
            except OSError:                  # something in it would not go: leave it be
                stuck.add((here.st_dev, here.st_ino))
    finally:
        os.close(fd)


def _remove_files(fd: int, stuck: set) -> str | None:
    """Unlink every entry of the folder `fd` that is not a folder; the first folder's name
    that is not `stuck` (a folder whose contents would not all go)."""
    for entry in os.scandir(fd):
        if entry.is_dir(follow_symlinks=False):
            info = entry.stat(follow_symlinks=False)
            if (info.st_dev, info.st_ino) not in stuck:
                return entry.name
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.name, dir_fd=fd)
    return None


def empty(folder: str | os.PathLike[str], keep: AbstractSet[str] = frozenset()) -> None:
    """Remove everything in `folder` but the paths in `keep` and the folders leading to them."""
    for entry in os.scandir(folder):
        if entry.path in keep:
            continue
        if entry.is_dir(follow_symlinks=False) and any(
                path.startswith(entry.path + os.sep) for path in keep):
            empty(entry.path, keep)
        else:
            remove(entry.path)
