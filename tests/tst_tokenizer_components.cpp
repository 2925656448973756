// Unit tests of the tokenizer pipeline components against behaviour documented by the reference
// library itself: the expected values below are the ones asserted by huggingface/tokenizers' own
// Rust tests (normalizer.rs, byte_level.rs, metaspace.rs, bert.rs, added_vocabulary.rs,
// bpe/model.rs, unigram/model.rs, truncation.rs) or written down in encoder-specs.md §3.

#include "Error.h"
#include "tokenizers/AddedVocabulary.h"
#include "tokenizers/BasicNormalizers.h"
#include "tokenizers/Bpe.h"
#include "tokenizers/ByteLevel.h"
#include "tokenizers/PostProcessors.h"
#include "tokenizers/PreTokenizers.h"
#include "tokenizers/Truncation.h"
#include "tokenizers/UnicodeNormalizers.h"
#include "tokenizers/Unigram.h"
#include "tokenizers/Utf8.h"
#include "tokenizers/WordLevel.h"
#include "tokenizers/WordPiece.h"

#include <QtTest>

using namespace el::tok;
using Pairs = std::vector<std::pair<size_t, size_t>>;

namespace {

Pairs alignmentsOf(const NormalizedString& n)
{
    Pairs out;
    for (const auto& a : n.alignments()) out.emplace_back(a.start, a.end);
    return out;
}

// Pre-tokenizes `text` and returns (piece, original byte range) like get_splits(Original, Byte).
std::vector<std::pair<std::string, Offsets>> splitsOf(const PreTokenizer& p, const std::string& text)
{
    PreTokenizedString s(text);
    p.preTokenize(s);
    std::vector<std::pair<std::string, Offsets>> out;
    for (const auto& split : s.splits()) out.emplace_back(split.normalized.get(), split.normalized.offsetsOriginal());
    return out;
}

std::vector<std::string> valuesOf(const std::vector<Token>& tokens)
{
    std::vector<std::string> out;
    for (const auto& t : tokens) out.push_back(t.value);
    return out;
}

Vocab vocabOf(std::initializer_list<std::pair<const char*, int64_t>> items)
{
    Vocab v;
    for (const auto& [k, id] : items) v[k] = id;
    return v;
}

const std::string G = "\xC4\xA0"; // "Ġ", the byte-level space (U+0120)

} // namespace

class TestTokenizerComponents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8Sanitizing_data();
    void utf8Sanitizing();
    void normalizedStringAlignments();
    void normalizedStringStripAndConvert();
    void unicodeNormalizers();
    void bertPreTokenizer();
    void byteLevelTable();
    void byteLevelPreTokenizer();
    void byteLevelOffsetTrimming();
    void metaspace();
    void addedTokens();
    void wordPiece();
    void bpe();
    void unigram();
    void truncation();
    void templateProcessing();
};

void TestTokenizerComponents::utf8Sanitizing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    // What Python's bytes.decode("utf-8", errors="replace") gives (one U+FFFD per maximal subpart).
    const QByteArray r("\xEF\xBF\xBD");
    QTest::newRow("valid") << QByteArray("h\xC3\xA9llo") << QByteArray("h\xC3\xA9llo");
    QTest::newRow("stray continuation") << QByteArray("a\x80z") << QByteArray("a" + r + "z");
    QTest::newRow("truncated 3-byte") << QByteArray("a\xE2\x82") << QByteArray("a" + r);
    QTest::newRow("truncated 4-byte then ASCII") << QByteArray("\xF0\x90\x80" "A") << QByteArray(r + "A");
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << QByteArray(r + r);
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << QByteArray(r + r + r);
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << QByteArray(r + r + r + r);
    QTest::newRow("0xFF") << QByteArray("x\xFFy") << QByteArray("x" + r + "y");
}

void TestTokenizerComponents::utf8Sanitizing()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const std::string out = sanitizeUtf8(std::string_view(input.constData(), size_t(input.size())));
    QCOMPARE(QByteArray::fromStdString(out), expected);
}

