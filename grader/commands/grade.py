"""`lenet5 grade DIR -o OUT`: grade a class without Docker, resumably, in parallel.

DIR is a flat folder of `.py` files, a folder per student, or the zip of submissions that
Gradescope exports. OUT receives one result JSON and one feedback file in Markdown and in HTML
per submission, the grade sheet `final_grades.csv` in otter's layout, and the class report
`report.html`. Every file is written whole (write,
then rename), the sheet after each submission, so a killed run loses at most the gradings in
flight; run again, it grades only what is missing or changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import zipfile
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from grader import data
from grader.assignment.results import GradingFailure, Outcome, SubmissionResult
from grader.assignment.rubric import load_rubric
from grader.data import Mnist
from grader.errors import GraderCompromised, GraderError
from grader.files import write_whole
from grader.grading.calibration import pick_device
from grader.grading.grader import Grader
from grader.reports import gradesheet, html, text

MAX_EXPORT_BYTES = 2 << 30  # refuse to unpack more than this from an export zip


@dataclass
class Submission:
    name: str                   # the sheet's `file` column: the path inside DIR
    path: Path | None           # the .py to grade, or None when the folder had none
    problem: str | None = None  # why there is nothing to grade
    submitters: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """A file-system-safe, unique name for this submission's output files."""
        return re.sub(r"[^\w.-]", "_", self.name.removesuffix(".py"))

    def digest(self) -> str | None:
        return hashlib.sha256(self.path.read_bytes()).hexdigest() if self.path else None


def _student_file(folder: Path) -> tuple[Path | None, str | None]:
    candidates = sorted(folder.rglob("*.py"))
    named = [path for path in candidates if path.name == "lenet.py"]
    if len(named) == 1:
        return named[0], None
    if len(candidates) == 1:
        return candidates[0], None
    if not candidates:
        return None, "no .py file was submitted"
    return None, "several .py files and none named lenet.py: " + ", ".join(
        str(path.relative_to(folder)) for path in candidates[:5])


def _submitters(root: Path) -> dict[str, list[str]]:
    """Names per submission folder from Gradescope's submission_metadata.yml, if present."""
    metadata = root / "submission_metadata.yml"
    if not metadata.exists():
        return {}
    import yaml

    names = {}
    for folder, entry in (yaml.safe_load(metadata.read_text()) or {}).items():
        people = (entry or {}).get(":submitters") or []
        names[str(folder)] = [person.get(":name", "") for person in people if person]
    return names


def discover(source: Path, unpack_to: Path) -> list[Submission]:
    """The submissions in a flat folder, a folder per student, or a Gradescope export zip."""
    if source.is_file() and zipfile.is_zipfile(source):
        source = _unpack(source, unpack_to)
    if not source.is_dir():
        raise GraderError(f"{source}: not a folder or a zip of submissions")
    entries = [entry for entry in source.iterdir() if not entry.name.startswith(".")]
    if len(entries) == 1 and entries[0].is_dir() and not entries[0].name.startswith("submission_"):
        return discover(entries[0], unpack_to)  # an export's single top folder
    names = _submitters(source)
    found = []
    for entry in sorted(entries):
        if entry.is_file() and entry.suffix == ".py":
            found.append(Submission(entry.name, entry))
        elif entry.is_dir():
            path, problem = _student_file(entry)
            found.append(Submission(str(path.relative_to(source)) if path else entry.name,
                                    path, problem, names.get(entry.name, [])))
    return found


def _unpack(archive: Path, target: Path) -> Path:
    """Extract an export zip, refusing paths that leave the target and oversized contents."""
    with zipfile.ZipFile(archive) as bundle:
        members = bundle.infolist()
        if sum(member.file_size for member in members) > MAX_EXPORT_BYTES:
            raise GraderError(f"{archive}: more than {MAX_EXPORT_BYTES >> 30} GiB unpacked")
        root = target.resolve()
        for member in members:
            if not (root / member.filename).resolve().is_relative_to(root):
                raise GraderError(f"{archive}: refusing the path {member.filename!r}")
        bundle.extractall(root)
    return root


