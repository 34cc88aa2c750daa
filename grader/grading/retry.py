"""One retry policy for every route (`lenet5 grade`, otter, Gradescope): a grading that a busy
machine starved is graded again, after a pause that gives the load time to pass, and the last
attempt is kept whatever it says (its result is marked, so the TA sees it)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

RETRIES = 2             # more attempts for a grading that a busy machine starved
RETRY_PAUSE_S = 10.0    # times the attempt number: time for the load to pass

Graded = TypeVar("Graded")


def grade_until_fair(grade_once: Callable[[], Graded], *,
                     sleep: Callable[[float], None] = time.sleep) -> tuple[Graded, int]:
    """The first attempt a busy machine did not starve (`load_affected` false), else the last;
    and how many attempts it took (a TA reviews a grading that needed more than one)."""
    for attempt in range(RETRIES + 1):
        result = grade_once()
        if not getattr(result, "load_affected", False) or attempt == RETRIES:
            return result, attempt + 1
        sleep(RETRY_PAUSE_S * (attempt + 1))
    raise AssertionError("unreachable: the last attempt returns")
