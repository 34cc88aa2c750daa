"""The red team's attacks on files, the kit and the network through `otter run` on the kit's
autograder zip, as Gradescope runs it: each earns exactly the points of its honest part, and
the kit, the grading user's secrets and the network stay out of its reach."""

from __future__ import annotations

import json

import pytest
from attacks import NEEDS, attack, full_expectation
from helpers import worker_processes

from grader.commands import autograder
from grader.grading.integrity import kit_digest
from grader.isolation import tiers

pytestmark = [pytest.mark.usefixtures("adopt_orphans", "kit_and_environment_unchanged"),
              pytest.mark.slow]

OTTER_ATTACKS = ("read_solution", "copy_classmate", "tamper_grader", "fake_results",
                 "label_hunt", "network", "exfiltrate", "rewrite_reports", "plant_links",
                 "stage_carry")


@pytest.mark.parametrize("name", OTTER_ATTACKS)
def test_otter_run_gives_each_attack_only_its_honest_part(name, autograder_zip, listener,
                                                          planted, tmp_path):
    if NEEDS.get(name) and NEEDS[name] not in tiers.choose().promises:
        pytest.skip(f"this machine's tier does not promise {NEEDS[name]} (README)")
    archive, _, rubric = autograder_zip
    path = attack(name, tmp_path, listener)
    statuses = full_expectation(path)
    digest = kit_digest()
    results = autograder.otter_run(archive, path)
    assert autograder.question_scores(results) == {
        rule.id: rule.points if statuses[rule.id] == "passed" else 0 for rule in rubric.checks}
    assert planted.secret not in json.dumps(results)
    assert kit_digest() == digest
    assert not worker_processes()
    assert not listener.accepted
