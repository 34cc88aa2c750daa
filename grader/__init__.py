"""The LeNet-5 assignment kit's grader.

The process boundary is the package layout:

- worker/      runs beside student code: the only code that imports torch or the submission;
- isolation/   how workers are confined and limited;
- grading/     the process that holds the test labels: stages, workspace, calibration;
- assignment/  pure data and functions: spec, rubric, facts, checks, feedback, results;
- reports/     renderers: terminal, Markdown, HTML, plots, grade sheet;
- commands/    one module per verb of `lenet5`, and the otter bridge.

Only worker/protocol.py crosses the boundary; tests/grading/test_import_rule.py enforces it.
"""

__version__ = "0.1.0"

import os

# One BLAS thread in every process of the kit, set before numpy loads. The grading process
# multiplies small matrices (grading/verification.py) in one thread while another forks a
# worker, and OpenBLAS shuts its thread pool down at every fork, leaving a multiplication in
# flight spinning forever (measured: `lenet5 grade -j 2` hung). With one thread there is no
# pool. Workers set their own thread count for torch.
os.environ["OPENBLAS_NUM_THREADS"] = "1"
