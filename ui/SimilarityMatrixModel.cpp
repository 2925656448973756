#include "SimilarityMatrixModel.h"

#include "HeatmapView.h"

#include <QLocale>

namespace elui {

SimilarityMatrixModel::SimilarityMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

int SimilarityMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : size();
}

int SimilarityMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columnLabels.size());
}

double SimilarityMatrixModel::value(int row, int column) const
{
    const int rows = size();
    const int columns = int(m_columnLabels.size());
    if (row < 0 || column < 0 || row >= rows || column >= columns) return 0.0;
    return double(m_matrix.data[size_t(row) * size_t(columns) + size_t(column)]);
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
        return m_columnTexts.value(index.column());
    case HeatmapView::CellMarkRole: {
        const size_t i = size_t(index.row()) * size_t(m_columnLabels.size()) + size_t(index.column());
        return i < m_marks.size() ? int(m_marks[i]) : 0;
    }
    case Qt::ToolTipRole:
        return tr("%1 × %2: %3 %4")
            .arg(m_labels.value(index.row()), m_columnLabels.value(index.column()),
                 m_valueName.isEmpty() ? tr("cosine") : m_valueName, QLocale().toString(v, 'f', 6));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant SimilarityMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool columns = orientation == Qt::Horizontal;
    if (section < 0 || section >= (columns ? int(m_columnLabels.size()) : size())) return {};
    switch (role) {
    case Qt::DisplayRole:
        return columns ? m_columnLabels.value(section) : m_labels.value(section);
    case Qt::ToolTipRole:
        return columns ? m_columnTexts.value(section) : m_texts.value(section);
    default:
        return {};
    }
}

void SimilarityMatrixModel::setMatrix(const el::FloatArray& matrix, const QStringList& labels,
                                      const QStringList& texts)
{
    setRectangular(matrix, labels, labels, texts, texts);
}

void SimilarityMatrixModel::setRectangular(const el::FloatArray& matrix, const QStringList& rowLabels,
                                           const QStringList& columnLabels, const QStringList& rowTexts,
                                           const QStringList& columnTexts)
{
    const qsizetype rows = rowLabels.size();
    const qsizetype columns = columnLabels.size();
    const bool valid = rowTexts.size() == rows && columnTexts.size() == columns && matrix.rank() == 2 &&
                       matrix.dim(0) == rows && matrix.dim(1) == columns &&
                       matrix.data.size() == size_t(rows) * size_t(columns) && rows > 0 && columns > 0;
    beginResetModel();
    m_marks.clear();
    if (valid) {
        m_matrix = matrix;
        m_labels = rowLabels;
        m_texts = rowTexts;
        m_columnLabels = columnLabels;
        m_columnTexts = columnTexts;
    } else {
        m_matrix = {};
        m_labels.clear();
        m_texts.clear();
        m_columnLabels.clear();
        m_columnTexts.clear();
    }
    endResetModel();
}

void SimilarityMatrixModel::setMarks(std::vector<quint8> marks)
{
    m_marks = std::move(marks);
    if (size() > 0 && !m_columnLabels.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(size() - 1, int(m_columnLabels.size()) - 1),
                           {HeatmapView::CellMarkRole});
}

void SimilarityMatrixModel::setValueName(const QString& name)
{
    m_valueName = name;
}

void SimilarityMatrixModel::clear()
{
    setMatrix({}, {}, {});
}

} // namespace elui
