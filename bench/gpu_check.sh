#!/usr/bin/env bash
# The prepared GPU check: grade the reference solution on CUDA with the full timed run, then
# run the benchmark there. Usage: bash bench/gpu_check.sh [cuda|cpu]
# Needs torch with CUDA, the kit's runtime packages, and MNIST (LENET5_DATA or the user cache).
set -euo pipefail
cd "$(dirname "$0")/.."
device="${1:-cuda}"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONUNBUFFERED=1
if command -v nvidia-smi >/dev/null; then
    nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv
fi
python3 -c "import torch; print('torch', torch.__version__, 'cuda', torch.cuda.is_available())"
python3 -m grader check solution/lenet.py --device "$device"
python3 bench/bench.py --device "$device" --runs 3 --copies 6 --jobs 2
