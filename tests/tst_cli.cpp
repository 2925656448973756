// encoderlens-cli end to end: the real executable, real files, compared with the reference fixtures
// written by tools/reference/make_fixtures.py (transformers / sentence-transformers).
#include "Npy.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <fstream>

using nlohmann::json;
namespace fs = std::filesystem;

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    json m_ref;
    fs::path m_refDir;

    fs::path tmp(const std::string& name) const { return fs::path(m_dir.path().toStdString()) / name; }
    fs::path tinyModel() const { return m_refDir / "model"; }
    static std::string csvQuote(const std::string& s)
    {
        std::string out = "\"";
        for (char c : s) {
            if (c == '"') out += '"';
            out += c;
        }
        return out + "\"";
    }
    // The non-pair reference cases, written to a CSV (quoting keeps newlines and tabs intact).
    fs::path writeCasesCsv(std::vector<const json*>& cases) { return writeCasesCsv(m_ref, cases, "cases.csv"); }
    fs::path writeCasesCsv(const json& ref, std::vector<const json*>& cases, const std::string& file)
    {
        fs::path p = tmp(file);
        std::ofstream out(p, std::ios::binary);
        out << "name,text\n";
        for (const auto& c : ref["cases"]) {
            if (!c["pair"].is_null()) continue;
            cases.push_back(&c);
            out << csvQuote(c["name"].get<std::string>()) << ',' << csvQuote(c["text"].get<std::string>()) << "\n";
        }
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_refDir = eltest::fixturesDir() / "reference" / "tiny-bert";
        QVERIFY2(fs::exists(m_refDir / "reference.json"), "tiny-bert fixture missing");
        m_ref = json::parse(eltest::readFile(m_refDir / "reference.json"));
        QVERIFY2(fs::exists(eltest::cliPath()), "encoderlens-cli not built");
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("no command") << QStringList{} << 2 << "error";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "error";
        QTest::newRow("embed without input") << QStringList{"embed", "--output", "x.npy"} << 2 << "--input";
        QTest::newRow("bad batch size")
            << QStringList{"embed", "--input", "a.txt", "--output", "x.npy", "--batch-size", "0"} << 2 << "batch";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPart);
        std::vector<std::string> a;
        for (const auto& s : args) a.push_back(s.toStdString());
        auto r = eltest::runProcess(eltest::cliPath(), a, 60000);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromStdString(r.err).contains(stderrPart), r.err.c_str());
    }

    void runtimeErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("missing model folder") << "missing-model" << "not found";
        QTest::newRow("empty model folder") << "empty-model" << "config.json";
        QTest::newRow("missing input") << "missing-input" << "input file not found";
        QTest::newRow("unknown pooling") << "bad-pooling" << "mean_sqrt_len";
        QTest::newRow("missing output folder") << "bad-output" << "output folder";
    }
    void runtimeErrors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, stderrPart);
        fs::path input = tmp("one.txt");
        std::ofstream(input) << "hello\n";
        fs::create_directories(tmp("empty-model"));
        std::string model = tinyModel().string(), in = input.string(), out = tmp("o.npy").string();
        if (kind == "missing-model") model = tmp("does-not-exist").string();
        if (kind == "empty-model") model = tmp("empty-model").string();
        if (kind == "missing-input") in = tmp("nope.txt").string();
        if (kind == "bad-output") out = tmp("no-such-dir/o.npy").string();
        std::vector<std::string> args = {"embed", "--model", model, "--input", in, "--output", out};
        if (kind == "bad-pooling") args.insert(args.end(), {"--pooling", "median"});
        auto r = eltest::runProcess(eltest::cliPath(), args, 120000);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromStdString(r.err).contains(stderrPart), r.err.c_str());
        // One clear line, not a stack of diagnostics.
        QCOMPARE(QString::fromStdString(r.err).trimmed().count('\n'), 0);
        QVERIFY(!fs::exists(tmp("o.npy")));
    }

    void embedMatchesSentenceTransformers()
    {
        std::vector<const json*> cases;
        fs::path csv = writeCasesCsv(cases);
        fs::path out = tmp("emb.npy");
        auto r = eltest::runProcess(eltest::cliPath(), {"embed", "--model", tinyModel().string(), "--input",
                                                        csv.string(), "--column", "text", "--output", out.string()});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        el::FloatArray emb = el::readNpy(out);
        QCOMPARE(emb.shape.size(), size_t(2));
        QCOMPARE(emb.shape[0], int64_t(cases.size()));
        for (size_t i = 0; i < cases.size(); ++i) {
            auto expected = (*cases[i])["st_embedding"].get<std::vector<float>>();
            QCOMPARE(emb.shape[1], int64_t(expected.size()));
            std::vector<float> row(emb.row(int64_t(i)), emb.row(int64_t(i)) + emb.shape[1]);
            double cos = eltest::cosine(row, expected);
            QVERIFY2(cos >= 0.99999, qPrintable(QString("case %1: cosine %2")
                                                    .arg(QString::fromStdString((*cases[i])["name"]))
                                                    .arg(cos, 0, 'g', 10)));
        }
    }

    void everyFamilyThroughTheCli_data()
    {
        QTest::addColumn<QString>("family");
        for (const char* f : {"tiny-roberta", "tiny-xlmr", "tiny-camembert", "tiny-distilbert", "tiny-mpnet",
                              "tiny-deberta-v3", "tiny-deberta-v2-conv", "tiny-electra", "tiny-albert", "tiny-bert-bin",
                              "tiny-bert-sharded"})
            QTest::newRow(f) << QString(f);
    }

    // embed, tokenize and inspect on every encoder family, against transformers / sentence-transformers.
    void everyFamilyThroughTheCli()
    {
        QFETCH(QString, family);
        const std::string fam = family.toStdString();
        const fs::path refDir = eltest::fixturesDir() / "reference" / fam;
        const json ref = json::parse(eltest::readFile(refDir / "reference.json"));
        const fs::path model = refDir / "model";
        std::vector<const json*> cases;
        const fs::path csv = writeCasesCsv(ref, cases, fam + ".csv");
        QVERIFY(cases.size() >= 3);

        const fs::path emb = tmp(fam + ".npy");
        auto r = eltest::runProcess(eltest::cliPath(), {"embed", "--model", model.string(), "--input", csv.string(),
                                                        "--column", "text", "--output", emb.string()});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const el::FloatArray e = el::readNpy(emb);
        QCOMPARE(e.shape[0], int64_t(cases.size()));
        for (size_t i = 0; i < cases.size(); ++i) {
            const auto expected = (*cases[i])["st_embedding"].get<std::vector<float>>();
            QCOMPARE(e.shape[1], int64_t(expected.size()));
            const std::vector<float> row(e.row(int64_t(i)), e.row(int64_t(i)) + e.shape[1]);
            const double cos = eltest::cosine(row, expected);
            QVERIFY2(cos >= 0.99999, qPrintable(QString("%1/%2: cosine %3")
                                                    .arg(family, QString::fromStdString((*cases[i])["name"]))
                                                    .arg(cos, 0, 'g', 10)));
        }

        const fs::path tok = tmp(fam + ".jsonl");
        r = eltest::runProcess(eltest::cliPath(), {"tokenize", "--model", model.string(), "--input", csv.string(),
                                                   "--column", "text", "--output", tok.string()});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        std::ifstream in(tok);
        std::string line;
        size_t i = 0;
        while (std::getline(in, line)) {
            QVERIFY(i < cases.size());
            QCOMPARE(json::parse(line)["ids"].get<std::vector<int64_t>>(),
                     (*cases[i])["model_ids"].get<std::vector<int64_t>>());
            ++i;
        }
        QCOMPARE(i, cases.size());

        const json& first = *cases.front();
        const fs::path dir = tmp(fam + "-inspect");
        r = eltest::runProcess(eltest::cliPath(), {"inspect", "--model", model.string(), "--text",
                                                   first["text"].get<std::string>(), "--output", dir.string()});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const double dh = eltest::maxAbsDiff(el::readNpy(dir / "hidden_states.npy"),
                                             el::readNpy(refDir / first["hidden_states"].get<std::string>()));
        const double da = eltest::maxAbsDiff(el::readNpy(dir / "attentions.npy"),
                                             el::readNpy(refDir / first["attentions"].get<std::string>()));
        QVERIFY2(dh <= 1e-4, qPrintable(QString("%1: hidden states differ by %2").arg(family).arg(dh)));
        QVERIFY2(da <= 1e-4, qPrintable(QString("%1: attentions differ by %2").arg(family).arg(da)));
    }

    void embedWithChosenPooling()
    {
        std::vector<const json*> cases;
        fs::path csv = writeCasesCsv(cases);
        fs::path out = tmp("cls.npy");
        auto r = eltest::runProcess(eltest::cliPath(),
                                    {"embed", "--model", tinyModel().string(), "--input", csv.string(), "--column",
                                     "text", "--pooling", "cls", "--no-normalize", "--output", out.string()});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        el::FloatArray emb = el::readNpy(out);
        for (size_t i = 0; i < cases.size(); ++i) {
            auto expected = (*cases[i])["pooled"]["cls"].get<std::vector<float>>();
            for (size_t d = 0; d < expected.size(); ++d)
                QVERIFY(std::fabs(emb.row(int64_t(i))[d] - expected[d]) < 1e-4);
        }
    }

    void tokenizeMatchesReference()
    {
        std::vector<const json*> cases;
        fs::path csv = writeCasesCsv(cases);
        fs::path out = tmp("tok.jsonl");
        auto r = eltest::runProcess(eltest::cliPath(), {"tokenize", "--model", tinyModel().string(), "--input",
                                                        csv.string(), "--column", "text", "--output", out.string()});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        std::ifstream in(out);
        std::string line;
        size_t i = 0;
        while (std::getline(in, line)) {
            QVERIFY(i < cases.size());
            json j = json::parse(line);
            QCOMPARE(j["ids"].get<std::vector<int64_t>>(), (*cases[i])["model_ids"].get<std::vector<int64_t>>());
            QVERIFY(j.contains("tokens") && j.contains("offsets") && j.contains("type_ids") &&
                    j.contains("special_tokens_mask"));
            QCOMPARE(j["tokens"].size(), j["ids"].size());
            QCOMPARE(j["offsets"].size(), j["ids"].size());
            ++i;
        }
        QCOMPARE(i, cases.size());
    }

    void inspectMatchesTransformers()
    {
        for (const auto& c : m_ref["cases"]) {
            std::string name = c["name"];
            // A command-line argument cannot carry U+0000; that case is covered in-process.
            if (c["text"].get<std::string>().find('\0') != std::string::npos) continue;
            fs::path dir = tmp("inspect-" + name);
            std::vector<std::string> args = {"inspect", "--model", tinyModel().string(), "--text", c["text"],
                                             "--output", dir.string()};
            if (!c["pair"].is_null()) args.insert(args.end(), {"--text-pair", c["pair"].get<std::string>()});
            auto r = eltest::runProcess(eltest::cliPath(), args);
            QVERIFY2(r.exitCode == 0, (name + ": " + r.err).c_str());
            el::FloatArray hs = el::readNpy(dir / "hidden_states.npy");
            el::FloatArray at = el::readNpy(dir / "attentions.npy");
            el::FloatArray refHs = el::readNpy(m_refDir / c["hidden_states"].get<std::string>());
            el::FloatArray refAt = el::readNpy(m_refDir / c["attentions"].get<std::string>());
            double dh = eltest::maxAbsDiff(hs, refHs), da = eltest::maxAbsDiff(at, refAt);
            QVERIFY2(dh <= 1e-4, qPrintable(QString("%1: hidden states differ by %2").arg(name.c_str()).arg(dh)));
            QVERIFY2(da <= 1e-4, qPrintable(QString("%1: attentions differ by %2").arg(name.c_str()).arg(da)));
            json tokens = json::parse(eltest::readFile(dir / "tokens.json"));
            QCOMPARE(tokens["ids"].get<std::vector<int64_t>>(), c["model_ids"].get<std::vector<int64_t>>());
        }
    }

    void hugeTextIsTruncatedWithWarning()
    {
        fs::path input = tmp("huge.txt");
        {
            std::ofstream out(input);
            for (int i = 0; i < 20000; ++i) out << "word ";
            out << "\n";
        }
        fs::path out = tmp("huge.jsonl");
        auto r = eltest::runProcess(eltest::cliPath(), {"tokenize", "--model", tinyModel().string(), "--input",
                                                        input.string(), "--output", out.string()});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QVERIFY2(QString::fromStdString(r.err).contains("truncated"), r.err.c_str());
        json j = json::parse(eltest::readFile(out));
        QCOMPARE(int64_t(j["ids"].size()), m_ref["max_length"].get<int64_t>());
        QCOMPARE(j["truncated"].get<bool>(), true);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
