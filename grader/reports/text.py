"""Renderers of a SubmissionResult: the terminal, Markdown, and JSON. They only format.

What a submission wrote (its errors and output, the names it chose) reaches them as literal
text: the checks' words fence it (checks/common.py: `literal`, `literal_block`), the Markdown
here fences what it printed, and the terminal shows every control character written out, so
no escape sequence from a submission reaches a TA's terminal.
"""

from __future__ import annotations

import os
import re
import textwrap

from grader.assignment import results
from grader.assignment.checks.common import literal_block, visible
from grader.assignment.results import SubmissionResult

COLOURS = {"passed": "32", "failed": "31", "error": "31", "timeout": "33", "skipped": "36"}


def run_line(result: SubmissionResult) -> str:
    if result.budget_s is None:
        return f"device {result.device}; no timed training run"
    used = (f"{result.time_used_s:.1f}" if result.time_used_s is not None
            else "no epoch finished")
    return (f"device {result.device}; training budget {result.budget_s:.0f} CPU-seconds, "
            f"used {used}")


BUSY = ("The grading machine was too busy to grade this fairly: a stage waited for a processor "
        "until its clock ran out, so some checks could not be decided. Grade it again when the "
        "machine is quieter (lenet5 grade does so by itself).")


def sandbox_line(result: SubmissionResult) -> str:
    """Which protection the workers had (isolation/tiers.py), for whoever reads the grade."""
    box = result.sandbox
    if not box:
        return "workers: not started"
    return (f"workers: {box['tool']}; user: {box['user']}; files: {box['files']}; "
            f"network: {box['network']}; processes: {box.get('processes', 'not limited')}")


FLAGS_INTRO = ("Flagged for a person to review (no points are taken for these; a LeNet "
               "rarely needs them):")


def to_json(result: SubmissionResult) -> str:
    return results.dumps(result.to_dict()) + "\n"


def to_terminal(result: SubmissionResult, colour: bool | None = None) -> str:
    """A report for a student at a terminal: one block per check, failures explained."""
    if colour is None:
        colour = os.isatty(1) and not os.environ.get("NO_COLOR")

    def paint(status: str, text: str) -> str:
        return f"\033[{COLOURS[status]}m{text}\033[0m" if colour else text

    lines = [f"{visible(result.submission)}: {result.score:g} / {result.max_score:g} points",
             f"({run_line(result)}; graded in {result.grading_s:.1f} s)",
             f"({sandbox_line(result)})", ""]
    for check in result.checks:
        lines.append(f"{paint(check.status, check.status.upper().ljust(8))} "
                     f"{check.id:<14} {check.score:g}/{check.max_score:g}  {check.title}")
        for paragraph in visible(check.feedback).split("\n\n"):
            if paragraph.lstrip().startswith(("|", "File", "Traceback")) or "\n" in paragraph:
                lines.append(textwrap.indent(paragraph, " " * 9))
            else:
                lines.append(textwrap.fill(paragraph, 100, initial_indent=" " * 9,
                                           subsequent_indent=" " * 9))
        lines.append("")
    lines += [f"note: {visible(note)}" for note in result.notes]
    if result.load_affected:
        lines.append(f"note: {BUSY}")
    if result.flags:
        lines += [FLAGS_INTRO, *(f"  {visible(flag)}" for flag in result.flags)]
    return "\n".join(lines).rstrip() + "\n"


def check_markdown(check) -> str:
    """One check's feedback as Markdown: the text that otter and Gradescope show."""
    return f"**{check.status.upper()}** ({check.score:g}/{check.max_score:g}): {check.title}\n\n" \
           f"{without_html(check.feedback)}\n"


_FENCE = re.compile(r" {0,3}(`{3,})")
_TICKS = re.compile(r"`+")


def without_html(markdown: str) -> str:
    """`markdown` with every `<` outside code written as `&lt;`, so that no raw HTML (nor an
    autolink) is left outside a fence or a code span, whatever a string the checks' words did
    not fence holds (a forged fact's). Renderers that allow HTML (GitHub's, Gradescope's) show
    it as text; code keeps its `<`."""
    lines, fence = [], None
    for line in markdown.split("\n"):
        opened = _FENCE.match(line)
        if fence is None and opened:
            fence = opened.group(1)
        elif fence is not None:
            if opened and opened.group(1).startswith(fence) and not line.strip("` "):
                fence = None
        else:
            line = _spans_kept(line)
        lines.append(line)
    return "\n".join(lines)


def _spans_kept(line: str) -> str:
    """One line outside a fence, `<` escaped but in its code spans (a run of backticks to the
    next run of the same length)."""
    out, at = [], 0
    while (opened := _TICKS.search(line, at)) is not None:
        out.append(line[at:opened.start()].replace("<", "&lt;"))
        closed = next((run for run in _TICKS.finditer(line, opened.end())
                       if len(run.group()) == len(opened.group())), None)
        at = closed.end() if closed else opened.end()
        out.append(line[opened.start():at])
    out.append(line[at:].replace("<", "&lt;"))
    return "".join(out)


def escaped(text: str) -> str:
    """`text` as Markdown that reads as it is: every punctuation mark that could start markup
    (a link, an image, emphasis, HTML) escaped, and control characters written out."""
    return re.sub(r"([\\`*_\[\]<>&!|~#])", r"\\\1", visible(text).replace("\n", " "))


def to_markdown(result: SubmissionResult) -> str:
    parts = [f"# {escaped(result.submission)}: {result.score:g} / {result.max_score:g} points\n",
             f"_{run_line(result)}_\n", f"_{sandbox_line(result)}_\n"]
    if result.load_affected:
        parts.append(f"**Note:** {BUSY}\n")
    if result.flags:
        parts.append(f"{FLAGS_INTRO}\n\n" + "".join(f"- {escaped(flag)}\n" for flag in result.flags))
    for check in result.checks:
        parts.append(f"## {check.id}\n\n{check_markdown(check)}")
    for stage, output in result.logs.items():
        if output.strip():
            parts.append(f"### What your code printed ({stage})\n\n"
                         f"{literal_block(output.strip())}\n")
    return "\n".join(parts)
