#pragma once
// The user's sentences: an editable list model (one row per sentence) that every view and the
// engine read from. Lines pasted at once become one sentence each.

#include <QAbstractListModel>
#include <QStringList>

namespace elui {

class SentenceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit SentenceListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
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
    void setSentences(const QStringList& sentences);
    QString sentence(int row) const { return m_sentences.value(row); }
    // Insert text at row (append when row < 0); returns the row.
    int addSentence(const QString& text = {}, int row = -1);
    // Split text into lines and insert each non-blank line as a sentence at row (append when
    // row < 0). Returns the number of sentences added.
    int addLines(const QString& text, int row = -1);

private:
    QStringList m_sentences;
};

} // namespace elui
