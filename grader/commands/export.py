"""`lenet5 export GRADES --to canvas|moodle --roster ROSTER.csv`: the grades of a `lenet5 grade`
folder as a file the course's LMS imports, one row per student of the roster.

The layouts, as the systems document them:

- Canvas, Grades > Import: the layout of the gradebook's own export, columns `Student`, `ID`,
  `SIS User ID`, `SIS Login ID`, `Section`, then one column per assignment named
  `Assignment Name (assignment id)` (a column Canvas does not know creates a new assignment),
  and under the header an optional `Points Possible` row, as the export writes it. A row needs
  one of the student's name, Canvas ID or SIS user ID; a score in the file overwrites the
  gradebook's.
  https://teaching.resources.osu.edu/toolsets/carmencanvas/guides/calculating-final-grades/import-csv-file-carmen-grades
  https://ts.vcu.edu/askit/teaching-and-learning/canvas/faculty/grading-faculty/gradebook-action-menu-faculty/
- Moodle, Grade administration > Import > CSV file: a header row, an identifier column that
  the import maps ("Map from") to the user's email address, username or ID number ("Map to"),
  a grade column mapped to the grade item, and a feedback column mapped to its feedback.
  Moodle's docs ask for grades and feedback together (importing feedback alone loses the
  grades); its importer reads an empty grade as "no grade" (it clears one already there) and
  abandons the whole import at a row whose user it cannot find
  (grade/import/csv/classes/load_data.php).
  https://docs.moodle.org/311/en/Grade_import
  https://github.com/moodle/moodle/blob/main/grade/import/csv/classes/load_data.php

Hence what is left out of the file, and listed instead (on stderr and in FILE's report beside
it): a roster entry with no submission (an empty cell would clear a Moodle grade, and a row of
its own is not needed for Canvas to show the assignment as missing: the LMS's own rules for
missing work apply), a grading that did not complete (a failed or starved grading has no fair
score; a 0 would be a grade the student never earned), and a graded submission that no roster
entry names (there is no one to give it to).
"""

from __future__ import annotations

import csv
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from grader.assignment.results import COMPLETED, Outcome
from grader.assignment.rubric import load_rubric
from grader.batch import Batch
from grader.errors import GraderError
from grader.files import write_whole

SYSTEMS = ("canvas", "moodle")
CANVAS_HEADER = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
CANVAS_FIELDS = ("name", "canvas_id", "sis_user_id", "sis_login_id", "section")
POINTS_ROW = "    Points Possible"     # as Canvas's own export writes it
MOODLE_IDS = {"email": "Email address", "username": "Username", "id_number": "ID number"}
ROSTER_COLUMNS = ("submission", *CANVAS_FIELDS, *MOODLE_IDS)
ROSTER_HELP = (
    "ROSTER.csv: one row per student, a header row naming some of these columns (any order): "
    "submission (the submission's name as in final_grades.csv's file column, e.g. alice.py or "
    "submission_11/lenet.py, or its folder, e.g. submission_11), name (the student's name; "
    "where submission is empty, matched against the submitters of a Gradescope export), "
    "canvas_id, sis_user_id, sis_login_id, section (Canvas's columns), email, username, "
    "id_number (Moodle's identifier: the first of them the roster has).")


@dataclass(frozen=True, eq=False)
class Student:
    """One roster row, with its line number for messages (hashed by identity: two rows that
    read the same are still two rows)."""
    line: int
    fields: dict[str, str]

    def get(self, column: str) -> str:
        return self.fields.get(column, "")

    def __str__(self) -> str:
        who = [self.get("name"), self.get("submission")]
        if not any(who):
            who = [next((value for value in self.fields.values() if value), "")]
        return f"roster line {self.line} ({' / '.join(filter(None, who))})"


@dataclass
class Export:
    """What goes into the file, and what is listed instead."""
    rows: list[list[str]]
    students: int                       # rows with a grade
    unsubmitted: list[Student]          # on the roster, no submission
    ungraded: list[tuple[str, str]]     # (submission, status): no fair score to export
    unknown: list[str]                  # graded, named by no roster entry

    @property
    def listed(self) -> list[str]:
        return ([f"{student}: no submission; left out (the LMS keeps what it has)"
                 for student in self.unsubmitted]
                + [f"{name}: not exported, the grading did not complete ({status})"
                   for name, status in self.ungraded]
                + [f"{name}: submitted but on no roster line; not exported" for name in self.unknown])


def main(*, grades: str, to: str, roster: str, out: str | None = None,
         assignment: str = "LeNet-5", points: float | None = None,
         rubric: str | None = None) -> tuple[Path, Export]:
    """Write the import file (default: GRADES/<system>_import.csv) and its report beside it."""
    folder = Path(grades)
    if not (folder / "results").is_dir():
        raise GraderError(f"{folder}: not an output folder of lenet5 grade (no results/)")
    if points is not None and points <= 0:
        raise GraderError(f"--points {points:g}: must be more than 0")
    batch = Batch(folder, load_rubric(rubric))
    batch.load()
    export = build(to, read_roster(Path(roster)), batch.graded, batch.submitters, assignment,
                   points or batch.rubric.max_score, batch.rubric.max_score)
    path = Path(out) if out else folder / f"{to}_import.csv"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(export.rows)
    write_whole(path, buffer.getvalue())
    write_whole(report_path(path), "".join(f"{line}\n" for line in export.listed)
                or "every roster entry exported; every graded submission on the roster\n")
    for line in export.listed:
        print(f"lenet5 export: {line}", file=sys.stderr)
    return path, export


