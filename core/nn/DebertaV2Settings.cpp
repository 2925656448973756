#include "DebertaV2Settings.h"

#include "Error.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace el {

namespace {

std::string lowerStrip(std::string s)
{
    // Python str.strip() / lower() on ASCII names.
    const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::vector<std::string> splitBar(const std::string& s)
{
    std::vector<std::string> out;
    std::stringstream in(s);
    std::string part;
    while (std::getline(in, part, '|')) out.push_back(lowerStrip(part));
    if (!s.empty() && s.back() == '|') out.emplace_back();
    return out;
}

} // namespace

DebertaV2Settings DebertaV2Settings::fromConfig(const ModelConfig& c)
{
    const JsonFile& raw = c.raw();
    DebertaV2Settings s;
    // DebertaV2Config defaults (deberta-v2-xlarge) for the fields a config may omit.
    s.vocabSize = raw.getInt("vocab_size", 128100);
    s.hiddenSize = raw.getInt("hidden_size", 1536);
    s.numLayers = raw.getInt("num_hidden_layers", 24);
    s.numHeads = raw.getInt("num_attention_heads", 24);
    s.intermediateSize = raw.getInt("intermediate_size", 6144);
    s.maxPositions = raw.getInt("max_position_embeddings", 512);
    s.typeVocabSize = raw.getInt("type_vocab_size", 0);
    s.layerNormEps = raw.getDouble("layer_norm_eps", 1e-7);
    s.embeddingSize = raw.getInt("embedding_size", s.hiddenSize);
    const std::pair<const char*, int64_t> positive[] = {
        {"vocab_size", s.vocabSize},          {"hidden_size", s.hiddenSize},
        {"num_hidden_layers", s.numLayers},   {"num_attention_heads", s.numHeads},
        {"intermediate_size", s.intermediateSize}, {"max_position_embeddings", s.maxPositions},
        {"embedding_size", s.embeddingSize},
    };
    for (const auto& [key, value] : positive)
        if (value <= 0) raw.fail("'" + std::string(key) + "' must be positive (got " + std::to_string(value) + ")");
    if (s.typeVocabSize < 0) raw.fail("'type_vocab_size' must not be negative");
    if (!(s.layerNormEps > 0)) raw.fail("'layer_norm_eps' must be positive");
    if (s.hiddenSize % s.numHeads != 0)
        raw.fail("hidden_size " + std::to_string(s.hiddenSize) + " is not a multiple of num_attention_heads " +
                 std::to_string(s.numHeads));
    s.headSize = raw.getInt("attention_head_size", s.hiddenSize / s.numHeads);
    // DebertaV2SelfOutput maps heads x head size back with a hidden_size x hidden_size Linear.
    if (s.headSize * s.numHeads != s.hiddenSize)
        raw.fail("attention_head_size " + std::to_string(s.headSize) + " x " + std::to_string(s.numHeads) +
                 " heads must equal hidden_size " + std::to_string(s.hiddenSize));
    s.activation = Activation::fromName(raw.getString("hidden_act", "gelu"), c.file.string());

    s.positionBiasedInput = raw.getBool("position_biased_input", true);
    s.relativeAttention = raw.getBool("relative_attention", false);
    s.maxRelativePositions = raw.getInt("max_relative_positions", -1);
    if (s.maxRelativePositions < 1) s.maxRelativePositions = s.maxPositions;
    s.positionBuckets = raw.getInt("position_buckets", -1);
    s.shareAttKey = raw.getBool("share_att_key", false);

    // pos_att_type: a list, or the legacy "p2c|c2p" string (DebertaV2Config lowercases and strips it).
    std::vector<std::string> types;
    const auto found = raw.json().find("pos_att_type");
    if (found != raw.json().end() && found->is_string())
        types = splitBar(found->get<std::string>());
    else if (auto list = raw.optStringList("pos_att_type")) // null -> none; other types -> InvalidJson
        types = *list;
    // Other entries are ignored, as in transformers (it only tests membership of "c2p" / "p2c").
    for (const std::string& t : types) {
        if (t == "c2p") s.c2p = true;
        if (t == "p2c") s.p2c = true;
    }
    for (const std::string& n : splitBar(lowerStrip(raw.getString("norm_rel_ebd", "none"))))
        if (n == "layer_norm") s.normRelEmbedding = true;

    s.convKernelSize = raw.getInt("conv_kernel_size", 0);
    s.convGroups = raw.getInt("conv_groups", 1);
    s.convActivation = Activation::fromName(raw.getString("conv_act", "tanh"), c.file.string());
    if (s.convKernelSize > 0 && (s.convGroups <= 0 || s.hiddenSize % s.convGroups != 0))
        raw.fail("conv_groups " + std::to_string(s.convGroups) + " must divide hidden_size");
    if (s.relativeAttention && s.attentionSpan() <= 0) raw.fail("relative attention needs a positive span");
    return s;
}

} // namespace el
