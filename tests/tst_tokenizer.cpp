// el::Tokenizer against the Hugging Face fast tokenizer: every case of the tiny-bert
// tokenizer_cases.jsonl fixture (tokenizer.json path) and of the reference.json files of every
// encoder family with a tokenizer.json or vocab.txt (ids, tokens, offsets, type ids, special tokens
// mask), the vocab.txt-only folder (converter path), and bad input: malformed or unsupported
// tokenizer.json, missing files, empty / huge / invalid UTF-8 text.

#include "Error.h"
#include "TestSupport.h"
#include "Tokenizer.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

fs::path refDir(const std::string& name)
{
    return eltest::fixturesDir() / "reference" / name;
}

struct Expected
{
    std::string text;
    std::optional<std::string> pair;
    json ref;
};

std::vector<std::pair<int64_t, int64_t>> offsetsOf(const json& j)
{
    std::vector<std::pair<int64_t, int64_t>> out;
    for (const auto& o : j) out.emplace_back(o.at(0).get<int64_t>(), o.at(1).get<int64_t>());
    return out;
}

std::string describe(const std::vector<std::string>& tokens)
{
    std::string s;
    for (const auto& t : tokens) s += "[" + t + "]";
    return s;
}

// Compares one encoding with a reference case; returns an empty string when equal, else what differs.
std::string compare(const el::Encoding& e, const Expected& c, bool fullFields)
{
    const json& r = c.ref;
    auto firstDiff = [](const auto& a, const auto& b) {
        size_t i = 0;
        while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
        return i;
    };
    std::ostringstream msg;
    auto fail = [&](const char* field, size_t pos) {
        msg << field << " differ at position " << pos << " for text " << json(c.text).dump()
            << (c.pair ? " / pair " + json(*c.pair).dump() : std::string()) << "\n  ours: " << describe(e.tokens)
            << "\n  ref:  " << describe(r.at("tokens").get<std::vector<std::string>>());
        return msg.str();
    };
    const auto ids = r.at("ids").get<std::vector<int64_t>>();
    if (e.ids != ids) return fail("ids", firstDiff(e.ids, ids));
    const auto offsets = offsetsOf(r.at("offsets"));
    if (e.offsets != offsets) return fail("offsets", firstDiff(e.offsets, offsets));
    if (!fullFields) return {};
    const auto tokens = r.at("tokens").get<std::vector<std::string>>();
    if (e.tokens != tokens) return fail("tokens", firstDiff(e.tokens, tokens));
    const auto types = r.at("type_ids").get<std::vector<int64_t>>();
    if (e.typeIds != types) return fail("type_ids", firstDiff(e.typeIds, types));
    const auto mask = r.at("special_tokens_mask").get<std::vector<int>>();
    const std::vector<int> ours(e.specialTokensMask.begin(), e.specialTokensMask.end());
    if (ours != mask) return fail("special_tokens_mask", firstDiff(ours, mask));
    return {};
}

std::vector<Expected> loadJsonl(const fs::path& file)
{
    std::vector<Expected> out;
    std::istringstream in(eltest::readFile(file));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        json j = json::parse(line);
        Expected e;
        e.text = j.at("text").get<std::string>();
        if (!j.at("pair").is_null() && !j.at("pair").get<std::string>().empty()) e.pair = j.at("pair").get<std::string>();
        e.ref = std::move(j);
        out.push_back(std::move(e));
    }
    return out;
}

// The raw fixture fields come from transformers' tok(text, pair), which ignores an empty pair
// (`if text_pair`); for el::Tokenizer an empty pair is a real one, so "" maps to nullopt here.
el::Encoding encode(const el::Tokenizer& tok, const Expected& c, int64_t maxLength)
{
    el::TruncationOptions t;
    t.maxLength = maxLength;
    const bool pair = c.pair && !c.pair->empty();
    return tok.encode(c.text, pair ? std::optional<std::string_view>(*c.pair) : std::nullopt, t);
}

