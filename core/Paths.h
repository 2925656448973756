#pragma once
// Where EncoderLens keeps user data. Follows the XDG base directory spec (no Qt in core).

#include <filesystem>

namespace el {

// ${XDG_DATA_HOME:-$HOME/.local/share}/EncoderLens
std::filesystem::path dataDir();
// dataDir()/models — where scripts/setup unpacks models.
std::filesystem::path modelsDir();
// The default model folder: $ENCODERLENS_DEFAULT_MODEL when set, else modelsDir()/all-MiniLM-L6-v2.
// The folder may not exist; callers check and explain.
std::filesystem::path defaultModelDir();

} // namespace el
