// Restricted pytorch_model.bin reader: pickles written opcode by opcode from the pickle spec
// (CPython Lib/pickle.py, pickletools) in the layout torch.save produces (spec §1.3), wrapped in
// zip archives assembled here from PKWARE APPNOTE. The expected tensor values are the ones put into
// the bytes. Every malformed or hostile variant must give a clear el::Error without crashing,
// hanging or executing anything.

#include "Error.h"
#include "Npy.h"
#include "TestSupport.h"
#include "torchbin/RestrictedUnpickler.h"
#include "torchbin/TorchBinFile.h"
#include "torchbin/TorchBinReader.h"
#include "torchbin/ZipArchive.h"
#include "weights/WeightStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>

using el::ErrorCode;

namespace {

std::string le(uint64_t v, int n) { return eltest::littleEndian(v, n); }

using eltest::bytesOf;

// Bitwise CRC-32 straight from the zip spec, independent of the reader's table-driven one.
uint32_t referenceCrc(const std::string& s)
{
    uint32_t c = 0xffffffffu;
    for (unsigned char b : s) {
        c ^= b;
        for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return ~c;
}

// Pickle opcodes, one method each (names as in pickletools).
struct Pickle
{
    std::string b;
    Pickle& op(int c) { b += char(c); return *this; }
    Pickle& raw(const std::string& s) { b += s; return *this; }
    Pickle& proto(int v) { return op(0x80).op(v); }
    Pickle& global(const std::string& module, const std::string& name) { return op('c').raw(module + "\n" + name + "\n"); }
    Pickle& str(const std::string& s) { return op('X').raw(le(s.size(), 4)).raw(s); }
    Pickle& shortStr(const std::string& s) { return op(0x8c).op(int(s.size())).raw(s); }
    Pickle& str8(const std::string& s) { return op(0x8d).raw(le(s.size(), 8)).raw(s); }
    Pickle& binint(int32_t v) { return op('J').raw(le(uint32_t(v), 4)); }
    Pickle& binint1(int v) { return op('K').op(v); }
    Pickle& binint2(int v) { return op('M').raw(le(uint64_t(v), 2)); }
    Pickle& long1(int64_t v) { return op(0x8a).op(8).raw(le(uint64_t(v), 8)); }
    Pickle& mark() { return op('('); }
    Pickle& tuple() { return op('t'); }
    Pickle& emptyTuple() { return op(')'); }
    Pickle& emptyDict() { return op('}'); }
    Pickle& emptyList() { return op(']'); }
    Pickle& reduce() { return op('R'); }
    Pickle& build() { return op('b'); }
    Pickle& setitem() { return op('s'); }
    Pickle& setitems() { return op('u'); }
    Pickle& append() { return op('a'); }
    Pickle& persid() { return op('Q'); }
    Pickle& newFalse() { return op(0x89); }
    Pickle& none() { return op('N'); }
    Pickle& binput(int i) { return op('q').op(i); }
    Pickle& binget(int i) { return op('h').op(i); }
    Pickle& memoize() { return op(0x94); }
    Pickle& stop() { return op('.'); }
    Pickle& ints(const std::vector<int64_t>& v)
    {
        mark();
        for (int64_t x : v) (x >= 0 && x < (int64_t(1) << 31)) ? binint(int32_t(x)) : long1(x);
        return tuple();
    }
    Pickle& orderedDict() { return global("collections", "OrderedDict").emptyTuple().reduce(); }
};

struct TensorSpec
{
    std::string name;
    std::string storageType; // "FloatStorage", ...
    std::string key;
    int64_t storageNumel;
    int64_t offset;
    std::vector<int64_t> sizes;
    std::vector<int64_t> strides;
};

Pickle& anInt(Pickle& p, int64_t v)
{
    return (v >= 0 && v < (int64_t(1) << 31)) ? p.binint(int32_t(v)) : p.long1(v);
}

// One _rebuild_tensor_v2(...) call, as torch.save (protocol 2) writes it, left on the stack.
void pickleTensor(Pickle& p, const TensorSpec& t)
{
    p.global("torch._utils", "_rebuild_tensor_v2").mark();
    p.mark().str("storage").global("torch", t.storageType).str(t.key).str("cpu");
    anInt(p, t.storageNumel).tuple().persid();
    anInt(p, t.offset);
    p.ints(t.sizes).ints(t.strides).newFalse().orderedDict().tuple().reduce();
}

// OrderedDict state dict, then torch's BUILD with the module's __dict__:
// {'_metadata': OrderedDict({'': {'version': 1, 'device': torch.device('cpu')}})}.
std::string stateDictPickle(const std::vector<TensorSpec>& tensors, bool metadata = true)
{
    Pickle p;
    p.proto(2).global("collections", "OrderedDict").binput(0).emptyTuple().reduce().binput(1).mark();
    for (const TensorSpec& t : tensors) {
        p.str(t.name);
        pickleTensor(p, t);
    }
    p.setitems();
    if (metadata) {
        p.emptyDict().str("_metadata").binget(0).emptyTuple().reduce().str("");
        p.emptyDict().str("version").binint1(1).setitem();
        p.str("device").global("torch", "device").str("cpu").op(0x85).reduce().setitem();
        p.setitem().setitem().build();
    }
    return p.stop().b;
}

struct ZipOptions
{
    bool zip64 = true;       // ZIP64 end records (what PyTorch's writer produces)
    bool zip64Extra = false; // sizes and offsets in ZIP64 extra fields of the central directory
    bool align = true;       // 64-byte aligned record data via an 'FB' padding extra field
    uint16_t method = 0;
    std::string badCrcEntry; // entry whose recorded CRC is off by one
};

std::string makeZip(const std::vector<std::pair<std::string, std::string>>& entries, const ZipOptions& o = {})
{
    std::string out, central;
    for (const auto& [name, data] : entries) {
        const uint64_t localOffset = out.size();
        std::string extra;
        if (o.align) {
            const size_t base = out.size() + 30 + name.size() + 4;
            const size_t pad = (64 - base % 64) % 64;
            extra = le(0x4246, 2) + le(pad, 2) + std::string(pad, 'Z');
        }
        const uint32_t crc = referenceCrc(data) + (name == o.badCrcEntry ? 1 : 0);
        out += le(0x04034b50, 4) + le(45, 2) + le(0, 2) + le(o.method, 2) + le(0, 4) + le(crc, 4) +
               le(data.size(), 4) + le(data.size(), 4) + le(name.size(), 2) + le(extra.size(), 2) + name + extra + data;
        std::string cdExtra;
        uint64_t size32 = data.size(), offset32 = localOffset;
        if (o.zip64Extra) {
            cdExtra = le(1, 2) + le(24, 2) + le(data.size(), 8) + le(data.size(), 8) + le(localOffset, 8);
            size32 = offset32 = 0xffffffffu;
        }
        central += le(0x02014b50, 4) + le(45, 2) + le(45, 2) + le(0, 2) + le(o.method, 2) + le(0, 4) + le(crc, 4) +
                   le(size32, 4) + le(size32, 4) + le(name.size(), 2) + le(cdExtra.size(), 2) + le(0, 2) + le(0, 2) +
                   le(0, 2) + le(0, 4) + le(offset32, 4) + name + cdExtra;
    }
    const uint64_t cdOffset = out.size();
    out += central;
    const uint64_t n = entries.size();
    if (o.zip64) {
        const uint64_t recOffset = out.size();
        out += le(0x06064b50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4) + le(n, 8) + le(n, 8) +
               le(central.size(), 8) + le(cdOffset, 8);
        out += le(0x07064b50, 4) + le(0, 4) + le(recOffset, 8) + le(1, 4);
        out += le(0x06054b50, 4) + le(0, 2) + le(0, 2) + le(0xffff, 2) + le(0xffff, 2) + le(0xffffffffu, 4) +
               le(0xffffffffu, 4) + le(0, 2);
    } else {
        out += le(0x06054b50, 4) + le(0, 2) + le(0, 2) + le(n, 2) + le(n, 2) + le(central.size(), 4) +
               le(cdOffset, 4) + le(0, 2);
    }
    return out;
}

void writeBytes(const std::filesystem::path& p, const std::string& bytes)
{
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
}

std::vector<float> floats(const at::Tensor& t)
{
    const at::Tensor c = t.contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// Six floats 0..5 in storage "0" and three F16 values in storage "1".
const std::string kF32Storage = bytesOf<float>({0, 1, 2, 3, 4, 5});
const std::string kF16Storage = bytesOf<uint16_t>({0x3C00, 0xC100, 0x7BFF}); // 1, -2.5, 65504

} // namespace

class TestTorchBin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::filesystem::path write(const std::string& bytes)
    {
        const auto p = std::filesystem::path(m_dir.path().toStdString()) / ("f" + std::to_string(++m_counter) + ".bin");
        writeBytes(p, bytes);
        return p;
    }
    // A torch.save-like archive: prefix/data.pkl, prefix/data/<key> records, prefix/version.
    std::filesystem::path archive(const std::string& pickle, const std::vector<std::pair<std::string, std::string>>& records,
                                  const std::string& prefix = "archive", const ZipOptions& o = {})
    {
        std::vector<std::pair<std::string, std::string>> entries{{prefix + "/data.pkl", pickle}};
        for (const auto& [key, bytes] : records) entries.emplace_back(prefix + "/data/" + key, bytes);
        entries.emplace_back(prefix + "/version", "3\n");
        return write(makeZip(entries, o));
    }
    static std::vector<TensorSpec> twoTensors()
    {
        return {{"bert.encoder.weight", "FloatStorage", "0", 6, 0, {2, 3}, {3, 1}},
                {"bert.encoder.bias", "HalfStorage", "1", 3, 0, {3}, {1}}};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void crcMatchesTheZipCheckValue()
    {
        const std::string check = "123456789";
        QCOMPARE(el::ZipArchive::crc32(reinterpret_cast<const uint8_t*>(check.data()), check.size()), 0xCBF43926u);
        QCOMPARE(referenceCrc(check), 0xCBF43926u);
        std::string big;
        for (int i = 0; i < 1000; ++i) big += char(i * 7 + 3);
        QCOMPARE(el::ZipArchive::crc32(reinterpret_cast<const uint8_t*>(big.data()), big.size()), referenceCrc(big));
    }

    void readsProtocol2StateDict_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("zip64");
        QTest::addColumn<bool>("zip64Extra");
        QTest::addColumn<bool>("align");
        QTest::addColumn<bool>("metadata");
        QTest::newRow("archive/ zip64 aligned") << "archive" << true << false << true << true;
        QTest::newRow("stem prefix, plain zip") << "pytorch_model" << false << false << true << true;
        QTest::newRow("zip64 extra fields") << "archive" << true << true << true << false;
        QTest::newRow("unaligned records") << "archive" << true << false << false << true;
    }
    void readsProtocol2StateDict()
    {
        QFETCH(QString, prefix);
        QFETCH(bool, zip64);
        QFETCH(bool, zip64Extra);
        QFETCH(bool, align);
        QFETCH(bool, metadata);
        ZipOptions o;
        o.zip64 = zip64;
        o.zip64Extra = zip64Extra;
        o.align = align;
        const auto path = archive(stateDictPickle(twoTensors(), metadata), {{"0", kF32Storage}, {"1", kF16Storage}},
                                  prefix.toStdString(), o);
        const auto dict = el::readTorchStateDict(path);
        QCOMPARE(dict.size(), size_t(2));
        QCOMPARE(dict[0].first, std::string("bert.encoder.weight"));
        QCOMPARE(dict[1].first, std::string("bert.encoder.bias"));
        QCOMPARE(dict[0].second.scalar_type(), at::kFloat);
        QCOMPARE(dict[0].second.sizes().vec(), (std::vector<int64_t>{2, 3}));
        QCOMPARE(floats(dict[0].second), (std::vector<float>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(dict[1].second.scalar_type(), at::kFloat); // F16 converted
        QCOMPARE(floats(dict[1].second), (std::vector<float>{1, -2.5f, 65504}));

        const el::TorchBinFile file(path);
        QCOMPARE(file.prefix(), prefix.toStdString());
        QCOMPARE(file.tensors().size(), size_t(2));
        QCOMPARE(file.find("bert.encoder.bias")->dtype, std::string("F16"));
        QCOMPARE(file.find("bert.encoder.weight")->shape, (std::vector<int64_t>{2, 3}));
        QVERIFY(file.find("cls.bias") == nullptr);
        std::vector<float> bias(3);
        file.readFloat32("bert.encoder.bias", bias.data());
        QCOMPARE(bias, (std::vector<float>{1, -2.5f, 65504}));
    }

    void honoursSharedStoragesAndTiedWeights()
    {
        // One storage of 6 floats seen as: the full [2,3] matrix, its transpose (strides 1,3), a
        // strided slice starting at element 1 ([1, 3, 5]), and the matrix again under a second key
        // through the memo (tied weights are pickled once).
        Pickle p;
        p.proto(2).global("collections", "OrderedDict").binput(0).emptyTuple().reduce().mark();
        p.str("w");
        pickleTensor(p, {"", "FloatStorage", "7", 6, 0, {2, 3}, {3, 1}});
        p.binput(5);
        p.str("wt");
        pickleTensor(p, {"", "FloatStorage", "7", 6, 0, {3, 2}, {1, 3}});
        p.str("odd");
        pickleTensor(p, {"", "FloatStorage", "7", 6, 1, {3}, {2}});
        p.str("tied").binget(5);
        p.str("scalar");
        pickleTensor(p, {"", "FloatStorage", "7", 6, 4, {}, {}});
        p.str("empty");
        pickleTensor(p, {"", "FloatStorage", "7", 6, 6, {0, 4}, {4, 1}});
        p.setitems().stop();
        const auto dict = el::readTorchStateDict(archive(p.b, {{"7", kF32Storage}}));
        QCOMPARE(dict.size(), size_t(6));
        QCOMPARE(floats(dict[0].second), (std::vector<float>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(dict[1].second.sizes().vec(), (std::vector<int64_t>{3, 2}));
        QCOMPARE(floats(dict[1].second), (std::vector<float>{0, 3, 1, 4, 2, 5}));
        QCOMPARE(floats(dict[2].second), (std::vector<float>{1, 3, 5}));
        QCOMPARE(dict[3].first, std::string("tied"));
        QCOMPARE(floats(dict[3].second), (std::vector<float>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(dict[4].second.dim(), int64_t(0));
        QCOMPARE(dict[4].second.item<float>(), 4.0f);
        QCOMPARE(dict[5].second.sizes().vec(), (std::vector<int64_t>{0, 4}));
        // Results own their memory: they outlive the mapping.
        QVERIFY(dict[1].second.is_contiguous());
    }

    void readsProtocol4Opcodes()
    {
        // What pickle.dumps(..., protocol=4) emits: FRAME, SHORT_BINUNICODE, STACK_GLOBAL, MEMOIZE,
        // BINUNICODE8, BININT2, LONG1, and _rebuild_parameter wrapping a tensor; a BF16 and an F64
        // storage; 7-argument _rebuild_tensor_v2 (with metadata).
        Pickle body;
        body.shortStr("collections").memoize().shortStr("OrderedDict").memoize().op(0x93).memoize();
        body.emptyTuple().reduce().memoize().mark();
        body.str8("embeddings.LayerNorm.gamma").memoize();
        body.shortStr("torch._utils").shortStr("_rebuild_parameter").op(0x93);
        body.shortStr("torch._utils").shortStr("_rebuild_tensor_v2").op(0x93);
        body.mark().mark().shortStr("storage").shortStr("torch").shortStr("BFloat16Storage").op(0x93).shortStr("k0")
            .shortStr("cuda:0").binint2(300).tuple().persid();
        body.long1(2).mark().binint2(256).tuple().mark().binint1(1).tuple().newFalse().binget(2).emptyTuple()
            .reduce().none().tuple().reduce();
        body.newFalse().binget(2).emptyTuple().reduce().op(0x87).reduce();
        body.shortStr("d").shortStr("torch._utils").shortStr("_rebuild_tensor_v2").op(0x93);
        body.mark().mark().shortStr("storage").shortStr("torch").shortStr("DoubleStorage").op(0x93)
            .shortStr("k1").shortStr("cpu").binint1(2).tuple().persid();
        body.binint1(0).mark().binint1(2).tuple().mark().binint1(1).tuple().newFalse().emptyDict().tuple().reduce();
        body.setitems().stop();
        Pickle p;
        p.proto(4).op(0x95).raw(le(body.b.size(), 8)).raw(body.b);

        std::string bf16;
        for (int i = 0; i < 300; ++i) bf16 += bytesOf<uint16_t>({uint16_t(i == 2 ? 0x3F80 : i == 257 ? 0xBE20 : 0)});
        const auto dict = el::readTorchStateDict(archive(p.b, {{"k0", bf16}, {"k1", bytesOf<double>({3.25, -0.5})}}));
        QCOMPARE(dict.size(), size_t(2));
        QCOMPARE(dict[0].first, std::string("embeddings.LayerNorm.gamma"));
        QCOMPARE(dict[0].second.sizes().vec(), (std::vector<int64_t>{256}));
        const std::vector<float> v = floats(dict[0].second);
        QCOMPARE(v[0], 1.0f);
        QCOMPARE(v[255], -0.15625f);
        QCOMPARE(v[1], 0.0f);
        QCOMPARE(floats(dict[1].second), (std::vector<float>{3.25f, -0.5f}));
    }

    void keepsIntegerTensorsAndRefusesThemAsFloat()
    {
        Pickle p;
        p.proto(2).orderedDict().mark();
        p.str("embeddings.position_ids");
        pickleTensor(p, {"", "LongStorage", "0", 3, 0, {1, 3}, {3, 1}});
        p.str("mask");
        pickleTensor(p, {"", "BoolStorage", "1", 3, 0, {3}, {1}});
        p.str("big");
        pickleTensor(p, {"", "LongStorage", "0", 3, 2, {1}, {1}});
        p.setitems().stop();
        const auto path = archive(p.b, {{"0", bytesOf<int64_t>({0, 1, int64_t(1) << 40})}, {"1", std::string("\x00\x02\x01", 3)}});
        const auto dict = el::readTorchStateDict(path);
        QCOMPARE(dict[0].second.scalar_type(), at::kLong);
        QCOMPARE(dict[0].second[0][1].item<int64_t>(), int64_t(1));
        QCOMPARE(dict[1].second.scalar_type(), at::kBool);
        QCOMPARE(dict[1].second[0].item<bool>(), false);
        QCOMPARE(dict[1].second[1].item<bool>(), true);
        QCOMPARE(dict[2].second[0].item<int64_t>(), int64_t(1) << 40);

        const el::TorchBinFile file(path);
        QCOMPARE(file.find("mask")->dtype, std::string("BOOL"));
        std::vector<float> dst(3);
        try {
            file.readFloat32("embeddings.position_ids", dst.data());
            QFAIL("an I64 tensor was converted to float32");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), ErrorCode::UnsupportedDtype);
        }
        try {
            file.readTensor("nope");
            QFAIL("an unknown tensor was read");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), ErrorCode::MissingWeights);
        }
    }

    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void damagedStorageFailsWhenRead();
    void survivesHostileNesting();
    void tinyBertBinStateDict();
    void tinyBertBinEmbeddingLayer();
    void badFixtures_data();
    void badFixtures();
    void weightStoreOpensBinFolders();
};

namespace {

std::string zipOf(const std::string& pickle, const std::vector<std::pair<std::string, std::string>>& records,
                  const ZipOptions& o = {})
{
    std::vector<std::pair<std::string, std::string>> entries{{"archive/data.pkl", pickle}};
    for (const auto& [key, bytes] : records) entries.emplace_back("archive/data/" + key, bytes);
    entries.emplace_back("archive/version", "3\n");
    return makeZip(entries, o);
}

std::string oneTensor(const TensorSpec& t)
{
    return stateDictPickle({t}, false);
}

std::string callGlobal(const std::string& module, const std::string& name, const std::string& arg)
{
    return Pickle().proto(2).global(module, name).str(arg).op(0x85).reduce().stop().b;
}

void row(const char* name, const std::string& bytes, ErrorCode code, const char* needle)
{
    QTest::newRow(name) << QByteArray(bytes.data(), qsizetype(bytes.size())) << int(code) << QString(needle);
}

} // namespace

void TestTorchBin::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("needle");
    const std::string pkl = stateDictPickle(twoTensors());
    const std::vector<std::pair<std::string, std::string>> records{{"0", kF32Storage}, {"1", kF16Storage}};
    const std::string good = zipOf(pkl, records);
    const std::string marker = m_dir.path().toStdString() + "/pwned";

    // Container
    row("empty file", "", ErrorCode::CorruptFile, "empty");
    row("not a zip", "hello, world", ErrorCode::CorruptFile, "no zip signature");
    row("truncated to half", good.substr(0, good.size() / 2), ErrorCode::CorruptFile, "truncated");
    row("truncated by one byte", good.substr(0, good.size() - 1), ErrorCode::CorruptFile, "zip");
    row("zip without data.pkl", makeZip({{"archive/version", "3"}, {"archive/data/0", kF32Storage}}),
        ErrorCode::CorruptFile, "archive/data.pkl");
    row("entry outside a folder", makeZip({{"data.pkl", pkl}}), ErrorCode::CorruptFile, "not inside a folder");
    row("duplicate entry", makeZip({{"archive/data.pkl", pkl}, {"archive/data.pkl", pkl}}), ErrorCode::CorruptFile,
        "twice");
    ZipOptions deflated;
    deflated.method = 8;
    row("compressed entry", zipOf(pkl, records, deflated), ErrorCode::UnsupportedModel, "compressed");
    ZipOptions badPkl;
    badPkl.badCrcEntry = "archive/data.pkl";
    row("data.pkl CRC mismatch", zipOf(pkl, records, badPkl), ErrorCode::CorruptFile, "CRC");
    {
        ZipOptions plain;
        plain.zip64 = false;
        std::string z = zipOf(pkl, records, plain);
        std::string badOffset = z;
        badOffset.replace(badOffset.size() - 6, 4, le(0x7fffffff, 4));
        row("central directory outside the file", badOffset, ErrorCode::CorruptFile, "central directory");
        std::string badCount = z;
        badCount.replace(badCount.size() - 12, 2, le(0xfff0, 2));
        row("more entries than the directory holds", badCount, ErrorCode::CorruptFile, "entries");
    }
    row("big-endian byteorder",
        makeZip({{"archive/data.pkl", pkl}, {"archive/byteorder", "big"}, {"archive/data/0", kF32Storage},
                 {"archive/data/1", kF16Storage}}),
        ErrorCode::UnsupportedModel, "byte order 'big'");
    row("legacy torch.save", std::string("\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.\x80\x02}q\x00.", 21),
        ErrorCode::UnsupportedModel, "legacy torch.save format");
    row("bare pickle", pkl, ErrorCode::UnsupportedModel, "bare pickle");

    // Records against the pickle
    row("missing storage record", zipOf(pkl, {{"0", kF32Storage}}), ErrorCode::CorruptFile, "no record archive/data/1");
    row("storage record too small", zipOf(pkl, {{"0", kF32Storage.substr(0, 20)}, {"1", kF16Storage}}),
        ErrorCode::CorruptFile, "need 24");
    row("huge numel", zipOf(oneTensor({"w", "FloatStorage", "0", int64_t(1) << 50, 0, {2}, {1}}), records),
        ErrorCode::CorruptFile, "1125899906842624 elements");
    row("huge numel, small record",
        zipOf(oneTensor({"w", "FloatStorage", "0", int64_t(1) << 40, 0, {1 << 20, 1 << 20}, {1 << 20, 1}}), records),
        ErrorCode::CorruptFile, "need 4398046511104");

    // Tensor geometry
    row("view past the storage", zipOf(oneTensor({"w", "FloatStorage", "0", 6, 4, {2, 3}, {3, 1}}), records),
        ErrorCode::CorruptFile, "reaching element 9");
    row("negative stride", zipOf(oneTensor({"w", "FloatStorage", "0", 6, 5, {2, 3}, {-3, 1}}), records),
        ErrorCode::CorruptFile, "negative");
    row("negative size", zipOf(oneTensor({"w", "FloatStorage", "0", 6, 0, {-1}, {1}}), records),
        ErrorCode::CorruptFile, "negative");
    row("negative offset", zipOf(oneTensor({"w", "FloatStorage", "0", 6, -1, {1}, {1}}), records),
        ErrorCode::CorruptFile, "negative offset");
    row("rank 33", zipOf(oneTensor({"w", "FloatStorage", "0", 6, 0, std::vector<int64_t>(33, 1),
                                    std::vector<int64_t>(33, 1)}),
                         records),
        ErrorCode::CorruptFile, "rank 33");
    row("numel overflow",
        zipOf(oneTensor({"w", "FloatStorage", "0", 6, 0, {1 << 21, 1 << 21, 1 << 21}, {0, 0, 0}}), records),
        ErrorCode::CorruptFile, "more than");
    row("stride overflow",
        zipOf(oneTensor({"w", "FloatStorage", "0", 6, 0, {4}, {int64_t(1) << 62}}), records),
        ErrorCode::CorruptFile, "overflow");
    row("sizes and strides disagree", zipOf(oneTensor({"w", "FloatStorage", "0", 6, 0, {2, 3}, {1}}), records),
        ErrorCode::CorruptFile, "2 sizes but 1 strides");
    {
        Pickle p;
        p.proto(2).orderedDict().mark().str("a");
        pickleTensor(p, {"", "FloatStorage", "0", 6, 0, {6}, {1}});
        p.str("b");
        pickleTensor(p, {"", "HalfStorage", "0", 6, 0, {6}, {1}});
        p.setitems().stop();
        row("storage key reused with another dtype", zipOf(p.b, records), ErrorCode::CorruptFile, "twice");
    }

    // Globals: never resolved, never executed (the marker file must not appear)
    row("os.system", zipOf(callGlobal("os", "system", "touch " + marker), records), ErrorCode::UnsupportedModel,
        "asks for 'os.system'");
    row("posix.system", zipOf(callGlobal("posix", "system", "touch " + marker), records), ErrorCode::UnsupportedModel,
        "'posix.system'");
    row("builtins.eval via STACK_GLOBAL",
        zipOf(Pickle().proto(4).shortStr("builtins").shortStr("eval").op(0x93).shortStr("1+1").op(0x85).reduce().stop().b,
              records),
        ErrorCode::UnsupportedModel, "'builtins.eval'");
    row("__builtin__.getattr", zipOf(callGlobal("__builtin__", "getattr", "x"), records), ErrorCode::UnsupportedModel,
        "'__builtin__.getattr'");
    row("numpy reconstruct", zipOf(callGlobal("numpy.core.multiarray", "_reconstruct", "x"), records),
        ErrorCode::UnsupportedModel, "'numpy.core.multiarray._reconstruct'");
    row("ComplexFloatStorage",
        zipOf(oneTensor({"w", "ComplexFloatStorage", "0", 3, 0, {3}, {1}}), records), ErrorCode::UnsupportedDtype,
        "torch.ComplexFloatStorage");
    row("calling a storage type",
        zipOf(Pickle().proto(2).global("torch", "FloatStorage").emptyTuple().reduce().stop().b, records),
        ErrorCode::CorruptFile, "directly");

    // Pickle machine
    row("unknown opcode", zipOf(Pickle().proto(2).op(0xff).stop().b, records), ErrorCode::CorruptFile,
        "opcode 0xff (opcode at byte 2)");
    row("protocol 0 PERSID", zipOf(Pickle().proto(2).raw("P0\n").stop().b, records), ErrorCode::CorruptFile,
        "opcode 0x50 ('P')");
    row("no STOP", zipOf(pkl.substr(0, pkl.size() - 1), records), ErrorCode::CorruptFile, "without a STOP");
    row("stack underflow", zipOf(Pickle().proto(2).reduce().stop().b, records), ErrorCode::CorruptFile, "empty stack");
    row("pop below MARK", zipOf(Pickle().proto(2).none().mark().op(0x85).stop().b, records), ErrorCode::CorruptFile,
        "empty stack");
    row("unknown memo slot", zipOf(Pickle().proto(2).binget(9).stop().b, records), ErrorCode::CorruptFile, "memo slot 9");
    row("invalid UTF-8", zipOf(Pickle().proto(2).str("\xff\xfe").stop().b, records), ErrorCode::CorruptFile, "UTF-8");
    row("string past the end", zipOf(Pickle().proto(2).op('X').raw(le(1u << 30, 4)).raw("abc").b, records),
        ErrorCode::CorruptFile, "runs past its end");
    row("protocol 9", zipOf(Pickle().proto(9).none().stop().b, records), ErrorCode::CorruptFile, "protocol 9");
    row("BUILD on a list", zipOf(Pickle().proto(2).emptyList().emptyDict().build().stop().b, records),
        ErrorCode::CorruptFile, "state of a list");
    row("too many objects",
        zipOf("\x80\x02" + std::string(el::RestrictedUnpickler::kMaxObjects + 1, 'N') + ".", records),
        ErrorCode::CorruptFile, "more than 1048576 objects");

    // Not a flat state dict
    row("root is a list", zipOf(Pickle().proto(2).emptyList().stop().b, records), ErrorCode::UnsupportedModel,
        "holds a list");
    row("nested checkpoint",
        zipOf(Pickle().proto(2).emptyDict().str("state_dict").emptyDict().setitem().stop().b, records),
        ErrorCode::UnsupportedModel, "'state_dict' = a dict");
    row("integer key", zipOf(Pickle().proto(2).emptyDict().binint1(1).none().setitem().stop().b, records),
        ErrorCode::UnsupportedModel, "key of type int");
}

void TestTorchBin::rejectsBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(QString, needle);
    const auto path = write(std::string(bytes.constData(), size_t(bytes.size())));
    try {
        el::readTorchStateDict(path);
        QFAIL("the file was accepted");
    } catch (const el::Error& e) {
        const QString message = QString::fromStdString(e.what());
        QVERIFY2(int(e.code()) == code, qPrintable(QString("%1: %2").arg(el::errorCodeName(e.code()), message)));
        QVERIFY2(message.contains(needle), qPrintable(message));
        QCOMPARE(e.file(), path.string());
    }
    QVERIFY(!QFile::exists(m_dir.path() + "/pwned"));
}

void TestTorchBin::damagedStorageFailsWhenRead()
{
    // CRC of a storage record is checked on first read (like miniz's extraction), so opening works
    // and only the tensors of the damaged record fail.
    ZipOptions o;
    o.badCrcEntry = "archive/data/0";
    const auto path = archive(stateDictPickle(twoTensors()), {{"0", kF32Storage}, {"1", kF16Storage}}, "archive", o);
    const el::TorchBinFile file(path);
    QCOMPARE(floats(file.readTensor("bert.encoder.bias")), (std::vector<float>{1, -2.5f, 65504}));
    try {
        file.readTensor("bert.encoder.weight");
        QFAIL("a damaged storage record was read");
    } catch (const el::Error& e) {
        QCOMPARE(e.code(), ErrorCode::CorruptFile);
        QVERIFY2(QString(e.what()).contains("archive/data/0 fails its CRC-32 check"), e.what());
    }
}

void TestTorchBin::survivesHostileNesting()
{
    // 300k nested lists (would overflow the stack of a recursive destructor or printer), a list that
    // contains itself, and a dict that is its own value: each refused quickly, nothing leaks a crash.
    const int depth = 300000;
    std::string nested = "\x80\x02" + std::string(size_t(depth), ']') + std::string(size_t(depth - 1), 'a') + ".";
    const std::string selfList = Pickle().proto(2).emptyList().binput(0).binget(0).append().stop().b;
    const std::string selfDict = Pickle().proto(2).emptyDict().binput(0).str("x").binget(0).setitem().stop().b;
    const std::vector<std::pair<std::string, std::string>> records{{"0", kF32Storage}};
    for (const std::string& pickle : {nested, selfList, selfDict}) {
        QElapsedTimer timer;
        timer.start();
        try {
            el::readTorchStateDict(write(zipOf(pickle, records)));
            QFAIL("a hostile pickle was accepted");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), ErrorCode::UnsupportedModel);
        }
        QVERIFY(timer.elapsed() < 10000);
    }
}

