#include "SentenceListModel.h"

#include <QRegularExpression>

namespace elui {

SentenceListModel::SentenceListModel(QObject* parent) : QAbstractListModel(parent) {}

int SentenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sentences.size());
}

QVariant SentenceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const QString& text = m_sentences.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text;
    case Qt::ToolTipRole:
        return text.isEmpty() ? QVariant() : QVariant(text);
    default:
        return {};
    }
}

bool SentenceListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // A sentence is one line: newlines typed or pasted into an editor become spaces.
    QString text = value.toString();
    text.replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
    if (m_sentences[index.row()] == text) return true;
    m_sentences[index.row()] = text;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    return true;
}

Qt::ItemFlags SentenceListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QVariant SentenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Horizontal) return section == 0 ? QVariant(tr("Sentence")) : QVariant();
    // The same short label the similarity matrix uses for this sentence.
    return tr("S%1").arg(section + 1);
}

bool SentenceListModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_sentences.size() || count < 1) return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) m_sentences.insert(row, QString());
    endInsertRows();
    return true;
}

bool SentenceListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_sentences.size()) return false;
    beginRemoveRows({}, row, row + count - 1);
    m_sentences.remove(row, count);
    endRemoveRows();
    return true;
}

bool SentenceListModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                 const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > m_sentences.size() || destinationChild < 0 || destinationChild > m_sentences.size())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count) return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild)) return false;
    const QStringList moving = m_sentences.mid(sourceRow, count);
    m_sentences.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i) m_sentences.insert(insertAt + i, moving[i]);
    endMoveRows();
    return true;
}

void SentenceListModel::setSentences(const QStringList& sentences)
{
    beginResetModel();
    m_sentences.clear();
    for (const QString& s : sentences) {
        QString line = s;
        line.replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
        m_sentences.push_back(line);
    }
    endResetModel();
}

int SentenceListModel::addSentence(const QString& text, int row)
{
    if (row < 0 || row > m_sentences.size()) row = int(m_sentences.size());
    insertRows(row, 1);
    setData(index(row), text);
    return row;
}

int SentenceListModel::addLines(const QString& text, int row)
{
    QStringList lines;
    for (const QString& line : text.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")))) {
        if (!line.trimmed().isEmpty()) lines.push_back(line.trimmed());
    }
    if (lines.isEmpty()) return 0;
    if (row < 0 || row > m_sentences.size()) row = int(m_sentences.size());
    beginInsertRows({}, row, row + int(lines.size()) - 1);
    for (int i = 0; i < lines.size(); ++i) m_sentences.insert(row + i, lines[i]);
    endInsertRows();
    return int(lines.size());
}

} // namespace elui
