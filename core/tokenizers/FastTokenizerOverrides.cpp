#include "tokenizers/FastTokenizerOverrides.h"

#include <set>

namespace el::tok {

using nlohmann::json;

namespace {

const std::set<std::string> kBertLike{"BertTokenizer", "ConvBertTokenizer", "DistilBertTokenizer", "ElectraTokenizer",
                                      "FunnelTokenizer", "LayoutLMTokenizer", "LxmertTokenizer", "MobileBertTokenizer",
                                      "RealmTokenizer", "SqueezeBertTokenizer"};
const std::set<std::string> kLowerStripOnly{"MPNetTokenizer", "LayoutLMv2Tokenizer", "RoFormerTokenizer", "SplinterTokenizer"};
const std::set<std::string> kPreAndPost{"RobertaTokenizer", "BartTokenizer", "BlenderbotTokenizer", "LEDTokenizer",
                                        "LongformerTokenizer", "MvpTokenizer", "LayoutLMv3Tokenizer", "MarkupLMTokenizer"};
const std::set<std::string> kPreOnly{"GPT2Tokenizer", "GPTNeoXTokenizer", "CodeGenTokenizer", "DebertaTokenizer",
                                     "WhisperTokenizer"};

// The constructor argument: tokenizer_config.json's value, else the class default.
json setting(const json& config, const char* key, const json& fallback)
{
    const auto it = config.find(key);
    return it == config.end() ? fallback : *it;
}

// state.get(key, value) != value, as in the Python code (a missing key never differs).
bool differs(const json& state, const char* key, const json& value)
{
    const auto it = state.find(key);
    return it != state.end() && *it != value;
}

} // namespace

void applyFastTokenizerOverrides(json& tj, const CompanionConfig& companion)
{
    const std::string cls = companion.tokenizerClass();
    const json& config = companion.tokenizerConfig;

    const bool bertLike = kBertLike.count(cls) > 0;
    if (bertLike || kLowerStripOnly.count(cls)) {
        json& n = tj["normalizer"];
        if (n.is_object()) {
            const json lower = setting(config, "do_lower_case", true);
            const json strip = setting(config, "strip_accents", nullptr);
            const json chinese = setting(config, "tokenize_chinese_chars", true);
            const bool change = differs(n, "lowercase", lower) || differs(n, "strip_accents", strip)
                || (bertLike && differs(n, "handle_chinese_chars", chinese));
            if (change) {
                n["lowercase"] = lower;
                n["strip_accents"] = strip;
                if (bertLike) n["handle_chinese_chars"] = chinese;
            }
        }
    }

    const bool prePost = kPreAndPost.count(cls) > 0;
    if (prePost || kPreOnly.count(cls)) {
        const json addPrefixSpace = setting(config, "add_prefix_space", cls == "LayoutLMv3Tokenizer");
        json& pre = tj["pre_tokenizer"];
        if (pre.is_object() && differs(pre, "add_prefix_space", addPrefixSpace)) pre["add_prefix_space"] = addPrefixSpace;
        json& post = tj["post_processor"];
        if (prePost && post.is_object()) { // GPT2-like classes leave the post-processor alone
            const json trimOffsets = setting(config, "trim_offsets", cls != "MarkupLMTokenizer");
            if (differs(post, "add_prefix_space", addPrefixSpace)) post["add_prefix_space"] = addPrefixSpace;
            if (differs(post, "trim_offsets", trimOffsets)) post["trim_offsets"] = trimOffsets;
        }
    }
}

} // namespace el::tok
