"""A grading result as plain data: one per submission, one entry per check, totals computed.

Renderers (report.py) and exporters read these; nothing here knows how it will be shown.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

STATUSES = ("passed", "failed", "error", "timeout", "skipped")


@dataclass
class CheckResult:
    id: str
    title: str
    score: float
    max_score: float
    status: str          # one of STATUSES
    feedback: str        # worded by feedback.py, the same in every report
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

    def check(self, check_id: str) -> CheckResult:
        return next(check for check in self.checks if check.id == check_id)

    def to_dict(self) -> dict:
        data = asdict(self)
        data = {"submission": data.pop("submission"), "score": self.score,
                "max_score": self.max_score, **data}
        return data

    @classmethod
    def from_dict(cls, data: dict) -> SubmissionResult:
        fields = {key: value for key, value in data.items() if key not in ("score", "max_score")}
        fields["checks"] = [CheckResult(**check) for check in data["checks"]]
        return cls(**fields)
