"""Writing files whole: readers never see half a file, and a writer killed midway leaves the
previous version in place. Every file the kit writes for others to read goes through here."""

from __future__ import annotations

import os
from pathlib import Path


def write_whole(path: Path, data: str | bytes) -> Path:
    """Write `data` beside `path` under a hidden name, then rename it over `path`."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data.encode() if isinstance(data, str) else data)
    os.replace(partial, path)
    return path