void TestTokenizerComponents::normalizedStringAlignments()
{
    // normalizer.rs nfd_adds_new_chars / remove_chars_added_by_nfd / remove_chars.
    NormalizedString n(std::string("\xC3\xA9l\xC3\xA9gant")); // "élégant"
    n.nfd();
    QCOMPARE(alignmentsOf(n), (Pairs{{0, 2}, {0, 2}, {0, 2}, {2, 3}, {3, 5}, {3, 5}, {3, 5}, {5, 6}, {6, 7}, {7, 8}, {8, 9}}));
    n.filter([](char32_t c) { return !(c >= 0x300 && c <= 0x36F); });
    QCOMPARE(n.get(), std::string("elegant"));
    QCOMPARE(alignmentsOf(n), (Pairs{{0, 2}, {2, 3}, {3, 5}, {5, 6}, {6, 7}, {7, 8}, {8, 9}}));

    NormalizedString m(std::string("\xC3\xA9l\xC3\xA9gant"));
    m.filter([](char32_t c) { return c != U'n'; });
    QCOMPARE(m.get(), std::string("\xC3\xA9l\xC3\xA9gat"));
    QCOMPARE(alignmentsOf(m), (Pairs{{0, 2}, {0, 2}, {2, 3}, {3, 5}, {3, 5}, {5, 6}, {6, 7}, {8, 9}}));

    // added_characters_alignment: spaces around CJK chars take the char's alignment.
    NormalizedString c(std::string("\xE9\x87\x8E\xE5\x8F\xA3 No")); // "野口 No"
    std::vector<Change> dest;
    c.forEachChar([&](char32_t ch) {
        if (ch > 0x4E00) {
            dest.push_back({U' ', 0});
            dest.push_back({ch, 1});
            dest.push_back({U' ', 1});
        } else {
            dest.push_back({ch, 0});
        }
    });
    c.transform(dest, 0);
    QCOMPARE(c.get(), std::string(" \xE9\x87\x8E  \xE5\x8F\xA3  No"));
    QCOMPARE(alignmentsOf(c), (Pairs{{0, 3}, {0, 3}, {0, 3}, {0, 3}, {0, 3}, {3, 6}, {3, 6}, {3, 6}, {3, 6}, {3, 6},
                                     {6, 7}, {7, 8}, {8, 9}}));
}

void TestTokenizerComponents::normalizedStringStripAndConvert()
{
    NormalizedString l(std::string("  This is an example  "));
    l.lrstrip(true, false);
    QCOMPARE(l.get(), std::string("This is an example  "));
    NormalizedString r(std::string("  This is an example  "));
    r.lrstrip(false, true);
    QCOMPARE(r.get(), std::string("  This is an example"));
    NormalizedString b(std::string("  This is an example  "));
    b.lrstrip(true, true);
    QCOMPARE(b.get(), std::string("This is an example"));
    const auto orig = b.normalizedToOriginal(0, b.len());
    QVERIFY(orig.has_value());
    QCOMPARE(*orig, (Offsets{2, 20}));

    // range_conversion
    NormalizedString n(std::string("    __Hello__   "));
    n.filter([](char32_t c) { return c != U' '; });
    n.lowercase();
    QCOMPARE(n.originalToNormalized(6, 11), (std::optional<Offsets>{{2, 7}}));
    QCOMPARE(n.originalToNormalized(0, 0), (std::optional<Offsets>{{0, 0}}));
    QCOMPARE(n.originalToNormalized(3, 3), (std::optional<Offsets>{{3, 3}}));
    QCOMPARE(n.originalToNormalized(15, 16), (std::optional<Offsets>{{9, 9}}));
    QCOMPARE(n.originalToNormalized(16, 16), (std::optional<Offsets>{{16, 16}}));
    QVERIFY(!n.originalToNormalized(17, 16).has_value());
    QCOMPARE(n.normalizedToOriginal(3, 3), (std::optional<Offsets>{{3, 3}}));
    QVERIFY(!n.normalizedToOriginal(10, 9).has_value());
}