namespace {

using Shape = std::vector<int64_t>;

nlohmann::json readJson(const std::filesystem::path& p)
{
    return nlohmann::json::parse(eltest::readFile(p));
}

// BertForMaskedLM.state_dict() in transformers' registration order (modeling_bert.py: BertEmbeddings,
// BertLayer, BertLMPredictionHead), plus the position_ids buffer the fixture generator inserts after
// the embedding LayerNorm (as 2019-2022 Hub files have it).
std::vector<std::pair<std::string, Shape>> bertMlmKeys(const nlohmann::json& c)
{
    const int64_t v = c["vocab_size"], h = c["hidden_size"], f = c["intermediate_size"];
    const int64_t p = c["max_position_embeddings"], t = c["type_vocab_size"];
    std::vector<std::pair<std::string, Shape>> k{{"bert.embeddings.word_embeddings.weight", {v, h}},
                                                 {"bert.embeddings.position_embeddings.weight", {p, h}},
                                                 {"bert.embeddings.token_type_embeddings.weight", {t, h}},
                                                 {"bert.embeddings.LayerNorm.weight", {h}},
                                                 {"bert.embeddings.LayerNorm.bias", {h}},
                                                 {"bert.embeddings.position_ids", {1, p}}};
    for (int l = 0; l < c["num_hidden_layers"].get<int>(); ++l) {
        const std::string L = "bert.encoder.layer." + std::to_string(l) + ".";
        for (const char* m : {"query", "key", "value"}) {
            k.push_back({L + "attention.self." + m + ".weight", {h, h}});
            k.push_back({L + "attention.self." + m + ".bias", {h}});
        }
        k.push_back({L + "attention.output.dense.weight", {h, h}});
        k.push_back({L + "attention.output.dense.bias", {h}});
        k.push_back({L + "attention.output.LayerNorm.weight", {h}});
        k.push_back({L + "attention.output.LayerNorm.bias", {h}});
        k.push_back({L + "intermediate.dense.weight", {f, h}});
        k.push_back({L + "intermediate.dense.bias", {f}});
        k.push_back({L + "output.dense.weight", {h, f}});
        k.push_back({L + "output.dense.bias", {h}});
        k.push_back({L + "output.LayerNorm.weight", {h}});
        k.push_back({L + "output.LayerNorm.bias", {h}});
    }
    k.push_back({"cls.predictions.bias", {v}});
    k.push_back({"cls.predictions.transform.dense.weight", {h, h}});
    k.push_back({"cls.predictions.transform.dense.bias", {h}});
    k.push_back({"cls.predictions.transform.LayerNorm.weight", {h}});
    k.push_back({"cls.predictions.transform.LayerNorm.bias", {h}});
    k.push_back({"cls.predictions.decoder.weight", {v, h}});
    k.push_back({"cls.predictions.decoder.bias", {v}});
    return k;
}

std::filesystem::path tinyBertBin()
{
    return eltest::fixturesDir() / "reference" / "tiny-bert-bin";
}

} // namespace

