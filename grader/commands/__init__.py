"""One module per verb of the `lenet5` command (check, grade, train, build) and the bridge to
otter (the autograder zip and its plugin). Each exposes a function; cli.py only parses."""
