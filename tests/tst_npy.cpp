// .npy writing checked byte by byte against the NumPy format specification (NEP 1), and reading.
#include "Error.h"
#include "Npy.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <fstream>

class TestNpy : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void headerLayout()
    {
        el::FloatArray a({2, 3});
        for (int i = 0; i < 6; ++i) a.data[i] = float(i) * 0.5f;
        auto p = std::filesystem::path(m_dir.path().toStdString()) / "a.npy";
        el::writeNpy(p, a);
        std::ifstream in(p, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        // Magic, version 1.0, then a little-endian header length.
        QCOMPARE(bytes.substr(0, 8), std::string("\x93NUMPY\x01\x00", 8));
        const size_t headerLen = static_cast<unsigned char>(bytes[8]) | (static_cast<unsigned char>(bytes[9]) << 8);
        // Data starts on a 64-byte boundary and the header ends with '\n'.
        QCOMPARE((10 + headerLen) % 64, size_t(0));
        QCOMPARE(bytes[10 + headerLen - 1], '\n');
        const std::string header = bytes.substr(10, headerLen);
        QVERIFY(header.find("'descr': '<f4'") != std::string::npos);
        QVERIFY(header.find("'fortran_order': False") != std::string::npos);
        QVERIFY(header.find("'shape': (2, 3)") != std::string::npos);
        QCOMPARE(bytes.size(), 10 + headerLen + 6 * sizeof(float));
        float third;
        std::memcpy(&third, bytes.data() + 10 + headerLen + 2 * sizeof(float), sizeof third);
        QCOMPARE(third, 1.0f);
    }

    void oneDimensionalShapeHasTrailingComma()
    {
        el::FloatArray a({4});
        auto p = std::filesystem::path(m_dir.path().toStdString()) / "v.npy";
        el::writeNpy(p, a);
        std::ifstream in(p, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        QVERIFY(bytes.find("'shape': (4,)") != std::string::npos);
    }

    void roundTrip()
    {
        el::FloatArray a({3, 1, 2});
        for (int i = 0; i < 6; ++i) a.data[i] = -1.25f + float(i);
        auto p = std::filesystem::path(m_dir.path().toStdString()) / "r.npy";
        el::writeNpy(p, a);
        el::FloatArray b = el::readNpy(p);
        QCOMPARE(b.shape, a.shape);
        QCOMPARE(b.data, a.data);
    }

    void corrupt()
    {
        auto p = std::filesystem::path(m_dir.path().toStdString()) / "bad.npy";
        std::ofstream(p, std::ios::binary) << "not numpy at all";
        try {
            el::readNpy(p);
            QFAIL("expected an error");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), el::ErrorCode::CorruptFile);
        }
        try {
            el::writeNpy("/nonexistent-dir/x.npy", el::FloatArray({1}));
            QFAIL("expected an error");
        } catch (const el::Error& e) {
            QCOMPARE(e.code(), el::ErrorCode::FileUnreadable);
        }
    }
};

QTEST_GUILESS_MAIN(TestNpy)
#include "tst_npy.moc"
