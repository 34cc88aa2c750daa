"""The review queue at the top of the class report: what a TA must look at first, most urgent
first, each item naming the submissions it concerns.

Urgency: a submission without a grade (the grader failed, or a busy machine starved it) before
a grade that may be wrong (flagged code, a similar pair, an accuracy a hair under the bar).
Pure: it reads outcomes and the rubric, and renders nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from grader.assignment import checks
from grader.assignment.results import Outcome
from grader.assignment.rubric import Rubric

NEAR_THRESHOLD = 0.01   # an accuracy this close under the rubric's bar is worth a second look
KINDS = ("not graded", "not graded fairly", "flagged", "similar", "near the threshold")


class Pair(Protocol):
    """Two submissions the similarity detector found alike, and its page about them."""
    first: str
    second: str
    score: float
    page: str     # relative to the class report


@dataclass(frozen=True)
class ReviewItem:
    kind: str                 # one of KINDS
    names: tuple[str, ...]    # the submissions concerned
    reason: str
    page: str | None = None   # a page of its own (a similar pair's); students' pages are linked by name


def review_queue(graded: dict[str, Outcome], rubric: Rubric,
                 similar: Iterable[Pair] = ()) -> list[ReviewItem]:
    """Every item a TA should review, in the order of KINDS, by name within a kind."""
    items = []
    for name, outcome in sorted(graded.items()):
        if not outcome.graded:
            items.append(ReviewItem("not graded", (name,), outcome.error))
        elif outcome.load_affected:
            items.append(ReviewItem("not graded fairly", (name,),
                                    "the machine was too busy, even after the retries: "
                                    "grade it again"))
        else:
            items += [ReviewItem("flagged", (name,), flag) for flag in outcome.flags]
            near = _near_threshold(outcome, rubric.threshold)
            if near is not None:
                items.append(ReviewItem(
                    "near the threshold", (name,),
                    f"test accuracy {near:.2%}, the bar is more than {rubric.threshold:.0%}"))
    items += [ReviewItem("similar", (pair.first, pair.second), f"similarity {pair.score:.2f}",
                         pair.page)
              for pair in sorted(similar, key=lambda pair: -pair.score)]
    return sorted(items, key=lambda item: KINDS.index(item.kind))   # stable: keeps name order


def _near_threshold(result, threshold: float) -> float | None:
    """The accuracy of a timed run that missed the bar by at most NEAR_THRESHOLD, else None
    (an error or a timeout says nothing of how close the model came)."""
    check = next((check for check in result.checks if check.id == checks.accuracy.ID), None)
    accuracy = check.details.get("accuracy") if check else None
    if check is None or check.status != "failed" or not isinstance(accuracy, (int, float)):
        return None
    return accuracy if threshold - NEAR_THRESHOLD <= accuracy <= threshold else None
