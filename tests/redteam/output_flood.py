# expect: architecture=error parameters=error layers=error n_classes=error optimizer=error training_loop=error accuracy=error quick-accuracy=error
"""Prints without end at import."""

import sys

while True:
    sys.stdout.write("spam " * 2000 + "\n")
