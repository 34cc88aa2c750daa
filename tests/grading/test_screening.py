"""The static screening of a submission: the gate that refuses what cannot be graded, and the
scan that flags, for a person, what a LeNet has no business with."""

from __future__ import annotations

import pytest

from grader.errors import SubmissionRejected
from grader.grading import screening


def test_gate_rejects_nesting_python_cannot_compile(tmp_path):
    """A sum of 50,000 terms fits the size limit; the parser gives up on it with a
    RecursionError, which used to end `lenet5 check` with a traceback."""
    path = tmp_path / "lenet.py"
    path.write_text("x = " + "1+" * 50_000 + "1\n")
    with pytest.raises(SubmissionRejected, match="lenet.py"):
        screening.gate(path, 200_000)