void TestTokenizerComponents::unicodeNormalizers()
{
    // unicode.rs test_nfkc: "ﬁ" -> "fi", both chars aligned to the ligature.
    NormalizedString n(std::string("\xEF\xAC\x81"));
    UnicodeNormalizer(UnicodeNormalizer::Form::NFKC).normalize(n);
    QCOMPARE(n.get(), std::string("fi"));
    QCOMPARE(alignmentsOf(n), (Pairs{{0, 3}, {0, 3}}));

    // NFC composes e + U+0301 into U+00E9.
    NormalizedString c(std::string("e\xCC\x81"));
    UnicodeNormalizer(UnicodeNormalizer::Form::NFC).normalize(c);
    QCOMPARE(c.get(), std::string("\xC3\xA9"));

    // strip.rs test_strip_accents_multiple.
    NormalizedString s(std::string("e\xCC\x84\xCC\x84\xCC\x84o"));
    StripAccentsNormalizer().normalize(s);
    QCOMPARE(s.get(), std::string("eo"));
    QCOMPARE(alignmentsOf(s), (Pairs{{0, 1}, {7, 8}}));

    // Greek capital sigma lowercases to σ even at the end of a word (no final-sigma rule).
    NormalizedString g(std::string("\xCE\xA3\xCE\xA3"));
    g.lowercase();
    QCOMPARE(g.get(), std::string("\xCF\x83\xCF\x83"));
    // U+0130 lowercases to "i" + U+0307, both aligned to the original char.
    NormalizedString i(std::string("\xC4\xB0"));
    i.lowercase();
    QCOMPARE(i.get(), std::string("i\xCC\x87"));
    QCOMPARE(alignmentsOf(i), (Pairs{{0, 2}, {0, 2}, {0, 2}}));
}

void TestTokenizerComponents::bertPreTokenizer()
{
    // pre_tokenizers/bert.rs basic
    const auto s = splitsOf(BertPreTokenizer(), "Hey friend!     How are you?!?");
    const std::vector<std::pair<std::string, Offsets>> expected{
        {"Hey", {0, 3}}, {"friend", {4, 10}}, {"!", {10, 11}}, {"How", {16, 19}}, {"are", {20, 23}},
        {"you", {24, 27}}, {"?", {27, 28}}, {"!", {28, 29}}, {"?", {29, 30}}};
    QCOMPARE(s, expected);
    // Symbols (S*) are not punctuation: "€" stays attached, "¿" (Po) is split.
    const auto t = splitsOf(BertPreTokenizer(), "5\xE2\x82\xAC \xC2\xBFqu\xC3\xA9?");
    QCOMPARE(t.size(), size_t(4));
    QCOMPARE(t[0].first, std::string("5\xE2\x82\xAC"));
    QCOMPARE(t[1].first, std::string("\xC2\xBF"));
}

void TestTokenizerComponents::byteLevelTable()
{
    // encoder-specs §3.4: printable bytes map to themselves, the others to U+0100.. in byte order.
    QCOMPARE(uint32_t(byteToChar(' ')), uint32_t(0x120));
    QCOMPARE(uint32_t(byteToChar('\n')), uint32_t(0x10A));
    QCOMPARE(uint32_t(byteToChar(0)), uint32_t(0x100));
    QCOMPARE(uint32_t(byteToChar(127)), uint32_t(0x121));
    QCOMPARE(uint32_t(byteToChar(160)), uint32_t(0x142));
    QCOMPARE(uint32_t(byteToChar(173)), uint32_t(0x143));
    QCOMPARE(uint32_t(byteToChar('a')), uint32_t('a'));
    QCOMPARE(uint32_t(byteToChar(0xE9)), uint32_t(0xE9));
}

