// Reading user text files for the CLI and the sentence workbench.
#include "Error.h"
#include "io/TextTable.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

class TestTextTable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::filesystem::path write(const std::string& name, const std::string& bytes)
    {
        std::filesystem::path p = std::filesystem::path(m_dir.path().toStdString()) / name;
        std::ofstream(p, std::ios::binary) << bytes;
        return p;
    }

private Q_SLOTS:
    void txtLines_data()
    {
        QTest::addColumn<QString>("bytes");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << "a\nb\n" << QStringList{"a", "b"};
        QTest::newRow("no final newline") << "a\nb" << QStringList{"a", "b"};
        QTest::newRow("crlf") << "a\r\nb\r\n" << QStringList{"a", "b"};
        QTest::newRow("empty line kept") << "a\n\nb\n" << QStringList{"a", "", "b"};
        QTest::newRow("bom") << "\xEF\xBB\xBFhello\n" << QStringList{"hello"};
        QTest::newRow("empty file") << "" << QStringList{};
    }
    void txtLines()
    {
        QFETCH(QString, bytes);
        QFETCH(QStringList, expected);
        auto p = write("in.txt", bytes.toStdString());
        auto texts = el::selectTexts(el::readTextTable(p), {});
        QStringList got;
        for (const auto& t : texts) got << QString::fromStdString(t);
        QCOMPARE(got, expected);
    }

    void tsvNoQuoting()
    {
        // STS-B style: quotes are literal characters in TSV.
        auto p = write("in.tsv", "sentence1\tsentence2\tscore\n\"Hi,\" she said.\tBye\t1.0\nA\tB\t2\n");
        auto t = el::readTextTable(p);
        QCOMPARE(t.header.size(), size_t(3));
        QCOMPARE(t.rows.size(), size_t(2));
        QCOMPARE(QString::fromStdString(t.rows[0][0]), QString("\"Hi,\" she said."));
        auto texts = el::selectTexts(t, {"sentence1", "sentence2"});
        QCOMPARE(texts.size(), size_t(4));
        QCOMPARE(QString::fromStdString(texts[1]), QString("Bye"));
        QCOMPARE(QString::fromStdString(texts[2]), QString("A"));
    }

    void csvQuoting()
    {
        auto p = write("in.csv", "id,text\n1,\"hello, world\"\n2,\"she said \"\"hi\"\"\"\n3,\"two\nlines\"\n");
        auto texts = el::selectTexts(el::readTextTable(p), {});
        QCOMPARE(texts.size(), size_t(3));
        QCOMPARE(QString::fromStdString(texts[0]), QString("hello, world"));
        QCOMPARE(QString::fromStdString(texts[1]), QString("she said \"hi\""));
        QCOMPARE(QString::fromStdString(texts[2]), QString("two\nlines"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("bytes");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("ragged tsv") << "r.tsv" << "a\tb\n1\n" << QStringList{} << "row 2 has 1 fields";
        QTest::newRow("unterminated quote") << "q.csv" << "text\n\"abc\n" << QStringList{} << "unterminated";
        QTest::newRow("unknown column") << "c.tsv" << "a\tb\n1\t2\n" << QStringList{"zzz"} << "columns: a, b";
        QTest::newRow("ambiguous columns") << "d.tsv" << "a\tb\n1\t2\n" << QStringList{} << "--column";
        QTest::newRow("column on txt") << "e.txt" << "x\n" << QStringList{"a"} << "header";
        QTest::newRow("empty csv") << "f.csv" << "" << QStringList{} << "no header";
    }
    void errors()
    {
        QFETCH(QString, name);
        QFETCH(QString, bytes);
        QFETCH(QStringList, columns);
        QFETCH(QString, messagePart);
        auto p = write(name.toStdString(), bytes.toStdString());
        std::vector<std::string> cols;
        for (const auto& c : columns) cols.push_back(c.toStdString());
        try {
            el::selectTexts(el::readTextTable(p), cols);
            QFAIL("expected an error");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), el::ErrorCode::InvalidInput);
            QVERIFY2(QString(e.what()).contains(messagePart), e.what());
        }
    }

    void missingFile()
    {
        try {
            el::readTextTable("/nonexistent/file.txt");
            QFAIL("expected an error");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), el::ErrorCode::FileNotFound);
        }
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