// Runs all cases; QVERIFY-friendly summary (empty when everything matches).
std::string runCases(const el::Tokenizer& tok, const std::vector<Expected>& cases, int64_t maxLength, bool full,
                     size_t* checked)
{
    size_t bad = 0;
    std::string first;
    for (const auto& c : cases) {
        const std::string diff = compare(encode(tok, c, maxLength), c, full);
        if (!diff.empty() && bad++ == 0) first = diff;
        ++*checked;
    }
    if (bad == 0) return {};
    return std::to_string(bad) + " of " + std::to_string(cases.size()) + " cases differ; first: " + first;
}

void writeFile(const fs::path& p, const std::string& content)
{
    std::ofstream out(p, std::ios::binary);
    out << content;
}

// A minimal valid tokenizer.json with one component replaced.
std::string tinyTokenizerJson(const std::string& normalizer, const std::string& preTokenizer, const std::string& model)
{
    return R"({"version":"1.0","truncation":null,"padding":null,"added_tokens":[],"normalizer":)" + normalizer
        + R"(,"pre_tokenizer":)" + preTokenizer + R"(,"post_processor":null,"decoder":null,"model":)" + model + "}";
}

const char* kWordPieceModel =
    R"({"type":"WordPiece","unk_token":"[UNK]","continuing_subword_prefix":"##","max_input_chars_per_word":100,"vocab":{"[UNK]":0,"a":1}})";

// Expects an el::Error with the given code whose message contains every needle.
template <class Fn>
void expectError(Fn fn, el::ErrorCode code, std::initializer_list<const char*> needles)
{
    try {
        fn();
    } catch (const el::Error& e) {
        QCOMPARE(int(e.code()), int(code));
        for (const char* n : needles)
            QVERIFY2(e.describe().find(n) != std::string::npos, (e.describe() + " lacks '" + n + "'").c_str());
        return;
    } catch (const std::exception& e) {
        QFAIL((std::string("unexpected exception: ") + e.what()).c_str());
    }
    QFAIL("no el::Error thrown");
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenizerCasesParity();
    void familyTokenizerCasesParity_data();
    void familyTokenizerCasesParity();
    void referenceCases_data();
    void referenceCases();
    void slowFilesReproduceFastCases();
    void slowFilesOfFamilies_data();
    void slowFilesOfFamilies();
    void emptyPairIsARealPair();
    void kindAndVocabulary();
    void specialTokensFromCompanionFiles();
    void fastTokenizerClassSettings();
    void emptyText();
    void longTextIsTruncatedQuickly();
    void pairTruncationFollowsLongestFirst();
    void invalidUtf8BecomesReplacementChar();
    void traceShowsStages();
    void concurrentEncodes();
    void malformedTokenizerJson();
    void unknownComponents_data();
    void unknownComponents();
    void missingFiles();
    void badFixtureUnknownNormalizer();
};

void TestTokenizer::tokenizerCasesParity()
{
    const auto tok = el::Tokenizer::load(refDir("tiny-bert") / "model");
    const auto cases = loadJsonl(refDir("tiny-bert") / "tokenizer_cases.jsonl");
    QVERIFY2(cases.size() > 1000, "tokenizer_cases.jsonl is missing or too small");
    size_t checked = 0;
    const std::string diff = runCases(*tok, cases, 64, true, &checked);
    qInfo("tiny-bert tokenizer_cases.jsonl: %zu texts checked (ids, tokens, offsets, type ids, special mask)", checked);
    QVERIFY2(diff.empty(), diff.c_str());
}

// Every tokenizer kind against the fast tokenizer on its family's 2,005 texts (STS-B sentences and the
// hard cases of tools/reference/hard_cases.py): byte-level BPE, Unigram with Precompiled/Metaspace,
// WordPiece with RoBERTa-style specials, each from the folder's tokenizer.json.
void TestTokenizer::familyTokenizerCasesParity_data()
{
    QTest::addColumn<QString>("family");
    for (const char* f : {"tiny-roberta", "tiny-xlmr", "tiny-mpnet", "tiny-deberta-v3", "tiny-albert"})
        QTest::newRow(f) << QString(f);
}

