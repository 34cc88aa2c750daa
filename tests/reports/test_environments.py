"""The class report lists the environments its results were graded in, with counts."""

from __future__ import annotations

import re
from dataclasses import replace

from grader.assignment.provenance import Provenance
from grader.assignment.results import CheckResult, SubmissionResult
from grader.assignment.rubric import load_rubric
from grader.reports import html


def _result(name: str, provenance: Provenance | None) -> SubmissionResult:
    return SubmissionResult(name, "cpu", None, [CheckResult(
        "layers", "tanh", 1.0, 1.0, "passed", "ok")], provenance=provenance)


def test_class_report_counts_each_environment():
    base = Provenance(sha256=None, seed=1, kit_version="0.1.0", kit_commit="a" * 40,
                      rubric_sha256="b" * 64, python="3.11.7", torch="2.4.0", numpy="2.0.0",
                      device="cpu", tier="bubblewrap")
    graded = {"a.py": _result("a.py", base), "b.py": _result("b.py", replace(base, seed=2)),
              "c.py": _result("c.py", replace(base, torch="2.5.1", kit_commit=None)),
              "d.py": _result("d.py", None)}
    found = html.environments(graded)
    assert [row["count"] for row in found] == [2, 1, 1]   # the seed is no part of it
    assert found[0]["fields"]["torch"] == "2.4.0" and found[-1]["fields"] is None
    page = html.class_page(graded, {}, load_rubric())
    table = re.search(r'<table id="environments">.*?</table>', page, re.DOTALL).group(0)
    rows = re.findall(r"<tr><td>(\d+)</td>", table)
    assert rows == ["2", "1", "1"]
    assert "2.5.1" in table and "a" * 12 in table and "b" * 12 in table
    assert "not recorded" in table
