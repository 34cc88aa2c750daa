"""What a submission writes (its errors, its output, its names) reaches every report as
literal text: the checks' words fence it, the terminal shows control characters written out,
the Markdown has no raw HTML, link, image or heading of the student's, and the HTML page no
remote load, link or heading of theirs."""

from __future__ import annotations

import pytest
from helpers import INJECTION, control_characters, html_markup, markdown_markup

from grader.assignment import checks
from grader.assignment.checks import accuracy, optimizer
from grader.assignment.checks.common import Blocked, literal, literal_block, visible
from grader.assignment.results import CheckResult, SubmissionResult
from grader.reports import html, text

# The grader's own headings in a Markdown report, and the HTML page's one h1.
GRADER_HEADINGS = {"## architecture", "## accuracy", "## optimizer",
                   "### What your code printed (train)"}


def _result() -> SubmissionResult:
    """A result whose every student-written part carries the injection: the file name, an
    error at import, an error after epoch 1, a class name, and what the code printed."""
    words = [
        ("architecture", checks.MESSAGES[Blocked.RAISED]({"where": "trace", "error": INJECTION})),
        ("accuracy", checks.MESSAGES[accuracy.Cause.CRASHED_AFTER](
            {"finished": 1, "error": INJECTION})),
        ("optimizer", checks.MESSAGES[optimizer.Cause.OTHER_OPTIMIZER]({"cls": INJECTION})),
    ]
    return SubmissionResult(
        "evil\x1b]0;x\x07<img src=https://attacker.example/n.png>.py", "cpu", None,
        [CheckResult(check, check, 0.0, 1.0, "error", feedback) for check, feedback in words],
        logs={"train": INJECTION})


@pytest.mark.parametrize("payload", [INJECTION, "a `b` ``c``", "````", "x\n# y"])
def test_a_fenced_text_is_one_code_block_of_exactly_that_text(payload):
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(literal_block(payload))
    assert [token.type for token in tokens] == ["fence"]
    assert tokens[0].content == visible(payload) + "\n"


@pytest.mark.parametrize("word", ["torch.optim.SGD", "`", "a``b", "x\n# PASSED", "<b>"])
def test_a_literal_word_is_one_code_span_on_one_line(word):
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(f"returned {literal(word)}.")
    assert [token.type for token in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert [child.type for child in tokens[1].children] == ["text", "code_inline", "text"]
    assert tokens[1].children[1].content == visible(word).replace("\n", "\\n")


def test_visible_writes_out_every_control_character_but_newline_and_tab():
    shown = visible(INJECTION + "\t\u202e\x9b")
    assert not control_characters(shown)
    assert "\\x1b]8;;https://attacker.example/" in shown and "\\u202e" in shown
    assert "\t" in shown and shown.count("\n") == INJECTION.count("\n")


def test_the_terminal_report_shows_control_characters_as_text():
    report = text.to_terminal(_result(), colour=False)
    assert not control_characters(report)
    assert "\\x1b]0;grading finished: 10/10\\x07" in report   # shown, not acted on
    coloured = text.to_terminal(_result(), colour=True)
    assert {char for char in control_characters(coloured)} == {"\x1b"}   # the grader's colours
    assert coloured.count("\x1b") == 2 * len(_result().checks)


def test_the_markdown_report_has_no_markup_of_the_students():
    report = text.to_markdown(_result())
    found = markdown_markup(report)
    assert found["html"] == found["link"] == found["image"] == []
    headings = set(found["heading"])
    assert len(headings - {heading.lstrip("# ") for heading in GRADER_HEADINGS}) == 1
    assert not any("PASSED" in heading for heading in headings)
    assert not control_characters(report)
    for check in _result().checks:   # what otter and Gradescope show per check
        assert markdown_markup(text.check_markdown(check))["html"] == []


def test_the_html_page_loads_nothing_and_links_nowhere():
    found = html_markup(html.student_page(_result()))
    assert found["img"] == [] and found["a"] == []
    assert len(found["h1"]) == 1 and "PASSED" not in found["h1"][0]
    assert found["csp"] == [html.POLICY]
    assert found["control"] == []


def test_a_string_the_words_do_not_fence_makes_no_link_image_or_html():
    """A forged fact's string the checks' words do not fence (a layer's kind, say) renders
    as text: the page's Markdown has links and images off, and the Markdown report has no `<`
    outside code; the grader's own code spans keep theirs."""
    result = SubmissionResult("a.py", "cpu", None, [CheckResult(
        "layers", "layers", 0.0, 1.0, "failed",
        "Found ![b](https://attacker.example/b.png) and [c](https://attacker.example/) "
        "and <https://attacker.example/> and <img src=https://attacker.example/i.png>, "
        "not `<nn.Tanh>`.\n\n| C1 | conv <b>x</b> | <- |")])
    found = html_markup(html.student_page(result))
    assert found["img"] == [] and found["a"] == []
    report = text.to_markdown(result)
    assert markdown_markup(report)["html"] == []
    assert "`<nn.Tanh>`" in report and "&lt;img" in report