void TestTokenizer::familyTokenizerCasesParity()
{
    QFETCH(QString, family);
    const std::string fam = family.toStdString();
    const auto tok = el::Tokenizer::load(refDir(fam) / "model");
    const auto cases = loadJsonl(refDir(fam) / "tokenizer_cases.jsonl");
    QVERIFY2(cases.size() >= 2000, "tokenizer_cases.jsonl is missing or too small");
    const int64_t maxLength =
        json::parse(eltest::readFile(refDir(fam) / "reference.json")).at("max_length").get<int64_t>();
    size_t checked = 0;
    const std::string diff = runCases(*tok, cases, maxLength, true, &checked);
    qInfo("%s (%s) tokenizer_cases.jsonl: %zu texts checked (ids, tokens, offsets, type ids, special mask)",
          fam.c_str(), tok->kind().c_str(), checked);
    QVERIFY2(diff.empty(), diff.c_str());
}

void TestTokenizer::referenceCases_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("tiny-bert (tokenizer.json)") << "tiny-bert";
    QTest::newRow("tiny-bert-f16 (vocab.txt only)") << "tiny-bert-f16";
    QTest::newRow("tiny-bert-bin") << "tiny-bert-bin";
    QTest::newRow("tiny-bert-sharded") << "tiny-bert-sharded";
    QTest::newRow("tiny-distilbert (WordPiece)") << "tiny-distilbert";
    QTest::newRow("tiny-electra (WordPiece)") << "tiny-electra";
    QTest::newRow("tiny-mpnet (WordPiece, <s> A </s></s> B </s>)") << "tiny-mpnet";
    QTest::newRow("tiny-roberta (byte-level BPE)") << "tiny-roberta";
    QTest::newRow("tiny-xlmr (Unigram, Precompiled, Metaspace)") << "tiny-xlmr";
    QTest::newRow("tiny-camembert (Unigram)") << "tiny-camembert";
    QTest::newRow("tiny-albert (Unigram, Replace/NFKD/Precompiled)") << "tiny-albert";
    QTest::newRow("tiny-deberta-v3 (Unigram)") << "tiny-deberta-v3";
}

void TestTokenizer::referenceCases()
{
    QFETCH(QString, name);
    const fs::path dir = refDir(name.toStdString().c_str());
    const json ref = json::parse(eltest::readFile(dir / "reference.json"));
    const auto tok = el::Tokenizer::load(dir / ref.at("model_dir").get<std::string>());
    std::vector<Expected> cases;
    for (const auto& c : ref.at("cases")) {
        Expected e;
        e.text = c.at("text").get<std::string>();
        if (!c.at("pair").is_null() && !c.at("pair").get<std::string>().empty()) e.pair = c.at("pair").get<std::string>();
        e.ref = c;
        cases.push_back(std::move(e));
    }
    QVERIFY(!cases.empty());
    size_t checked = 0;
    const int64_t maxLength = ref.at("max_length").get<int64_t>();
    const std::string diff = runCases(*tok, cases, maxLength, true, &checked);
    qInfo("%s reference.json: %zu cases checked", qPrintable(name), checked);
    QVERIFY2(diff.empty(), diff.c_str());
}

void TestTokenizer::slowFilesReproduceFastCases()
{
    // tiny-bert-f16 has the same vocab.txt and tokenizer_config.json as tiny-bert but no
    // tokenizer.json: the converter-built pipeline must give what the fast tokenizer gave.
    const auto tok = el::Tokenizer::load(refDir("tiny-bert-f16") / "model");
    QCOMPARE(tok->kind(), std::string("WordPiece (vocab.txt)"));
    const auto cases = loadJsonl(refDir("tiny-bert") / "tokenizer_cases.jsonl");
    size_t checked = 0;
    const std::string diff = runCases(*tok, cases, 64, true, &checked);
    qInfo("vocab.txt pipeline: %zu tiny-bert texts checked", checked);
    QVERIFY2(diff.empty(), diff.c_str());
}