def report_path(path: Path) -> Path:
    """Where the list of what was left out goes: beside the import file."""
    return path.with_name(f"{path.stem}-report.txt")


def read_roster(path: Path) -> list[Student]:
    """The roster's rows, its column names normalized (case, spaces) and checked."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:   # Excel's BOM
            reader = csv.reader(handle)
            header = [re.sub(r"[\s-]+", "_", column.strip().lower()) for column in next(reader, [])]
            rows = [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise GraderError(f"cannot read the roster {path}: {error}") from None
    unknown = [column for column in header if column not in ROSTER_COLUMNS]
    if unknown or not header:
        raise GraderError(f"roster {path}: unknown columns {unknown or '(no header)'}; "
                          f"expected some of {', '.join(ROSTER_COLUMNS)}")
    if not {"submission", "name"} & set(header):
        raise GraderError(f"roster {path}: needs a submission or a name column to find "
                          "each student's submission")
    if not rows:
        raise GraderError(f"roster {path}: no students")
    return [Student(line, {column: cell.strip() for column, cell in zip(header, row)})
            for line, row in rows]


def build(to: str, roster: list[Student], graded: dict[str, Outcome],
          submitters: dict[str, list[str]], assignment: str, points: float,
          maximum: float) -> Export:
    """The rows of the import file for `to`, each score scaled from `maximum` to `points`."""
    layout = {"canvas": _canvas, "moodle": _moodle}.get(to)
    if layout is None:
        raise GraderError(f"--to {to}: expected one of {', '.join(SYSTEMS)}")
    matched = {student: _submission_of(student, graded, submitters) for student in roster}
    named = set(matched.values())
    export = Export(rows=[], students=0, unsubmitted=[s for s, name in matched.items() if name is None],
                    ungraded=sorted((name, outcome.grading_status)
                                    for name, outcome in graded.items()
                                    if name in named and outcome.grading_status != COMPLETED),
                    unknown=sorted(set(graded) - named))
    fair = {student: graded[name] for student, name in matched.items()
            if name is not None and graded[name].grading_status == COMPLETED}
    export.rows, export.students = layout(roster, fair, assignment, points, maximum), len(fair)
    return export


def _submission_of(student: Student, graded: dict[str, Outcome],
                   submitters: dict[str, list[str]]) -> str | None:
    """The graded submission a roster row names: by its name or folder, else by a submitter's
    name (a group submission belongs to each of its submitters)."""
    wanted = student.get("submission")
    if wanted:
        found = [name for name in graded if wanted in (name, name.split("/")[0])]
    elif student.get("name"):
        person = _plain(student.get("name"))
        found = [name for name in graded
                 if person in map(_plain, submitters.get(name, []))]
    else:
        raise GraderError(f"{student}: neither a submission nor a name to find it by")
    if len(found) > 1:
        raise GraderError(f"{student}: names several submissions: {', '.join(sorted(found))}")
    return found[0] if found else None


def _plain(name: str) -> str:
    return " ".join(name.split()).casefold()


def _grade(outcome: Outcome, points: float, maximum: float) -> str:
    return f"{round(outcome.score / maximum * points, 2):g}"


def _canvas(roster, fair, assignment, points, maximum) -> list[list[str]]:
    """Canvas's gradebook layout, with the Points Possible row."""
    identified = [column for column in ("name", "canvas_id", "sis_user_id")
                  if any(student.get(column) for student in roster)]
    if not identified:
        raise GraderError("--to canvas: the roster needs a name, canvas_id or sis_user_id "
                          "column (Canvas matches rows by them)")
    rows = [[*CANVAS_HEADER, assignment], [POINTS_ROW, "", "", "", "", f"{points:g}"]]
    for student, outcome in fair.items():
        if not any(student.get(column) for column in identified):
            raise GraderError(f"{student}: no name, canvas_id or sis_user_id for Canvas")
        rows.append([*(student.get(column) for column in CANVAS_FIELDS),
                     _grade(outcome, points, maximum)])
    return rows


def _moodle(roster, fair, assignment, points, maximum) -> list[list[str]]:
    """Moodle's CSV import: identifier, grade, feedback."""
    column = next((column for column in MOODLE_IDS
                   if any(column in student.fields for student in roster)), None)
    if column is None:
        raise GraderError("--to moodle: the roster needs an email, username or id_number "
                          "column (Moodle matches rows by one of them)")
    rows = [[MOODLE_IDS[column], assignment, f"{assignment} (feedback)"]]
    for student, outcome in fair.items():
        if not student.get(column):
            raise GraderError(f"{student}: no {column} (Moodle would reject the whole file)")
        rows.append([student.get(column), _grade(outcome, points, maximum),
                     _feedback(outcome)])
    return rows


def _feedback(outcome) -> str:
    missed = [check.id for check in outcome.checks if check.status not in ("passed", "skipped")]
    return (f"{outcome.score:g}/{outcome.max_score:g} points; "
            + (f"checks not passed: {', '.join(missed)}" if missed else "every check passed"))
