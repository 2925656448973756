#pragma once
// A restricted unpickler for the data.pkl of a torch.save zip archive holding a state dict
// (spec §1.3). It is a small stack machine over the opcodes torch.save emits (pickle protocols 2-5,
// CPython Lib/pickle.py _Unpickler), but it never calls anything: the only globals it knows are the
// allow-list of PyTorch's weights_only unpickler (torch/_weights_only_unpickler.py) that a state dict
// needs — collections.OrderedDict, torch._utils._rebuild_tensor_v2 / _rebuild_parameter, the
// torch.*Storage types and torch.device — and it interprets them symbolically. Tensors come out as
// descriptions (storage key, dtype, offset, sizes, strides); the bytes stay in the zip archive.
// Torch-free so it can be tested with hand-written pickles.
//
// Hostile input: every read is bounds-checked, the machine is iterative (no recursion), objects
// live in a flat arena (so self-referencing containers neither leak nor recurse on destruction)
// and the number of objects is capped. Errors are el::Error: UnsupportedModel for a global outside
// the allow-list (never resolved, never executed) or a pickle that is not a flat name->tensor dict,
// UnsupportedDtype for a storage type without a supported dtype, CorruptFile for everything else
// (unknown opcode with its byte and offset, stack underflow, truncation, bad tensor geometry).

#include <cstdint>
#include <string>
#include <vector>

namespace el {

// The element types of the torch.*Storage classes a state dict may use.
enum class StorageDtype { Float, Half, BFloat16, Double, Long, Int, Short, Char, Byte, Bool };

int storageItemSize(StorageDtype dtype);
// safetensors-style name ("F32", "F16", "BF16", "F64", "I64", "I32", "I16", "I8", "U8", "BOOL").
const char* storageDtypeName(StorageDtype dtype);
bool isFloatingStorage(StorageDtype dtype);

struct PickledStorage
{
    std::string key;      // record name under <prefix>/data/
    StorageDtype dtype;
    int64_t numel = 0;    // elements of dtype, as declared in the persistent id
    std::string location; // e.g. "cpu", "cuda:0" (informational)
};

struct PickledTensor
{
    std::string name;
    size_t storage = 0; // index into PickledStateDict::storages
    int64_t offset = 0; // in elements
    std::vector<int64_t> sizes;
    std::vector<int64_t> strides; // in elements
    int64_t numel() const;
};

struct PickledStateDict
{
    std::vector<PickledStorage> storages; // distinct keys, in order of first use
    std::vector<PickledTensor> tensors;   // in dict order
};

class RestrictedUnpickler
{
public:
    static constexpr size_t kMaxObjects = size_t(1) << 20; // ~25 per tensor: 40k tensors
    static constexpr size_t kMaxRank = 32;
    static constexpr int64_t kMaxNumel = int64_t(1) << 40;

    // Parses data[0, size) into the tensors of a flat state dict (dict or OrderedDict of str ->
    // tensor). label names the checkpoint in messages ("pytorch_model.bin"); file goes into
    // el::Error::file(). Geometry is validated against the declared storage sizes here; the caller
    // checks the declared sizes against the archive records.
    static PickledStateDict parseStateDict(const uint8_t* data, size_t size, const std::string& label,
                                           const std::string& file);
};

} // namespace el