void TestTokenizer::slowFilesOfFamilies_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("RoBERTa: vocab.json + merges.txt") << "tiny-roberta";
    QTest::newRow("MPNet: vocab.txt") << "tiny-mpnet";
    QTest::newRow("DistilBERT: vocab.txt") << "tiny-distilbert";
    QTest::newRow("ELECTRA: vocab.txt") << "tiny-electra";
}

void TestTokenizer::slowFilesOfFamilies()
{
    // The family's folder without tokenizer.json: the converter-built pipeline (spec §3.8) must give
    // the reference values the fast tokenizer produced.
    QFETCH(QString, name);
    const fs::path dir = refDir(name.toStdString().c_str());
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const fs::path slow = tmp.path().toStdString();
    for (const auto& e : fs::directory_iterator(dir / "model")) {
        const std::string f = e.path().filename().string();
        if (f == "tokenizer.json" || !e.is_regular_file()) continue;
        if (e.path().extension() == ".json" || e.path().extension() == ".txt") fs::copy_file(e.path(), slow / f);
    }
    const auto tok = el::Tokenizer::load(slow);
    QVERIFY2(tok->kind().find("tokenizer.json") == std::string::npos, tok->kind().c_str());
    const json ref = json::parse(eltest::readFile(dir / "reference.json"));
    std::vector<Expected> cases;
    for (const auto& c : ref.at("cases")) {
        Expected e;
        e.text = c.at("text").get<std::string>();
        if (!c.at("pair").is_null()) e.pair = c.at("pair").get<std::string>();
        e.ref = c;
        cases.push_back(std::move(e));
    }
    QVERIFY(!cases.empty());
    size_t checked = 0;
    const std::string diff = runCases(*tok, cases, ref.at("max_length").get<int64_t>(), true, &checked);
    qInfo("%s without tokenizer.json (%s): %zu cases checked", qPrintable(name), tok->kind().c_str(), checked);
    QVERIFY2(diff.empty(), diff.c_str());
}

void TestTokenizer::emptyPairIsARealPair()
{
    // el::Tokenizer encodes "" as a real second segment: [CLS] A [SEP] [SEP], which is what
    // sentence-transformers feeds the model (model_ids of the fixture), unlike transformers' tok(a, "").
    const json ref = json::parse(eltest::readFile(refDir("tiny-bert") / "reference.json"));
    const auto tok = el::Tokenizer::load(refDir("tiny-bert") / "model");
    bool found = false;
    for (const auto& c : ref.at("cases")) {
        if (c.at("pair").is_null() || !c.at("pair").get<std::string>().empty()) continue;
        found = true;
        el::TruncationOptions t;
        t.maxLength = ref.at("max_length").get<int64_t>();
        const el::Encoding e = tok->encode(c.at("text").get<std::string>(), std::string_view(), t);
        QCOMPARE(e.ids, c.at("model_ids").get<std::vector<int64_t>>());
        QCOMPARE(e.typeIds.back(), int64_t(1));
    }
    QVERIFY2(found, "tiny-bert reference.json has no case with an empty pair");
}

void TestTokenizer::kindAndVocabulary()
{
    const auto tok = el::Tokenizer::load(refDir("tiny-bert") / "model");
    QCOMPARE(tok->kind(), std::string("WordPiece (tokenizer.json)"));
    QCOMPARE(tok->vocabSize(), int64_t(30522));
    QCOMPARE(tok->tokenToId("[CLS]"), std::optional<int64_t>(101));
    QCOMPARE(tok->tokenToId("hello"), std::optional<int64_t>(7592));
    QCOMPARE(tok->idToToken(102), std::string("[SEP]"));
    QVERIFY(!tok->tokenToId("no-such-token-xyz").has_value());
    QCOMPARE(tok->numSpecialTokens(false), int64_t(2));
    QCOMPARE(tok->numSpecialTokens(true), int64_t(3));
}

