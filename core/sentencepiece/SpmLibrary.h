#pragma once
// Finds and loads the sentencepiece bridge (core/spmbridge, libelspmbridge.so) into its own dynamic
// linker namespace with dlmopen(LM_ID_NEWLM), so that sentencepiece's private protobuf never meets
// the one LibTorch loads (docs/environment.md: linking both crashes before main). Internal header.

#include "spmbridge/SpmBridge.h"

#include <filesystem>
#include <string>
#include <vector>

namespace el::spm {

// The resolved C entry points of the bridge. Loaded once per process: glibc offers only ~16 link-map
// namespaces, so the library is never unloaded and never loaded twice.
struct BridgeApi
{
    int (*abiVersion)(void) = nullptr;
    ElSpmModel* (*openFile)(const char*, char*, size_t) = nullptr;
    ElSpmModel* (*openBytes)(const void*, size_t, char*, size_t) = nullptr;
    void (*free)(ElSpmModel*) = nullptr;
    int (*modelInfo)(const ElSpmModel*, ElSpmModelInfo*, char*, size_t) = nullptr;
    int64_t (*encode)(const ElSpmModel*, const char*, size_t, ElSpmPiece*, size_t, char*, size_t, size_t*, char*,
                      size_t) = nullptr;
    int64_t (*idToPiece)(const ElSpmModel*, int32_t, char*, size_t) = nullptr;
    int32_t (*pieceToId)(const ElSpmModel*, const char*, size_t) = nullptr;
    int32_t (*pieceType)(const ElSpmModel*, int32_t) = nullptr;
    float (*pieceScore)(const ElSpmModel*, int32_t) = nullptr;
    int64_t (*precompiledCharsmap)(const ElSpmModel*, char*, size_t) = nullptr;
    std::string path; // the file that was loaded
};

// The bridge, loaded on first use (thread-safe). Search order: $ENCODERLENS_SPM_BRIDGE (a file path;
// when set, nothing else is tried), then <exe dir>/../lib, <exe dir>/../lib/encoderlens, <exe dir>,
// and the build tree's lib dir. Throws el::Error (FileNotFound when no candidate exists, Internal
// with dlerror() when loading fails). A failure is not cached, except that a file whose dlmopen
// failed is not tried again (a failed dlmopen can leak a namespace).
const BridgeApi& bridge();

// The candidate paths bridge() would try, in order (for error messages and tests).
std::vector<std::filesystem::path> bridgeCandidates();

} // namespace el::spm
