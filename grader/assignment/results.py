"""A grading result as plain data: one per submission, one entry per check, totals computed,
or the grader's own failure to grade a submission.

Renderers (reports/text.py) and exporters read these; nothing here knows how it will be shown.
A result carries the facts its checks were decided from and its provenance, so that it can be
rescored and compared with another grading.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from grader.assignment.facts import Facts
from grader.assignment.provenance import Provenance

STATUSES = ("passed", "failed", "error", "timeout", "skipped")
COMPLETED = "Completed"  # otter's grading_status of a submission it could grade
BUSY_STATUS = "Not graded fairly: the machine was too busy; grade it again"


@dataclass
class CheckResult:
    id: str
    title: str
    score: float
    max_score: float
    status: str          # one of STATUSES
    feedback: str        # worded by its check (assignment/checks/), the same everywhere
    hidden: bool = False
    details: dict = field(default_factory=dict)  # the facts behind the decision, for reports

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")


@dataclass
class SubmissionResult:
    submission: str
    device: str
    budget_s: float | None          # None when the timed run did not take place
    checks: list[CheckResult]
    time_used_s: float | None = None  # training seconds the timed run used
    grading_s: float = 0.0
    learning_curve: dict = field(default_factory=dict)  # step losses, accuracy per epoch
    notes: list[str] = field(default_factory=list)      # grader-side remarks (rejections)
    flags: list[str] = field(default_factory=list)      # code for a person to review
    sandbox: dict = field(default_factory=dict)         # the workers' confinement, in words
    logs: dict = field(default_factory=dict)            # stage -> what the student's code printed
    load_affected: bool = False     # a stage was starved by a busy machine: grade it again
    usage: dict = field(default_factory=dict)   # stage -> CPU and wall seconds, memory
    facts: Facts | None = None      # what the checks were decided from; None in old results
    provenance: Provenance | None = None

    @property
    def score(self) -> float:
        return sum(check.score for check in self.checks)

    @property
    def max_score(self) -> float:
        return sum(check.max_score for check in self.checks)

    @property
    def all_passed(self) -> bool:
        """Every check that ran passed (a skipped check did not run)."""
        return all(check.status in ("passed", "skipped") for check in self.checks)

    graded = True

    @property
    def grading_status(self) -> str:
        """otter's column: Completed, unless a busy machine starved the grading."""
        return BUSY_STATUS if self.load_affected else COMPLETED

    def check(self, check_id: str) -> CheckResult:
        return next(check for check in self.checks if check.id == check_id)

    def points(self, check_id: str) -> float:
        return self.check(check_id).score

    def to_dict(self) -> dict:
        data = asdict(replace(self, facts=None, provenance=None))
        return {"submission": data.pop("submission"), "score": self.score,
                "max_score": self.max_score, **data,
                "facts": self.facts.to_dict() if self.facts else None,
                "provenance": self.provenance.to_dict() if self.provenance else None}

    @classmethod
    def from_dict(cls, data: dict) -> SubmissionResult:
        fields = {key: value for key, value in data.items() if key not in ("score", "max_score")}
        fields["checks"] = [CheckResult(**check) for check in data["checks"]]
        fields["facts"] = data.get("facts") and Facts.from_dict(data["facts"])
        fields["provenance"] = data.get("provenance") and Provenance.from_dict(data["provenance"])
        return cls(**fields)


@dataclass
class GradingFailure:
    """A submission the grader itself could not grade (its own failure, not the student's):
    no points, and why, as otter's grade sheet records a failed grading."""
    submission: str
    error: str
    graded = False
    score = 0.0
    flags: tuple = ()

    @property
    def grading_status(self) -> str:
        return self.error

    def points(self, check_id: str) -> float:
        return 0.0

    def to_dict(self) -> dict:
        return {"submission": self.submission, "grading_error": self.error}


Outcome = SubmissionResult | GradingFailure   # what a batch holds for each submission


# A stored result (a batch's results/KEY.json) is the outcome's dict and what the batch adds.
RECORD_KEYS = ("source_sha256", "submitters", "attempts")


def dumps(record: dict) -> str:
    """A result as stored and printed: compact JSON, for the programs that read it (rescore,
    replay, a TA's scripts); `python -m json.tool` or `jq .` lays it out for a person."""
    return json.dumps(record, separators=(",", ":"))


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
