#include "ModelConfig.h"

#include "Error.h"

namespace el {

ModelConfig ModelConfig::load(const std::filesystem::path& dir)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw Error(ErrorCode::FileNotFound, "model folder not found: " + dir.string(), dir.string());
    const std::filesystem::path file = dir / "config.json";
    if (!std::filesystem::exists(file, ec))
        throw Error(ErrorCode::FileNotFound,
                    "no config.json in " + dir.string() + " (not a Hugging Face model folder?)", file.string());

    ModelConfig c;
    c.m_raw = JsonFile::read(file);
    const JsonFile& j = c.m_raw;
    if (!j.json().is_object()) j.fail("expected a JSON object");
    c.file = file;
    c.modelType = j.optString("model_type").value_or("");
    if (c.modelType.empty()) j.fail("no \"model_type\": cannot tell which architecture this is");
    c.architectures = j.optStringList("architectures").value_or(std::vector<std::string>{});
    c.nameOrPath = j.getString("_name_or_path", "");
    c.vocabSize = j.getInt("vocab_size", c.vocabSize);
    c.hiddenSize = j.getInt("hidden_size", c.hiddenSize);
    c.numHiddenLayers = j.getInt("num_hidden_layers", c.numHiddenLayers);
    c.numAttentionHeads = j.getInt("num_attention_heads", c.numAttentionHeads);
    c.intermediateSize = j.getInt("intermediate_size", c.intermediateSize);
    c.hiddenAct = j.getString("hidden_act", c.hiddenAct);
    c.maxPositionEmbeddings = j.getInt("max_position_embeddings", c.maxPositionEmbeddings);
    c.typeVocabSize = j.getInt("type_vocab_size", c.typeVocabSize);
    c.layerNormEps = j.getDouble("layer_norm_eps", c.layerNormEps);
    c.padTokenId = j.getInt("pad_token_id", c.padTokenId);
    c.positionEmbeddingType = j.getString("position_embedding_type", c.positionEmbeddingType);
    // Families whose config classes name or default these fields differently (the encoders read
    // their own fields from raw(); this keeps the generic values right for ModelInfo).
    if (c.modelType == "distilbert") { // DistilBertConfig: dim, n_layers, n_heads, hidden_dim, activation
        c.hiddenSize = j.getInt("dim", 768);
        c.numHiddenLayers = j.getInt("n_layers", 6);
        c.numAttentionHeads = j.getInt("n_heads", 12);
        c.intermediateSize = j.getInt("hidden_dim", 3072);
        c.hiddenAct = j.getString("activation", "gelu");
        c.typeVocabSize = 0;
    } else if (c.modelType == "mpnet") {
        c.typeVocabSize = 0;
    } else if (c.modelType == "deberta-v2") {
        c.typeVocabSize = j.getInt("type_vocab_size", 0);
        c.layerNormEps = j.getDouble("layer_norm_eps", 1e-7);
    } else if (c.modelType == "albert") {
        c.hiddenAct = j.getString("hidden_act", "gelu_new");
    }
    return c;
}

} // namespace el
