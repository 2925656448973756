#pragma once
// A pytorch_model.bin (torch.save zip archive, PyTorch >= 1.6) read without executing anything:
// the zip is parsed by ZipArchive over a memory mapping, data.pkl by RestrictedUnpickler, and each
// tensor is cut out of its storage record (<prefix>/data/<key>) with its offset and strides, like
// torch/serialization.py _load + torch._utils._rebuild_tensor_v2 do. Internal header (ATen types).
//
// Validation at open time: the record prefix comes from the first entry (as in
// caffe2::serialize::PyTorchStreamReader), data.pkl must exist and pass the restricted unpickler,
// every referenced storage record must exist and hold at least numel x itemsize bytes, and
// byteorder (when present) must be "little". CRC-32 of data.pkl is checked at open; that of a
// storage record when a tensor is first read from it (as miniz does on extraction).
// The legacy (pre-1.6, non-zip) format is recognised and refused with a clear message.
// Reading is safe from several threads.

#include "RestrictedUnpickler.h"
#include "ZipArchive.h"
#include "weights/MappedFile.h"
#include "weights/TensorSource.h"

#include <ATen/ATen.h>

#include <atomic>
#include <map>
#include <memory>

namespace el {

class TorchBinFile : public TensorSource
{
public:
    // Largest data.pkl accepted (HF state dicts have a few hundred KB of pickle).
    static constexpr uint64_t kMaxPickleBytes = 64ull << 20;

    // Throws el::Error: FileNotFound / FileUnreadable, CorruptFile (zip, pickle or geometry),
    // UnsupportedModel (legacy format, foreign global, big-endian data, not a flat tensor dict),
    // UnsupportedDtype (a storage type outside Float/Half/BFloat16/Double/Long/Int/Short/Char/Byte/Bool).
    explicit TorchBinFile(const std::filesystem::path& path);

    const std::filesystem::path& path() const override { return m_file.path(); }
    // In the order of the pickled dict.
    const std::vector<TensorInfo>& tensors() const override { return m_tensors; }
    const TensorInfo* find(std::string_view name) const override;
    void readFloat32(std::string_view name, float* dst) const override;

    // The tensor as a contiguous tensor that owns its memory: floating dtypes converted to float32,
    // integer and bool tensors keep their dtype. Throws el::Error(MissingWeights) for an unknown name,
    // el::Error(CorruptFile) when the storage record fails its CRC check.
    at::Tensor readTensor(std::string_view name) const;
    // The record prefix ("archive", "pytorch_model", ...).
    const std::string& prefix() const { return m_prefix; }

private:
    const PickledTensor& pickled(std::string_view name) const;
    // A strided view onto the mapped (or, if misaligned, copied) storage record, in the file's dtype.
    at::Tensor view(const PickledTensor& t) const;
    void checkRecord(size_t storage) const;
    [[noreturn]] void corrupt(const std::string& what) const;

    MappedFile m_file;
    std::string m_label;
    std::unique_ptr<ZipArchive> m_zip;
    std::string m_prefix;
    PickledStateDict m_dict;
    std::vector<const ZipArchive::Entry*> m_records; // parallel to m_dict.storages
    std::unique_ptr<std::atomic<bool>[]> m_crcChecked; // parallel to m_dict.storages
    std::vector<TensorInfo> m_tensors;               // parallel to m_dict.tensors
    std::map<std::string, size_t, std::less<>> m_index;
};

} // namespace el
