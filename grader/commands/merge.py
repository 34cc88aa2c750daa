"""`lenet5 merge OUT... -o MERGED`: join the outputs of `lenet5 grade --shard K/N` runs.

Each shard's folder holds a result, feedback files and the graded file per submission; the merged folder gets
all of them, and one grade sheet and one class report for the whole class, the same as one
run over the whole class would have written (its similar pairs included, compared across
shards).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from grader import similarity
from grader.assignment.rubric import load_rubric
from grader.batch import FOLDERS, Batch
from grader.errors import GraderError


def main(*, shards: list[str], out: str, rubric: str | None = None,
         against: str | None = None) -> Batch:
    """Copy every shard's results and feedback into `out`, then write its sheet and report
    (`against`: an earlier class's files or output folder, as for lenet5 grade)."""
    earlier = similarity.earlier_files(Path(against)) if against else []
    merged = Batch(Path(out), load_rubric(rubric))
    for folder in map(Path, shards):
        if not (folder / "results").is_dir():
            raise GraderError(f"{folder}: not an output folder of lenet5 grade (no results/)")
        shard = Batch(folder, merged.rubric)
        shard.load()
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
