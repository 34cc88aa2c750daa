"""The rubric (assignment/rubric.toml), read and checked once, before any grading starts.

Each section of the file is a typed record: a course's typo (an unknown or missing key, a
negative point, a limit of zero) is one error naming the file and the key, not a KeyError
per student in the middle of a batch. The records fall in two groups: what a grading needs to
learn its facts (`Budget`, `Hyperparameters`, `Limits`: change one and the facts change), and
what only scores them (`CheckRule`s and the accuracy threshold, `Rubric.threshold`).
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
from dataclasses import asdict, dataclass, fields
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from grader.assignment.checks import IDS as CHECK_IDS
from grader.assignment.checks import accuracy
from grader.errors import GraderError
from grader.kit import RUBRIC


@dataclass(frozen=True)
class CheckRule:
    """[checks.ID]: what a check is worth and how it is shown."""
    id: str
    points: float
    hidden: bool
    title: str


@dataclass(frozen=True)
class Budget:
    """[budget]: the timed run's CPU seconds, `multiple` x the reference's, at least `floor_s`."""
    multiple: float
    floor_s: float


@dataclass(frozen=True)
class Hyperparameters:
    """[hyperparameters]: the bounds, low and high, the student's constants are clamped to."""
    epochs: tuple[int, int]
    batch_size: tuple[int, int]
    learning_rate: tuple[float, float]


@dataclass(frozen=True)
class Limits:
    """[limits]: what every worker stage may use, and the largest file and untrained score."""
    inspect_s: float
    startup_s: float
    evaluate_s: float
    reference_s: float
    memory_mib: float
    cuda_memory_mib: float
    address_space_mib: int
    output_chars: int
    submission_bytes: int
    fresh_model_max_accuracy: float


@dataclass(frozen=True)
class Rubric:
    checks: tuple[CheckRule, ...]
    threshold: float                  # [checks.accuracy] threshold: more than this passes
    budget: Budget
    hyperparameters: Hyperparameters
    limits: Limits

    def rule(self, check_id: str) -> CheckRule:
        return next(rule for rule in self.checks if rule.id == check_id)

    @property
    def max_score(self) -> float:
        return sum(rule.points for rule in self.checks)

    def digest(self) -> str:
        """sha256 of the rubric's content as read (not of its text: comments, spacing and
        `2` against `2.0` do not change it), for a record of what a grading was graded by."""
        canonical = json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()


# What each key may hold: a test of the value, and the words of its error.
_POSITIVE = (lambda v: _number(v) and v > 0, "a positive number")
_POSITIVE_INT = (lambda v: _integer(v) and v > 0, "a positive whole number")
_FRACTION = (lambda v: _number(v) and 0 < v <= 1, "a fraction in (0, 1]")
_POINTS = (lambda v: _number(v) and v >= 0, "a number of points, 0 or more")
_SECONDS = (lambda v: _number(v) and v >= 0, "a number of seconds, 0 or more")
_BOOL = (lambda v: isinstance(v, bool), "true or false")
_TEXT = (lambda v: isinstance(v, str) and v.strip() != "", "a non-empty string")
_INT_RANGE = (lambda v: _range(v, _integer), "[low, high]: positive whole numbers, low <= high")
_RANGE = (lambda v: _range(v, _number), "[low, high]: positive numbers, low <= high")

_CHECK_KEYS = {"points": _POINTS, "hidden": _BOOL, "title": _TEXT}
_SECTIONS = {
    "budget": (Budget, {"multiple": _POSITIVE, "floor_s": _SECONDS}),
    "hyperparameters": (Hyperparameters, {"epochs": _INT_RANGE, "batch_size": _INT_RANGE,
                                          "learning_rate": _RANGE}),
    "limits": (Limits, {"inspect_s": _POSITIVE, "startup_s": _POSITIVE, "evaluate_s": _POSITIVE,
                        "reference_s": _POSITIVE, "memory_mib": _POSITIVE,
                        "cuda_memory_mib": _POSITIVE, "address_space_mib": _POSITIVE_INT,
                        "output_chars": _POSITIVE_INT, "submission_bytes": _POSITIVE_INT,
                        "fresh_model_max_accuracy": _FRACTION}),
}


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _integer(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _range(value, kind) -> bool:
    return (isinstance(value, list) and len(value) == 2 and all(kind(v) and v > 0 for v in value)
            and value[0] <= value[1])


def load_rubric(path: str | Path | None = None) -> Rubric:
    """Read and validate the rubric; a missing, malformed or out-of-range one is a grader error
    naming the file and the key."""
    path = Path(path or RUBRIC)
    try:
        raw = tomllib.loads(path.read_text())
    except OSError as error:
        raise GraderError(f"cannot read the rubric {path}: {error.strerror or error}") from error
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise GraderError(f"{path}: not a valid TOML file: {error}") from error
    _keys(path, "", raw, {"checks", *_SECTIONS})
    checks = _table(path, "checks", raw["checks"])
    _keys(path, "checks", checks, set(CHECK_IDS))
    rules = tuple(_rule(path, check_id, _table(path, f"checks.{check_id}", checks[check_id]))
                  for check_id in CHECK_IDS)
    records = {name: record(**_section(path, name, _table(path, name, raw[name]), expected))
               for name, (record, expected) in _SECTIONS.items()}
    return Rubric(checks=rules, threshold=float(checks[accuracy.ID]["threshold"]), **records)


def _rule(path: Path, check_id: str, table: dict) -> CheckRule:
    """One [checks.ID]; the accuracy check also holds the threshold."""
    expected = {**_CHECK_KEYS, **({"threshold": _FRACTION} if check_id == accuracy.ID else {})}
    _keys(path, f"checks.{check_id}", table, set(expected), required={"points"} | (
        {"threshold"} if check_id == accuracy.ID else set()))
    _values(path, f"checks.{check_id}", table, expected)
    return CheckRule(check_id, float(table["points"]), table.get("hidden", False),
                     table.get("title", check_id))


def _section(path: Path, name: str, table: dict, expected: dict) -> dict:
    """A checked section's values, typed as its record declares."""
    _keys(path, name, table, set(expected))
    _values(path, name, table, expected)
    record = {field.name: field.type for field in fields(_SECTIONS[name][0])}
    return {key: _typed(value, record[key]) for key, value in table.items()}


def _typed(value, declared: str):
    """A TOML value as its record declares it: pairs become tuples, integers stay whole."""
    if isinstance(value, list):
        return tuple(int(v) if "int" in declared else float(v) for v in value)
    return float(value) if declared == "float" else value


def _table(path: Path, name: str, value) -> dict:
    if not isinstance(value, dict):
        raise GraderError(f"{path}: [{name}] must be a table, got {value!r}")
    return value


def _keys(path: Path, section: str, table: dict, expected: set, required: set | None = None):
    """Every key known, every required one (all expected, unless said) present."""
    def where(key: str) -> str:
        return f"[{section}] {key}" if section else f"[{key}]"

    for key in table:
        if key not in expected:
            raise GraderError(f"{path}: {where(key)}: unknown key (expected one of "
                              f"{', '.join(sorted(expected))})")
    for key in sorted(expected if required is None else required):
        if key not in table:
            raise GraderError(f"{path}: {where(key)}: missing")


def _values(path: Path, section: str, table: dict, expected: dict) -> None:
    for key, value in table.items():
        test, words = expected[key]
        if not test(value):
            raise GraderError(f"{path}: [{section}] {key}: must be {words}, got {value!r}")
