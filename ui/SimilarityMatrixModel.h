#pragma once
// A matrix of cosine similarities with one label per row/column: square sentence x sentence
// (setMatrix: row i and column i are the same sentence) or rectangular, e.g. token x token of two
// sentences (setRectangular). DisplayRole/ValueRole give the value as a double; headers give the
// short label (DisplayRole) and the full text (ToolTipRole); HeatmapView::CellMarkRole gives the
// optional per-cell marks.

#include "FloatArray.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

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
    // matrix: [rows, columns] with rows == rowLabels.size() == rowTexts.size(), same for columns.
    void setRectangular(const el::FloatArray& matrix, const QStringList& rowLabels,
                        const QStringList& columnLabels, const QStringList& rowTexts,
                        const QStringList& columnTexts);
    // One HeatmapView::CellMark flag set per cell (row-major), or empty for none.
    void setMarks(std::vector<quint8> marks);
    // A word for what the values are, shown in tooltips ("cosine" by default).
    void setValueName(const QString& name);
    void clear();
    int size() const { return int(m_labels.size()); } // rows
    double value(int row, int column) const;
    const el::FloatArray& matrix() const { return m_matrix; }
    const QStringList& rowLabels() const { return m_labels; }
    const QStringList& columnLabels() const { return m_columnLabels; }

private:
    el::FloatArray m_matrix;
    QStringList m_labels;
    QStringList m_texts;
    QStringList m_columnLabels;
    QStringList m_columnTexts;
    std::vector<quint8> m_marks;
    QString m_valueName;
};

} // namespace elui
