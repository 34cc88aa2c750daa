"""The README's Kubernetes Indexed Job, run with a stand-in `lenet5` that records its arguments
and parses them with the kit's own parser: the job as printed must give each pod its own shard
and output folder. (No Kubernetes runs here; the Slurm route runs on a real cluster in
test_slurm.py.)"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys

import yaml
from helpers import KIT

README = (KIT / "README.md").read_text()
STAND_IN = f"""#!{sys.executable}
import sys
sys.path.insert(0, {str(KIT)!r})
from grader.cli import _parser
_parser().parse_args(sys.argv[1:])
with open("recorded", "a") as log:
    log.write(" ".join(sys.argv[1:]) + "\\n")
"""


def _block(language: str) -> str:
    found = re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)
    assert len(found) == 1, f"expected one {language} block in the README"
    return found[0]


def _stand_in(folder):
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "lenet5"
    script.write_text(STAND_IN)
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


def test_the_kubernetes_indexed_job_gives_each_pod_its_shard(tmp_path):
    job = yaml.safe_load(_block("yaml"))
    spec = job["spec"]
    assert job["kind"] == "Job" and spec["completionMode"] == "Indexed"
    container = spec["template"]["spec"]["containers"][0]
    _stand_in(tmp_path / "lenet5-kit" / ".venv" / "bin")
    for index in (0, spec["completions"] - 1):
        subprocess.run([*container["command"], *container["args"]], cwd=tmp_path, check=True,
                       env={**os.environ, "JOB_COMPLETION_INDEX": str(index)})
    last = spec["completions"]
    assert (tmp_path / "recorded").read_text().splitlines() == [
        f"grade submissions/ -o grades/shard-{shard} -q --shard {shard}/{last} -j 2"
        for shard in (1, last)]
