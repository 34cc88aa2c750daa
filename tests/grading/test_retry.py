"""The one retry policy: a starved grading is graded again after a growing pause, and the
last attempt is kept whatever it says."""

from __future__ import annotations

from types import SimpleNamespace

from grader.grading import retry


def _attempts(*starved: bool):
    results = iter([SimpleNamespace(load_affected=flag, attempt=n) for n, flag in enumerate(starved)])
    return lambda: next(results)


def test_a_fair_first_attempt_is_kept_without_a_pause():
    pauses = []
    result, attempts = retry.grade_until_fair(_attempts(False), sleep=pauses.append)
    assert result.attempt == 0 and attempts == 1 and pauses == []


def test_a_starved_attempt_is_retried_after_a_growing_pause():
    pauses = []
    result, attempts = retry.grade_until_fair(_attempts(True, True, False), sleep=pauses.append)
    assert result.attempt == 2 and attempts == 3
    assert pauses == [retry.RETRY_PAUSE_S, 2 * retry.RETRY_PAUSE_S]


def test_the_last_attempt_is_kept_when_every_one_was_starved():
    pauses = []
    result, attempts = retry.grade_until_fair(_attempts(*[True] * (retry.RETRIES + 1)),
                                              sleep=pauses.append)
    assert result.attempt == retry.RETRIES and result.load_affected
    assert attempts == retry.RETRIES + 1
    assert len(pauses) == retry.RETRIES
