#include "sentencepiece/SpmLibrary.h"

#include "Error.h"

#include <dlfcn.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>

#ifndef ENCODERLENS_SPM_BRIDGE_NAME
#define ENCODERLENS_SPM_BRIDGE_NAME "libelspmbridge.so"
#endif

namespace el::spm {

namespace fs = std::filesystem;

namespace {

constexpr const char* kEnvOverride = "ENCODERLENS_SPM_BRIDGE";

fs::path executableDir()
{
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

template <class F>
void resolve(void* handle, const char* name, F*& slot, const std::string& path)
{
    dlerror();
    void* sym = dlsym(handle, name);
    if (!sym) {
        const char* why = dlerror();
        throw Error(ErrorCode::Internal,
                    std::string("the sentencepiece bridge lacks the symbol ") + name + ": " + (why ? why : "not found"),
                    path);
    }
    slot = reinterpret_cast<F*>(sym);
}

std::unique_ptr<BridgeApi> loadFrom(const fs::path& file)
{
    const std::string path = file.string();
    dlerror();
    // A fresh namespace: the bridge gets its own libstdc++, sentencepiece and protobuf, isolated
    // from LibTorch's protobuf (see SpmLibrary.h).
    void* handle = dlmopen(LM_ID_NEWLM, path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* why = dlerror();
        throw Error(ErrorCode::Internal,
                    "cannot load the sentencepiece bridge " + path + ": " + (why ? why : "dlmopen failed"), path);
    }
    auto api = std::make_unique<BridgeApi>();
    api->path = path;
    // The handle is intentionally never closed: the namespace lives as long as the process.
    resolve(handle, "el_spm_abi_version", api->abiVersion, path);
    const int abi = api->abiVersion();
    if (abi != EL_SPM_BRIDGE_ABI_VERSION)
        throw Error(ErrorCode::Internal,
                    "the sentencepiece bridge " + path + " has interface version " + std::to_string(abi) +
                        ", expected " + std::to_string(EL_SPM_BRIDGE_ABI_VERSION),
                    path);
    resolve(handle, "el_spm_open_file", api->openFile, path);
    resolve(handle, "el_spm_open_bytes", api->openBytes, path);
    resolve(handle, "el_spm_free", api->free, path);
    resolve(handle, "el_spm_model_info", api->modelInfo, path);
    resolve(handle, "el_spm_encode", api->encode, path);
    resolve(handle, "el_spm_id_to_piece", api->idToPiece, path);
    resolve(handle, "el_spm_piece_to_id", api->pieceToId, path);
    resolve(handle, "el_spm_piece_type", api->pieceType, path);
    resolve(handle, "el_spm_piece_score", api->pieceScore, path);
    resolve(handle, "el_spm_precompiled_charsmap", api->precompiledCharsmap, path);
    return api;
}

} // namespace

std::vector<fs::path> bridgeCandidates()
{
    if (const char* env = std::getenv(kEnvOverride); env && *env) return {fs::path(env)};
    std::vector<fs::path> out;
    const fs::path name = ENCODERLENS_SPM_BRIDGE_NAME;
    if (const fs::path dir = executableDir(); !dir.empty()) {
        out.push_back(dir.parent_path() / "lib" / name);
        out.push_back(dir.parent_path() / "lib" / "encoderlens" / name);
        out.push_back(dir / name);
    }
#ifdef ENCODERLENS_BUILD_LIBDIR
    out.push_back(fs::path(ENCODERLENS_BUILD_LIBDIR) / name);
#endif
    return out;
}

const BridgeApi& bridge()
{
    static std::mutex mutex;
    static std::unique_ptr<BridgeApi> loaded;
    static std::map<std::string, std::string> failedFiles; // path -> error, never dlmopen'd again
    std::lock_guard lock(mutex);
    if (loaded) return *loaded;

    const auto candidates = bridgeCandidates();
    std::string tried;
    for (const auto& c : candidates) {
        tried += (tried.empty() ? "" : ", ") + c.string();
        std::error_code ec;
        if (!fs::is_regular_file(c, ec)) continue;
        const std::string key = fs::weakly_canonical(c, ec).string();
        if (const auto it = failedFiles.find(key); it != failedFiles.end())
            throw Error(ErrorCode::Internal, it->second, c.string());
        try {
            loaded = loadFrom(c);
            return *loaded;
        } catch (const Error& e) {
            failedFiles[key] = e.what();
            throw;
        }
    }
    const bool overridden = candidates.size() == 1 && std::getenv(kEnvOverride);
    throw Error(ErrorCode::FileNotFound,
                std::string("the sentencepiece bridge ") + ENCODERLENS_SPM_BRIDGE_NAME +
                    " was not found (needed for .model tokenizers without tokenizer.json); looked in: " + tried +
                    (overridden ? std::string(" (set by ") + kEnvOverride + ")" : std::string()),
                candidates.empty() ? std::string() : candidates.front().string());
}

} // namespace el::spm
