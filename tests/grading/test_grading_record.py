"""A grading's result is made once, from the decided checks and what the grading recorded."""

from __future__ import annotations

from dataclasses import replace

from grader.assignment.facts import Facts
from grader.assignment.provenance import Provenance
from grader.assignment.rubric import load_rubric
from grader.grading.grader import GradingRecord, assemble, rubric_facts, with_record
from grader.isolation import tiers


def test_the_record_lands_in_a_new_result_and_the_decided_one_is_left_as_it_was(test_rubric):
    rubric = load_rubric(test_rubric)
    facts = Facts(**rubric_facts(rubric), sample_labels=[1, 2, 3])
    facts.rejected = "not Python"
    decided = assemble("x.py", facts, rubric, "cpu", tiers.Confinement("plain", False))
    untouched = replace(decided)
    stamp = Provenance(sha256="ab", seed=7, kit_version="0", kit_commit=None, python="3",
                       torch="2", numpy="2", rubric_sha256="cd", device="cpu", tier="plain",
                       reference_s=None, speed_scale=1.0, rubric={})
    record = GradingRecord(stamp, grading_s=1.5, logs={"inspect": "hi"},
                           usage={"inspect": {"wall_s": 1.0}}, load_affected=True,
                           screened=["reads a file"])
    result = with_record(decided, facts, record)
    assert decided == untouched
    assert (result.provenance, result.grading_s, result.logs, result.usage,
            result.load_affected, result.flags) == (stamp, 1.5, {"inspect": "hi"},
                                                    {"inspect": {"wall_s": 1.0}}, True,
                                                    ["reads a file"])
    assert result.checks == decided.checks and result.notes == ["not Python"]
    assert result.sandbox == tiers.Confinement("plain", False).describe()
