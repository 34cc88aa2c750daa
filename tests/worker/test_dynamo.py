"""A worker never imports torch's compiler unless the student's code compiles: the optimizers'
steps and the operator trace run with the stand-in, to the same bits as with the real module,
and `torch.compile` still works. Each case runs in a fresh interpreter (pytest's may have
imported `torch._dynamo` already)."""

from __future__ import annotations

import json
import subprocess
import sys

from grader.kit import KIT_ROOT

TRAIN = r"""
import json, sys
import torch
from grader.worker import dynamo, runtime, trace
if sys.argv[1] == "real":
    import torch._dynamo
runtime.configure_torch(1)
torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Conv2d(1, 2, 3), torch.nn.Tanh(), torch.nn.Flatten(),
                            torch.nn.Linear(2 * 26 * 26, 10))
trace.trace_model(model)
images, labels = torch.randn(8, 1, 28, 28), torch.arange(8)
bits = []
for kind in (torch.optim.Adam, torch.optim.AdamW, torch.optim.SGD):
    optimizer = kind(model.parameters(), lr=0.01, **({"momentum": 0.9} if kind is torch.optim.SGD else {}))
    for _ in range(3):
        optimizer.zero_grad()
        torch.nn.functional.cross_entropy(model(images), labels).backward()
        optimizer.step()
    bits.append([float(p.double().sum()) for p in model.parameters()])
print(json.dumps({"loaded": dynamo.loaded(), "bits": bits,
                  "stand_in": type(sys.modules["torch._dynamo"]).__name__}))
"""

COMPILE = r"""
import json, sys
import torch
from grader.worker import dynamo, runtime
runtime.configure_torch(1)
model = torch.nn.Linear(3, 2)
optimizer = torch.optim.Adam(model.parameters())
model(torch.ones(1, 3)).sum().backward()
optimizer.step()
before = dynamo.loaded()
doubled = torch.compile(lambda x: x * 2 + 1, backend="eager")(torch.ones(2))
optimizer.zero_grad()
optimizer.step()
print(json.dumps({"before": before, "after": dynamo.loaded(), "value": doubled.tolist(),
                  "module": type(torch._dynamo).__name__}))
"""


SUBMODULE = r"""
import json, sys
import torch
from grader.worker import dynamo, runtime
runtime.configure_torch(1)
import torch._dynamo.utils as utils
print(json.dumps({"loaded": dynamo.loaded(), "once": torch._dynamo.utils is utils
                  and sys.modules["torch._dynamo.utils"] is utils}))
"""


def _run(script: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", script, *args], check=False, cwd=KIT_ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_training_and_the_trace_never_import_the_compiler_and_give_the_same_bits():
    deferred, real = _run(TRAIN, "deferred"), _run(TRAIN, "real")
    assert deferred["loaded"] is False and deferred["stand_in"] == "DeferredDynamo"
    assert real["loaded"] is True
    assert deferred["bits"] == real["bits"]


def test_a_submission_that_compiles_gets_the_real_module():
    outcome = _run(COMPILE)
    assert outcome["before"] is False
    assert outcome["after"] is True and outcome["module"] == "module"
    assert outcome["value"] == [3.0, 3.0]


def test_a_submodule_imported_past_the_stand_in_loads_the_real_package_once():
    """`import torch._dynamo.x` asks the stand-in for its `__path__`, which loads the real
    package; the submodule is then the one the package holds, not a second execution."""
    assert _run(SUBMODULE) == {"loaded": True, "once": True}
