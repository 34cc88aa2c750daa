"""The bridge to otter-grader: a plugin that keeps student code out of otter's kernel, and the
one function every otter test calls.

Otter executes a `.py` submission inside the kernel that then runs the tests, as `__main__`,
with no time limit: a submission could patch otter's test classes or train at import. The
plugin's `before_execution` hook grades the file with the kit's isolated grader instead and
hands the kernel a notebook of one cell that only defines `RESULT`, the grader's verdict.
The tests read `RESULT`; where no plugin ran (`otter check` on a student's machine) they grade
the file themselves with `lenet5 check --quick`.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import traceback
from pathlib import Path

KIT_FOLDER = "kit"          # where the autograder zip keeps rubric and data, beside the submission
RESULT_NAME = "RESULT"


def grade_for_otter(submission: Path) -> dict:
    """Grade `submission` with the zip's rubric and data when present; never raise."""
    from grader.commands import check
    from grader.grading.retry import grade_until_fair
    from grader.reports import text

    kit = submission.parent / KIT_FOLDER
    rubric = kit / "assignment" / "rubric.toml"
    data_dir = kit / "data"
    try:
        result = grade_until_fair(lambda: check.main(
            submission=str(submission), data_dir=str(data_dir) if data_dir.is_dir() else None,
            rubric=str(rubric) if rubric.is_file() else None, progress=False,
            secrets=[kit, Path("/autograder/results"), Path("/autograder/source/tests")]))
    except Exception:  # noqa: BLE001 - otter must get a verdict, whatever broke
        return {"grader_error": traceback.format_exc()}
    payload = result.to_dict()
    for check_payload, check_result in zip(payload["checks"], result.checks):
        check_payload["markdown"] = text.check_markdown(check_result)
    payload["report"] = text.to_terminal(result, colour=False)
    return payload


def _cell_defining(result: dict) -> str:
    encoded = base64.b64encode(json.dumps(result).encode()).decode()
    return (f"import base64 as _b64, json as _json\n"
            f"{RESULT_NAME} = _json.loads(_b64.b64decode('{encoded}').decode())\n")


try:
    from otter.plugins import AbstractOtterPlugin
except ImportError:  # the grader runs without otter too; only otter needs the plugin class
    AbstractOtterPlugin = object


class GraderPlugin(AbstractOtterPlugin):
    """Registered in the zip's otter_config.json as `grader.commands.otter_plugin.GraderPlugin`."""

    result: dict | None = None

    def before_execution(self, submission):
        import nbformat

        self.result = grade_for_otter(Path(self.submission_path))
        return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
            _cell_defining(self.result))])

    def generate_report(self):
        if self.result is None:
            return "The kit's grader did not run."
        return self.result.get("report") or self.result.get("grader_error", "")


_public_results: dict = {}


def _grade_here() -> dict:
    """For `otter check` on a student's machine: grade ./lenet.py once per kernel, quickly."""
    if "result" not in _public_results:
        done = subprocess.run([sys.executable, "-m", "grader", "check", "lenet.py", "--quick",
                               "--json"], capture_output=True, text=True, check=False)
        try:
            _public_results["result"] = json.loads(done.stdout)
        except ValueError:
            _public_results["result"] = {"grader_error": done.stderr.strip() or done.stdout}
    return _public_results["result"]


def verdict(result: dict | None, check_id: str) -> tuple[bool, str]:
    """Whether `check_id` passed in the grader's result, and the feedback to show."""
    if result is None:
        result = _grade_here()
    if "grader_error" in result:
        return False, "The grader could not grade this submission; tell your instructor:\n" \
                      + result["grader_error"]
    found = next((item for item in result["checks"] if item["id"] == check_id), None)
    if found is None:
        return False, f"The grader's result has no check '{check_id}'."
    text = found.get("markdown") or f"{found['status'].upper()}: {found['feedback']}"
    return found["status"] == "passed", text