void TestTorchBin::tinyBertBinStateDict()
{
    // Written by torch.save (torch 1.13, protocol 2) from a BertForMaskedLM: keys, order, shapes and
    // dtypes follow from config.json; tied tensors share one storage (fixture notes in reference.json).
    const auto dir = tinyBertBin() / "model";
    if (!std::filesystem::exists(dir / "pytorch_model.bin")) QFAIL("fixture tiny-bert-bin/model/pytorch_model.bin missing");
    const nlohmann::json config = readJson(dir / "config.json");
    const auto dict = el::readTorchStateDict(dir / "pytorch_model.bin");
    const auto expected = bertMlmKeys(config);
    QCOMPARE(dict.size(), expected.size());
    std::map<std::string, at::Tensor> byName;
    for (size_t i = 0; i < dict.size(); ++i) {
        QCOMPARE(dict[i].first, expected[i].first);
        QCOMPARE(dict[i].second.sizes().vec(), expected[i].second);
        const bool isIds = dict[i].first == "bert.embeddings.position_ids";
        QCOMPARE(dict[i].second.scalar_type(), isIds ? at::kLong : at::kFloat);
        QVERIFY2(isIds || dict[i].second.isfinite().all().item<bool>(), dict[i].first.c_str());
        byName[dict[i].first] = dict[i].second;
    }
    QVERIFY(at::equal(byName["bert.embeddings.position_ids"],
                      at::arange(config["max_position_embeddings"].get<int64_t>(), at::kLong).unsqueeze(0)));
    QVERIFY(at::equal(byName["cls.predictions.decoder.weight"], byName["bert.embeddings.word_embeddings.weight"]));
    QVERIFY(at::equal(byName["cls.predictions.decoder.bias"], byName["cls.predictions.bias"]));
    // Random init: the weights are not constant (a reader returning zeros would pass the checks above).
    QVERIFY(byName["bert.encoder.layer.1.output.dense.weight"].std().item<float>() > 1e-3f);

    const el::TorchBinFile file(dir / "pytorch_model.bin");
    QCOMPARE(file.find("bert.embeddings.position_ids")->dtype, std::string("I64"));
    QCOMPARE(file.find("cls.predictions.decoder.weight")->dtype, std::string("F32"));
}

