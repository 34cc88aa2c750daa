"""The rubric (assignment/rubric.toml): points, visibility, budget and limits, read once."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from grader.assignment.checks import IDS as CHECK_IDS
from grader.errors import GraderError
from grader.kit import RUBRIC


@dataclass(frozen=True)
class CheckRule:
    id: str
    points: float
    hidden: bool
    title: str


@dataclass(frozen=True)
class Rubric:
    checks: tuple[CheckRule, ...]
    threshold: float
    budget_multiple: float
    budget_floor_s: float
    epochs: tuple[int, int]
    batch_size: tuple[int, int]
    learning_rate: tuple[float, float]
    limits: dict

    def rule(self, check_id: str) -> CheckRule:
        return next(rule for rule in self.checks if rule.id == check_id)

    @property
    def max_score(self) -> float:
        return sum(rule.points for rule in self.checks)


def load_rubric(path: str | Path | None = None) -> Rubric:
    """Read and validate the rubric; a missing or malformed file is a grader error."""
    path = Path(path or RUBRIC)
    try:
        raw = tomllib.loads(path.read_text())
        checks = raw["checks"]
        missing = [check_id for check_id in CHECK_IDS if check_id not in checks]
        unknown = [check_id for check_id in checks if check_id not in CHECK_IDS]
        if missing or unknown:
            raise GraderError(f"rubric {path}: missing checks {missing}, unknown checks {unknown}")
        rules = tuple(CheckRule(check_id, float(checks[check_id]["points"]),
                                bool(checks[check_id].get("hidden", False)),
                                str(checks[check_id].get("title", check_id)))
                      for check_id in CHECK_IDS)
        hyper = raw["hyperparameters"]
        return Rubric(
            checks=rules,
            threshold=float(checks["accuracy"]["threshold"]),
            budget_multiple=float(raw["budget"]["multiple"]),
            budget_floor_s=float(raw["budget"]["floor_s"]),
            epochs=tuple(int(value) for value in hyper["epochs"]),
            batch_size=tuple(int(value) for value in hyper["batch_size"]),
            learning_rate=tuple(float(value) for value in hyper["learning_rate"]),
            limits=dict(raw["limits"]),
        )
    except (OSError, KeyError, TypeError, ValueError, tomllib.TOMLDecodeError) as error:
        raise GraderError(f"cannot read the rubric {path}: {error!r}") from error
