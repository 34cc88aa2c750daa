"""`lenet5 grade DIR -o OUT --slurm`: grade a class on a Slurm cluster, as an array job and a
job that merges it.

Task K of the array runs `lenet5 grade DIR --shard K/N` into OUT/shards/K-of-N; a second job,
which depends on the whole array with `afterany`, runs `lenet5 merge` of the shards into OUT.
`afterany` rather than `afterok`: a task ends in failure whenever one of its gradings did not
complete (a grade sheet row says why), and a task that died (time limit, lost node, scancel)
must still be named; with `afterok` the merge would never run at all. Merge names the shards
that did not finish (grader/shards.py) and merges nothing until they have. Submitting again
grades only what is missing: each task resumes its shard.

The figures are the kit's own: a task grades `-j` submissions at once, each training on one
thread (a CPU each), each stopped at the rubric's memory limit (so a task asks for that much per
grading, and a GiB for the grading process); its time limit is the worst case of the largest
shard, every grading using every stage's CPU limit, calibrated on this machine. A task keeps
its own calibration cache (under OUT/slurm/): one file shared by tasks on different nodes would
change under another task's gradings, and the kit's integrity check would stop them.
"""

from __future__ import annotations

import math
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from grader import shards
from grader.assignment.rubric import Rubric, load_rubric
from grader.errors import GraderError
from grader.grading import calibration
from grader.isolation.limits import IDLE_GRACE_S
from grader.submissions import discover, shard_of

JOBS_PER_TASK = 4       # gradings at once in one task, by default: one CPU each
ROUNDS_PER_TASK = 8     # a task grades about JOBS x ROUNDS submissions: N follows from that
GRADER_MIB = 1024       # the grading process beside its workers: MNIST, the verifier, reports
START_S = 120           # a task's start: the grader's set-up and, on a new node, calibration
MERGE = ("--cpus-per-task=1", "--mem=2G", "--time=30")   # a class of 300 merged in seconds


@dataclass(frozen=True)
class Plan:
    """What is submitted: the class, its split, and each task's share of the cluster."""
    source: Path
    out: Path
    tasks: int
    jobs: int                       # gradings at once per task, and its CPUs
    memory_mib: int                 # per task
    minutes: int                    # per task
    split: list[list[str]]          # the submissions of each shard, 1 to N
    sbatch: list[str] = field(default_factory=list)     # the cluster's options, as given
    grade: list[str] = field(default_factory=list)      # passed on to each task's lenet5 grade
    merge: list[str] = field(default_factory=list)      # and to lenet5 merge

    def shard(self, index: int) -> Path:
        return self.out / "shards" / f"{index}-of-{self.tasks}"

    @property
    def folder(self) -> Path:
        """The scripts, the tasks' logs and their calibration caches."""
        return self.out / "slurm"


@dataclass(frozen=True)
class Submitted:
    plan: Plan
    array: str | None       # the jobs' ids; None where sbatch is not on the PATH
    merge: str | None


def plan(*, source: str, out: str, jobs: int | None, tasks: int | None, device: str,
         rubric: str | None, data_dir: str | None, timeout: float | None = None,
         sbatch: list[str], grade: list[str], merge: list[str]) -> Plan:
    """The split of the class and the resources of each task (see the module's docstring);
    `timeout`: lenet5 grade's cap on one grading, where the TA sets one."""
    source_path, out_path = Path(source).resolve(), Path(out).resolve()
    found = discover(source_path, out_path / ".submissions")
    if not found:
        raise GraderError(f"{source}: no submissions found (.py files or student folders)")
    jobs = jobs or JOBS_PER_TASK
    count = tasks or _earlier_split(out_path) or math.ceil(len(found) / (jobs * ROUNDS_PER_TASK))
    if not 1 <= count <= len(found):
        raise GraderError(f"--tasks {count}: between 1 and the class's {len(found)} submissions")
    split = [[item.name for item in shard_of(found, (index, count))]
             for index in range(1, count + 1)]
    rules = load_rubric(rubric)
    limits = rules.limits
    per_grading = limits.cuda_memory_mib if device == "cuda" else limits.memory_mib
    rounds = math.ceil(max(map(len, split)) / jobs)
    grading_s = worst_grading_s(rules, data_dir, rubric)
    minutes = math.ceil((START_S + rounds * min(grading_s, timeout or grading_s)) / 60)
    return Plan(source_path, out_path, count, jobs, int(jobs * per_grading) + GRADER_MIB, minutes,
                split, sbatch, grade, merge)