void TestTorchBin::tinyBertBinEmbeddingLayer()
{
    // hidden_states[0] of transformers is the embedding layer's output:
    // LayerNorm(word[ids] + position[0..L) + token_type[type_ids]) (modeling_bert.py BertEmbeddings).
    // Recomputing it from the tensors read here checks their values against the reference library.
    const auto dir = tinyBertBin();
    if (!std::filesystem::exists(dir / "reference.json")) QFAIL("fixture tiny-bert-bin/reference.json missing");
    const nlohmann::json ref = readJson(dir / "reference.json");
    const nlohmann::json config = readJson(dir / "model" / "config.json");
    const el::TorchBinFile file(dir / "model" / "pytorch_model.bin");
    const at::Tensor word = file.readTensor("bert.embeddings.word_embeddings.weight");
    const at::Tensor pos = file.readTensor("bert.embeddings.position_embeddings.weight");
    const at::Tensor type = file.readTensor("bert.embeddings.token_type_embeddings.weight");
    const at::Tensor gamma = file.readTensor("bert.embeddings.LayerNorm.weight");
    const at::Tensor beta = file.readTensor("bert.embeddings.LayerNorm.bias");
    const int64_t h = config["hidden_size"];
    QVERIFY(!ref["cases"].empty());
    for (const auto& c : ref["cases"]) {
        const auto ids = c["model_ids"].get<std::vector<int64_t>>();
        const auto types = c["model_type_ids"].get<std::vector<int64_t>>();
        const int64_t len = int64_t(ids.size());
        const at::Tensor idT = at::tensor(ids, at::kLong);
        const at::Tensor typeT = at::tensor(types, at::kLong);
        const at::Tensor sum = word.index_select(0, idT) + pos.narrow(0, 0, len) + type.index_select(0, typeT);
        const at::Tensor emb = at::layer_norm(sum, {h}, gamma, beta, config["layer_norm_eps"].get<double>());
        const el::FloatArray hidden = el::readNpy(dir / c["hidden_states"].get<std::string>());
        QCOMPARE(hidden.shape.size(), size_t(3));
        QCOMPARE(hidden.shape[1], len);
        const at::Tensor expected = at::from_blob(const_cast<float*>(hidden.data.data()), {len, h}, at::kFloat);
        const double diff = (emb - expected).abs().max().item<double>();
        QVERIFY2(diff < 1e-5, qPrintable(QString("%1: max diff %2").arg(QString::fromStdString(c["name"]), QString::number(diff))));
    }
}

