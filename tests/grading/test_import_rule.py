"""The process boundary, enforced. The grading side (everything outside `grader.worker`) holds
the test labels and computes scores: it never imports torch or the worker's code, whose
modules run beside student code. Only `grader.worker.protocol` (what crosses the boundary),
`grader.worker.cleanup` (removing what a worker wrote) and `grader.worker.source` (the one
reading of a submission's bytes), all standard library only, cross. Two
exceptions, both named here: the `train` command runs a student's own file in this process by
design (it is the student's tool, not a grading path), and on a GPU machine the device's name
and presence come from torch; `lenet5 data` may also try torchvision's download of MNIST."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from grader.kit import PACKAGE

CROSSING = ("grader.worker.protocol", "grader.worker.cleanup", "grader.worker.source")
ALLOWED = {("grader.commands.train", "torch"), ("grader.commands.train", "grader.worker.runtime"),
           ("grader.grading.calibration", "torch"),  # a GPU's name and presence
           ("grader.data", "torchvision")}           # its download of MNIST, before grading


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def grading_side() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py")
                  if "worker" not in path.relative_to(PACKAGE).parts[:1])


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def _forbidden(name: str) -> bool:
    top = name.split(".")[0]
    crossing = name == "grader.worker" or any(
        name == module or name.startswith(module + ".") for module in CROSSING)
    return top in ("torch", "torchvision") or name.startswith("grader.worker") and not crossing


def _owner(name: str) -> str:
    """The package or worker module an imported name belongs to."""
    if name.split(".")[0] in ("torch", "torchvision"):
        return name.split(".")[0]
    return ".".join(name.split(".")[:3])


def test_no_grading_side_module_imports_torch_or_the_worker():
    found = {(_module_name(path), _owner(name)) for path in grading_side()
             for name in _imports(path) if _forbidden(name)}
    assert found <= ALLOWED, found - ALLOWED


def test_importing_the_whole_grading_side_loads_neither():
    modules = [_module_name(path) for path in grading_side()
               if _module_name(path) not in ("grader.commands.train", "grader.__main__")]
    probe = ("import importlib, json, sys\n"
             f"for name in {modules!r}: importlib.import_module(name)\n"
             "print(json.dumps(sorted(n for n in sys.modules if n.split('.')[0] in "
             "('torch', 'torchvision') or n.startswith('grader.worker.') and "
             f"n not in {CROSSING!r})))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_the_rule_test_would_see_a_torch_import(tmp_path):
    """The checker itself: a grading-side file that imports torch inside a function is caught."""
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def f():\n    import torch.nn as nn\n    from grader.worker import runtime\n")
    assert {name for name in _imports(sneaky) if _forbidden(name)} == {
        "torch.nn", "grader.worker.runtime"}
