"""`lenet5 rescore GRADES -o OUT [--rubric R]`: score a graded class again under another
rubric, from the facts its results stored, without running any student code.

The checks are pure functions of the facts (assignment/checks/), so a rubric that changes
only what decides from them (points, visibility, titles, the accuracy threshold, the fresh
model's ceiling) gives every check, score, feedback file, grade sheet and class report that a
fresh grading under it would. A rubric that changes what the grading observes (the budget, a
stage limit, the hyperparameter bounds) needs new facts: it is refused, with the keys and the
command that grades again. So are results stored before they kept their facts.
"""

from __future__ import annotations

import fnmatch
from dataclasses import replace
from pathlib import Path

from grader.assignment import provenance
from grader.assignment.results import SubmissionResult, outcome_of, read_record
from grader.assignment.rubric import Rubric, load_rubric
from grader.batch import Batch
from grader.errors import GraderError
from grader.grading.grader import (
    REVIEW_FLAGS,
    decide,
    learning_curve,
    review_flags,
    rubric_facts,
)
from grader.submissions import Submission

# The rubric's keys (provenance.canonical's names) that only the checks' decisions and their
# wording read. Every other key feeds the worker stages or the timed run: a change there is
# refused, and so is a key added or removed.
DECISION_ONLY = ("checks.*.points", "checks.*.hidden", "checks.*.title", "threshold",
                 "limits.fresh_model_max_accuracy")

REGRADE = "lenet5 grade SOURCE -o {out} --rubric {rubric}"


def needs_new_facts(old: dict, new: dict) -> list[str]:
    """The rubric keys, of canonical rubrics `old` and `new`, that changed and that the
    grading's facts depend on."""
    changed = sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))
    return [key for key in changed
            if not any(fnmatch.fnmatchcase(key, pattern) for pattern in DECISION_ONLY)]


def rescored(result: SubmissionResult, rubric: Rubric) -> SubmissionResult:
    """The result a grading under `rubric` would have given, from its stored facts: checks
    decided again, review flags redone, the curve's bar and the provenance naming the new
    rubric."""
    facts = replace(result.facts, **rubric_facts(rubric))
    again = replace(result, facts=facts, checks=decide(facts, rubric),
                    learning_curve=learning_curve(facts, rubric),
                    provenance=replace(result.provenance,
                                       rubric_sha256=rubric.digest(),
                                       rubric=provenance.canonical(rubric)))
    again.flags = [flag for flag in result.flags if flag not in REVIEW_FLAGS] \
        + review_flags(facts, again)
    return again


def _stored(grades: Path) -> list[dict]:
    """Every stored result record of `grades`; an unreadable one stops the rescoring."""
    folder = grades / "results"
    if not folder.is_dir():
        raise GraderError(f"{grades}: not an output folder of lenet5 grade (no results/)")
    records = {path.name: read_record(path) for path in sorted(folder.glob("*.json"))}
    if not records:
        raise GraderError(f"{grades}: no results to rescore")
    unreadable = [name for name, record in records.items() if record is None]
    if unreadable:
        raise GraderError(f"{grades}: unreadable results: {', '.join(unreadable[:5])}")
    return list(records.values())


def _refusal(outcomes: dict, rubric: Rubric, out: Path, rubric_path: str | None) -> str | None:
    """Why these results cannot be rescored under `rubric`, or None."""
    again = REGRADE.format(out=out, rubric=rubric_path or "RUBRIC")
    results = {name: outcome for name, outcome in outcomes.items() if outcome.graded}
    old = sorted(name for name, result in results.items()
                 if result.facts is None or result.provenance is None)
    if old:
        return (f"{len(old)} results were stored before results kept the facts their checks "
                f"are decided from ({', '.join(old[:3])}{', ...' if len(old) > 3 else ''}); "
                f"grade the class again: {again}")
    new = provenance.canonical(rubric)
    changed = sorted({key for result in results.values()
                      for key in needs_new_facts(result.provenance.rubric, new)})
    if changed:
        return (f"the rubric changes {', '.join(changed)}, which the grading's facts depend on "
                f"(the budget, the stage limits or the hyperparameter bounds decide what the "
                f"workers observe, not only how it is scored); rescoring cannot reproduce "
                f"that: grade again: {again}")
    return None


def main(*, grades: str, out: str, rubric: str | None = None) -> Batch:
    """Rescore every result under `grades` with `rubric` into `out` (which may be `grades`
    itself): results, feedback, copies of the graded files, grade sheet and class report."""
    grades_path, out_path, rules = Path(grades), Path(out), load_rubric(rubric)
    records = _stored(grades_path)
    outcomes = {record["submission"]: outcome_of(record) for record in records}
    refusal = _refusal(outcomes, rules, out_path, rubric)
    if refusal:
        raise GraderError(refusal)
    batch = Batch(out_path, rules)
    for record in records:
        name, outcome = record["submission"], outcomes[record["submission"]]
        source = grades_path / "sources" / f"{Submission(name, None).key}.py"
        submission = Submission(name, source if source.is_file() else None,
                                submitters=record.get("submitters", []))
        batch.record(submission, rescored(outcome, rules) if outcome.graded else outcome)
    batch.write_sheet()
    batch.write_class_report(batch.write_similarity())
    return batch
