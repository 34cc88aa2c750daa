"""Where a result came from: the file, the kit, the rubric, the software, the machine and the
seed of its grading, so that a TA can tell whether two gradings are comparable and repeat one
(`lenet5 check FILE --replay RESULT`).

The rubric is recorded whole, as flat canonical values (`canonical`): a later rescoring
(`lenet5 rescore`) names the keys that changed since. The grading process never imports torch:
its version comes from the installed distribution's metadata.
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import platform
import secrets
from dataclasses import dataclass, field

from grader import kit

# Fields that make two gradings of the same file comparable: where one differs, the file is
# graded again (batch.py). The seed is not among them, nor the machine's speed figures: each
# grading draws its own seed, and a speed change moves the budget (`budget_s`, in the facts).
ENVIRONMENT = ("kit_version", "kit_commit", "rubric_sha256", "python", "torch", "numpy",
               "device", "tier")


@dataclass
class Provenance:
    """One grading's origin. `reference_s` and `speed_scale` are the calibration that set the
    budget and the stage limits (None: a quick grading on a machine never calibrated)."""
    sha256: str | None                  # the graded file; None where there was none
    seed: int                           # the grading's randomness: probe and starting weights
    kit_version: str | None
    kit_commit: str | None              # None outside a git checkout of the kit
    rubric_sha256: str
    python: str
    torch: str | None
    numpy: str | None
    device: str
    tier: str                           # the workers' confinement (isolation/tiers.py)
    reference_s: float | None = None
    speed_scale: float = 1.0
    rubric: dict = field(default_factory=dict)   # canonical(rubric): what it was scored with

    def environment(self) -> tuple:
        """What must be equal for a stored grading to stand for a new one."""
        return tuple(getattr(self, name) for name in ENVIRONMENT)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Provenance:
        names = {item.name for item in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in names})


def canonical(rubric) -> dict:
    """The rubric as flat `section.key` -> value pairs (checks by id), independent of the
    file's layout and comments: `checks.accuracy.points`, `limits.inspect_s`, ..."""
    flat = {}

    def walk(prefix: str, value) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), item)
        elif isinstance(value, (list, tuple)) and value and all(
                isinstance(item, dict) and "id" in item for item in value):
            for item in value:
                walk(f"{prefix}.{item['id']}",
                     {key: part for key, part in item.items() if key != "id"})
        else:
            flat[prefix] = list(value) if isinstance(value, tuple) else value

    walk("", dataclasses.asdict(rubric))
    return dict(sorted(flat.items()))


def new_seed() -> int:
    """A grading's seed, from OS entropy: as unpredictable as an unseeded draw, but recorded."""
    return secrets.randbits(63)


def _version(*distributions: str) -> str | None:
    for name in distributions:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def software() -> dict:
    """The kit's version and commit and the versions that decide how code runs."""
    return {"kit_version": _version("lenet5-kit", "lenet5-checker"),
            "kit_commit": kit.commit(), "python": platform.python_version(),
            "torch": _version("torch"), "numpy": _version("numpy")}
