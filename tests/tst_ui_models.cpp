// The item models behind the views obey the QAbstractItemModel contract (QAbstractItemModelTester
// watches every change) and show what they are given.
#include "SentenceListModel.h"
#include "SimilarityMatrixModel.h"
#include "TokenTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace elui;

namespace {
el::FloatArray matrix(int n, float offDiagonal)
{
    el::FloatArray m({n, n});
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) m.data[size_t(i * n + j)] = i == j ? 1.0f : offDiagonal;
    return m;
}
} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void similarityModelPassesTester()
    {
        SimilarityMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        model.setMatrix(matrix(3, 0.25f), {"S1", "S2", "S4"}, {"a", "b", "d"});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, 0).data().toDouble(), 1.0);
        QCOMPARE(model.index(1, 2).data(SimilarityMatrixModel::ValueRole).toDouble(), 0.25);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("S4"));
        QCOMPARE(model.headerData(2, Qt::Vertical, Qt::ToolTipRole).toString(), QStringLiteral("d"));
        QCOMPARE(model.index(2, 1).data(SimilarityMatrixModel::RowTextRole).toString(), QStringLiteral("d"));
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("0.250000")));
        QVERIFY(!model.index(0, 0).parent().isValid());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);

        model.setMatrix(matrix(5, -0.5f), {"1", "2", "3", "4", "5"}, {"1", "2", "3", "4", "5"});
        QCOMPARE(model.size(), 5);
        QCOMPARE(model.value(4, 3), -0.5);

        // Inconsistent input is refused rather than read out of bounds.
        model.setMatrix(matrix(2, 0.f), {"only one"}, {"x"});
        QCOMPARE(model.size(), 0);
        model.setMatrix(matrix(1, 0.f), {"a"}, {"a"});
        QCOMPARE(model.size(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sentenceModelPassesTester()
    {
        SentenceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSentences({"one", "two"});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.addSentence(QStringLiteral("three")), 2);
        QCOMPARE(model.addSentence(QStringLiteral("zero"), 0), 0);
        QCOMPARE(model.sentences(), QStringList({"zero", "one", "two", "three"}));

        QCOMPARE(model.addLines(QStringLiteral("  alpha \r\n\n beta\rgamma\n   \n"), 1), 3);
        QCOMPARE(model.sentences(), QStringList({"zero", "alpha", "beta", "gamma", "one", "two", "three"}));

        QVERIFY(model.setData(model.index(0), QStringLiteral("line\nbreak")));
        QCOMPARE(model.sentence(0), QStringLiteral("line break"));
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsEditable);

        QVERIFY(model.moveRows({}, 0, 2, {}, 4));
        QCOMPARE(model.sentences(), QStringList({"beta", "gamma", "line break", "alpha", "one", "two", "three"}));
        QVERIFY(model.removeRows(1, 2));
        QCOMPARE(model.sentences(), QStringList({"beta", "alpha", "one", "two", "three"}));
        QVERIFY(!model.removeRows(4, 2));
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("S2"));
        model.setSentences({});
        QCOMPARE(model.rowCount(), 0);
    }

    void tokenModelPassesTester()
    {
        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A hand-made encoding of "🍕 playing" (offsets in code points: the emoji is one).
        el::Encoding enc;
        enc.ids = {101, 100, 2652, 2075, 102};
        enc.tokens = {"[CLS]", "[UNK]", "play", "##ing", "[SEP]"};
        enc.offsets = {{0, 0}, {0, 1}, {2, 6}, {6, 9}, {0, 0}};
        enc.typeIds = {0, 0, 0, 0, 0};
        enc.specialTokensMask = {1, 0, 0, 0, 1};
        enc.attentionMask = {1, 1, 1, 1, 1};
        enc.sequenceIds = {-1, 0, 0, 0, -1};
        enc.wordIds = {-1, 0, 1, 1, -1};
        model.setEncoding(enc, QStringLiteral("🍕 playing"));

        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(TokenTableModel::ColumnCount));
        QCOMPARE(model.tokens(), QStringList({"[CLS]", "[UNK]", "play", "##ing", "[SEP]"}));
        QCOMPARE(model.index(1, TokenTableModel::TextColumn).data().toString(), QStringLiteral("🍕"));
        QCOMPARE(model.index(2, TokenTableModel::TextColumn).data().toString(), QStringLiteral("play"));
        QCOMPARE(model.index(3, TokenTableModel::TextColumn).data().toString(), QStringLiteral("ing"));
        QCOMPARE(model.index(0, TokenTableModel::TextColumn).data().toString(), QString());
        QCOMPARE(model.index(3, TokenTableModel::IdColumn).data().toLongLong(), 2075);
        QCOMPARE(model.kind(0), TokenTableModel::Kind::Special);
        QCOMPARE(model.kind(1), TokenTableModel::Kind::Unknown);
        QCOMPARE(model.kind(2), TokenTableModel::Kind::Normal);
        QVERIFY(!model.isContinuation(2));
        QVERIFY(model.isContinuation(3));
        QVERIFY(!model.isContinuation(4));
        QCOMPARE(model.index(3, 0).data(TokenTableModel::ContinuationRole).toBool(), true);

        // Offsets past the text (a bug elsewhere) must not crash the view.
        enc.offsets[2] = {40, 50};
        model.setEncoding(enc, QStringLiteral("short"));
        QCOMPARE(model.index(2, TokenTableModel::TextColumn).data().toString(), QString());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_ui_models.moc"