class Batch:
    """The state of one batch: where outputs go and what is graded so far."""

    def __init__(self, out: Path, rubric):
        self.out, self.rubric = out, rubric
        for folder in ("results", "feedback"):
            (out / folder).mkdir(parents=True, exist_ok=True)
        self.graded: dict[str, Outcome] = {}
        self.lock = threading.Lock()

    def result_path(self, submission: Submission) -> Path:
        return self.out / "results" / f"{submission.key}.json"

    def previous(self, submission: Submission) -> SubmissionResult | None:
        """The stored result, if it exists and was made from the same file."""
        path = self.result_path(submission)
        if not path.exists():
            return None
        try:
            stored = json.loads(path.read_text())
            if stored.pop("source_sha256", None) != submission.digest():
                return None
            stored.pop("submitters", None)
            return SubmissionResult.from_dict(stored)
        except (ValueError, TypeError, KeyError):
            return None  # unreadable: grade it again

    def record(self, submission: Submission, outcome: Outcome) -> None:
        with self.lock:
            if outcome.graded:
                payload = {**outcome.to_dict(), "source_sha256": submission.digest(),
                           "submitters": submission.submitters}
                write_whole(self.result_path(submission), json.dumps(payload, indent=2))
                write_whole(self.out / "feedback" / f"{submission.key}.md",
                             text.to_markdown(outcome))
                write_whole(self.out / "feedback" / f"{submission.key}.html",
                             html.student_page(outcome))
            self.graded[submission.name] = outcome
            gradesheet.write(self.out / "final_grades.csv", self.rubric, self.graded)

    def write_class_report(self, submissions: list[Submission]) -> Path:
        """OUT/report.html, linking each graded student's page under feedback/."""
        links = {item.name: f"feedback/{item.key}.html" for item in submissions
                 if item.name in self.graded and self.graded[item.name].graded}
        path = self.out / "report.html"
        write_whole(path, html.class_page(self.graded, links))
        return path


UNCONFINED = (
    "refusing to grade a class without confinement: workers here ({tool} tier) would run as "
    "{user} and could read and change everything it can: the kit, its Python environment, "
    "other classes' files, tokens and keys. Install bubblewrap (apt-get install bubblewrap), "
    "allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1 or "
    "user.max_user_namespaces), or grade in containers (otter grade); --allow-unconfined "
    "grades anyway.")


def main(*, source: str, out: str, jobs: int = 1, timeout: float | None = None,
         device: str = "auto", data_dir: str | None = None, rubric: str | None = None,
         progress: bool = True, allow_unconfined: bool = False) -> dict[str, Outcome]:
    """Grade every submission under `source` into `out`; return file -> result or error.
    Without a confined tier it refuses, unless `allow_unconfined`."""
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    rules = load_rubric(rubric)
    submissions = discover(Path(source), out_dir / ".submissions")
    if not submissions:
        raise GraderError(f"{source}: no submissions found (.py files or student folders)")
    batch = Batch(out_dir, rules)
    todo = []
    for submission in submissions:
        previous = batch.previous(submission)
        if previous is not None:
            batch.graded[submission.name] = previous
        else:
            todo.append(submission)
    jobs = max(1, min(jobs, len(todo) or 1))
    threads = max(1, len(os.sched_getaffinity(0)) // jobs)
    source_path = Path(source).resolve()
    grader = Grader(rules, Mnist.load(data.ensure_mnist(data_dir)), device=pick_device(device),
                    threads=threads, secrets=[source_path if source_path.is_dir()
                                              else source_path.parent, out_dir.resolve()])
    if grader.confinement.kind == "none" and not allow_unconfined:
        grader.close()
        described = grader.confinement.describe()
        raise GraderError(UNCONFINED.format(tool=described["tool"], user=described["user"]))
    bar = tqdm(total=len(submissions), initial=len(submissions) - len(todo), unit="submission",
               desc="grading", disable=not progress)
    try:
        if todo:
            grader.budget()  # calibrate now: parallel jobs would slow the measurement down
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(_grade_one, grader, submission, timeout): submission
                       for submission in todo}
            for future in as_completed(futures):
                submission = futures[future]
                try:
                    outcome = future.result()
                except GraderCompromised:
                    for pending in futures:
                        pending.cancel()
                    raise
                batch.record(submission, outcome)
                bar.set_postfix_str(f"{submission.name}: " + (
                    f"{outcome.score:g}/{outcome.max_score:g}" if outcome.graded else "error"))
                bar.update()
        if not todo:
            gradesheet.write(out_dir / "final_grades.csv", rules, batch.graded)
        batch.write_class_report(submissions)
    finally:
        bar.close()
        grader.close()
    return batch.graded


def _grade_one(grader: Grader, submission: Submission, timeout: float | None) -> Outcome:
    """A result, or the grader's failure to grade this one submission."""
    try:
        if submission.path is None:
            return grader.reject(submission.name, submission.problem)
        return grader.grade(submission.path, name=submission.name, timeout_s=timeout)
    except GraderCompromised:
        raise  # no later grading could be trusted
    except Exception as error:  # noqa: BLE001 - one broken grading must not stop the batch
        return GradingFailure(submission.name, f"{type(error).__name__}: {error}")
