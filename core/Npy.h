#pragma once
// NumPy .npy (format 1.0) reading and writing for float32 and int64 arrays, little-endian, C order.

#include "FloatArray.h"

#include <filesystem>

namespace el {

// Throws el::Error(FileUnreadable) when the file cannot be written.
void writeNpy(const std::filesystem::path& path, const FloatArray& array);
// Reads '<f4' (or '<f8', converted) arrays in C order; throws el::Error(CorruptFile) otherwise.
FloatArray readNpy(const std::filesystem::path& path);

} // namespace el
