"""`lenet5 merge OUT... -o MERGED`: join the outputs of `lenet5 grade --shard K/N` runs.

Each shard's folder holds a result, feedback files and the graded file per submission; the merged folder gets
all of them, and one grade sheet and one class report for the whole class, the same as one
run over the whole class would have written (its similar pairs included, compared across
shards). A shard's record (grader/shards.py) says whether its run finished: merge names the
shards that did not and those that never started, and merges nothing until they are done.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from grader import similarity
from grader.assignment.rubric import Rubric, load_rubric
from grader.batch import FOLDERS, Batch
from grader.errors import GraderError
from grader.shards import read as read_shard
from grader.shards import unfinished


def main(*, shards: list[str], out: str, rubric: str | None = None,
         against: str | None = None) -> Batch:
    """Copy every shard's results and feedback into `out`, then write its sheet and report
    (`against`: an earlier class's files or output folder, as for lenet5 grade). Shards whose
    run did not finish, or that are missing from their split, are named and nothing is merged:
    a partial class must not pass for a whole one."""
    earlier = similarity.earlier_files(Path(against)) if against else []
    rules = load_rubric(rubric)
    parts = _load(list(map(Path, shards)), rules)
    problems = unfinished(list(map(Path, shards)),
                          {folder: set(part.graded) for folder, part in parts.items()})
    if problems:
        raise GraderError("these shards are not done, so nothing was merged: grade them again "
                          "(the same lenet5 grade command grades only what they miss), then "
                          "merge:\n  " + "\n  ".join(problems))
    merged = Batch(Path(out), rules)
    for folder, shard in parts.items():
        clash = sorted(set(shard.graded) & set(merged.graded))
        if clash:
            raise GraderError(f"{folder}: submissions already merged from another shard: "
                              + ", ".join(clash[:5]))
        merged.graded.update(shard.graded)
        merged.attempts.update(shard.attempts)
        for kind in FOLDERS:
            for path in (folder / kind).glob("*") if (folder / kind).is_dir() else ():
                shutil.copyfile(path, merged.out / kind / path.name)
    if not merged.graded:
        raise GraderError("the shards hold no results")
    merged.write_sheet()
    merged.write_class_report(merged.write_similarity(earlier))
    return merged


def _load(folders: list[Path], rubric: Rubric) -> dict[Path, Batch]:
    """Each folder's stored results; a shard's folder whose run never wrote one is left to
    `unfinished` to name."""
    parts = {}
    for folder in folders:
        if (folder / "results").is_dir():
            parts[folder] = Batch(folder, rubric)
            parts[folder].load()
        elif read_shard(folder) is None:
            raise GraderError(f"{folder}: not an output folder of lenet5 grade (no results/)")
    return parts
