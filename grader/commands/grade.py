"""`lenet5 grade DIR -o OUT`: grade a class without Docker, resumably, in parallel.

DIR is a flat folder of `.py` files, a folder per student, or the zip of submissions that
Gradescope exports. OUT receives one result JSON, one feedback file in Markdown and in HTML
and a copy of the graded file (under sources/, for the class tools) per submission, the grade
sheet `final_grades.csv` in otter's layout, and the class report `report.html`. Every file is
written whole (write, then rename), the sheet after each submission, so a killed run loses at
most the gradings in flight; run again, it grades only
what is missing, changed, graded in another environment (another kit, rubric, Python, torch,
numpy, device or confinement: the result's provenance), or was graded on a machine too busy to
grade it fairly (such a grading is first retried). `--shard K/N` grades the Kth of N parts of the class, for several
machines, and records in OUT/shard.json whether the run finished; `lenet5 merge` joins their
outputs (`--slurm`, commands/slurm.py, submits every part to a Slurm cluster). The class report lists the pairs of files that
share more code than the starter explains (grader/similarity.py), with `--against` also pairs
with an earlier class's files; that is for review and changes no score.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

import psutil
from tqdm import tqdm

from grader import data, shards, similarity
from grader.assignment.results import GradingFailure, Outcome
from grader.assignment.rubric import load_rubric
from grader.batch import Batch
from grader.data import Mnist
from grader.errors import GraderCompromised, GraderError
from grader.grading.calibration import pick_device, usable_cpus
from grader.grading.grader import Grader
from grader.grading.retry import grade_until_fair
from grader.submissions import Submission, discover, shard_of

MEMORY_PER_JOB = 1.5 * 2**30   # a grading's processes at their peak, with the CUDA build


UNCONFINED = (
    "refusing to grade a class without confinement: workers here ({tier} tier) would run as "
    "{user} and could read and change everything it can: the kit, its Python environment, "
    "other classes' files, tokens and keys. Install bubblewrap (apt-get install bubblewrap), "
    "allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1 or "
    "user.max_user_namespaces), or grade in containers (otter grade); --allow-unconfined "
    "grades anyway.")


def default_jobs() -> int:
    """Gradings at once: one per usable CPU (each worker trains on one thread), as far as
    memory allows."""
    memory = int(psutil.virtual_memory().available // MEMORY_PER_JOB)
    return max(1, min(usable_cpus(), memory))


def main(*, source: str, out: str, jobs: int | None = None, timeout: float | None = None,
         device: str = "auto", data_dir: str | None = None, rubric: str | None = None,
         progress: bool = True, allow_unconfined: bool = False,
         shard: tuple[int, int] | None = None, against: str | None = None) -> Batch:
    """Grade every submission under `source` (or the `shard` (K, N) of them) into `out`;
    return file -> outcome. Without a confined tier it refuses, unless `allow_unconfined`.
    `against`: an earlier class's files (or output folder) to compare the class with."""
    earlier = similarity.earlier_files(Path(against)) if against else []
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    rules = load_rubric(rubric)
    found = discover(Path(source), out_dir / ".submissions")
    if not found:
        raise GraderError(f"{source}: no submissions found (.py files or student folders)")
    submissions = shard_of(found, shard)
    if shard:   # unfinished until the end: a run that dies leaves a record saying so
        shards.write(out_dir, shards.Shard(*shard, [item.name for item in submissions]))
    batch = Batch(out_dir, rules)
    source_path = Path(source).resolve()
    grader = Grader.open(rules, Mnist.load(data.ensure_mnist(data_dir)),
                         device=pick_device(device),
                         secrets=[source_path if source_path.is_dir() else source_path.parent,
                                  out_dir.resolve()])
    if grader.confinement.protection == "none" and not allow_unconfined:
        grader.close()
        raise GraderError(UNCONFINED.format(tier=grader.confinement.tier,
                                            user=grader.confinement.describe()["user"]))
    here = grader.provenance(None, 0)   # this run's environment, to compare stored ones with
    todo = []
    for submission in submissions:
        previous = batch.previous(submission, here)
        if previous is not None:
            batch.graded[submission.name] = previous
        else:
            todo.append(submission)
    jobs = max(1, min(jobs or default_jobs(), len(todo) or 1))
    bar = tqdm(total=len(submissions), initial=len(submissions) - len(todo), unit="submission",
               desc="grading", disable=not progress)
    try:
        if todo:
            grader.budget()  # calibrate now, alone, before any student code runs
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(_grade_one, grader, submission, timeout): submission
                       for submission in todo}
            for future in as_completed(futures):
                submission = futures[future]
                try:
                    outcome, attempts = future.result()
                except GraderCompromised:
                    for pending in futures:
                        pending.cancel()
                    raise
                _record(batch, submission, outcome, attempts)
                bar.set_postfix_str(f"{submission.name}: " + (
                    f"{outcome.score:g}/{outcome.max_score:g}" if outcome.graded else "error"))
                bar.update()
        batch.write_sheet()
        batch.write_class_report(batch.write_similarity(earlier))
        if shard:
            shards.write(out_dir, shards.Shard(*shard, [item.name for item in submissions],
                                               finished=True))
    finally:
        bar.close()
        grader.close()
    return batch


def _record(batch: Batch, submission: Submission, outcome: Outcome, attempts: int) -> None:
    """Write `outcome`'s files, or, where they cannot be written (a text its code made up that
    no file takes), the failure to: the batch goes on with the next submission."""
    try:
        batch.record(submission, outcome, attempts)
    except Exception as error:  # noqa: BLE001 - one unwritable result must not stop the batch
        batch.record(submission, GradingFailure(
            submission.name, f"its result could not be written: {type(error).__name__}: "
            f"{error}"), attempts)


def _grade_one(grader: Grader, submission: Submission,
               timeout: float | None) -> tuple[Outcome, int]:
    """A result, or the grader's failure to grade this one submission. A grading that a busy
    machine starved is tried again, after a pause, before it is recorded as such."""
    try:
        if submission.path is None:
            return grader.reject(submission.name, submission.problem), 1
        return grade_until_fair(lambda: grader.grade(submission.path, name=submission.name,
                                                     timeout_s=timeout))
    except GraderCompromised:
        raise  # no later grading could be trusted
    except Exception as error:  # noqa: BLE001 - one broken grading must not stop the batch
        return GradingFailure(submission.name, f"{type(error).__name__}: {error}"), 1
