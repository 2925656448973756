#pragma once
// The tokens of one sentence as the model saw them: one row per token with its piece, id, the
// original characters it covers (offsets in Unicode code points), type id and special flag.
// The token chips and the token table both read it.

#include "Encoding.h"

#include <QAbstractTableModel>
#include <QString>

namespace elui {

class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IndexColumn, TokenColumn, IdColumn, TextColumn, StartColumn, EndColumn, TypeIdColumn,
                  SegmentColumn, SpecialColumn, ColumnCount };
    enum class Kind { Normal, Special, Unknown };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        ContinuationRole,            // bool: same word as the previous token (e.g. "##ing")
        WordRole,                    // int: word index within its sequence, -1 for special tokens
        PieceRole,                   // QString: the vocabulary piece, in every column
        SequenceRole,                // int: 0 = text A, 1 = text B, -1 = special token
        PairRole,                    // bool: the encoding is of an A/B pair
        TruncatedRole,               // bool: the encoding was truncated (tokens were dropped)
    };

    explicit TokenTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // text: the sentence the encoding came from (for the covered characters); pairText: text B of a
    // pair (offsets of B's tokens count in it).
    void setEncoding(const el::Encoding& encoding, const QString& text, const QString& pairText = {});
    void clear();
    const el::Encoding& encoding() const { return m_encoding; }
    QString token(int row) const;
    QStringList tokens() const;
    Kind kind(int row) const;
    bool isContinuation(int row) const;
    bool truncated() const { return m_encoding.truncated; }
    bool isPair() const;
    int sequence(int row) const;
    QString text() const;
    QString pairText() const;

private:
    el::Encoding m_encoding;
    QList<uint> m_codePoints;     // the sentence as UCS-4, indexed by the encoding's offsets
    QList<uint> m_pairCodePoints; // text B as UCS-4
};

} // namespace elui