void TestTokenizerComponents::byteLevelPreTokenizer()
{
    const ByteLevelPreTokenizer noPrefix(false, true);
    // encoder-specs §3.4: "a   b" -> "a", "␠␠", "␠b".
    const auto a = splitsOf(noPrefix, "a   b");
    QCOMPARE(a, (std::vector<std::pair<std::string, Offsets>>{{"a", {0, 1}}, {G + G, {1, 3}}, {G + "b", {3, 5}}}));
    // byte_level.rs pre_tokenization
    const auto s = splitsOf(noPrefix, "Hello my friend, how is your day going?");
    const std::vector<std::pair<std::string, Offsets>> expected{
        {"Hello", {0, 5}}, {G + "my", {5, 8}}, {G + "friend", {8, 15}}, {",", {15, 16}}, {G + "how", {16, 20}},
        {G + "is", {20, 23}}, {G + "your", {23, 28}}, {G + "day", {28, 32}}, {G + "going", {32, 38}}, {"?", {38, 39}}};
    QCOMPARE(s, expected);
    // handling_of_newlines: a lone "\n" before a word is its own piece "Ċ".
    const auto n = splitsOf(noPrefix, "Hello there\nHello there");
    QCOMPARE(n, (std::vector<std::pair<std::string, Offsets>>{
                    {"Hello", {0, 5}}, {G + "there", {5, 11}}, {"\xC4\x8A", {11, 12}}, {"Hello", {12, 17}}, {G + "there", {17, 23}}}));
    // handling_of_multiple_whitespaces
    const auto w = splitsOf(noPrefix, "Hello there       dear");
    QCOMPARE(w.size(), size_t(4));
    QCOMPARE(w[2], (std::pair<std::string, Offsets>{G + G + G + G + G + G, {11, 17}}));
    QCOMPARE(w[3], (std::pair<std::string, Offsets>{G + "dear", {17, 22}}));
    // offsets_when_char_split_up: "i⭢j" -> "i", "âŃ¢" (the three bytes), "j".
    const auto u = splitsOf(noPrefix, "i\xE2\xAD\xA2j");
    QCOMPARE(u, (std::vector<std::pair<std::string, Offsets>>{{"i", {0, 1}}, {"\xC3\xA2\xC5\x83\xC2\xA2", {1, 4}}, {"j", {4, 5}}}));
    // add_prefix_space: the first word gets "Ġ" unless the text already starts with a space.
    const auto p = splitsOf(ByteLevelPreTokenizer(true, true), "Hello my");
    QCOMPARE(p.front().first, G + "Hello");
    QCOMPARE(p.front().second, (Offsets{0, 5}));
}

void TestTokenizerComponents::byteLevelOffsetTrimming()
{
    // processor_trims_offsets_pre_tokenized: a leading "Ġ" is kept on tokens starting at offset 0
    // when add_prefix_space, trimmed elsewhere.
    el::Encoding e;
    e.tokens = {G + "l", "ove", G + "l", "ove"};
    e.offsets = {{0, 1}, {1, 4}, {0, 1}, {1, 4}};
    trimByteLevelOffsets(e, true);
    QCOMPARE(e.offsets, (std::vector<std::pair<int64_t, int64_t>>{{0, 1}, {1, 4}, {0, 1}, {1, 4}}));
    el::Encoding f;
    f.tokens = {G + "Hello", G + "there", G + G + "x" + G};
    f.offsets = {{0, 6}, {6, 12}, {12, 16}};
    trimByteLevelOffsets(f, false);
    QCOMPARE(f.offsets, (std::vector<std::pair<int64_t, int64_t>>{{1, 6}, {7, 12}, {14, 15}}));
}

void TestTokenizerComponents::metaspace()
{
    using Scheme = MetaspacePreTokenizer::PrependScheme;
    const std::string m = "\xE2\x96\x81"; // ▁
    const MetaspacePreTokenizer always(0x2581, Scheme::Always, true);
    // metaspace.rs basic / multiple_spaces (original byte offsets).
    QCOMPARE(splitsOf(always, "Hey friend!"),
             (std::vector<std::pair<std::string, Offsets>>{{m + "Hey", {0, 3}}, {m + "friend!", {3, 11}}}));
    QCOMPARE(splitsOf(always, "Hey   friend!"),
             (std::vector<std::pair<std::string, Offsets>>{
                 {m + "Hey", {0, 3}}, {m, {3, 4}}, {m, {4, 5}}, {m + "friend!", {5, 13}}}));
    const MetaspacePreTokenizer never(0x2581, Scheme::Never, true);
    QCOMPARE(splitsOf(never, "Hey friend!").front().first, std::string("Hey"));
    const MetaspacePreTokenizer noSplit(0x2581, Scheme::Always, false);
    QCOMPARE(splitsOf(noSplit, "Hey friend!").size(), size_t(1));
}

