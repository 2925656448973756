#pragma once
// A checkpoint file that holds named tensors (safetensors today; a restricted pickle reader for
// pytorch_model.bin can implement the same interface later). Torch-free on purpose: sources only
// describe tensors and convert their bytes to float32 into caller-provided memory.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace el {

struct TensorInfo
{
    std::string name;
    std::string dtype;           // the file's dtype string, e.g. "F32", "F16", "BF16", "I64"
    std::vector<int64_t> shape;  // [] = scalar
    int64_t numel() const
    {
        int64_t n = 1;
        for (int64_t d : shape) n *= d;
        return n;
    }
};

class TensorSource
{
public:
    virtual ~TensorSource() = default;

    virtual const std::filesystem::path& path() const = 0;
    // Every tensor of the file (order unspecified but stable).
    virtual const std::vector<TensorInfo>& tensors() const = 0;
    // nullptr when the file has no tensor of that name.
    virtual const TensorInfo* find(std::string_view name) const = 0;
    // Converts the tensor to float32 into dst (numel() floats). Throws el::Error(MissingWeights) for
    // an unknown name and el::Error(UnsupportedDtype) for a dtype with no float32 conversion.
    virtual void readFloat32(std::string_view name, float* dst) const = 0;
};

} // namespace el
