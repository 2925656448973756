#pragma once
// Name -> float32 tensor store over the checkpoint of one model folder (a single safetensors file or
// a sharded model.safetensors.index.json). Applies transformers' key normalisation when mapping a
// checkpoint onto a bare encoder (modeling_utils.py: _fix_key for gamma/beta, base_model_prefix
// stripping) and records which tensors were used, so heads such as `cls.*` can be reported instead
// of failing the load. Internal header (ATen types); not thread-safe while loading.

#include "TensorSource.h"

#include <ATen/ATen.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace el {

class WeightScope;

class WeightStore
{
public:
    // basePrefix: the architecture's base_model_prefix ("bert", "roberta", ...): when the checkpoint
    // was saved from a task head its keys start with "<basePrefix>." and that part is stripped.
    WeightStore(std::vector<std::unique_ptr<TensorSource>> sources, const std::string& basePrefix);

    // The weights of a model folder, in transformers' order of preference: model.safetensors, then
    // model.safetensors.index.json, pytorch_model.bin, pytorch_model.bin.index.json (torch.save
    // archives are read by core/torchbin/TorchBinFile, which never executes the pickle). No weight
    // file at all throws el::Error(MissingWeights).
    static std::unique_ptr<WeightStore> openFolder(const std::filesystem::path& dir,
                                                   const std::string& basePrefix);

    bool contains(const std::string& name) const;
    // Shape on disk, empty optional when absent.
    std::optional<std::vector<int64_t>> shapeOf(const std::string& name) const;
    // The tensor as contiguous float32. Throws el::Error(MissingWeights) naming file + key + the
    // expected shape, el::Error(ShapeMismatch) with expected vs actual shape.
    at::Tensor require(const std::string& name, const std::vector<int64_t>& expectedShape);
    // Like require, but an absent tensor gives an empty optional (a wrong shape still throws).
    std::optional<at::Tensor> optional(const std::string& name, const std::vector<int64_t>& expectedShape);
    WeightScope scope(const std::string& prefix);

    // Checkpoint tensors never required (original key names, sorted), excluding ignorable buffers.
    std::vector<std::string> unusedNames() const;
    // Files the weights come from (comma separated file names).
    std::string fileDescription() const;
    // Distinct on-disk dtypes of the used tensors, e.g. "F32" or "F16".
    std::string usedDtypes() const;
    int64_t usedParameters() const { return m_usedParameters; }
    int64_t usedBytes() const { return m_usedParameters * int64_t(sizeof(float)); }
    // Drops the file mappings once every tensor has been copied out.
    void closeFiles();

    static std::string shapeString(const std::vector<int64_t>& shape);

private:
    struct Entry
    {
        size_t source = 0;
        std::string original;
    };
    const Entry& entry(const std::string& name, const std::vector<int64_t>& expectedShape) const;
    std::string whereDescription() const;

    std::vector<std::unique_ptr<TensorSource>> m_sources;
    std::map<std::string, Entry> m_entries; // normalised name -> where it lives
    std::set<std::string> m_used;
    std::set<std::string> m_dtypes;
    int64_t m_usedParameters = 0;
    std::string m_fileDescription;
};

// A prefix-scoped view (e.g. "encoder.layer.3.") used by layers to find their weights.
class WeightScope
{
public:
    WeightScope(WeightStore& store, std::string prefix) : m_store(&store), m_prefix(std::move(prefix)) {}

    at::Tensor require(const std::string& name, const std::vector<int64_t>& shape) const
    {
        return m_store->require(m_prefix + name, shape);
    }
    std::optional<at::Tensor> optional(const std::string& name, const std::vector<int64_t>& shape) const
    {
        return m_store->optional(m_prefix + name, shape);
    }
    bool contains(const std::string& name) const { return m_store->contains(m_prefix + name); }
    // Nested scope: scope("attention.self") -> "<prefix>attention.self."
    WeightScope scope(const std::string& name) const { return {*m_store, m_prefix + name + "."}; }
    const std::string& prefix() const { return m_prefix; }
    WeightStore& store() const { return *m_store; }

private:
    WeightStore* m_store;
    std::string m_prefix;
};

} // namespace el
