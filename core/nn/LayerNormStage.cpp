#include "LayerNormStage.h"

#include "Error.h"
#include "config/JsonFile.h"

namespace el {

std::unique_ptr<LayerNormStage> LayerNormStage::load(const std::filesystem::path& dir)
{
    const JsonFile config = JsonFile::read(dir / "config.json");
    std::unique_ptr<LayerNormStage> s(new LayerNormStage());
    s->m_dir = dir;
    s->m_dim = config.requireInt("dimension");
    if (s->m_dim <= 0) config.fail("dimension must be positive");
    auto store = WeightStore::openFolder(dir, "");
    s->m_norm = LayerNorm(store->scope("norm"), s->m_dim, 1e-5);
    return s;
}

int64_t LayerNormStage::outputDim(int64_t inputDim) const
{
    if (inputDim != m_dim)
        throw Error(ErrorCode::ShapeMismatch, "the LayerNorm module in " + m_dir.string() + " takes " +
                                                 std::to_string(m_dim) + "-dimensional embeddings, got " +
                                                 std::to_string(inputDim));
    return m_dim;
}

} // namespace el