void TestTokenizer::specialTokensFromCompanionFiles()
{
    // transformers' PreTrainedTokenizerFast adds the special tokens of tokenizer_config.json /
    // special_tokens_map.json that tokenizer.json lacks: with [MASK] removed from added_tokens,
    // the literal "[MASK]" must still be one special token (id 103) rather than "[", "mask", "]".
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const fs::path dir = tmp.path().toStdString();
    const fs::path src = refDir("tiny-bert") / "model";
    json tj = json::parse(eltest::readFile(src / "tokenizer.json"));
    json kept = json::array();
    for (const auto& t : tj.at("added_tokens"))
        if (t.at("content") != "[MASK]") kept.push_back(t);
    tj["added_tokens"] = kept;
    writeFile(dir / "tokenizer.json", tj.dump());
    json cfg = json::parse(eltest::readFile(src / "tokenizer_config.json"));
    cfg["added_tokens_decoder"].erase("103");
    writeFile(dir / "tokenizer_config.json", cfg.dump());
    fs::copy_file(src / "special_tokens_map.json", dir / "special_tokens_map.json");
    const auto tok = el::Tokenizer::load(dir);
    const el::Encoding e = tok->encode("a [MASK] b", std::nullopt, {});
    QCOMPARE(e.ids, (std::vector<int64_t>{101, 1037, 103, 1038, 102}));
    QCOMPARE(e.offsets[2], (std::pair<int64_t, int64_t>{2, 8}));
    // Without the companion files the raw tokenizer.json splits it.
    fs::remove(dir / "special_tokens_map.json");
    cfg.erase("mask_token");
    writeFile(dir / "tokenizer_config.json", cfg.dump());
    const auto raw = el::Tokenizer::load(dir);
    QCOMPARE(raw->encode("a [MASK] b", std::nullopt, {}).ids, (std::vector<int64_t>{101, 1037, 1031, 7308, 1033, 1038, 102}));
}

void TestTokenizer::fastTokenizerClassSettings()
{
    // BertTokenizerFast rebuilds the BertNormalizer from tokenizer_config.json (defaults
    // do_lower_case=True): a tokenizer.json saying lowercase=false still lowercases when the config
    // does not say otherwise, and does not when it says do_lower_case=false.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const fs::path dir = tmp.path().toStdString();
    const fs::path src = refDir("tiny-bert") / "model";
    json tj = json::parse(eltest::readFile(src / "tokenizer.json"));
    tj["normalizer"]["lowercase"] = false;
    writeFile(dir / "tokenizer.json", tj.dump());
    json cfg = json::parse(eltest::readFile(src / "tokenizer_config.json"));
    cfg.erase("do_lower_case");
    writeFile(dir / "tokenizer_config.json", cfg.dump());
    QCOMPARE(el::Tokenizer::load(dir)->encode("HELLO world", std::nullopt, {}).ids, (std::vector<int64_t>{101, 7592, 2088, 102}));
    cfg["do_lower_case"] = false;
    writeFile(dir / "tokenizer_config.json", cfg.dump());
    QCOMPARE(el::Tokenizer::load(dir)->encode("HELLO world", std::nullopt, {}).ids, (std::vector<int64_t>{101, 100, 2088, 102}));

    // RobertaTokenizerFast sets add_prefix_space from the config (default False) on the ByteLevel
    // pre-tokenizer and the post-processor: a tokenizer.json saying true behaves like the original.
    QTemporaryDir tmp2;
    QVERIFY(tmp2.isValid());
    const fs::path dir2 = tmp2.path().toStdString();
    const fs::path rsrc = refDir("tiny-roberta") / "model";
    json rj = json::parse(eltest::readFile(rsrc / "tokenizer.json"));
    rj["pre_tokenizer"]["add_prefix_space"] = true;
    rj["post_processor"]["add_prefix_space"] = true;
    writeFile(dir2 / "tokenizer.json", rj.dump());
    json rcfg = json::parse(eltest::readFile(rsrc / "tokenizer_config.json"));
    rcfg.erase("add_prefix_space");
    writeFile(dir2 / "tokenizer_config.json", rcfg.dump());
    const auto original = el::Tokenizer::load(rsrc);
    const auto patched = el::Tokenizer::load(dir2);
    for (const char* text : {"hello world", " leading space", "x"}) {
        const el::Encoding a = original->encode(text, std::nullopt, {});
        const el::Encoding b = patched->encode(text, std::nullopt, {});
        QCOMPARE(b.ids, a.ids);
        QCOMPARE(b.offsets, a.offsets);
    }
}