void TestTokenizerComponents::addedTokens()
{
    // added_vocabulary.rs options_use_cases: Lowercase normalizer, "my" lstrip+rstrip, "ony"
    // single_word, [CLS]/[SEP] special.
    const WordLevel model(Vocab{}, "[UNK]");
    const LowercaseNormalizer lower;
    auto tok = [](const char* content, bool special) {
        AddedToken t;
        t.content = content;
        t.special = special;
        t.normalized = !special;
        return t;
    };
    std::vector<AddedToken> tokens{tok("my", false), tok("name", false), tok("ony", false), tok("[CLS]", true), tok("[SEP]", true)};
    tokens[0].lstrip = tokens[0].rstrip = true;
    tokens[2].singleWord = true;
    AddedVocabulary av;
    av.build(tokens, model, &lower);
    const auto pts = av.extractAndNormalize(&lower, "[CLS] My name is Anthony [SEP]");
    std::vector<std::pair<std::string, int64_t>> got;
    for (const auto& s : pts.splits()) got.emplace_back(s.normalized.get(), s.tokens ? s.tokens->front().id : -1);
    QCOMPARE(got, (std::vector<std::pair<std::string, int64_t>>{
                      {"[CLS]", 3}, {" my ", 0}, {"name", 1}, {" is anthony ", -1}, {"[SEP]", 4}}));

    // test_single_word_is_unicode_correct: punctuation is not a word char, a combining mark is.
    AddedToken mask = tok("<mask>", false);
    mask.singleWord = true;
    AddedVocabulary av2;
    av2.build({mask}, model, &lower);
    got.clear();
    const auto pts2 = av2.extractAndNormalize(&lower, "<mask>, <mask>- \xE2\x97\x8C\xCC\xB0<mask>");
    for (const auto& s : pts2.splits())
        got.emplace_back(s.normalized.get(), s.tokens ? s.tokens->front().id : -1);
    QCOMPARE(got, (std::vector<std::pair<std::string, int64_t>>{
                      {"<mask>", 0}, {", ", -1}, {"<mask>", 0}, {"- \xE2\x97\x8C\xCC\xB0<mask>", -1}}));

    // test_lstrip_unicode_space: \t and U+2000 are stripped whitespace too.
    mask.lstrip = mask.rstrip = true;
    AddedVocabulary av3;
    av3.build({mask}, model, &lower);
    got.clear();
    const auto pts3 = av3.extractAndNormalize(&lower, "Hi <mask> there\t<mask>\t<mask>\xE2\x80\x80");
    for (const auto& s : pts3.splits())
        got.emplace_back(s.normalized.get(), s.tokens ? s.tokens->front().id : -1);
    QCOMPARE(got, (std::vector<std::pair<std::string, int64_t>>{
                      {"hi", -1}, {" <mask> ", 0}, {"there", -1}, {"\t<mask>\t", 0}, {"<mask>\xE2\x80\x80", 0}}));
}

void TestTokenizerComponents::wordPiece()
{
    const WordPiece wp(vocabOf({{"[UNK]", 0}, {"un", 1}, {"##aff", 2}, {"##able", 3}, {"a", 4}}), "[UNK]", "##", 5);
    std::vector<Token> out;
    wp.tokenize("unaffable", out); // longer than max_input_chars_per_word (5)
    QCOMPARE(valuesOf(out), (std::vector<std::string>{"[UNK]"}));
    QCOMPARE((Offsets{out[0].start, out[0].end}), (Offsets{0, 9}));

    const WordPiece wp2(vocabOf({{"[UNK]", 0}, {"un", 1}, {"##aff", 2}, {"##able", 3}, {"a", 4}}), "[UNK]", "##", 100);
    out.clear();
    wp2.tokenize("unaffable", out);
    QCOMPARE(valuesOf(out), (std::vector<std::string>{"un", "##aff", "##able"}));
    QCOMPARE((Offsets{out[1].start, out[1].end}), (Offsets{2, 5}));
    out.clear();
    wp2.tokenize("unaffablex", out); // no piece for the final "x": the whole word is unk
    QCOMPARE(valuesOf(out), (std::vector<std::string>{"[UNK]"}));
    QCOMPARE(out[0].end, size_t(10));
}

