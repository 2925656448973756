#include "SentenceListModel.h"

#include <QRegularExpression>

namespace elui {

namespace {
// A sentence is one line: newlines typed or pasted into an editor become spaces.
QString oneLine(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
    return text;
}
} // namespace

SentenceListModel::SentenceListModel(QObject* parent) : QAbstractTableModel(parent) {}

QModelIndex SentenceListModel::index(int row, int column, const QModelIndex& parent) const
{
    return QAbstractTableModel::index(row, column, parent);
}

int SentenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sentences.size());
}

int SentenceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<QString> SentenceListModel::pair(int row) const
{
    const QString b = m_pairs.value(row);
    if (b.isEmpty()) return std::nullopt;
    return b;
}

bool SentenceListModel::hasPairs() const
{
    for (const QString& b : m_pairs)
        if (!b.isEmpty()) return true;
    return false;
}

QVariant SentenceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const QString& text =
        index.column() == PairColumn ? m_pairs.at(index.row()) : m_sentences.at(index.row());
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
    const QString text = oneLine(value.toString());
    QString& cell = index.column() == PairColumn ? m_pairs[index.row()] : m_sentences[index.row()];
    if (cell == text) return true;
    cell = text;
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
    if (orientation == Qt::Horizontal) {
        if (section == TextColumn) return tr("Sentence");
        if (section == PairColumn) return tr("Second text (B)");
        return {};
    }
    // The same short label the similarity matrix uses for this sentence.
    return tr("S%1").arg(section + 1);
}

bool SentenceListModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_sentences.size() || count < 1) return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        m_sentences.insert(row, QString());
        m_pairs.insert(row, QString());
    }
    endInsertRows();
    return true;
}

bool SentenceListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_sentences.size()) return false;
    beginRemoveRows({}, row, row + count - 1);
    m_sentences.remove(row, count);
    m_pairs.remove(row, count);
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
    const QStringList movingPairs = m_pairs.mid(sourceRow, count);
    m_sentences.remove(sourceRow, count);
    m_pairs.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i) {
        m_sentences.insert(insertAt + i, moving[i]);
        m_pairs.insert(insertAt + i, movingPairs[i]);
    }
    endMoveRows();
    return true;
}

void SentenceListModel::setSentences(const QStringList& sentences, const QStringList& pairs)
{
    beginResetModel();
    m_sentences.clear();
    m_pairs.clear();
    for (int i = 0; i < sentences.size(); ++i) {
        m_sentences.push_back(oneLine(sentences[i]));
        m_pairs.push_back(oneLine(pairs.value(i)));
    }
    endResetModel();
}

int SentenceListModel::addSentence(const QString& text, int row, const QString& pair)
{
    if (row < 0 || row > m_sentences.size()) row = int(m_sentences.size());
    insertRows(row, 1);
    setData(index(row, TextColumn), text);
    if (!pair.isEmpty()) setData(index(row, PairColumn), pair);
    return row;
}

int SentenceListModel::addLines(const QString& text, int row)
{
    QStringList lines, pairs;
    for (const QString& line : text.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")))) {
        if (line.trimmed().isEmpty()) continue;
        // Tab-separated lines (e.g. copied from a spreadsheet) are A/B pairs.
        const int tab = line.indexOf(QLatin1Char('\t'));
        lines.push_back((tab < 0 ? line : line.left(tab)).trimmed());
        pairs.push_back(tab < 0 ? QString() : line.mid(tab + 1).section(QLatin1Char('\t'), 0, 0).trimmed());
    }
    if (lines.isEmpty()) return 0;
    if (row < 0 || row > m_sentences.size()) row = int(m_sentences.size());
    beginInsertRows({}, row, row + int(lines.size()) - 1);
    for (int i = 0; i < lines.size(); ++i) {
        m_sentences.insert(row + i, lines[i]);
        m_pairs.insert(row + i, pairs[i]);
    }
    endInsertRows();
    return int(lines.size());
}

} // namespace elui
