"""The bench stays runnable: a command that prints more than a pipe holds is measured whole,
and a minimal bench of the quick check runs to its end (a hang fails on the timeout)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest
from helpers import KIT


def _bench():
    spec = importlib.util.spec_from_file_location("bench", KIT / "bench" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.timeout(60)
def test_a_command_that_prints_more_than_a_pipe_holds_is_measured_whole():
    printed = 4 << 20   # a pipe holds 64 KiB; a quick check's JSON once took 645 KB
    sample = _bench().measure_command(
        [sys.executable, "-c", f"import sys; sys.stdout.write('x' * {printed})"])
    assert sample["returncode"] == 0
    assert len(sample["stdout"]) == printed
    assert sample["wall_s"] > 0


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_the_bench_of_the_quick_check_runs_and_breaks_it_down():
    done = subprocess.run([sys.executable, str(KIT / "bench" / "bench.py"), "--only",
                           "check_quick", "--runs", "1"], capture_output=True, text=True,
                          cwd=KIT, timeout=280, check=True)
    figures = json.loads(done.stdout.splitlines()[-1])["check_quick"]
    assert figures["wall_s"] > figures["import_torch_s"] > 0
    parts = figures["breakdown"]
    assert {"CLI: import the kit", "integrity watch: set up (in a thread)",
            "worker session: start, import torch", "inspect stage"} <= parts.keys()
    assert parts["worker: inspect"]["cpu_s"] > 0
    assert 1 < figures["result_kib"] < 100   # compact, without the probe's arrays
