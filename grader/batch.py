"""A class's output folder: one result JSON, feedback files and a copy of the graded file per
submission, the grade sheet and the class report. `lenet5 grade` fills it, `lenet5 merge` joins several, and the class
tools read it back. Every file is written whole (write, then rename), so a killed run loses at
most the gradings in flight, and a stored result is read back into the same `Outcome` the
grading returned."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from grader import similarity
from grader.assignment.results import GradingFailure, Outcome, SubmissionResult
from grader.assignment.rubric import Rubric
from grader.files import write_whole
from grader.reports import gradesheet, html, text
from grader.submissions import Submission

RECORD_KEYS = ("source_sha256", "submitters")   # what a stored result adds to the outcome
FOLDERS = ("results", "feedback", "sources")    # sources/: the files graded, for the class tools


class Batch:
    """One output folder: what is graded so far, and the files written for it."""

    def __init__(self, out: Path, rubric: Rubric):
        self.out, self.rubric = out, rubric
        for folder in FOLDERS:
            (out / folder).mkdir(parents=True, exist_ok=True)
        self.graded: dict[str, Outcome] = {}
        self.lock = threading.Lock()

    def result_path(self, submission: Submission) -> Path:
        return self.out / "results" / f"{submission.key}.json"

    def source_path(self, submission: Submission) -> Path:
        return self.out / "sources" / f"{submission.key}.py"

    def previous(self, submission: Submission) -> SubmissionResult | None:
        """The stored result, if it was made from the same file and graded fairly."""
        stored = read_record(self.result_path(submission))
        if stored is None or stored.get("source_sha256") != submission.digest():
            return None
        outcome = outcome_of(stored)
        return outcome if outcome.graded and not outcome.load_affected else None

    def load(self) -> None:
        """Every outcome stored in the folder (what `lenet5 merge` joins)."""
        for path in sorted((self.out / "results").glob("*.json")):
            stored = read_record(path)
            if stored is not None:
                outcome = outcome_of(stored)
                self.graded[outcome.submission] = outcome

    def record(self, submission: Submission, outcome: Outcome) -> None:
        with self.lock:
            payload = {**outcome.to_dict(), "source_sha256": submission.digest(),
                       "submitters": submission.submitters}
            write_whole(self.result_path(submission), json.dumps(payload, indent=2))
            if submission.path is not None:
                write_whole(self.source_path(submission), submission.path.read_bytes())
            if outcome.graded:
                write_whole(self.out / "feedback" / f"{submission.key}.md",
                            text.to_markdown(outcome))
                write_whole(self.out / "feedback" / f"{submission.key}.html",
                            html.student_page(outcome))
            self.graded[submission.name] = outcome
            self.write_sheet()

    def write_sheet(self) -> Path:
        return gradesheet.write(self.out / "final_grades.csv", self.rubric, self.graded)

    def write_class_report(self, earlier: list[tuple[str, Path]] = ()) -> Path:
        """OUT/report.html, linking each graded student's page under feedback/ and each pair
        of similar files (among the class, and against `earlier` classes' files) under
        similarity/."""
        links = {name: f"feedback/{Submission(name, None).key}.html"
                 for name, outcome in self.graded.items() if outcome.graded}
        similar = similarity.write(self.out, similarity.batch_files(self), earlier)
        path = self.out / "report.html"
        write_whole(path, html.class_page(self.graded, links, similar))
        return path


def read_record(path: Path) -> dict | None:
    """A stored result as written, or None where it is missing or unreadable (grade it again)."""
    try:
        stored = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return stored if isinstance(stored, dict) else None


def outcome_of(stored: dict) -> Outcome:
    """The outcome a stored record was written from."""
    stored = {key: value for key, value in stored.items() if key not in RECORD_KEYS}
    if "grading_error" in stored:
        return GradingFailure(stored["submission"], stored["grading_error"])
    return SubmissionResult.from_dict(stored)