void TestTokenizer::emptyText()
{
    const auto tok = el::Tokenizer::load(refDir("tiny-bert") / "model");
    const el::Encoding e = tok->encode("", std::nullopt, {});
    QCOMPARE(e.ids, (std::vector<int64_t>{101, 102}));
    QCOMPARE(e.specialTokensMask, (std::vector<int8_t>{1, 1}));
    QVERIFY(!e.truncated);
    const el::Encoding ws = tok->encode(" \t\n ", std::nullopt, {});
    QCOMPARE(ws.ids, (std::vector<int64_t>{101, 102}));
}

void TestTokenizer::longTextIsTruncatedQuickly()
{
    const auto tok = el::Tokenizer::load(refDir("tiny-bert") / "model");
    std::string text;
    while (text.size() < 100000) text += "hello world, this is long. ";
    text.resize(100000);
    el::TruncationOptions t;
    t.maxLength = 64;
    const auto start = std::chrono::steady_clock::now();
    const el::Encoding e = tok->encode(text, std::nullopt, t);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    QVERIFY2(seconds < 1.0, qPrintable(QString("encoding 100k chars took %1 s").arg(seconds)));
    QCOMPARE(e.size(), size_t(64));
    QVERIFY(e.truncated);
    const el::Encoding full = tok->encode(text, std::nullopt, {});
    QVERIFY(!full.truncated);
    QCOMPARE(e.untruncatedLength, int64_t(full.size()));
    QCOMPARE(e.droppedTokens, int64_t(full.size() - 64));
    // The kept tokens are the first ones of the untruncated encoding.
    QCOMPARE(std::vector<int64_t>(e.ids.begin(), e.ids.end() - 1), std::vector<int64_t>(full.ids.begin(), full.ids.begin() + 63));
    QCOMPARE(e.ids.back(), int64_t(102));

    // Left truncation keeps the end of the text.
    t.fromLeft = true;
    const el::Encoding left = tok->encode(text, std::nullopt, t);
    QCOMPARE(left.ids[1], full.ids[full.size() - 63]);
}

void TestTokenizer::pairTruncationFollowsLongestFirst()
{
    const auto tok = el::Tokenizer::load(refDir("tiny-bert") / "model");
    const std::string a = "one two three four five six seven eight nine ten eleven twelve";
    const std::string b = "alpha beta gamma delta";
    const size_t na = tok->encode(a, std::nullopt, {}).size() - 2; // 12 words
    const size_t nb = tok->encode(b, std::nullopt, {}).size() - 2;
    QCOMPARE(na, size_t(12));
    QCOMPARE(nb, size_t(4));
    // Budget 10 - 3 = 7 (spec §3.7): n1 = 4 <= 7 -> n2 = max(4, 3) = 4 -> 8 > 7 -> 3 and 4.
    el::TruncationOptions t;
    t.maxLength = 10;
    const el::Encoding e = tok->encode(a, b, t);
    QCOMPARE(e.size(), size_t(10));
    const auto inA = size_t(std::count(e.sequenceIds.begin(), e.sequenceIds.end(), 0));
    const auto inB = size_t(std::count(e.sequenceIds.begin(), e.sequenceIds.end(), 1));
    QCOMPARE(inA, size_t(4));
    QCOMPARE(inB, size_t(3));
    QCOMPARE(e.droppedTokens, int64_t(12 + 4 - 7));
    QCOMPARE(e.typeIds.back(), int64_t(1));
}

