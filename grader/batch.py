"""A class's output folder: one result JSON, feedback files and a copy of the graded file per
submission, the grade sheet and the class report. `lenet5 grade` fills it, `lenet5 merge`
joins several, and the class tools read it back. Every file is written whole (write, then rename), so a killed run loses at
most the gradings in flight, and a stored result is read back into the same `Outcome` the
grading returned."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from grader.assignment.provenance import Provenance
from grader.assignment.results import (
    Outcome,
    SubmissionResult,
    dumps,
    outcome_of,
    read_record,
)
from grader.assignment.rubric import Rubric
from grader.files import write_whole
from grader.reports import gradesheet, html, text
from grader.reports.review import Pair
from grader.submissions import Submission
from grader.worker import source

if TYPE_CHECKING:   # the detector loads only where it runs
    from grader.similarity import SimilarPair

FOLDERS = ("results", "feedback", "sources")    # sources/: the files graded, as read, for the class tools


class Batch:
    """One output folder: what is graded so far, and the files written for it."""

    def __init__(self, out: Path, rubric: Rubric):
        self.out, self.rubric = out, rubric
        for folder in FOLDERS:
            (out / folder).mkdir(parents=True, exist_ok=True)
        self.graded: dict[str, Outcome] = {}
        self.similar: list[SimilarPair] = []   # found by write_similarity
        self.attempts: dict[str, int] = {}      # gradings each took (retries of starved ones)
        self.submitters: dict[str, list[str]] = {}   # names from Gradescope's export, if any
        self.lock = threading.Lock()

    def result_path(self, submission: Submission) -> Path:
        return self.out / "results" / f"{submission.key}.json"

    def source_path(self, submission: Submission) -> Path:
        return self.out / "sources" / f"{submission.key}.py"

    def previous(self, submission: Submission, current: Provenance) -> SubmissionResult | None:
        """The stored result, if it was made from the same file, graded fairly, and in the
        environment of `current` (kit, rubric, software, device, confinement)."""
        stored = read_record(self.result_path(submission))
        if stored is None or stored.get("source_sha256") != submission.digest():
            return None
        outcome = outcome_of(stored)
        if not outcome.graded or outcome.load_affected or outcome.provenance is None:
            return None
        return outcome if outcome.provenance.environment() == current.environment() else None

    def load(self) -> None:
        """Every outcome stored in the folder (what `lenet5 merge` joins)."""
        for path in sorted((self.out / "results").glob("*.json")):
            stored = read_record(path)
            if stored is not None:
                outcome = outcome_of(stored)
                self.graded[outcome.submission] = outcome
                self.submitters[outcome.submission] = list(stored.get("submitters") or [])
                self.attempts[outcome.submission] = int(stored.get("attempts") or 1)

    def record(self, submission: Submission, outcome: Outcome, attempts: int = 1) -> None:
        """Write `outcome`'s files; `attempts`: gradings it took (a busy machine starved the
        others)."""
        with self.lock:
            payload = {**outcome.to_dict(), "source_sha256": submission.digest(),
                       "submitters": submission.submitters, "attempts": attempts}
            write_whole(self.result_path(submission), dumps(payload))
            if submission.path is not None:
                write_whole(self.source_path(submission), _as_read(submission.path))
            if outcome.graded:
                write_whole(self.out / "feedback" / f"{submission.key}.md",
                            text.to_markdown(outcome))
                write_whole(self.out / "feedback" / f"{submission.key}.html",
                            html.student_page(outcome))
            self.graded[submission.name] = outcome
            self.submitters[submission.name] = submission.submitters
            self.attempts[submission.name] = attempts
            self.write_sheet()

    def write_sheet(self) -> Path:
        return gradesheet.write(self.out / "final_grades.csv", self.rubric, self.graded)

    def write_similarity(self, earlier: list[tuple[str, Path]] = ()
                         ) -> list[SimilarPair]:
        """OUT/similarity.csv and a side-by-side page per pair of graded files that share more
        code than the starter explains (and per pair with an `earlier` class's file); the
        pairs, for the class report."""
        from grader import similarity

        self.similar = similarity.write(self.out, similarity.batch_files(self), earlier)
        return self.similar

    def write_class_report(self, similar: Iterable[Pair] = ()) -> Path:
        """OUT/report.html, linking each graded student's page under feedback/; `similar`:
        the pairs the similarity detector found, for the review queue."""
        links = {name: f"feedback/{Submission(name, None).key}.html"
                 for name, outcome in self.graded.items() if outcome.graded}
        path = self.out / "report.html"
        retried = {name: count for name, count in self.attempts.items() if count > 1}
        write_whole(path, html.class_page(self.graded, links, self.rubric, similar=similar,
                                          retried=retried))
        return path


def _as_read(path: Path) -> bytes:
    """The file as the grader read it (UTF-8, grader/worker/source.py), for sources/; a file
    it refused, as it is."""
    raw = path.read_bytes()
    try:
        return source.decode(raw).encode()
    except source.SourceRefused:
        return raw
