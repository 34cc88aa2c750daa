"""The words of every report: a finding's causes, each said once by the check that finds it.

Checks decide and return cause codes (assignment/checks/, each with its own words); this
module puts one check's words together, so the same mistake reads the same in the terminal, in
Markdown for otter and Gradescope, and in HTML.
"""

from __future__ import annotations

from grader.assignment import checks
from grader.assignment.checks import Finding


def word(check_id: str, finding: Finding) -> str:
    """The feedback text of one check: its causes in order (or its words for a clean pass),
    then what the check adds after them (a layer table, the timed run)."""
    check = checks.BY_ID[check_id]
    parts = [checks.MESSAGES[cause["code"]](cause) for cause in finding.causes]
    if not parts and finding.passed and check.passed is not None:
        parts.append(check.passed(finding.details))
    parts += check.appendix(finding)
    return "\n\n".join(parts)
