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


def test_the_breakdown_reads_a_full_checks_usage(tmp_path):
    """A full check's usage holds the grader's replay beside the workers' stages (the bench
    once stopped on it): the workers are the stages, the replay is left to the parts."""
    spec = importlib.util.spec_from_file_location("breakdown", KIT / "bench" / "breakdown.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    stage = {"startup_s": 0.01, "work_s": 8.0, "wall_s": 8.2, "peak_rss_mib": 530, "wait_s": 0}
    found = module.workers({"inspect": {**stage, "work_s": 0.3}, "train": stage,
                            "replay": {"cpu_s": 0.4, "segments": 5}})
    assert found == {"inspect": {"wall_s": 8.2, "cpu_s": 0.31, "startup_cpu_s": 0.01},
                     "train": {"wall_s": 8.2, "cpu_s": 8.01, "startup_cpu_s": 0.01}}


def test_every_part_of_the_breakdown_is_still_in_the_kit():
    """The breakdown wraps the kit's functions by name: a renamed one stops it (in a process
    of its own, as the wrapping patches the kit)."""
    code = ("import sys; sys.path.insert(0, 'bench'); import breakdown; "
            "breakdown._instrument(breakdown.Parts())")
    done = subprocess.run([sys.executable, "-c", code], cwd=KIT, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr


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
