#include "TokenTableModel.h"

#include <algorithm>

namespace elui {

namespace {
bool isUnknownPiece(const std::string& piece)
{
    return piece == "[UNK]" || piece == "<unk>" || piece == "<UNK>" || piece == "[unk]";
}
} // namespace

TokenTableModel::TokenTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int TokenTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_encoding.size());
}

int TokenTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenTableModel::token(int row) const
{
    if (row < 0 || size_t(row) >= m_encoding.tokens.size()) return {};
    return QString::fromStdString(m_encoding.tokens[size_t(row)]);
}

QStringList TokenTableModel::tokens() const
{
    QStringList out;
    for (const auto& t : m_encoding.tokens) out.push_back(QString::fromStdString(t));
    return out;
}

TokenTableModel::Kind TokenTableModel::kind(int row) const
{
    const size_t r = size_t(row);
    if (r < m_encoding.specialTokensMask.size() && m_encoding.specialTokensMask[r]) return Kind::Special;
    if (r < m_encoding.tokens.size() && isUnknownPiece(m_encoding.tokens[r])) return Kind::Unknown;
    return Kind::Normal;
}

bool TokenTableModel::isContinuation(int row) const
{
    // Word ids are tokenizer-agnostic: WordPiece "##x", sentencepiece pieces without "▁" and
    // byte-level BPE pieces without "Ġ" all share their predecessor's word.
    const size_t r = size_t(row);
    if (row <= 0 || r >= m_encoding.wordIds.size() || kind(row) == Kind::Special) return false;
    const bool sameSequence =
        r >= m_encoding.sequenceIds.size() || m_encoding.sequenceIds[r] == m_encoding.sequenceIds[r - 1];
    return sameSequence && m_encoding.wordIds[r] >= 0 && m_encoding.wordIds[r] == m_encoding.wordIds[r - 1];
}

QVariant TokenTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const int row = index.row();
    const size_t r = size_t(row);
    const auto offset = r < m_encoding.offsets.size() ? m_encoding.offsets[r] : std::pair<int64_t, int64_t>{0, 0};
    switch (role) {
    case KindRole:
        return int(kind(row));
    case ContinuationRole:
        return isContinuation(row);
    case WordRole:
        return r < m_encoding.wordIds.size() ? qlonglong(m_encoding.wordIds[r]) : -1;
    case PieceRole:
        return token(row);
    case SequenceRole:
        return sequence(row);
    case PairRole:
        return isPair();
    case TruncatedRole:
        return m_encoding.truncated;
    case Qt::TextAlignmentRole:
        if (index.column() == TokenColumn || index.column() == TextColumn || index.column() == SpecialColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IndexColumn:
        return row;
    case TokenColumn:
        return token(row);
    case IdColumn:
        return qlonglong(m_encoding.ids[r]);
    case TextColumn: {
        const QList<uint>& cps = sequence(row) == 1 ? m_pairCodePoints : m_codePoints;
        const qsizetype size = cps.size();
        const qsizetype start = std::clamp<qsizetype>(qsizetype(offset.first), 0, size);
        const qsizetype end = std::clamp<qsizetype>(qsizetype(offset.second), start, size);
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData()) + start, end - start);
    }
    case StartColumn:
        return qlonglong(offset.first);
    case EndColumn:
        return qlonglong(offset.second);
    case TypeIdColumn:
        return r < m_encoding.typeIds.size() ? qlonglong(m_encoding.typeIds[r]) : 0;
    case SegmentColumn:
        return sequence(row) == 0 ? QStringLiteral("A") : sequence(row) == 1 ? QStringLiteral("B") : QString();
    case SpecialColumn:
        return kind(row) == Kind::Special ? tr("special") : kind(row) == Kind::Unknown ? tr("unknown") : QString();
    default:
        return {};
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TextColumn:
            return tr("The characters of the sentence this token covers");
        case StartColumn:
        case EndColumn:
            return tr("Character offsets in Unicode code points; special tokens have 0–0");
        case TypeIdColumn:
            return tr("Token type id the model receives (models without token types get 0 everywhere)");
        case SegmentColumn:
            return tr("The text the token comes from: A, or B of a pair; empty for special tokens");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case IndexColumn:
        return tr("#");
    case TokenColumn:
        return tr("Token");
    case IdColumn:
        return tr("ID");
    case TextColumn:
        return tr("Text");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case TypeIdColumn:
        return tr("Type");
    case SegmentColumn:
        return tr("Segment");
    case SpecialColumn:
        return tr("Special");
    default:
        return {};
    }
}

void TokenTableModel::setEncoding(const el::Encoding& encoding, const QString& text, const QString& pairText)
{
    beginResetModel();
    m_encoding = encoding;
    m_codePoints = text.toUcs4();
    m_pairCodePoints = pairText.toUcs4();
    endResetModel();
}

bool TokenTableModel::isPair() const
{
    return std::any_of(m_encoding.sequenceIds.begin(), m_encoding.sequenceIds.end(), [](int32_t s) { return s == 1; });
}

int TokenTableModel::sequence(int row) const
{
    const size_t r = size_t(row);
    if (row < 0 || r >= m_encoding.sequenceIds.size()) return kind(row) == Kind::Special ? -1 : 0;
    return m_encoding.sequenceIds[r];
}

QString TokenTableModel::text() const
{
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(m_codePoints.constData()), m_codePoints.size());
}

QString TokenTableModel::pairText() const
{
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(m_pairCodePoints.constData()), m_pairCodePoints.size());
}

void TokenTableModel::clear()
{
    beginResetModel();
    m_encoding = {};
    m_codePoints.clear();
    m_pairCodePoints.clear();
    endResetModel();
}

} // namespace elui
