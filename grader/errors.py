"""The two kinds of failure the kit tells apart.

A student failure is graded: it becomes a zero on the checks it touches, with a message.
A grader failure means nothing could be graded fairly: the command exits 2 and says why.
"""


class GraderError(Exception):
    """The grader itself cannot do its job (missing data, bad usage, broken install)."""


class GraderCompromised(GraderError):
    """The grader's own files changed during a grading: no later result could be trusted."""


class DataError(GraderError):
    """MNIST is missing, partial or corrupt; the message names the file."""


class SubmissionRejected(Exception):
    """The submission cannot be run at all (too large, not Python, not a file)."""
