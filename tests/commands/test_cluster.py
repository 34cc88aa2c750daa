"""The README's Slurm array script and Kubernetes Indexed Job, run with a stand-in `lenet5`
that records its arguments and parses them with the kit's own parser: the scripts as printed
must give each task its own shard and output folder."""

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


def test_the_slurm_array_script_gives_each_task_its_shard(tmp_path):
    home = tmp_path / "home"
    _stand_in(home / "lenet5-kit" / ".venv" / "bin")
    (home / "lenet5-kit" / ".venv" / "bin" / "activate").write_text(
        f'PATH="{home}/lenet5-kit/.venv/bin:$PATH"\n')
    script = tmp_path / "grade.sh"
    script.write_text(_block("bash"))
    assert "#SBATCH --array=1-8" in script.read_text()
    for task in (1, 8):
        subprocess.run(["bash", str(script)], cwd=tmp_path, check=True, env={
            **os.environ, "HOME": str(home), "SLURM_ARRAY_TASK_ID": str(task),
            "SLURM_ARRAY_TASK_COUNT": "8", "SLURM_CPUS_PER_TASK": "4"})
    assert (tmp_path / "recorded").read_text().splitlines() == [
        f"grade submissions/ -o grades/shard-{task} -q --shard {task}/8 -j 4" for task in (1, 8)]


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
