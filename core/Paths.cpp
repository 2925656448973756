#include "Paths.h"

#include <cstdlib>

namespace el {

namespace {
std::filesystem::path envPath(const char* name)
{
    const char* v = std::getenv(name);
    return (v && *v) ? std::filesystem::path(v) : std::filesystem::path();
}
} // namespace

std::filesystem::path dataDir()
{
    std::filesystem::path base = envPath("XDG_DATA_HOME");
    if (base.empty() || !base.is_absolute()) {
        std::filesystem::path home = envPath("HOME");
        base = (home.empty() ? std::filesystem::temp_directory_path() : home) / ".local" / "share";
    }
    return base / "EncoderLens";
}

std::filesystem::path modelsDir() { return dataDir() / "models"; }

std::filesystem::path defaultModelDir()
{
    std::filesystem::path overridden = envPath("ENCODERLENS_DEFAULT_MODEL");
    return overridden.empty() ? modelsDir() / "all-MiniLM-L6-v2" : overridden;
}

} // namespace el
