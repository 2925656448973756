// Safetensors reader and weight store: hand-built files (byte layout of spec §1.1) with known
// values, and every malformed variant of §1.2 must give the right el::Error without crashing.

#include "Error.h"
#include "TestSupport.h"
#include "weights/SafeTensorsFile.h"
#include "weights/WeightStore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>

using el::ErrorCode;

namespace {

std::string u64le(uint64_t v) { return eltest::littleEndian(v, 8); }

using eltest::bytesOf;

// header JSON + data buffer -> file bytes; pads the header with spaces to a multiple of 8 like the
// reference writer unless pad is false.
std::string stBytes(std::string header, const std::string& data, bool pad = true)
{
    if (pad)
        while (header.size() % 8) header += ' ';
    return u64le(header.size()) + header + data;
}

void writeBytes(const std::filesystem::path& p, const std::string& bytes)
{
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
}

std::vector<float> readAll(const el::SafeTensorsFile& f, const std::string& name)
{
    return f.readFloatArray(name).data;
}

} // namespace

class TestSafeTensors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::filesystem::path path(const char* name) const { return std::filesystem::path(m_dir.path().toStdString()) / name; }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsEveryFloatDtype()
    {
        // F32 [2,3] = 0..5, F16 [3] = {1, -2.5, 65504}, BF16 [2] = {1, -0.15625}, F64 scalar 3.25,
        // an empty F32 [0, 4], and metadata.
        const std::string f32 = bytesOf<float>({0, 1, 2, 3, 4, 5});
        const std::string f16 = bytesOf<uint16_t>({0x3C00, 0xC100, 0x7BFF});
        const std::string bf16 = bytesOf<uint16_t>({0x3F80, 0xBE20});
        const std::string f64 = bytesOf<double>({3.25});
        const std::string data = f64 + f32 + f16 + bf16;
        const std::string header =
            R"({"__metadata__":{"format":"pt"},)"
            R"("d":{"dtype":"F64","shape":[],"data_offsets":[0,8]},)"
            R"("a":{"dtype":"F32","shape":[2,3],"data_offsets":[8,32]},)"
            R"("b":{"dtype":"F16","shape":[3],"data_offsets":[32,38]},)"
            R"("c":{"dtype":"BF16","shape":[2],"data_offsets":[38,42]},)"
            R"("e":{"dtype":"F32","shape":[0,4],"data_offsets":[42,42]}})";
        writeBytes(path("ok.safetensors"), stBytes(header, data));
        el::SafeTensorsFile f(path("ok.safetensors"));
        QCOMPARE(f.tensors().size(), size_t(5));
        QCOMPARE(f.metadata().at("format"), std::string("pt"));
        QVERIFY(f.find("a") && f.find("a")->shape == std::vector<int64_t>({2, 3}));
        QCOMPARE(f.find("d")->shape.size(), size_t(0));
        QCOMPARE(f.find("zzz"), nullptr);

        QCOMPARE(readAll(f, "a"), std::vector<float>({0, 1, 2, 3, 4, 5}));
        QCOMPARE(readAll(f, "b"), std::vector<float>({1.0f, -2.5f, 65504.0f}));
        QCOMPARE(readAll(f, "c"), std::vector<float>({1.0f, -0.15625f}));
        QCOMPARE(readAll(f, "d"), std::vector<float>({3.25f}));
        QCOMPARE(f.readFloatArray("e").shape, std::vector<int64_t>({0, 4}));
        QCOMPARE(readAll(f, "e").size(), size_t(0));
        // "b" starts at data offset 32 but "c" at 38: an F32 read from an odd address must work too.
    }

    void readsUnalignedUnpaddedF32()
    {
        // An F16 first, then an F32 at a 2-byte offset, header not padded: nothing is aligned.
        const std::string header = R"({"h":{"dtype":"F16","shape":[1],"data_offsets":[0,2]},)"
                                   R"("x":{"dtype":"F32","shape":[2],"data_offsets":[2,10]}})";
        writeBytes(path("unaligned.safetensors"),
                   stBytes(header, bytesOf<uint16_t>({0x4000}) + bytesOf<float>({-1.5f, 1e-3f}), false));
        el::SafeTensorsFile f(path("unaligned.safetensors"));
        QCOMPARE(readAll(f, "h"), std::vector<float>({2.0f}));
        QCOMPARE(readAll(f, "x"), std::vector<float>({-1.5f, 1e-3f}));
        QVERIFY(f.metadata().empty()); // a missing __metadata__ is accepted
    }

    void halfSpecialValues()
    {
        QCOMPARE(el::halfToFloat(0x0001), std::ldexp(1.0f, -24)); // smallest subnormal
        QCOMPARE(el::halfToFloat(0x03FF), 1023 * std::ldexp(1.0f, -24));
        QCOMPARE(el::halfToFloat(0x0400), std::ldexp(1.0f, -14)); // smallest normal
        QCOMPARE(el::halfToFloat(0x7C00), std::numeric_limits<float>::infinity());
        QCOMPARE(el::halfToFloat(0xFC00), -std::numeric_limits<float>::infinity());
        QVERIFY(std::isnan(el::halfToFloat(0x7E00)));
        QVERIFY(std::signbit(el::halfToFloat(0x8000)) && el::halfToFloat(0x8000) == 0.0f);
        QCOMPARE(el::halfToFloat(0x3555), 0.333251953125f);
        QCOMPARE(el::bfloat16ToFloat(0x4049), 3.140625f);
    }

    void emptyHeaderIsValid()
    {
        writeBytes(path("empty.safetensors"), stBytes("{}", ""));
        el::SafeTensorsFile f(path("empty.safetensors"));
        QVERIFY(f.tensors().empty());
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("needle");
        auto add = [](const char* name, const std::string& bytes, ErrorCode code, const char* needle) {
            QTest::newRow(name) << QByteArray(bytes.data(), qsizetype(bytes.size())) << int(code)
                                << QString(needle);
        };
        const auto C = ErrorCode::CorruptFile;
        const std::string x4 = bytesOf<float>({1, 2});
        const std::string okA = R"("a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]})";
        add("empty file", "", C, "8-byte header length");
        add("five bytes", "\x01\x02\x03\x04\x05", C, "8-byte header length");
        add("header length beyond file", u64le(1000) + "{}", C, "runs past the end");
        add("header length over limit", u64le(200'000'000) + "{}", C, "exceeds the limit");
        add("header length overflows", u64le(~uint64_t(0)) + "{}", C, "header length");
        add("truncated data", stBytes("{" + okA + "}", x4.substr(0, 5)), C, "past the data buffer");
        add("not json", stBytes("{not json at all}", ""), C, "not valid UTF-8 JSON");
        add("not an object", stBytes("[1,2]", ""), C, "does not start with '{'");
        add("zero-length header", u64le(0), C, "does not start with '{'");
        add("trailing garbage", stBytes("{}xyz", ""), C, "followed only by space");
        add("trailing newline padding", stBytes("{}\n", ""), C, "followed only by space");
        add("invalid utf-8", stBytes("{\"\xff\xfe\":{}}", ""), C, "not valid UTF-8 JSON");
        add("duplicate key", stBytes("{" + okA + "," + okA + "}", x4), C, "duplicate key 'a'");
        add("duplicate metadata key", stBytes(R"({"__metadata__":{"k":"1","k":"2"}})", ""), C,
            "duplicate key 'k'");
        add("overlapping offsets",
            stBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                    R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                    x4 + x4.substr(0, 4)),
            C, "overlaps");
        add("gap between tensors",
            stBytes(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                    R"("b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})",
                    x4 + x4.substr(0, 4)),
            C, "gap");
        add("gap at start", stBytes(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", x4), C, "gap");
        add("hidden bytes after the last tensor", stBytes("{" + okA + "}", x4 + "XYZW"), C, "cover 8 bytes");
        add("offsets out of range",
            stBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[100,108]}})", x4), C,
            "past the data buffer");
        add("end minus begin differs from size",
            stBytes(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", x4), C, "need 12");
        add("end before begin", stBytes(R"({"a":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}})", x4), C,
            "end before");
        add("unknown dtype", stBytes(R"({"a":{"dtype":"XYZ","shape":[2],"data_offsets":[0,8]}})", x4),
            ErrorCode::UnsupportedDtype, "XYZ");
        add("dtype not a string", stBytes(R"({"a":{"dtype":32,"shape":[2],"data_offsets":[0,8]}})", x4), C,
            "dtype is not a string");
        add("metadata non-string value", stBytes(R"({"__metadata__":{"format":1}})", ""), C, "__metadata__");
        add("metadata not an object", stBytes(R"({"__metadata__":"pt"})", ""), C, "__metadata__");
        add("negative shape", stBytes(R"({"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", x4), C,
            "non-negative integers");
        add("float offset", stBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8.0]}})", x4), C,
            "non-negative integers");
        add("huge shape value",
            stBytes(R"({"a":{"dtype":"F32","shape":[281474976710656],"data_offsets":[0,8]}})", x4), C,
            "too large");
        add("element count overflow",
            stBytes(R"({"a":{"dtype":"F32","shape":[281474976710655,281474976710655],"data_offsets":[0,8]}})",
                    x4),
            C, "overflows");
        add("sub-byte size", stBytes(R"({"a":{"dtype":"F4","shape":[3],"data_offsets":[0,1]}})", "x"), C,
            "whole number of bytes");
        add("unknown field",
            stBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8],"stride":[1]}})", x4), C,
            "unknown field 'stride'");
        add("missing field", stBytes(R"({"a":{"dtype":"F32","shape":[2]}})", x4), C,
            "missing field 'data_offsets'");
        add("three offsets", stBytes(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8,8]}})", x4), C,
            "[BEGIN, END]");
        add("entry not an object", stBytes(R"({"a":[1,2]})", ""), C, "not an object");
    }

    void rejectsBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, needle);
        const auto p = path("bad.safetensors");
        writeBytes(p, bytes.toStdString());
        try {
            el::SafeTensorsFile f(p);
            // A file may parse and still hold tensors that cannot be read: reading must fail then.
            for (const auto& t : f.tensors()) f.readFloatArray(t.name);
            QFAIL("no error for a malformed file");
        } catch (const el::Error& e) {
            const std::string msg = e.what();
            QCOMPARE(int(e.code()), code);
            QVERIFY2(msg.find(needle.toStdString()) != std::string::npos, msg.c_str());
            QVERIFY2(msg.find("bad.safetensors") != std::string::npos, msg.c_str());
        }
    }

    void missingFile()
    {
        try {
            el::SafeTensorsFile f(path("does-not-exist.safetensors"));
            QFAIL("no error");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), ErrorCode::FileNotFound);
            QVERIFY(std::string(e.what()).find("does-not-exist.safetensors") != std::string::npos);
        }
    }

    void float8IsValidButNotConvertible()
    {
        writeBytes(path("f8.safetensors"),
                   stBytes(R"({"w":{"dtype":"F8_E4M3","shape":[4],"data_offsets":[0,4]}})", "abcd"));
        el::SafeTensorsFile f(path("f8.safetensors"));
        QCOMPARE(f.find("w")->dtype, std::string("F8_E4M3"));
        try {
            f.readFloatArray("w");
            QFAIL("no error");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), ErrorCode::UnsupportedDtype);
            const std::string msg = e.what();
            QVERIFY2(msg.find("F8_E4M3") != std::string::npos && msg.find("'w'") != std::string::npos, e.what());
        }
    }

    // --- WeightStore over such files ---------------------------------------------------------------

    void storeRequireChecksNameAndShape()
    {
        QTemporaryDir dir;
        const std::filesystem::path d = dir.path().toStdString();
        // A head checkpoint: encoder under "bert.", a TF-era LayerNorm.gamma, a head, a buffer.
        const std::string header =
            R"({"bert.embeddings.LayerNorm.gamma":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
            R"("bert.w":{"dtype":"F16","shape":[2,2],"data_offsets":[8,16]},)"
            R"("cls.predictions.bias":{"dtype":"F32","shape":[1],"data_offsets":[16,20]},)"
            R"("bert.embeddings.position_ids":{"dtype":"I64","shape":[1,1],"data_offsets":[20,28]}})";
        const std::string data = bytesOf<float>({0.5f, 2.0f}) + bytesOf<uint16_t>({0x3C00, 0x4000, 0x4200, 0x4400}) +
                                 bytesOf<float>({7.0f}) + bytesOf<int64_t>({0});
        writeBytes(d / "model.safetensors", stBytes(header, data));
        auto store = el::WeightStore::openFolder(d, "bert");
        QVERIFY(store->contains("embeddings.LayerNorm.weight"));
        at::Tensor ln = store->require("embeddings.LayerNorm.weight", {2});
        QCOMPARE(ln.dtype(), at::kFloat);
        QCOMPARE(ln[1].item<float>(), 2.0f);
        el::WeightScope scope = store->scope("");
        at::Tensor w = scope.require("w", {2, 2});
        QCOMPARE(w[1][1].item<float>(), 4.0f);
        QCOMPARE(store->usedParameters(), int64_t(6));
        QCOMPARE(store->usedDtypes(), std::string("F16+F32"));
        QCOMPARE(store->unusedNames(), std::vector<std::string>({"cls.predictions.bias"}));

        try {
            store->require("encoder.layer.0.x", {3, 4});
            QFAIL("no error for a missing tensor");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), ErrorCode::MissingWeights);
            const std::string msg = e.what();
            QVERIFY2(msg.find("encoder.layer.0.x") != std::string::npos, e.what());
            QVERIFY2(msg.find("[3, 4]") != std::string::npos, e.what());
            QVERIFY2(msg.find("model.safetensors") != std::string::npos, e.what());
        }
        try {
            store->require("w", {4});
            QFAIL("no error for a misshapen tensor");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), ErrorCode::ShapeMismatch);
            const std::string msg = e.what();
            QVERIFY2(msg.find("bert.w") != std::string::npos, e.what());
            QVERIFY2(msg.find("[2, 2]") != std::string::npos && msg.find("expected [4]") != std::string::npos,
                     e.what());
        }
        QVERIFY(!store->optional("absent", {1}).has_value());
    }

    void storeShardedIndex()
    {
        QTemporaryDir dir;
        const std::filesystem::path d = dir.path().toStdString();
        writeBytes(d / "model-00001-of-00002.safetensors",
                   stBytes(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", bytesOf<float>({1.5f})));
        writeBytes(d / "model-00002-of-00002.safetensors",
                   stBytes(R"({"b":{"dtype":"BF16","shape":[1],"data_offsets":[0,2]}})", bytesOf<uint16_t>({0xC000})));
        writeBytes(d / "model.safetensors.index.json",
                   R"({"metadata":{"total_size":6},"weight_map":{"a":"model-00001-of-00002.safetensors",)"
                   R"("b":"model-00002-of-00002.safetensors"}})");
        auto store = el::WeightStore::openFolder(d, "bert");
        QCOMPARE(store->require("a", {1}).item<float>(), 1.5f);
        QCOMPARE(store->require("b", {1}).item<float>(), -2.0f);
        QVERIFY(store->unusedNames().empty());

        // An index pointing at a tensor its shard lacks.
        writeBytes(d / "model.safetensors.index.json",
                   R"({"weight_map":{"zz":"model-00001-of-00002.safetensors"}})");
        try {
            el::WeightStore::openFolder(d, "bert");
            QFAIL("no error");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), ErrorCode::MissingWeights);
            QVERIFY2(std::string(e.what()).find("'zz'") != std::string::npos, e.what());
        }
        writeBytes(d / "model.safetensors.index.json", R"({"weight_map": [}})");
        try {
            el::WeightStore::openFolder(d, "bert");
            QFAIL("no error");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidJson);
            QVERIFY2(std::string(e.what()).find("model.safetensors.index.json") != std::string::npos, e.what());
        }
    }

    void storeFolderWithoutWeights()
    {
        QTemporaryDir dir;
        const std::filesystem::path d = dir.path().toStdString();
        try {
            el::WeightStore::openFolder(d, "bert");
            QFAIL("no error");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), ErrorCode::MissingWeights);
            QVERIFY2(std::string(e.what()).find("no model.safetensors, model.safetensors.index.json or "
                                                "pytorch_model.bin in") != std::string::npos,
                     e.what());
        }
        // pytorch_model.bin is read by core/torchbin: a 4-byte "zip" is a truncated archive.
        writeBytes(d / "pytorch_model.bin", "PK\x03\x04");
        try {
            el::WeightStore::openFolder(d, "bert");
            QFAIL("no error");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), ErrorCode::CorruptFile);
            QVERIFY2(std::string(e.what()).find("pytorch_model.bin") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestSafeTensors)
#include "tst_safetensors.moc"