void TestTorchBin::badFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("needle");
    QTest::newRow("builtins.eval") << "pickle_global_eval.bin" << int(ErrorCode::UnsupportedModel) << "'builtins.eval'";
    QTest::newRow("os.system") << "pickle_global_os_system.bin" << int(ErrorCode::UnsupportedModel) << "'os.system'";
    QTest::newRow("storage too small") << "pickle_storage_too_small.bin" << int(ErrorCode::CorruptFile)
                                       << "holds 16 bytes";
    QTest::newRow("legacy format") << "legacy_format.bin" << int(ErrorCode::UnsupportedModel) << "legacy torch.save";
}

void TestTorchBin::badFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(QString, needle);
    const auto path = eltest::fixturesDir() / "bad" / file.toStdString();
    if (!std::filesystem::exists(path)) QFAIL(qPrintable("fixture missing: " + QString::fromStdString(path.string())));
    try {
        el::TorchBinFile f(path);
        QFAIL("the file was accepted");
    } catch (const el::Error& e) {
        QVERIFY2(int(e.code()) == code, e.what());
        QVERIFY2(QString(e.what()).contains(needle), e.what());
    }
}

void TestTorchBin::weightStoreOpensBinFolders()
{
    // A folder with only pytorch_model.bin: the "bert." prefix is stripped, cls.* is reported unused,
    // position_ids is an ignorable buffer.
    const auto dir = tinyBertBin() / "model";
    if (!std::filesystem::exists(dir / "pytorch_model.bin")) QFAIL("fixture tiny-bert-bin/model/pytorch_model.bin missing");
    const el::TorchBinFile file(dir / "pytorch_model.bin");
    auto store = el::WeightStore::openFolder(dir, "bert");
    QVERIFY(at::equal(store->require("embeddings.word_embeddings.weight", {1200, 32}),
                      file.readTensor("bert.embeddings.word_embeddings.weight")));
    QVERIFY(at::equal(store->scope("encoder.layer.1").scope("output").require("dense.bias", {32}),
                      file.readTensor("bert.encoder.layer.1.output.dense.bias")));
    QCOMPARE(store->fileDescription(), std::string("pytorch_model.bin"));
    const auto unused = store->unusedNames();
    QVERIFY(std::find(unused.begin(), unused.end(), "cls.predictions.decoder.weight") != unused.end());
    QVERIFY(std::find(unused.begin(), unused.end(), "bert.embeddings.position_ids") == unused.end());

    // Shards listed by pytorch_model.bin.index.json.
    const auto shardDir = std::filesystem::path(m_dir.path().toStdString()) / "sharded";
    std::filesystem::create_directories(shardDir);
    writeBytes(shardDir / "pytorch_model-00001-of-00002.bin",
               zipOf(oneTensor({"encoder.weight", "FloatStorage", "0", 6, 0, {2, 3}, {3, 1}}), {{"0", kF32Storage}}));
    writeBytes(shardDir / "pytorch_model-00002-of-00002.bin",
               zipOf(oneTensor({"encoder.bias", "HalfStorage", "0", 3, 0, {3}, {1}}), {{"0", kF16Storage}}));
    writeBytes(shardDir / "pytorch_model.bin.index.json",
               R"({"metadata": {"total_size": 30}, "weight_map": {"encoder.weight": "pytorch_model-00001-of-00002.bin",
                   "encoder.bias": "pytorch_model-00002-of-00002.bin"}})");
    auto sharded = el::WeightStore::openFolder(shardDir, "bert");
    QCOMPARE(floats(sharded->require("encoder.bias", {3})), (std::vector<float>{1, -2.5f, 65504}));
    QCOMPARE(floats(sharded->require("encoder.weight", {2, 3})), (std::vector<float>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(sharded->usedDtypes(), std::string("F16+F32"));
}

QTEST_GUILESS_MAIN(TestTorchBin)
#include "tst_torchbin.moc"
