"""The channel from a worker to the grader is bounded: a submission that floods it is stopped
and charged, and the grading process's own memory stays where an honest grading's is."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from helpers import KIT, REDTEAM

GRADE_AND_MEASURE = """
import json, resource, sys
from grader.assignment.rubric import load_rubric
from grader.data import Mnist, ensure_mnist
from grader.grading.grader import Grader
grader = Grader.open(load_rubric(), Mnist.load(ensure_mnist()))
try:
    result = grader.grade(sys.argv[1], quick=True)
finally:
    grader.close()
print(json.dumps({"peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "statuses": {check.id: check.status for check in result.checks},
                  "feedback": [check.feedback for check in result.checks]}))
"""


def _grade(path) -> dict:
    done = subprocess.run([sys.executable, "-c", GRADE_AND_MEASURE, str(path)], cwd=KIT,
                          capture_output=True, text=True, timeout=600, check=True)
    return json.loads(done.stdout.splitlines()[-1])


@pytest.mark.slow
def test_a_flood_is_charged_to_the_submission_and_costs_the_grader_no_memory():
    honest = _grade(KIT / "solution" / "lenet.py")
    flooded = _grade(REDTEAM / "channel_flood.py")
    assert set(flooded["statuses"].values()) == {"error"}
    assert "more to the grader's report channel" in flooded["feedback"][0]
    assert flooded["peak_mib"] <= honest["peak_mib"] + 50, (honest, flooded)