void TestTokenizer::invalidUtf8BecomesReplacementChar()
{
    const auto tok = el::Tokenizer::load(refDir("tiny-bert") / "model");
    // BERT's clean_text drops U+FFFD, so the ids are those of "hello world"; offsets count the
    // replacement char as one code point.
    const el::Encoding bad = tok->encode(std::string("hello\xFF world"), std::nullopt, {});
    const el::Encoding clean = tok->encode("hello world", std::nullopt, {});
    QCOMPARE(bad.ids, clean.ids);
    QCOMPARE(bad.offsets[2], (std::pair<int64_t, int64_t>{7, 12}));
    const el::Encoding replaced = tok->encode("hello\xEF\xBF\xBD world", std::nullopt, {});
    QCOMPARE(bad.offsets, replaced.offsets);
    // Truncated sequence at the end, overlong encodings, lone continuation bytes: no crash.
    for (const char* s : {"abc\xE2\x82", "\xC0\xAF", "\x80\x80\x80", "\xF4\x90\x80\x80x", "\xED\xA0\x80"}) {
        const el::Encoding e = tok->encode(s, std::nullopt, {});
        QVERIFY(e.size() >= 2);
    }
}

void TestTokenizer::traceShowsStages()
{
    const auto tok = el::Tokenizer::load(refDir("tiny-bert") / "model");
    const el::TokenizationTrace t = tok->trace("H\xC3\xA9llo, W\xC3\xB6rld!");
    QCOMPARE(t.normalized, std::string("hello, world!"));
    QCOMPARE(t.preTokens, (std::vector<std::string>{"hello", ",", "world", "!"}));
    QCOMPARE(t.preTokenOffsets, (std::vector<std::pair<int64_t, int64_t>>{{0, 5}, {5, 6}, {7, 12}, {12, 13}}));
}

void TestTokenizer::concurrentEncodes()
{
    const auto tok = el::Tokenizer::load(refDir("tiny-bert") / "model");
    const auto cases = loadJsonl(refDir("tiny-bert") / "tokenizer_cases.jsonl");
    QVERIFY(cases.size() > 200);
    std::vector<el::Encoding> expected;
    for (size_t i = 0; i < 200; ++i) expected.push_back(encode(*tok, cases[i], 64));
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (size_t i = 0; i < 200; ++i) {
                const size_t k = (i + size_t(t) * 50) % 200;
                if (encode(*tok, cases[k], 64).ids != expected[k].ids) ++mismatches;
            }
        });
    }
    for (auto& th : threads) th.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestTokenizer::malformedTokenizerJson()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const fs::path dir = tmp.path().toStdString();
    writeFile(dir / "tokenizer.json", "{\"version\": \"1.0\", \"model\": {");
    expectError([&] { el::Tokenizer::load(dir); }, el::ErrorCode::InvalidJson, {"tokenizer.json", "parse error"});
    // A value of the wrong type.
    writeFile(dir / "tokenizer.json", tinyTokenizerJson("null", "null", R"({"type":"WordPiece","vocab":[1,2]})"));
    expectError([&] { el::Tokenizer::load(dir); }, el::ErrorCode::InvalidJson, {"tokenizer.json"});
    // No model at all.
    writeFile(dir / "tokenizer.json", R"({"version":"1.0","normalizer":null})");
    expectError([&] { el::Tokenizer::load(dir); }, el::ErrorCode::InvalidJson, {"model"});
    // A valid minimal file loads and works.
    writeFile(dir / "tokenizer.json", tinyTokenizerJson("null", R"({"type":"WhitespaceSplit"})", kWordPieceModel));
    const auto tok = el::Tokenizer::load(dir);
    QCOMPARE(tok->encode("a a b", std::nullopt, {}).ids, (std::vector<int64_t>{1, 1, 0}));
}

