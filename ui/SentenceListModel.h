#pragma once
// The user's sentences: an editable table model (one row per sentence) that every view and the
// engine read from. Column A is the sentence; column B is an optional second text that makes the
// row an A/B pair (an empty B means "no pair" — the similarity matrix always uses A). Lines pasted
// at once become one sentence each.

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>

namespace elui {

class SentenceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, PairColumn, ColumnCount };

    explicit SentenceListModel(QObject* parent = nullptr);

    QModelIndex index(int row, int column = 0, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
                  int destinationChild) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }

    QStringList sentences() const { return m_sentences; }
    // Second texts, one per sentence ("" = no pair).
    QStringList pairs() const { return m_pairs; }
    // Replaces everything; pairs may be shorter than sentences (missing ones are "no pair").
    void setSentences(const QStringList& sentences, const QStringList& pairs = {});
    QString sentence(int row) const { return m_sentences.value(row); }
    QString pairText(int row) const { return m_pairs.value(row); }
    // The second text of a row when it has one.
    std::optional<QString> pair(int row) const;
    bool hasPairs() const;
    // Insert text at row (append when row < 0); returns the row.
    int addSentence(const QString& text = {}, int row = -1, const QString& pair = {});
    // Split text into lines and insert each non-blank line as a sentence at row (append when
    // row < 0). A line with a tab becomes an A/B pair. Returns the number of sentences added.
    int addLines(const QString& text, int row = -1);

private:
    QStringList m_sentences;
    QStringList m_pairs; // same length as m_sentences
};

} // namespace elui
