#include "SimilarityMatrixModel.h"

#include <QLocale>

namespace elui {

SimilarityMatrixModel::SimilarityMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

int SimilarityMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : size();
}

int SimilarityMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : size();
}

double SimilarityMatrixModel::value(int row, int column) const
{
    const int n = size();
    if (row < 0 || column < 0 || row >= n || column >= n) return 0.0;
    return double(m_matrix.data[size_t(row) * size_t(n) + size_t(column)]);
}

QVariant SimilarityMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const double v = value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        return v;
    case RowTextRole:
        return m_texts.value(index.row());
    case ColumnTextRole:
        return m_texts.value(index.column());
    case Qt::ToolTipRole:
        return tr("%1 × %2: cosine %3")
            .arg(m_labels.value(index.row()), m_labels.value(index.column()), QLocale().toString(v, 'f', 6));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant SimilarityMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= size()) return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_labels.value(section);
    case Qt::ToolTipRole:
        return m_texts.value(section);
    default:
        return {};
    }
}

void SimilarityMatrixModel::setMatrix(const el::FloatArray& matrix, const QStringList& labels,
                                      const QStringList& texts)
{
    const qsizetype n = labels.size();
    const bool valid = texts.size() == n && matrix.rank() == 2 && matrix.dim(0) == n && matrix.dim(1) == n &&
                       matrix.data.size() == size_t(n) * size_t(n);
    beginResetModel();
    if (valid) {
        m_matrix = matrix;
        m_labels = labels;
        m_texts = texts;
    } else {
        m_matrix = {};
        m_labels.clear();
        m_texts.clear();
    }
    endResetModel();
}

void SimilarityMatrixModel::clear()
{
    setMatrix({}, {}, {});
}

} // namespace elui
