"""The grade sheet in the layout of `otter grade`'s final_grades.csv.

Columns: `file`, the question names sorted as strings, `total_points_earned`,
`percent_correct` (a fraction), `grading_status`; first row `points-per-question`, then one
row per submission sorted by file. A submission the grader could not grade gets zeros and the
error as its status, as otter does.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from grader.assignment.results import Outcome
from grader.assignment.rubric import Rubric
from grader.files import write_whole

POINTS_ROW = "points-per-question"


def _number(value: float):
    return int(value) if float(value).is_integer() else round(value, 5)


def rows(rubric: Rubric, graded: dict[str, Outcome]) -> list[list]:
    """`graded` maps each file name to its result, or to the grader's failure to grade it."""
    questions = sorted(rule.id for rule in rubric.checks)
    possible = rubric.max_score
    table = [["file", *questions, "total_points_earned", "percent_correct", "grading_status"],
             [POINTS_ROW, *(_number(rubric.rule(q).points) for q in questions),
              _number(possible), 1.0, "--"]]
    for name in sorted(graded):
        outcome = graded[name]
        scores = [outcome.points(q) for q in questions]
        total = sum(scores)
        table.append([name, *map(_number, scores), _number(total),
                      round(total / possible, 4) if possible else 0.0, outcome.grading_status])
    return table


def write(path: Path, rubric: Rubric, graded: dict[str, Outcome]) -> Path:
    """Write the sheet whole: to a temporary file first, then renamed over the old one."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows(rubric, graded))
    return write_whole(path, buffer.getvalue())


def read(path: Path) -> dict[str, dict[str, str]]:
    """file -> row, for comparing sheets (ours with otter's)."""
    with open(path, newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle)}
