"""The grading side: the process that holds the test labels and computes every score. It
starts workers, never imports torch on the CPU or the worker's code, and turns what workers
report into typed facts (stage_runner.py) for the checks."""
