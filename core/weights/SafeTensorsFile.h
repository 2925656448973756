#pragma once
// Validating reader for the safetensors format (huggingface/safetensors, safetensors/src/tensor.rs:
// read_metadata + Metadata::validate), stricter where the spec allows: duplicate header keys,
// unknown fields, trailing non-space bytes and uncovered data bytes are all rejected.
// The file is memory-mapped; tensors are copied out element by element (never trusting alignment)
// and converted to float32 from F32, F16, BF16 or F64.

#include "FloatArray.h"
#include "MappedFile.h"
#include "TensorSource.h"

#include <map>
#include <memory>
#include <string>

namespace el {

class SafeTensorsFile : public TensorSource
{
public:
    // Reference limit of huggingface/safetensors for the JSON header.
    static constexpr uint64_t kMaxHeaderBytes = 100'000'000;

    // Maps and validates the whole header. Throws el::Error: FileNotFound / FileUnreadable,
    // CorruptFile (any layout or header violation, message naming the file and the tensor),
    // UnsupportedDtype (a dtype string the format does not define).
    explicit SafeTensorsFile(const std::filesystem::path& path);

    const std::filesystem::path& path() const override { return m_file.path(); }
    const std::vector<TensorInfo>& tensors() const override { return m_tensors; }
    const TensorInfo* find(std::string_view name) const override;
    void readFloat32(std::string_view name, float* dst) const override;

    // Convenience: the tensor as a FloatArray with its shape.
    FloatArray readFloatArray(std::string_view name) const;
    // The __metadata__ string map (empty when absent).
    const std::map<std::string, std::string>& metadata() const { return m_metadata; }

    // Bits per element of a dtype string, 0 when the format does not define it.
    static int dtypeBits(std::string_view dtype);
    // Whether readFloat32 can convert this dtype.
    static bool isFloatConvertible(std::string_view dtype);

private:
    struct Span
    {
        uint64_t begin = 0; // relative to the data buffer
        uint64_t end = 0;
    };
    void parseHeader();
    [[noreturn]] void corrupt(const std::string& what) const;

    MappedFile m_file;
    uint64_t m_dataStart = 0;
    std::vector<TensorInfo> m_tensors;
    std::vector<Span> m_spans;                       // parallel to m_tensors
    std::map<std::string, size_t, std::less<>> m_index; // name -> position in m_tensors
    std::map<std::string, std::string> m_metadata;
};

// float16 / bfloat16 bit patterns to float32 (exact; NaN payloads preserved as far as possible).
float halfToFloat(uint16_t h);
float bfloat16ToFloat(uint16_t b);

} // namespace el