def worst_grading_s(rubric: Rubric, data_dir: str | None, rubric_file: str | None) -> float:
    """Seconds of one grading that uses every stage's CPU limit, on this machine: the timed
    run's budget (its import included) and, scaled as the grader scales them, the other
    stages' start-ups and limits, plus each stage's grace off the CPU."""
    reference = _reference_s(data_dir, rubric_file)
    limits = rubric.limits
    scale = calibration.speed_scale(reference, rubric)
    stages = scale * (2 * limits.startup_s + limits.inspect_s + limits.evaluate_s)
    return calibration.budget_seconds(reference, rubric) + stages + 3 * IDLE_GRACE_S


def _reference_s(data_dir: str | None, rubric: str | None) -> float:
    """The reference's training time here, on the CPU: cached, else measured now (seconds)."""
    machine = calibration.describe("cpu", 1)
    reference = calibration.cached_seconds(machine, "reference")
    if reference is None:
        from grader.commands import calibrate

        print("calibrating this machine for the tasks' time limit (once)...", file=sys.stderr)
        calibrate.main(data_dir=data_dir, device="cpu", rubric=rubric)
        reference = calibration.cached_seconds(machine, "reference")
    if reference is None:
        raise GraderError("the calibration left no measurement of the reference solution")
    return reference


def _earlier_split(out: Path) -> int | None:
    """N of the shards already in OUT, so that submitting again resumes them."""
    counts = {shard.count for folder in (out / "shards").glob("*-of-*")
              if (shard := shards.read(folder)) is not None}
    return counts.pop() if len(counts) == 1 else None


def grade_script(plan: Plan) -> str:
    """The array job: task K grades shard K of N, with its own calibration cache."""
    command = [_quote(sys.executable), "-m", "grader", "grade", _quote(plan.source), "-o",
               _quote(plan.out / "shards") + f"/$task-of-{plan.tasks}", "-q",
               "--shard", f"$task/{plan.tasks}", "-j", str(plan.jobs), *map(_quote, plan.grade)]
    return _script("lenet5-grade", [
        f"--array=1-{plan.tasks}", f"--cpus-per-task={plan.jobs}",
        f"--mem={plan.memory_mib}M", f"--time={plan.minutes}",
        f"--output={plan.folder / 'logs' / 'grade-%A_%a.log'}", *plan.sbatch],
        f"# Task K grades shard K of {plan.tasks} of the class into shards/K-of-{plan.tasks}.\n"
        "task=$SLURM_ARRAY_TASK_ID\n"
        f"export LENET5_CACHE={_quote(plan.folder / 'cache')}/task-$task\n"
        + " ".join(command) + "\n")


def merge_script(plan: Plan) -> str:
    """The job after the array: every shard into OUT, or the names of those not done."""
    command = [sys.executable, "-m", "grader", "merge",
               *(str(plan.shard(index)) for index in range(1, plan.tasks + 1)),
               "-o", str(plan.out), *plan.merge]
    return _script("lenet5-merge", [
        *MERGE, f"--output={plan.folder / 'logs' / 'merge-%j.log'}", *plan.sbatch],
        "# After every task of the array, done or not: merge names the shards not done.\n"
        + " ".join(map(_quote, command)) + "\n")


def _script(name: str, options: list[str], body: str) -> str:
    header = "".join(f"#SBATCH {option}\n" for option in [f"--job-name={name}", *options])
    return f"#!/bin/bash\n{header}# Written by lenet5 grade --slurm.\nset -euo pipefail\n{body}"