void TestTokenizerComponents::bpe()
{
    // bpe/model.rs test_tokenize_with_and_without_dropout: "unrelated" merges into one token.
    const Vocab v = vocabOf({{"u", 0}, {"n", 1}, {"r", 2}, {"e", 3}, {"l", 4}, {"a", 5}, {"t", 6}, {"d", 7},
                             {"re", 8}, {"at", 9}, {"ed", 10}, {"un", 11}, {"ated", 12}, {"rel", 13},
                             {"related", 14}, {"unrelated", 15}});
    const std::vector<std::pair<std::string, std::string>> merges{
        {"r", "e"}, {"a", "t"}, {"e", "d"}, {"u", "n"}, {"at", "ed"}, {"re", "l"}, {"rel", "ated"}, {"un", "related"}};
    const Bpe model(v, merges, {});
    std::vector<Token> out;
    model.tokenize("unrelated", out);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].id, int64_t(15));
    QCOMPARE((Offsets{out[0].start, out[0].end}), (Offsets{0, 9}));

    // test_unk_not_fused / test_unk_get_fused
    Bpe::Options opt;
    opt.unkToken = "<unk>";
    const Bpe notFused(vocabOf({{"<unk>", 0}, {"a", 1}, {"b", 2}}), {}, opt);
    out.clear();
    notFused.tokenize("accb", out);
    QCOMPARE(valuesOf(out), (std::vector<std::string>{"a", "<unk>", "<unk>", "b"}));
    QCOMPARE((Offsets{out[2].start, out[2].end}), (Offsets{2, 3}));
    opt.fuseUnk = true;
    const Bpe fused(vocabOf({{"<unk>", 0}, {"a", 1}, {"b", 2}}), {}, opt);
    out.clear();
    fused.tokenize("accb", out);
    QCOMPARE(valuesOf(out), (std::vector<std::string>{"a", "<unk>", "b"}));
    QCOMPARE((Offsets{out[1].start, out[1].end}), (Offsets{1, 3}));

    // byte fallback: unknown chars become <0xXX> tokens of one byte each.
    Bpe::Options fb;
    fb.byteFallback = true;
    fb.unkToken = "<unk>";
    const Bpe bytes(vocabOf({{"<unk>", 0}, {"<0xC3>", 1}, {"<0xA9>", 2}, {"a", 3}}), {}, fb);
    out.clear();
    bytes.tokenize("a\xC3\xA9", out);
    QCOMPARE(valuesOf(out), (std::vector<std::string>{"a", "<0xC3>", "<0xA9>"}));

    // A merge naming an unknown token is a load error.
    bool threw = false;
    try {
        Bpe bad(vocabOf({{"a", 0}}), {{"a", "z"}}, {});
    } catch (const el::Error& e) {
        threw = e.code() == el::ErrorCode::InvalidJson;
    }
    QVERIFY(threw);
}

void TestTokenizerComponents::unigram()
{
    // unigram/model.rs test_encode2 (fuse_unk on, as in tokenizers' Unigram).
    std::vector<std::pair<std::string, double>> pieces{
        {"<unk>", 0.0}, {"ab", 0.0}, {"cd", -0.1}, {"abc", -0.2}, {"a", -0.3}, {"b", -0.4}, {"c", -0.5},
        {"ABC", -0.5}, {"abcdabcd", 20.0}, {"q", 20.5}, {"r", 20.5}, {"qr", -0.5}};
    const Unigram model(pieces, 0, false);
    auto enc = [&](const char* s) {
        std::vector<std::string> out;
        for (auto p : model.encode(s)) out.emplace_back(p);
        return out;
    };
    using V = std::vector<std::string>;
    QCOMPARE(enc("abc"), (V{"abc"}));
    QCOMPARE(enc("AB"), (V{"AB"}));
    QCOMPARE(enc("abcd"), (V{"ab", "cd"}));
    QCOMPARE(enc("abcc"), (V{"abc", "c"}));
    QCOMPARE(enc("xabcabaabcdd"), (V{"x", "abc", "ab", "a", "ab", "cd", "d"}));
    QCOMPARE(enc("xyz\xE6\x9D\xB1\xE4\xBA\xAC"), (V{"xyz\xE6\x9D\xB1\xE4\xBA\xAC"}));
    QCOMPARE(enc("ABC"), (V{"ABC"}));
    QCOMPARE(enc("abABCcd"), (V{"ab", "ABC", "cd"}));
    QCOMPARE(enc("ababcdabcdcd"), (V{"ab", "abcdabcd", "cd"}));
    QCOMPARE(enc("abqrcd"), (V{"ab", "q", "r", "cd"}));
    // Unknown pieces keep their text as token string and get the unk id.
    std::vector<Token> out;
    model.tokenize("xab", out);
    QCOMPARE(out.front().id, int64_t(0));
    QCOMPARE(out.front().value, std::string("x"));

    // test_unigram_bytefallback
    const Unigram fb({{"<unk>", 0.0}, {"<0xC3>", -0.01}, {"<0xA9>", -0.03}}, 0, true);
    out.clear();
    fb.tokenize("\xC3\xA9", out);
    QCOMPARE(out.size(), size_t(2));
    QCOMPARE(out[0].value, std::string("<0xC3>"));
    QCOMPARE(out[1].id, int64_t(2));
    QCOMPARE((Offsets{out[1].start, out[1].end}), (Offsets{0, 2}));
    out.clear();
    fb.tokenize("?\xC3\xA9", out);
    QCOMPARE(out[0].id, int64_t(0));
}

