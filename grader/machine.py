"""What machine and device a measurement was taken on: a label for reports and a key for the
calibration cache (a time measured on one machine says nothing about another)."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import platform
import shutil
from pathlib import Path

from grader.errors import GraderError


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def describe(device: str, threads: int) -> dict:
    """Facts that change training speed: processor, cores, threads, torch, and the GPU.
    Torch is imported only for a GPU's name: on the CPU the grading process stays without it."""
    facts = {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "threads": threads,
        "python": platform.python_version(),
        "torch": importlib.metadata.version("torch"),
        "device": device,
    }
    if device == "cuda":
        import torch

        facts["gpu"] = torch.cuda.get_device_name(0)
    return facts


def _may_have_cuda() -> bool:
    """A cheap look for an NVIDIA driver, so that CPU-only machines never import torch here."""
    return Path("/proc/driver/nvidia").exists() or shutil.which("nvidia-smi") is not None


def pick_device(requested: str) -> str:
    """'auto' is CUDA when present, else the CPU; an explicit 'cuda' must exist."""
    if requested == "cpu" or (requested == "auto" and not _may_have_cuda()):
        return "cpu"
    import torch

    if torch.cuda.is_available():
        return "cuda"
    if requested == "cuda":
        raise GraderError("--device cuda was asked for, but torch sees no CUDA device")
    return "cpu"


def fingerprint(facts: dict) -> str:
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).hexdigest()[:16]
