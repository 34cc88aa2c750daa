"""Keep `torch._dynamo`, torch's compiler front end, unimported until something compiles.

A torch optimizer's `step()` and the grader's own operator trace (a dispatch mode) import
`torch._dynamo` (about 900 modules, 1 CPU second here, once per grading) only to mark their code
"not to be compiled": `step()` calls `torch._dynamo.graph_break()`, and functions wrapped by
`torch._disable_dynamo` (`add_param_group`, `zero_grad`, the update functions, a dispatch mode's
`__torch_dispatch__`) call `torch._dynamo.disable(fn)` on their first call. Outside compilation
neither does anything: `graph_break()` returns, and a disabled function is the function.

`defer_import()` puts a stand-in in the module's place. Its `graph_break()` does nothing and
its `disable(fn)` hands back a function that calls `fn` until the real module is loaded, then
torch's own `disable(fn)`. Anything else asked of it imports the real module, which from then on
answers everything: a submission that calls `torch.compile` gets torch's own behaviour, one
that does not never pays for it. The arithmetic of every step stays torch's own (and the
grader's replay of the training checks it anyway).
"""

from __future__ import annotations

import functools
import importlib
import sys
import types
from collections.abc import Callable

import torch

NAME = "torch._dynamo"


class DeferredDynamo(types.ModuleType):
    """Stands in for `torch._dynamo` until something other than `graph_break` or `disable` is
    asked of it."""

    def graph_break(self, msg: str = "") -> None:
        """Outside compilation, torch's own `graph_break` does nothing either."""
        if loaded():
            sys.modules[NAME].graph_break(msg)

    def disable(self, fn: Callable | None = None, recursive: bool = True, **options):
        """`torch._dynamo.disable`, decided on each call: `fn` itself while the real module is
        not loaded, torch's wrapping of it (made once) after."""
        if loaded():
            return sys.modules[NAME].disable(fn, recursive, **options)
        if fn is None:   # used as `@disable(recursive=False)`
            return lambda function: self.disable(function, recursive, **options)
        return _disabled_later(fn, recursive, options)

    def __getattr__(self, name: str):
        return getattr(_load(), name)


def _disabled_later(fn: Callable, recursive: bool, options: dict) -> Callable:
    """A function (so that it binds as a method) calling `fn`, or torch's disabled `fn` once
    the real module is loaded."""
    real: list[Callable] = []

    @functools.wraps(fn)
    def call(*args, **kwargs):
        if not loaded():
            return fn(*args, **kwargs)
        if not real:
            real.append(sys.modules[NAME].disable(fn, recursive, **options))
        return real[0](*args, **kwargs)
    return call


def loaded() -> bool:
    """Whether the real `torch._dynamo` has been imported."""
    module = sys.modules.get(NAME)
    return module is not None and not isinstance(module, DeferredDynamo)


def _load() -> types.ModuleType:
    """The real module, imported in place of the stand-in on the first need."""
    if not loaded():
        sys.modules.pop(NAME, None)
        if isinstance(torch.__dict__.get("_dynamo"), DeferredDynamo):
            del torch._dynamo
        importlib.import_module(NAME)
    return sys.modules[NAME]


def defer_import() -> bool:
    """Install the stand-in, unless `torch._dynamo` is already loaded (or standing in);
    returns whether it did."""
    if NAME in sys.modules:
        return False
    stand_in = DeferredDynamo(NAME)
    sys.modules[NAME] = stand_in
    torch._dynamo = stand_in  # type: ignore[attr-defined]
    return True
