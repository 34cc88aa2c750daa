"""Self-contained HTML pages: the student's report and the TA's class report.

Both are single files (plots embedded as PNG data URIs, no scripts, no external assets), so
they can be mailed, uploaded or opened from a grading folder. They render results; they
decide nothing.
"""

from __future__ import annotations

import base64
import html
from collections import Counter

from markdown_it import MarkdownIt

from grader import plots
from grader.report import FLAGS_INTRO, run_line, sandbox_line
from grader.results import Outcome, SubmissionResult

_MARKDOWN = MarkdownIt("commonmark").enable("table")
STATUS_COLOURS = {"passed": "#1a7f37", "failed": "#cf222e", "error": "#cf222e",
                  "timeout": "#9a6700", "skipped": "#0969da"}
STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; max-width: 980px; margin: 2em auto; padding: 0 1em;
       color: #1f2328; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } .run { color: #59636e; margin-top: 0; }
section.check { border: 1px solid #d1d9e0; border-radius: 6px; padding: 0.4em 1em; margin: 1em 0; }
.badge { color: white; border-radius: 4px; padding: 0.1em 0.5em; font-weight: 600;
         font-size: 0.85em; }
table { border-collapse: collapse; margin: 0.6em 0; } td, th { border: 1px solid #d1d9e0;
        padding: 0.25em 0.6em; text-align: left; } th { background: #f6f8fa; }
pre { background: #f6f8fa; padding: 0.6em; overflow-x: auto; font-size: 0.85em; }
img { max-width: 100%; }
"""


def _png(data: bytes, alt: str) -> str:
    return (f'<img alt="{html.escape(alt)}" '
            f'src="data:image/png;base64,{base64.b64encode(data).decode()}">')


def _badge(status: str) -> str:
    return (f'<span class="badge status-{status}" style="background:{STATUS_COLOURS[status]}">'
            f'{status.upper()}</span>')


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<title>{html.escape(title)}</title><style>{STYLE}</style></head>'
            f'<body>\n{body}\n</body></html>\n')


def student_page(result: SubmissionResult) -> str:
    """One submission: every check with its status, points and reasons, the layer table,
    the timed run, the learning curve and what the code printed."""
    parts = [f"<h1>{html.escape(result.submission)}: {result.score:g} / "
             f"{result.max_score:g} points</h1>",
             f'<p class="run">{html.escape(run_line(result))}</p>',
             f'<p class="run">{html.escape(sandbox_line(result))}</p>']
    if result.flags:
        parts.append(f'<section id="flags"><p>{html.escape(FLAGS_INTRO)}</p><ul>' + "".join(
            f"<li>{html.escape(flag)}</li>" for flag in result.flags) + "</ul></section>")
    for check in result.checks:
        parts.append(
            f'<section class="check" id="check-{check.id}"><h2>{_badge(check.status)} '
            f"<code>{check.id}</code> {check.score:g}/{check.max_score:g}: "
            f"{html.escape(check.title)}</h2>{_MARKDOWN.render(check.feedback)}</section>")
    curve = result.learning_curve
    if curve.get("step_losses"):
        parts.append('<section id="learning-curve"><h2>Learning curve of the timed run</h2>'
                     + _png(plots.learning_curve_png(curve["step_losses"],
                                                     curve.get("epoch_accuracy", [])),
                            "training loss per step and test accuracy per epoch")
                     + "</section>")
    for stage, output in result.logs.items():
        if output.strip():
            parts.append(f"<h3>What your code printed ({html.escape(stage)})</h3>"
                         f"<pre>{html.escape(output.strip())}</pre>")
    parts += [f"<p>Note: {html.escape(note)}</p>" for note in result.notes]
    return _page(f"{result.submission}: {result.score:g}/{result.max_score:g}", "\n".join(parts))


def _cause_of(status: str) -> str:
    return {"failed": "wrong answer", "error": "error", "timeout": "timeout"}.get(status, status)


def class_page(graded: dict[str, Outcome], links: dict[str, str]) -> str:
    """The whole class: score histogram, pass rate per check, failures grouped by cause, the
    slowest gradings, and a link to every student's report (`links`: name -> href)."""
    results = {name: outcome for name, outcome in graded.items() if outcome.graded}
    broken = {name: outcome for name, outcome in graded.items() if name not in results}
    parts = [f"<h1>Class report: {len(graded)} submissions</h1>"]
    if results:
        maximum = next(iter(results.values())).max_score
        scores = [result.score for result in results.values()]
        parts.append(f'<p class="run">mean {sum(scores) / len(scores):.2f} / {maximum:g}; '
                     f"{sum(score == maximum for score in scores)} with full marks</p>")
        parts.append('<section id="histogram"><h2>Scores</h2>'
                     + _png(plots.score_histogram_png(scores, maximum), "score histogram")
                     + "</section>")
        parts.append(_check_table(results))
        parts.append(_slowest(results, links))
    parts.append(_student_table(graded, links))
    if broken:
        parts.append("<h2>Could not be graded</h2><ul>" + "".join(
            f"<li>{html.escape(name)}: {html.escape(failure.error)}</li>"
            for name, failure in sorted(broken.items())) + "</ul>")
    return _page("Class report", "\n".join(parts))


def _check_table(results: dict[str, SubmissionResult]) -> str:
    first = next(iter(results.values()))
    rows = []
    for check in first.checks:
        statuses = Counter(result.check(check.id).status for result in results.values())
        rejected = sum(1 for result in results.values()
                       if result.notes and result.check(check.id).status != "passed")
        causes = Counter(_cause_of(status) for status in statuses.elements()
                         if status not in ("passed", "skipped"))
        if rejected:
            causes["wrong answer"] -= rejected
            causes["rejected"] = rejected
        rate = statuses["passed"] / len(results)
        rows.append(f"<tr><td><code>{check.id}</code></td><td>{check.max_score:g}</td>"
                    f"<td>{rate:.0%}</td>" + "".join(
                        f"<td>{causes.get(cause, 0)}</td>" for cause in
                        ("wrong answer", "error", "timeout", "rejected"))
                    + f"<td>{statuses['skipped']}</td></tr>")
    return ('<section><h2>Checks</h2><table id="checks"><thead><tr><th>check</th>'
            "<th>points</th><th>pass rate</th><th>wrong answer</th><th>error</th>"
            "<th>timeout</th><th>rejected</th><th>skipped</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></section>")


def _link(name: str, links: dict[str, str]) -> str:
    if name in links:
        return f'<a href="{html.escape(links[name])}">{html.escape(name)}</a>'
    return html.escape(name)


def _slowest(results: dict[str, SubmissionResult], links: dict[str, str], count: int = 5) -> str:
    slowest = sorted(results.items(), key=lambda item: -item[1].grading_s)[:count]
    rows = "".join(f"<tr><td>{_link(name, links)}</td><td>{result.grading_s:.1f} s</td>"
                   f"<td>{result.time_used_s or 0:.1f} s</td></tr>" for name, result in slowest)
    return ('<section><h2>Slowest gradings</h2><table id="slowest"><thead><tr><th>submission'
            "</th><th>grading</th><th>timed training</th></tr></thead><tbody>" + rows
            + "</tbody></table></section>")


def _student_table(graded: dict, links: dict[str, str]) -> str:
    rows = []
    for name in sorted(graded):
        outcome = graded[name]
        if outcome.graded:
            failed = ", ".join(check.id for check in outcome.checks
                               if check.status not in ("passed", "skipped")) or "-"
            flags = html.escape("; ".join(outcome.flags))
            rows.append(f"<tr><td>{_link(name, links)}</td><td>{outcome.score:g}</td>"
                        f"<td>{html.escape(failed)}</td><td>{flags or '-'}</td></tr>")
        else:
            rows.append(f"<tr><td>{html.escape(name)}</td><td>-</td>"
                        f"<td>not graded: {html.escape(outcome.error)}</td><td>-</td></tr>")
    return ('<section><h2>Submissions</h2><table id="students"><thead><tr><th>submission</th>'
            "<th>score</th><th>checks not passed</th><th>flagged for review</th></tr></thead>"
            "<tbody>" + "".join(rows)
            + "</tbody></table></section>")
