"""One module per verb of the `lenet5` command (train, check, calibrate, grade, merge, build)
and the bridge to otter (the autograder zip and its plugin). Each exposes a function; cli.py
only parses. What several verbs share (the batch folder, the submissions) is library code."""
