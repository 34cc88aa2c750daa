#!/usr/bin/env bash
# The prepared GPU check, one short call on a machine with a GPU: grade the reference solution
# on CUDA with the full timed run, then measure the full and quick check on CUDA and on the same
# machine's CPU, and the epoch and time to 95% on CUDA. Usage: bash bench/gpu_check.sh
# Needs torch with CUDA, the kit's runtime packages, and MNIST (LENET5_DATA or the user cache).
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
if command -v nvidia-smi >/dev/null; then
    nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv
fi
python3 -c "import torch; print('torch', torch.__version__, 'cuda', torch.cuda.is_available())"
python3 -m grader check solution/lenet.py --device cuda
python3 bench/bench.py --device cuda --runs 3 --only epoch check_full check_quick
python3 bench/bench.py --device cpu --runs 3 --only check_full check_quick
