"""What every check shares: the shape of a check and of its finding, the causes that stop a
check before it can look (with their words), and the figures' formatting.

A cause code is a member of a `str` enum, so that it is compared, stored and printed as the
plain word it has always been, while no code is ever spelled out or assembled by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from grader.assignment.facts import Facts


class Code(str, Enum):
    """The base of every check's cause codes: a member equals, hashes, prints and serialises
    as its value."""
    def __str__(self) -> str:
        return str.__str__(self)

    def __format__(self, spec: str) -> str:
        return str.__format__(self, spec)


@dataclass
class Finding:
    status: str                                # passed, failed, error, timeout, skipped
    causes: list[dict] = field(default_factory=list)   # {"code": Code, **data}
    details: dict = field(default_factory=dict)        # facts a report may show

    @property
    def passed(self) -> bool:
        return self.status == "passed"


def cause(code: Code, **data) -> dict:
    return {"code": code, **data}


Words = Mapping[Code, Callable[[dict], str]]   # a cause's words, from its data


@dataclass(frozen=True)
class Check:
    """One check: its id, what it needs, how it decides and how a finding reads."""
    id: str
    needs: tuple[str, ...]        # contract names it cannot do without
    fact: str | None              # the inspection it reads (inspection.FACTS); None: timed run
    decide: Callable[[Facts], Finding]
    messages: Words               # the words of the causes it finds (shared ones live apart)
    passed: Callable[[dict], str] | None = None   # the words of a pass without causes
    appendix: Callable[[Finding], list[str]] = lambda finding: []   # after the causes' words
    fallback: str | None = None   # read instead where `fact` was never reached (a hang)


def shape(shape) -> str:
    return " x ".join(str(size) for size in shape) if shape else "-"


def percent(value: float) -> str:
    return f"{100 * value:.2f}%"


# Characters a terminal or a Markdown line acts on rather than shows: C0 and C1 controls
# (escape sequences, \r, the 8-bit CSI), DEL, and the Unicode marks that reorder or hide text.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e"
                      "\u2066-\u2069\ufeff]")


def visible(text: str) -> str:
    """`text` with every control character but the newline and the tab written out, as
    Python writes it in a string (an escape as \\x1b): a submission's words cannot move the
    cursor, retitle the window, print a hyperlink or hide what follows them."""
    return _CONTROL.sub(lambda found: ascii(found.group())[1:-1], text)


def _backticks(text: str) -> int:
    return max((len(run) for run in re.findall("`+", text)), default=0)


def literal_block(text: str) -> str:
    """A submission's text (an error, what it printed) as a Markdown code block, shown as it
    is: no link, image, heading or HTML in it takes effect. The fence is longer than any run
    of backticks inside, so nothing in the text can close it."""
    fence = "`" * max(3, _backticks(text) + 1)
    return f"{fence}\n{visible(text)}\n{fence}"


def literal(text: str) -> str:
    """A submission's word (a class name, a value it returned) as a Markdown code span, on
    one line (a line break could start a heading before the span is parsed)."""
    text = visible(str(text)).replace("\n", "\\n")
    ticks = "`" * (_backticks(text) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


class Blocked(Code):
    """Why a check could not look at all."""
    REJECTED = "rejected"
    IMPORT_ERROR = "import_error"
    MISSING_NAMES = "missing_names"
    STAGE_CRASHED = "stage_crashed"
    STAGE_TIMEOUT = "stage_timeout"
    STAGE_MEMORY = "stage_memory"
    STAGE_DISK = "stage_disk"
    STAGE_FLOOD = "stage_flood"
    STAGE_OK = "stage_ok"
    MACHINE_BUSY = "machine_busy"
    RAISED = "raised"


# How the inspect stage ended (Inspection.status), as the cause of a check it did not reach.
STAGE_ENDED = {"crashed": Blocked.STAGE_CRASHED, "timeout": Blocked.STAGE_TIMEOUT,
               "memory": Blocked.STAGE_MEMORY, "disk": Blocked.STAGE_DISK,
               "flood": Blocked.STAGE_FLOOD, "ok": Blocked.STAGE_OK}

MESSAGES: Words = {
    Blocked.REJECTED: lambda c: f"The submission was not graded: {c['reason']}",
    Blocked.IMPORT_ERROR: lambda c: "Importing your file raised an error, so nothing could be "
                                    f"checked:\n\n{literal_block(c['error'])}",
    Blocked.MISSING_NAMES: lambda c: "Your file does not define "
                                     + ", ".join(f"`{n}`" for n in c["names"])
                                     + ". The handout's contract lists every name the grader "
                                     "reads.",
    Blocked.STAGE_CRASHED: lambda c: "Your code ended the grading process before this check ran "
                                     "(a crash, sys.exit or os._exit).",
    Blocked.MACHINE_BUSY: lambda c: f"The grading machine was too busy to run the {c['stage']} "
                                    "fairly: your code waited for a processor until the clock "
                                    "ran out. This says nothing about your code; grade it again "
                                    "when the machine is quieter.",
    Blocked.STAGE_TIMEOUT: lambda c: "Your code ran out of time before this check ran (an "
                                     "endless loop, or very slow code at import or in forward).",
    Blocked.STAGE_MEMORY: lambda c: "Your code used more memory than allowed before this check "
                                    "ran.",
    Blocked.STAGE_DISK: lambda c: "Your code wrote more files to disk than allowed before this "
                                  "check ran.",
    Blocked.STAGE_FLOOD: lambda c: "Your code wrote more to the grader's report channel than "
                                   "any grading needs before this check ran, so the stage was "
                                   "stopped.",
    Blocked.STAGE_OK: lambda c: "This check was not reached.",
    Blocked.RAISED: lambda c: f"Your code raised an error here:\n\n{literal_block(c['error'])}",
}


def blocked(check: Check, facts: Facts) -> Finding | None:
    """The finding when a check cannot even look: rejected file, failed import, missing names,
    or the stage died before reaching this check's fact."""
    inspection = facts.inspection
    if facts.rejected:
        return Finding("failed", [cause(Blocked.REJECTED, reason=facts.rejected)])
    if inspection.import_error:
        return Finding("error", [cause(Blocked.IMPORT_ERROR, error=inspection.import_error)])
    missing = [name for name in check.needs if name in inspection.missing]
    if missing:
        return Finding("failed", [cause(Blocked.MISSING_NAMES, names=missing)])
    fact = check.fact
    if fact is not None and fact not in inspection.observed and check.fallback is not None \
            and check.fallback in inspection.observed:
        fact = check.fallback   # the primary fact was never reached: decide from the other
    if not inspection.imported or fact is not None and fact not in inspection.observed:
        if inspection.starved:
            return Finding("error", [cause(Blocked.MACHINE_BUSY, stage="inspect")])
        status = "timeout" if inspection.status == "timeout" else "error"
        return Finding(status, [cause(STAGE_ENDED[inspection.status], stage="inspect")])
    if fact is None:
        return None
    error = inspection.observed[fact].error
    if error is not None:
        return Finding("error", [cause(Blocked.RAISED, where=fact, error=error)])
    return None


def observed(facts: Facts, key: str):
    """A fact's value where it was taken without an error, else None."""
    found = facts.inspection.observed.get(key)
    return found.value if found is not None and found.error is None else None


def value(facts: Facts, key: str):
    """A fact's value, where `blocked` let the check through: it was taken without an error."""
    return facts.inspection.observed[key].value