def _quote(path: Path | str) -> str:
    return shlex.quote(str(path))


def submit(plan: Plan) -> Submitted:
    """Write both scripts and each shard's record, then submit them where sbatch exists."""
    cluster = shutil.which("sbatch") is not None
    if cluster:
        _refuse_while_running(plan)
    plan.folder.joinpath("logs").mkdir(parents=True, exist_ok=True)
    grade, merge = plan.folder / "grade.sh", plan.folder / "merge.sh"
    grade.write_text(grade_script(plan))
    merge.write_text(merge_script(plan))
    _seed_caches(plan)
    for index, names in enumerate(plan.split, start=1):   # a task that never starts is named
        shards.write(plan.shard(index), shards.Shard(index, plan.tasks, names))
    if not cluster:
        return Submitted(plan, None, None)
    array = _sbatch([str(grade)])
    (plan.folder / "jobs").write_text(f"{array}\n")
    try:
        merged = _sbatch([f"--dependency=afterany:{array}", str(merge)])
    except GraderError as error:
        raise GraderError(f"array job {array} was submitted, but its merge job was not "
                          f"({error}): cancel it with scancel {array}, or submit "
                          f"{merge} with --dependency=afterany:{array}") from None
    (plan.folder / "jobs").write_text(f"{array} {merged}\n")
    return Submitted(plan, array, merged)


def _seed_caches(plan: Plan) -> None:
    """Each task's calibration cache starts as this machine's: a node like this one then
    calibrates no more; another kind measures itself (the cache is per machine description)."""
    here = calibration.cache_dir() / "calibration.json"
    for index in range(1, plan.tasks + 1):
        cache = plan.folder / "cache" / f"task-{index}"
        if not (cache / "calibration.json").exists() and here.exists():
            cache.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(here, cache / "calibration.json")


def _refuse_while_running(plan: Plan) -> None:
    """Two arrays grading the same shards at once would overwrite each other's results."""
    earlier = plan.folder / "jobs"
    if not earlier.exists():
        return
    ids = ",".join(earlier.read_text().split())
    queued = subprocess.run(["squeue", "--noheader", "--format=%i", f"--jobs={ids}"],
                            capture_output=True, text=True, check=False)
    if queued.returncode == 0 and queued.stdout.strip():
        raise GraderError(f"the jobs submitted earlier for {plan.out} are still queued or "
                          f"running ({ids}): wait for them (squeue --jobs={ids}) or cancel "
                          f"them (scancel {ids.replace(',', ' ')}), then submit again")


def _sbatch(arguments: list[str]) -> str:
    done = subprocess.run(["sbatch", "--parsable", *arguments], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise GraderError("sbatch: " + (done.stderr.strip() or f"exit status {done.returncode}"))
    return done.stdout.strip().split(";")[0]


def describe(done: Submitted) -> str:
    """What a TA reads: the jobs, how to follow them, and where the sheet will be."""
    plan, logs = done.plan, done.plan.folder / "logs"
    if done.array is None:
        return (f"sbatch is not on the PATH, so nothing was submitted; the scripts are in "
                f"{plan.folder}: on the cluster, sbatch --dependency=afterany:$(sbatch "
                f"--parsable {plan.folder / 'grade.sh'}) {plan.folder / 'merge.sh'}")
    return (f"array job {done.array}: {plan.tasks} task{'s' * (plan.tasks != 1)} of "
            f"{plan.jobs} CPU{'s' * (plan.jobs != 1)}, {plan.memory_mib} MiB and "
            f"{plan.minutes} minutes each, into {plan.out / 'shards'}; merge job "
            f"{done.merge} after it, into {plan.out}\n"
            f"follow them: squeue --jobs={done.array},{done.merge}\n"
            f"then read {plan.out / 'final_grades.csv'}; if it is not there, "
            f"{logs / f'merge-{done.merge}.log'} names the shards not done: run this command "
            f"again, it grades only what they miss")
