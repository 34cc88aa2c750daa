"""A shard's record in its output folder (`shard.json`): which part of the class it is, the
submissions in it, and whether its run finished. `lenet5 grade --shard K/N` writes it when it
starts and marks it finished at the end, so a run that died (a Slurm task past its time limit,
cancelled, or on a lost node) leaves a record that says so; `lenet5 merge` reads the records
and names every shard that did not finish or never ran, instead of joining a partial class.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from grader.errors import GraderError
from grader.files import write_whole

RECORD = "shard.json"


@dataclass(frozen=True)
class Shard:
    index: int                  # K of K/N
    count: int                  # N
    submissions: list[str]      # the names (the sheet's `file` column) this shard grades
    finished: bool = False      # the run that graded it ended normally

    @property
    def label(self) -> str:
        return f"{self.index}/{self.count}"


def write(folder: Path, shard: Shard) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_whole(folder / RECORD, json.dumps(asdict(shard), indent=2))


def read(folder: Path) -> Shard | None:
    """The folder's record; None for a folder without one (a run without --shard)."""
    try:
        stored = json.loads((folder / RECORD).read_text())
        return Shard(int(stored["index"]), int(stored["count"]),
                     [str(name) for name in stored["submissions"]], bool(stored["finished"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise GraderError(f"{folder / RECORD}: not a shard's record ({error})") from None


def unfinished(folders: list[Path], graded: dict[Path, set[str]]) -> list[str]:
    """Why `folders` are not a whole class, one line per shard: those whose run did not
    finish (with how many of their submissions have a result, from `graded`), those of the
    split that no folder holds, and splits mixed with each other. Empty when they are whole."""
    records = {folder: read(folder) for folder in folders}
    problems = []
    for folder, shard in records.items():
        if shard is not None and not shard.finished:
            done = len(set(shard.submissions) & graded.get(folder, set()))
            problems.append(f"shard {shard.label} ({folder}): its run did not finish or never "
                            f"started, {done} of {len(shard.submissions)} submissions graded")
    counts = sorted({shard.count for shard in records.values() if shard})
    if len(counts) > 1:
        problems.append("shards of different splits: " + ", ".join(f"of {n}" for n in counts))
    for count in counts:
        present = {shard.index for shard in records.values() if shard and shard.count == count}
        problems.extend(f"shard {index}/{count}: no output folder (its run never started)"
                        for index in range(1, count + 1) if index not in present)
    return problems
