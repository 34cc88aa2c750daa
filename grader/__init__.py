"""The LeNet-5 assignment kit's grader: data, checks, isolated workers, reports and build."""

__version__ = "0.1.0"
