#include "TorchBinFile.h"

#include "Error.h"

#include <cstring>

namespace el {

namespace {

// Start of every legacy torch.save file: PROTO 2, LONG1 of 10 bytes holding the magic number
// 0x1950a86a20f9469cfc6c (torch/serialization.py, MAGIC_NUMBER), little-endian.
constexpr uint8_t kLegacyStart[] = {0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46,
                                    0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19};

at::ScalarType scalarType(StorageDtype dtype)
{
    switch (dtype) {
    case StorageDtype::Float: return at::kFloat;
    case StorageDtype::Half: return at::kHalf;
    case StorageDtype::BFloat16: return at::kBFloat16;
    case StorageDtype::Double: return at::kDouble;
    case StorageDtype::Long: return at::kLong;
    case StorageDtype::Int: return at::kInt;
    case StorageDtype::Short: return at::kShort;
    case StorageDtype::Char: return at::kChar;
    case StorageDtype::Byte:
    case StorageDtype::Bool: return at::kByte; // bytes other than 0/1 are normalised by readTensor
    }
    return at::kByte;
}

} // namespace

TorchBinFile::TorchBinFile(const std::filesystem::path& path) : m_file(path), m_label(path.filename().string())
{
    const uint8_t* data = m_file.data();
    const uint64_t size = m_file.size();
    const std::string file = path.string();
    if (!ZipArchive::hasZipSignature(data, size)) {
        if (size >= sizeof kLegacyStart && std::memcmp(data, kLegacyStart, sizeof kLegacyStart) == 0)
            throw Error(ErrorCode::UnsupportedModel,
                        file + " uses the legacy torch.save format (PyTorch < 1.6), which is not supported; "
                               "re-save the model as safetensors (model.safetensors)",
                        file);
        if (size >= 2 && data[0] == 0x80)
            throw Error(ErrorCode::UnsupportedModel,
                        file + " is a bare pickle, not a torch.save zip archive; re-save the model as safetensors",
                        file);
        corrupt(size == 0 ? "the file is empty" : "it is not a torch.save zip archive (no zip signature)");
    }
    m_zip = std::make_unique<ZipArchive>(data, size, file);
    if (m_zip->entries().empty()) corrupt("the zip archive has no entries");

    // Every record lives under one folder named after the first entry (PyTorchStreamReader::init).
    const std::string& first = m_zip->entries().front().name;
    const size_t slash = first.find('/');
    if (slash == std::string::npos || slash == 0) corrupt("its first entry '" + first + "' is not inside a folder");
    m_prefix = first.substr(0, slash);

    const ZipArchive::Entry* pkl = m_zip->find(m_prefix + "/data.pkl");
    if (!pkl) corrupt("the archive has no " + m_prefix + "/data.pkl (is it a torch.save file?)");
    if (pkl->size > kMaxPickleBytes)
        corrupt(m_prefix + "/data.pkl is " + std::to_string(pkl->size) + " bytes, more than the " +
                std::to_string(kMaxPickleBytes) + " a state dict needs");
    if (!m_zip->crcMatches(*pkl)) corrupt(m_prefix + "/data.pkl fails its CRC-32 check (damaged file?)");
    if (const ZipArchive::Entry* order = m_zip->find(m_prefix + "/byteorder")) {
        const std::string value(reinterpret_cast<const char*>(m_zip->dataOf(*order)), size_t(order->size));
        if (value != "little")
            throw Error(ErrorCode::UnsupportedModel,
                        file + " stores its tensors with byte order '" + value.substr(0, 16) +
                            "'; only little-endian files are supported",
                        file);
    }

    m_dict = RestrictedUnpickler::parseStateDict(m_zip->dataOf(*pkl), size_t(pkl->size), m_label, file);

    m_crcChecked = std::make_unique<std::atomic<bool>[]>(m_dict.storages.size());
    for (const PickledStorage& s : m_dict.storages) {
        const std::string recordName = m_prefix + "/data/" + s.key;
        const ZipArchive::Entry* rec = m_zip->find(recordName);
        if (!rec) corrupt("data.pkl refers to storage '" + s.key + "', but the archive has no record " + recordName);
        // numel <= 2^40 (checked by the unpickler), so this cannot overflow.
        const uint64_t need = uint64_t(s.numel) * uint64_t(storageItemSize(s.dtype));
        if (rec->size < need)
            corrupt("storage record " + recordName + " holds " + std::to_string(rec->size) + " bytes, but its " +
                    std::to_string(s.numel) + " " + storageDtypeName(s.dtype) + " elements need " +
                    std::to_string(need));
        m_records.push_back(rec);
    }
    for (const PickledTensor& t : m_dict.tensors) {
        m_index.emplace(t.name, m_tensors.size());
        m_tensors.push_back({t.name, storageDtypeName(m_dict.storages[t.storage].dtype), t.sizes});
    }
}

void TorchBinFile::corrupt(const std::string& what) const
{
    const std::string file = m_file.path().string();
    throw Error(ErrorCode::CorruptFile, "corrupt PyTorch checkpoint " + file + ": " + what, file);
}

const TensorInfo* TorchBinFile::find(std::string_view name) const
{
    auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : &m_tensors[it->second];
}

const PickledTensor& TorchBinFile::pickled(std::string_view name) const
{
    auto it = m_index.find(name);
    if (it == m_index.end())
        throw Error(ErrorCode::MissingWeights,
                    "tensor '" + std::string(name) + "' not found in " + m_file.path().string(),
                    m_file.path().string());
    return m_dict.tensors[it->second];
}

void TorchBinFile::checkRecord(size_t storage) const
{
    if (m_crcChecked[storage].load(std::memory_order_acquire)) return;
    const ZipArchive::Entry& rec = *m_records[storage];
    if (!m_zip->crcMatches(rec)) corrupt("storage record " + rec.name + " fails its CRC-32 check (damaged file?)");
    m_crcChecked[storage].store(true, std::memory_order_release);
}

at::Tensor TorchBinFile::view(const PickledTensor& t) const
{
    checkRecord(t.storage);
    const PickledStorage& s = m_dict.storages[t.storage];
    const uint8_t* p = m_zip->dataOf(*m_records[t.storage]);
    const int item = storageItemSize(s.dtype);
    const auto options = at::TensorOptions().dtype(scalarType(s.dtype));
    at::Tensor storage;
    if (s.numel == 0) {
        storage = at::empty({0}, options);
    } else if (reinterpret_cast<uintptr_t>(p) % uintptr_t(item) == 0) {
        // Read-only mapping: the view is only ever a copy source.
        storage = at::from_blob(const_cast<uint8_t*>(p), {s.numel}, options);
    } else {
        // torch.save pads records to 64 bytes; a file that does not cannot be viewed in place.
        storage = at::empty({s.numel}, options);
        std::memcpy(storage.data_ptr(), p, size_t(s.numel) * size_t(item));
    }
    // Views sharing a storage (tied weights, slices) are cut out as torch._utils._rebuild_tensor does.
    return storage.as_strided(t.sizes, t.strides, t.offset);
}

at::Tensor TorchBinFile::readTensor(std::string_view name) const
{
    const PickledTensor& t = pickled(name);
    const StorageDtype dtype = m_dict.storages[t.storage].dtype;
    try {
        const at::Tensor v = view(t);
        if (dtype == StorageDtype::Bool) return v.ne(0).contiguous();
        at::Tensor out = at::empty(t.sizes, at::TensorOptions().dtype(isFloatingStorage(dtype) ? at::kFloat
                                                                                               : scalarType(dtype)));
        out.copy_(v);
        return out;
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::Internal,
                    "LibTorch failed to read tensor '" + t.name + "' of " + m_file.path().string() + ": " +
                        e.what_without_backtrace(),
                    m_file.path().string());
    }
}

void TorchBinFile::readFloat32(std::string_view name, float* dst) const
{
    const PickledTensor& t = pickled(name);
    const StorageDtype dtype = m_dict.storages[t.storage].dtype;
    if (!isFloatingStorage(dtype))
        throw Error(ErrorCode::UnsupportedDtype,
                    "tensor '" + t.name + "' in " + m_file.path().string() + " has dtype " + storageDtypeName(dtype) +
                        ", which cannot be converted to float32",
                    m_file.path().string());
    try {
        at::from_blob(dst, t.sizes, at::TensorOptions().dtype(at::kFloat)).copy_(view(t));
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::Internal,
                    "LibTorch failed to read tensor '" + t.name + "' of " + m_file.path().string() + ": " +
                        e.what_without_backtrace(),
                    m_file.path().string());
    }
}

} // namespace el
