"""The submissions of a class: found in a flat folder of `.py` files, a folder per student, or
the zip of submissions that Gradescope exports, and split into shards for several machines.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from grader.errors import GraderError

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


def shard_of(submissions: list[Submission], shard: tuple[int, int] | None) -> list[Submission]:
    """The `K`th of `N` shards, for `shard` = (K, N): a submission's shard depends on its name
    alone (a hash), so every machine splits a class the same way, and a submission added later
    does not move the others."""
    if shard is None:
        return submissions
    index, count = shard
    return [item for item in submissions
            if int(hashlib.sha256(item.name.encode()).hexdigest(), 16) % count == index - 1]


def parse_shard(text: str) -> tuple[int, int]:
    """`K/N` with 1 <= K <= N."""
    try:
        index, count = (int(part) for part in text.split("/"))
    except ValueError:
        raise GraderError(f"--shard {text!r}: expected K/N, e.g. 2/8") from None
    if not 1 <= index <= count:
        raise GraderError(f"--shard {text!r}: K must be between 1 and N")
    return index, count