void TestTokenizer::unknownComponents_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("needle");
    QTest::newRow("normalizer") << QString::fromStdString(tinyTokenizerJson(R"({"type":"Frobnicate"})", "null", kWordPieceModel))
                                << "normalizer type 'Frobnicate'";
    QTest::newRow("nested normalizer")
        << QString::fromStdString(tinyTokenizerJson(R"({"type":"Sequence","normalizers":[{"type":"Lowercase"},{"type":"Zap"}]})",
                                                    "null", kWordPieceModel))
        << "normalizer type 'Zap'";
    QTest::newRow("pre-tokenizer") << QString::fromStdString(tinyTokenizerJson("null", R"({"type":"Chop"})", kWordPieceModel))
                                   << "pre-tokenizer type 'Chop'";
    QTest::newRow("model") << QString::fromStdString(tinyTokenizerJson("null", "null", R"({"type":"Magic","vocab":{}})"))
                           << "model type 'Magic'";
}

void TestTokenizer::unknownComponents()
{
    QFETCH(QString, json);
    QFETCH(QString, needle);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const fs::path dir = tmp.path().toStdString();
    writeFile(dir / "tokenizer.json", json.toStdString());
    const std::string n = needle.toStdString();
    expectError([&] { el::Tokenizer::load(dir); }, el::ErrorCode::UnsupportedModel, {n.c_str(), "tokenizer.json"});
}

void TestTokenizer::missingFiles()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const fs::path dir = tmp.path().toStdString();
    expectError([&] { el::Tokenizer::load(dir / "does-not-exist"); }, el::ErrorCode::FileNotFound, {"does-not-exist"});
    // A BERT folder whose vocab.txt is missing.
    writeFile(dir / "tokenizer_config.json", R"({"tokenizer_class":"BertTokenizer","do_lower_case":true})");
    expectError([&] { el::Tokenizer::load(dir); }, el::ErrorCode::FileNotFound, {"vocab.txt"});
    // A byte-level BPE folder with vocab.json but no merges.txt.
    writeFile(dir / "vocab.json", R"({"a":0})");
    expectError([&] { el::Tokenizer::load(dir); }, el::ErrorCode::FileNotFound, {"merges.txt"});
    fs::remove(dir / "vocab.json");
    // Only a (corrupt) sentencepiece model: handled by the sentencepiece path, which must fail
    // with an el::Error rather than crash.
    writeFile(dir / "spiece.model", "not really a model");
    bool threw = false;
    try {
        el::Tokenizer::load(dir);
    } catch (const el::Error&) {
        threw = true;
    }
    QVERIFY(threw);
    // Malformed companion config.
    fs::remove(dir / "spiece.model");
    writeFile(dir / "vocab.txt", "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nhello\n");
    writeFile(dir / "tokenizer_config.json", "{not json");
    expectError([&] { el::Tokenizer::load(dir); }, el::ErrorCode::InvalidJson, {"tokenizer_config.json"});
    writeFile(dir / "tokenizer_config.json", R"({"do_lower_case":true})");
    const auto tok = el::Tokenizer::load(dir);
    QCOMPARE(tok->encode("Hello", std::nullopt, {}).ids, (std::vector<int64_t>{2, 5, 3}));
}

void TestTokenizer::badFixtureUnknownNormalizer()
{
    const fs::path dir = eltest::fixturesDir() / "bad" / "unknown-normalizer";
    QVERIFY2(fs::exists(dir / "tokenizer.json"), "fixture tests/fixtures/bad/unknown-normalizer is missing");
    expectError([&] { el::Tokenizer::load(dir); }, el::ErrorCode::UnsupportedModel,
                {"normalizer type 'FancyUnicodeFolding'", "tokenizer.json"});
}

QTEST_APPLESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
