#pragma once
// A square matrix of sentence-to-sentence cosine similarities with one label per row/column.
// Row i and column i are the same sentence. DisplayRole/ValueRole give the value as a double;
// headers give the short label (DisplayRole) and the full sentence (ToolTipRole).

#include "FloatArray.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace elui {

class SimilarityMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // double
        RowTextRole,                  // QString: the row's sentence
        ColumnTextRole,               // QString: the column's sentence
    };

    explicit SimilarityMatrixModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // matrix: [n, n] with n == labels.size() == texts.size(); anything else clears the model.
    void setMatrix(const el::FloatArray& matrix, const QStringList& labels, const QStringList& texts);
    void clear();
    int size() const { return int(m_labels.size()); }
    double value(int row, int column) const;

private:
    el::FloatArray m_matrix;
    QStringList m_labels;
    QStringList m_texts;
};

} // namespace elui
