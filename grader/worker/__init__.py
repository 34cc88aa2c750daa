"""The worker side: the only code that imports torch or runs student code.

It runs in worker processes that the grading side starts (`python -m grader.worker`), never in
the process that holds the test labels. Nothing here decides a score: it reports facts as
records (protocol.py, the one module both sides import), and the grading side verifies them.
"""