void TestTokenizerComponents::truncation()
{
    // utils/truncation.rs truncate_encodings_longest_first (max_length 7) with lengths
    // empty 0, short 2, medium 4, long 8.
    const size_t len[] = {0, 2, 4, 8};
    const size_t expected[4][4][2] = {
        {{0, 0}, {0, 2}, {0, 4}, {0, 7}},
        {{2, 0}, {2, 2}, {2, 4}, {2, 5}},
        {{4, 0}, {4, 2}, {3, 4}, {3, 4}},
        {{7, 0}, {5, 2}, {4, 3}, {3, 4}},
    };
    for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < 4; ++j) {
            el::Encoding a, b;
            a.ids.assign(len[i], 1);
            b.ids.assign(len[j], 2);
            truncateEncodings(a, &b, 7, false);
            QCOMPARE(a.ids.size(), expected[i][j][0]);
            QCOMPARE(b.ids.size(), expected[i][j][1]);
        }
    }
    // max_length 0 truncates everything.
    el::Encoding a, b;
    a.ids.assign(4, 1);
    b.ids.assign(4, 1);
    truncateEncodings(a, &b, 0, false);
    QCOMPARE(a.ids.size() + b.ids.size(), size_t(0));
    // Left truncation keeps the end.
    el::Encoding c;
    c.ids = {1, 2, 3, 4, 5};
    c.tokens = {"a", "b", "c", "d", "e"};
    truncateEncodings(c, nullptr, 2, true);
    QCOMPARE(c.ids, (std::vector<int64_t>{4, 5}));
    QCOMPARE(c.tokens, (std::vector<std::string>{"d", "e"}));
}

void TestTokenizerComponents::templateProcessing()
{
    const auto single = TemplateProcessing::parse("[CLS]:0 $A:0 [SEP]:0");
    const auto pair = TemplateProcessing::parse("[CLS] $A [SEP] $B:1 [SEP]:1");
    QCOMPARE(single.size(), size_t(3));
    QVERIFY(single[0].special && single[0].id == "[CLS]");
    QVERIFY(!pair[3].special && pair[3].id == "B" && pair[3].typeId == 1);
    std::map<std::string, TemplateProcessing::SpecialToken> st{{"[CLS]", {{101}, {"[CLS]"}}}, {"[SEP]", {{102}, {"[SEP]"}}}};
    const TemplateProcessing tp(single, pair, st);
    QCOMPARE(tp.addedTokens(false), size_t(2));
    QCOMPARE(tp.addedTokens(true), size_t(3));

    el::Encoding a;
    a.ids = {7};
    a.tokens = {"hi"};
    a.offsets = {{0, 2}};
    a.typeIds = {0};
    a.specialTokensMask = {0};
    a.attentionMask = {1};
    a.sequenceIds = {0};
    a.wordIds = {0};
    el::Encoding b = a;
    b.ids = {8};
    const el::Encoding out = mergeEncodings(tp.process({a, b}));
    QCOMPARE(out.ids, (std::vector<int64_t>{101, 7, 102, 8, 102}));
    QCOMPARE(out.typeIds, (std::vector<int64_t>{0, 0, 0, 1, 1}));
    QCOMPARE(out.specialTokensMask, (std::vector<int8_t>{1, 0, 1, 0, 1}));
    QCOMPARE(out.offsets[2], (std::pair<int64_t, int64_t>{0, 0}));
    QCOMPARE(out.sequenceIds, (std::vector<int32_t>{-1, 0, -1, 1, -1}));

    bool threw = false;
    try {
        TemplateProcessing bad(TemplateProcessing::parse("<s> $A </s>"), {}, {});
    } catch (const el::Error& e) {
        threw = e.code() == el::ErrorCode::InvalidJson && std::string(e.what()).find("<s>") != std::string::npos;
    }
    QVERIFY(threw);
}

QTEST_APPLESS_MAIN(TestTokenizerComponents)
#include "tst_tokenizer_components.moc"
