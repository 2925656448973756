#include "WeightStore.h"

#include "Error.h"
#include "SafeTensorsFile.h"
#include "config/JsonFile.h"
#include "torchbin/TorchBinFile.h"

#include <algorithm>
#include <sstream>

namespace el {

namespace {

bool endsWith(const std::string& s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Legacy TensorFlow-era names (transformers modeling_utils.py, _fix_key).
std::string fixLegacyName(std::string key)
{
    if (endsWith(key, ".gamma")) return key.substr(0, key.size() - 6) + ".weight";
    if (endsWith(key, ".beta")) return key.substr(0, key.size() - 5) + ".bias";
    return key;
}

// Buffers some checkpoints persist although they are not parameters (values are just arange/zeros).
bool isIgnorableBuffer(const std::string& key)
{
    return endsWith(key, "position_ids") || endsWith(key, "embeddings.token_type_ids");
}

using SourceOpener = std::unique_ptr<TensorSource> (*)(const std::filesystem::path&);

template <typename File>
std::unique_ptr<TensorSource> openSource(const std::filesystem::path& path)
{
    return std::make_unique<File>(path);
}

std::unique_ptr<WeightStore> openIndex(const std::filesystem::path& indexPath, const std::string& basePrefix,
                                       SourceOpener open)
{
    const JsonFile index = JsonFile::read(indexPath);
    if (!index.json().is_object() || !index.json().contains("weight_map") ||
        !index.json()["weight_map"].is_object())
        index.fail("expected an object with a \"weight_map\" object");
    const std::filesystem::path dir = indexPath.parent_path();

    std::vector<std::unique_ptr<TensorSource>> sources;
    std::map<std::string, size_t> shardIndex;
    for (const auto& [tensor, shardValue] : index.json()["weight_map"].items()) {
        if (!shardValue.is_string()) index.fail("weight_map entry '" + tensor + "' is not a file name");
        const std::string shard = shardValue.get<std::string>();
        const std::filesystem::path rel(shard);
        if (shard.empty() || rel.is_absolute() || shard.find("..") != std::string::npos)
            index.fail("weight_map entry '" + tensor + "' names an invalid shard file '" + shard + "'");
        auto [it, inserted] = shardIndex.emplace(shard, sources.size());
        if (inserted) sources.push_back(open(dir / rel));
        if (!sources[it->second]->find(tensor))
            throw Error(ErrorCode::MissingWeights,
                        indexPath.string() + " maps tensor '" + tensor + "' to " + shard +
                            ", but that shard has no such tensor",
                        (dir / rel).string());
    }
    if (sources.empty()) index.fail("weight_map is empty");
    return std::make_unique<WeightStore>(std::move(sources), basePrefix);
}

} // namespace

WeightStore::WeightStore(std::vector<std::unique_ptr<TensorSource>> sources, const std::string& basePrefix)
    : m_sources(std::move(sources))
{
    const std::string prefix = basePrefix.empty() ? std::string() : basePrefix + ".";
    bool prefixed = false;
    if (!prefix.empty())
        for (const auto& src : m_sources)
            for (const TensorInfo& t : src->tensors())
                if (t.name.rfind(prefix, 0) == 0) prefixed = true;

    std::ostringstream files;
    for (size_t s = 0; s < m_sources.size(); ++s) {
        if (s) files << ", ";
        files << m_sources[s]->path().filename().string();
        for (const TensorInfo& t : m_sources[s]->tensors()) {
            std::string key = t.name;
            // A head checkpoint (e.g. BertForMaskedLM) keeps the encoder under "bert."; the rest
            // (cls.*, lm_head.*) stays under its own name and ends up reported as unused.
            if (prefixed && key.rfind(prefix, 0) == 0) key = key.substr(prefix.size());
            key = fixLegacyName(key);
            m_entries.emplace(key, Entry{s, t.name});
        }
    }
    m_fileDescription = files.str();
}

std::unique_ptr<WeightStore> WeightStore::openFolder(const std::filesystem::path& dir, const std::string& basePrefix)
{
    std::error_code ec;
    if (std::filesystem::exists(dir / "model.safetensors", ec)) {
        std::vector<std::unique_ptr<TensorSource>> sources;
        sources.push_back(std::make_unique<SafeTensorsFile>(dir / "model.safetensors"));
        return std::make_unique<WeightStore>(std::move(sources), basePrefix);
    }
    if (std::filesystem::exists(dir / "model.safetensors.index.json", ec))
        return openIndex(dir / "model.safetensors.index.json", basePrefix, openSource<SafeTensorsFile>);
    // torch.save zip archives, read by the restricted unpickler of core/torchbin (spec §1.3).
    if (std::filesystem::exists(dir / "pytorch_model.bin", ec)) {
        std::vector<std::unique_ptr<TensorSource>> sources;
        sources.push_back(std::make_unique<TorchBinFile>(dir / "pytorch_model.bin"));
        return std::make_unique<WeightStore>(std::move(sources), basePrefix);
    }
    if (std::filesystem::exists(dir / "pytorch_model.bin.index.json", ec))
        return openIndex(dir / "pytorch_model.bin.index.json", basePrefix, openSource<TorchBinFile>);
    throw Error(ErrorCode::MissingWeights,
                "no model.safetensors, model.safetensors.index.json or pytorch_model.bin in " + dir.string(),
                dir.string());
}

std::string WeightStore::shapeString(const std::vector<int64_t>& shape)
{
    std::string s = "[";
    for (size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

std::string WeightStore::whereDescription() const
{
    if (m_sources.size() == 1) return m_sources[0]->path().string();
    std::string dir = m_sources.empty() ? std::string() : m_sources[0]->path().parent_path().string();
    return "the shards in " + dir + " (" + m_fileDescription + ")";
}

bool WeightStore::contains(const std::string& name) const
{
    return m_entries.count(name) > 0;
}

std::optional<std::vector<int64_t>> WeightStore::shapeOf(const std::string& name) const
{
    auto it = m_entries.find(name);
    if (it == m_entries.end()) return std::nullopt;
    return m_sources.at(it->second.source)->find(it->second.original)->shape;
}

const WeightStore::Entry& WeightStore::entry(const std::string& name,
                                              const std::vector<int64_t>& expectedShape) const
{
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        throw Error(ErrorCode::MissingWeights,
                    "missing weight '" + name + "' (expected shape " + shapeString(expectedShape) + ") in " +
                        whereDescription(),
                    m_sources.empty() ? std::string() : m_sources[0]->path().string());
    return it->second;
}

at::Tensor WeightStore::require(const std::string& name, const std::vector<int64_t>& expectedShape)
{
    if (m_sources.empty())
        throw Error(ErrorCode::Internal, "weight '" + name + "' requested after the files were closed");
    const Entry& e = entry(name, expectedShape);
    const TensorSource& src = *m_sources.at(e.source);
    const TensorInfo& info = *src.find(e.original);
    if (info.shape != expectedShape)
        throw Error(ErrorCode::ShapeMismatch,
                    "weight '" + e.original + "' in " + src.path().string() + " has shape " +
                        shapeString(info.shape) + ", expected " + shapeString(expectedShape),
                    src.path().string());
    at::Tensor t = at::empty(info.shape, at::TensorOptions().dtype(at::kFloat));
    src.readFloat32(e.original, t.data_ptr<float>());
    if (m_used.insert(name).second) {
        m_usedParameters += info.numel();
        m_dtypes.insert(info.dtype);
    }
    return t;
}

std::optional<at::Tensor> WeightStore::optional(const std::string& name, const std::vector<int64_t>& expectedShape)
{
    if (!contains(name)) return std::nullopt;
    return require(name, expectedShape);
}

WeightScope WeightStore::scope(const std::string& prefix)
{
    return WeightScope(*this, prefix.empty() || prefix.back() == '.' ? prefix : prefix + ".");
}

std::vector<std::string> WeightStore::unusedNames() const
{
    std::vector<std::string> out;
    for (const auto& [key, e] : m_entries)
        if (!m_used.count(key) && !isIgnorableBuffer(key)) out.push_back(e.original);
    std::sort(out.begin(), out.end());
    return out;
}

std::string WeightStore::fileDescription() const
{
    return m_fileDescription;
}

std::string WeightStore::usedDtypes() const
{
    std::string s;
    for (const auto& d : m_dtypes) s += (s.empty() ? "" : "+") + d;
    return s;
}

void WeightStore::closeFiles()
{
    m_sources.clear();
}

} // namespace el
