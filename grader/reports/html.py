"""Self-contained HTML pages: the student's report and the TA's class report.

Both are single files (plots embedded as PNG data URIs, no scripts, no external assets), so
they can be mailed, uploaded or opened from a grading folder. Each page's Content-Security-Policy
lets it load nothing from elsewhere: no script, no remote image, style or font, no form target. They are rendered from the
Jinja2 templates beside this module, with autoescaping: everything a student's code printed
or named reaches the page as text. They render results; they decide nothing.
"""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Iterable

from jinja2 import Environment, PackageLoader, select_autoescape
from markdown_it import MarkdownIt
from markupsafe import Markup

from grader.assignment.checks.common import visible
from grader.assignment.provenance import ENVIRONMENT
from grader.assignment.results import Outcome, SubmissionResult
from grader.assignment.rubric import Rubric
from grader.reports import plots
from grader.reports.review import Pair, review_queue
from grader.reports.text import BUSY, FLAGS_INTRO, run_line, sandbox_line

# Links and images off too: a name or a value that the checks' words do not fence (a forged
# fact's) still cannot make a link to elsewhere or load a remote image (a beacon).
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table").disable(
    ["link", "image", "autolink"])


def _shown(value):
    """Every value a template writes, its control characters written out (as the terminal
    report does): a page saved from a student's output, or read with `cat`, moves no cursor."""
    if isinstance(value, Markup):
        return Markup(visible(value))
    return visible(value) if isinstance(value, str) else value


_TEMPLATES = Environment(loader=PackageLoader("grader.reports", "templates"),
                         autoescape=select_autoescape(["html"]), trim_blocks=True,
                         lstrip_blocks=True, finalize=_shown)
# Each page's Content-Security-Policy (a meta tag in base.html): nothing from elsewhere, no
# script; the pages' own inline styles and embedded PNGs only.
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; " \
         "base-uri 'none'"
_TEMPLATES.globals["policy"] = POLICY
# Feedback is Markdown written by the grader (assignment/checks/) around the student's error
# messages; with raw HTML off, markdown-it escapes any HTML in it, so its output is safe markup.
_TEMPLATES.filters["markdown"] = lambda text: Markup(_MARKDOWN.render(text))
CAUSES = ("wrong answer", "error", "timeout", "rejected")


def _png(data: bytes) -> str:
    return base64.b64encode(data).decode()


def student_page(result: SubmissionResult) -> str:
    """One submission: every check with its status, points and reasons, the layer table,
    the timed run, the learning curve and what the code printed."""
    curve = result.learning_curve
    curve_png = _png(plots.learning_curve_png(curve["step_losses"],
                                              curve.get("epoch_accuracy", []),
                                              curve.get("threshold"))) \
        if curve.get("step_losses") else None
    return _TEMPLATES.get_template("student.html").render(
        title=f"{result.submission}: {result.score:g}/{result.max_score:g}", result=result,
        run_line=run_line(result), sandbox_line=sandbox_line(result), flags_intro=FLAGS_INTRO,
        curve_png=curve_png, busy=BUSY)


def class_page(graded: dict[str, Outcome], links: dict[str, str], rubric: Rubric, *,
               similar: Iterable[Pair] = (), retried: dict[str, int] | None = None) -> str:
    """The whole class: what to review first (review.py; `similar`: the pairs the similarity
    detector found; `retried`: attempts of the gradings a busy machine starved at first), score histogram, pass rate per check, failures grouped by cause, the
    slowest gradings, and a link to every student's report (`links`: name -> href)."""
    results = {name: outcome for name, outcome in graded.items() if outcome.graded}
    failures = {name: outcome for name, outcome in graded.items() if not outcome.graded}
    context = {"title": "Class report", "graded": graded, "links": links, "results": results,
               "failures": failures, "review": review_queue(graded, rubric, similar, retried),
               "environments": environments(results)}
    if results:
        maximum = next(iter(results.values())).max_score
        scores = [result.score for result in results.values()]
        context.update(
            maximum=maximum, mean=sum(scores) / len(scores),
            full_marks=sum(score == maximum for score in scores),
            histogram_png=_png(plots.score_histogram_png(scores, maximum)),
            check_rows=_check_rows(results),
            slowest=sorted(results.items(), key=lambda item: -item[1].grading_s)[:5])
    return _TEMPLATES.get_template("class.html").render(**context)


def similarity_page(pair, first: list[tuple[str, bool]], second: list[tuple[str, bool]]) -> str:
    """Two files side by side, each as (text, shared) pieces, the shared passages marked."""
    return _TEMPLATES.get_template("similarity.html").render(
        title=f"Similar code: {pair.first} and {pair.second}", pair=pair, first=first,
        second=second)


def _check_rows(results: dict[str, SubmissionResult]) -> list[dict]:
    """Per check: its points, pass rate, and how many failed for each cause."""
    rows = []
    for check in next(iter(results.values())).checks:
        statuses = Counter(result.check(check.id).status for result in results.values())
        rejected = sum(1 for result in results.values()
                       if result.notes and result.check(check.id).status != "passed")
        causes = Counter({"failed": "wrong answer"}.get(status, status)
                         for status in statuses.elements()
                         if status not in ("passed", "skipped"))
        causes["wrong answer"] -= rejected
        causes["rejected"] = rejected
        rows.append({"id": check.id, "points": check.max_score, "skipped": statuses["skipped"],
                     "rate": statuses["passed"] / len(results),
                     "causes": {cause: causes.get(cause, 0) for cause in CAUSES}})
    return rows


def environments(results: dict[str, SubmissionResult]) -> list[dict]:
    """The distinct environments (kit, rubric, software, device, confinement) the results
    were graded in, most common first, with how many each; results older than provenance
    count under an environment of None."""
    counts = Counter(result.provenance.environment() if result.provenance else None
                     for result in results.values())
    return [{"fields": dict(zip(ENVIRONMENT, key)) if key else None, "count": count}
            for key, count in counts.most_common()]
