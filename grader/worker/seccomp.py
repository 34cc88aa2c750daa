"""A stage starts no process and makes no memory outside its processes: a seccomp-BPF
filter, built here with ctypes alone, installed in every stage's process after the worker's
own imports and before the submission is imported.

Why: a stage is limited in CPU-seconds of its processes (isolation/limits.py), and the kernel
counts a child's CPU time in its parent only when the parent collects it. A submission that
ignores SIGCHLD makes the kernel discard its children unaccounted (measured before this
filter: 60 children burned 6 CPU-seconds and the stage was charged 0.5). Counting what cannot
be seen is not possible, so a stage may not make processes at all. What the filter answers:

- fork, vfork, and clone without CLONE_THREAD: EPERM (os.fork, subprocess, multiprocessing
  and os.system fail with PermissionError). A clone with CLONE_THREAD makes a thread of the
  same process, whose CPU time is the process's own: torch's and OpenMP's threads work;
- clone3: ENOSYS, as from an older kernel. Its flags lie in memory, which a filter cannot
  read; glibc then makes its threads with clone, where the rule above applies;
- execve, execveat: EPERM. Without fork, exec could only replace the stage's own process,
  which stays measured and killed; a LeNet has no use for it, and it would let a stage shed
  the worker's code (and the job marker in its environment) for a program of its choice;
- fallocate: EOPNOTSUPP, as on a file system without it (glibc's posix_fallocate then writes
  the blocks itself). It takes disk space at no cost: 1.9 GB in 8 ms here, far faster than
  the job folder's watchdog (session.py) can look; writing the same costs CPU-seconds the
  stage is charged, at the speed of the disk;
- io_uring_setup: ENOSYS, so that fallocate cannot be asked for through a ring either;
- memfd_create: EPERM; memfd_secret: ENOSYS; shmget: EPERM. Each makes memory that belongs
  to no process: a memfd written to (not mapped) or a System V segment left detached is
  nobody's resident memory, so the stage's memory watchdog, which sums its processes'
  resident memory, cannot see it (measured before this filter: a stage held 4,110 MiB of
  memfd pages against a 3,072 MiB limit while the watchdog saw 426). A LeNet's training
  uses none of them (torch asks for shared memory only to pass tensors between processes,
  which a stage cannot start). POSIX shared memory (shm_open) is a file in /dev/shm, which
  in the tiers with a view is the job's own 64 MiB tmpfs;
- any system call of another ABI (x86_64's 32-bit `int 0x80` entry and its x32 numbers):
  EPERM, because their numbers differ and the rules above would not match them.

Everything else is allowed. The filter needs PR_SET_NO_NEW_PRIVS (no setuid program gains
privileges afterwards; none can be executed anyway) and is applied to every thread of the
process at once (SECCOMP_FILTER_FLAG_TSYNC): a thread that torch started before it would
otherwise stay unfiltered and could be made to fork. Filters are inherited and cannot be
removed, so nothing the submission does undoes it.

Where: every Linux tier (bubblewrap, namespaces, plain, and portable where forced on Linux),
on x86_64 and aarch64, the architectures whose numbers are written here. On another Linux
architecture the filter is not installed (`supported()` is False and every report says the
stage may start processes); nor on macOS, which has no seccomp, nor on Windows. There the
stage's process tree is still measured and killed, but a child that its parent lets the system
reap can take CPU time unseen. A kernel that refuses the filter where it is supported fails
the stage (OSError) rather than grading without it; the tier probe (isolation/tiers.py)
installs it too, so such a machine says so before any submission runs.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import sys
from typing import NamedTuple

PR_SET_NO_NEW_PRIVS = 38
SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC = 1, 1
CLONE_THREAD = 0x00010000
X32_SYSCALL_BIT = 0x40000000

# Classic BPF, as seccomp reads it (linux/filter.h, linux/seccomp.h): load a 32-bit word of
# the call's data, jump on a constant (equal, greater or equal, any bit set), return a verdict.
BPF_LD_W_ABS = 0x00 | 0x00 | 0x20
BPF_JEQ_K, BPF_JGE_K, BPF_JSET_K = 0x05 | 0x10, 0x05 | 0x30, 0x05 | 0x40
BPF_RET_K = 0x06 | 0x00
RET_ALLOW, RET_ERRNO = 0x7FFF0000, 0x00050000
# struct seccomp_data: int nr; __u32 arch; __u64 instruction_pointer; __u64 args[6]. Both
# architectures are little-endian: the low half of args[0] (clone's flags) is at offset 16.
OFFSET_NR, OFFSET_ARCH, OFFSET_ARG0_LOW = 0, 4, 16


class _Arch(NamedTuple):
    """One architecture: its audit value, its seccomp call and the numbers of the calls the
    filter answers (aarch64 has no fork or vfork: its C library forks with clone)."""
    audit: int
    seccomp: int
    numbers: dict[str, int]
    x32: bool = False   # x86_64: also numbers with X32_SYSCALL_BIT set, another ABI


ARCHES = {
    "x86_64": _Arch(0xC000003E, 317, {"clone": 56, "fork": 57, "vfork": 58, "execve": 59,
                                      "execveat": 322, "fallocate": 285, "clone3": 435,
                                      "io_uring_setup": 425, "memfd_create": 319,
                                      "memfd_secret": 447, "shmget": 29}, x32=True),
    "aarch64": _Arch(0xC00000B7, 277, {"clone": 220, "execve": 221, "execveat": 281,
                                       "fallocate": 47, "clone3": 435, "io_uring_setup": 425,
                                       "memfd_create": 279, "memfd_secret": 447,
                                       "shmget": 194}),
}
# What each call gets; "clone" is decided by its flags.
ANSWERS = {"fork": errno.EPERM, "vfork": errno.EPERM, "execve": errno.EPERM,
           "execveat": errno.EPERM, "clone3": errno.ENOSYS, "fallocate": errno.EOPNOTSUPP,
           "io_uring_setup": errno.ENOSYS, "memfd_create": errno.EPERM,
           "memfd_secret": errno.ENOSYS, "shmget": errno.EPERM}


class _Instruction(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte),
                ("k", ctypes.c_uint32)]


class _Program(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_Instruction))]


def _arch() -> _Arch | None:
    if not sys.platform.startswith("linux"):
        return None
    return ARCHES.get(platform.machine())


def supported() -> bool:
    """Whether this platform gets the filter: Linux on x86_64 or aarch64."""
    return _arch() is not None


def _program(arch: _Arch) -> list[tuple[int, int, int, int]]:
    """The filter for `arch`: (code, jump if true, jump if false, k) per instruction."""
    deny = errno.errorcode[errno.EPERM]
    # Jumps name a label ("clone", "allow", an errno's name) or are 0: the next instruction.
    code = [(BPF_LD_W_ABS, 0, 0, OFFSET_ARCH),
            (BPF_JEQ_K, 0, deny, arch.audit),   # another ABI: refused whole
            (BPF_LD_W_ABS, 0, 0, OFFSET_NR)]
    if arch.x32:
        code.append((BPF_JGE_K, deny, 0, X32_SYSCALL_BIT))
    for name, number in arch.numbers.items():
        target = "clone" if name == "clone" else errno.errorcode[ANSWERS[name]]
        code.append((BPF_JEQ_K, target, 0, number))
    code.append((BPF_RET_K, 0, 0, RET_ALLOW))
    labels = {"clone": len(code)}
    code += [(BPF_LD_W_ABS, 0, 0, OFFSET_ARG0_LOW),
             (BPF_JSET_K, "allow", deny, CLONE_THREAD)]   # a thread, or a process
    labels["allow"] = len(code)
    code.append((BPF_RET_K, 0, 0, RET_ALLOW))
    for number in sorted({errno.EPERM, *ANSWERS.values()}):
        labels[errno.errorcode[number]] = len(code)
        code.append((BPF_RET_K, 0, 0, RET_ERRNO | number))
    return [(op, *(labels[jump] - index - 1 if isinstance(jump, str) else jump
                   for jump in (true, false)), k)
            for index, (op, true, false, k) in enumerate(code)]


def install() -> None:
    """Forbid new processes to this process and everything it becomes (see the module's
    docstring); nothing where `supported()` is False. Raises OSError if the kernel refuses."""
    arch = _arch()
    if arch is None:
        return
    code = _program(arch)
    instructions = (_Instruction * len(code))(*(_Instruction(*line) for line in code))
    filter_program = _Program(len(code), instructions)
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    if libc.prctl(*map(ctypes.c_ulong, (PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
    done = libc.syscall(ctypes.c_long(arch.seccomp), ctypes.c_long(SECCOMP_SET_MODE_FILTER),
                        ctypes.c_long(SECCOMP_FILTER_FLAG_TSYNC), ctypes.byref(filter_program))
    if done != 0:   # -1 and errno, or the id of a thread that could not be synchronised
        raise OSError(ctypes.get_errno() if done < 0 else errno.ESRCH,
                      "the kernel refused the seccomp filter that forbids new processes")
