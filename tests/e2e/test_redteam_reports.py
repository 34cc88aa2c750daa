"""The red team's report_inject.py (markup and terminal control sequences, printed at import
and raised in epoch 2 of the timed run) through a full `lenet5 check`: it earns its honest
part, and every report of it (terminal, Markdown, HTML) shows what it wrote as text only.
test_redteam_class.py asserts the same of the files `lenet5 grade` writes."""

from __future__ import annotations

import json

import pytest
from attacks import assert_reports_literal, full_expectation
from helpers import REDTEAM, control_characters, run_cli

from grader.assignment.results import SubmissionResult
from grader.reports import text

pytestmark = [pytest.mark.usefixtures("adopt_orphans", "kit_and_environment_unchanged"),
              pytest.mark.slow]
ATTACK = REDTEAM / "report_inject.py"


def test_a_full_check_shows_what_the_submission_wrote_as_text(test_rubric, tmp_path):
    page = tmp_path / "report.html"
    done = run_cli("check", str(ATTACK), "--json", "--html", str(page), "--rubric",
                   str(test_rubric))
    result = SubmissionResult.from_dict(json.loads(done.stdout))
    assert {check.id: check.status for check in result.checks} == full_expectation(ATTACK)
    feedback = result.check("accuracy").feedback
    assert "epoch 1 counts" in feedback and "attacker.example" in feedback
    assert "attacker.example" in result.logs["inspect"]   # printed at import, kept as text
    assert not control_characters(text.to_terminal(result, colour=False))
    assert_reports_literal(text.to_markdown(result), page.read_text())
