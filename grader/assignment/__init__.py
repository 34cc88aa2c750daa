"""The assignment as pure data and functions: the expected LeNet-5 (spec.py), the rubric, the
facts a grading learns, the checks that decide from them, the words of every finding and the
result. Nothing here runs a process or touches student code."""
