#include "TokenChipsView.h"

#include "TokenTableModel.h"
#include "tokens/PieceText.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace elui {

namespace {
constexpr int kMargin = 6;
constexpr int kPadX = 5;
constexpr int kPadY = 3;
constexpr int kWordGap = 8;
constexpr int kPieceGap = 2;
constexpr int kLineGap = 6;

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QFont smallFont(const QFont& f)
{
    QFont s = f;
    s.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.75));
    return s;
}
} // namespace

TokenChipsView::TokenChipsView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TokenChipsView::setModel(QAbstractItemModel* model)
{
    if (m_model) disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &TokenChipsView::relayout);
        connect(model, &QAbstractItemModel::dataChanged, this, &TokenChipsView::relayout);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TokenChipsView::relayout);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TokenChipsView::relayout);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TokenChipsView::relayout);
    }
    relayout();
}

void TokenChipsView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    update();
}

void TokenChipsView::setFootnote(const QString& text)
{
    m_footnote = text;
    relayout();
}

void TokenChipsView::setShowIds(bool show)
{
    m_showIds = show;
    relayout();
}

void TokenChipsView::setShowWhitespace(bool show)
{
    m_showWhitespace = show;
    relayout();
}

void TokenChipsView::setHighlightedTokens(const QList<int>& rows)
{
    if (m_highlighted == rows) return;
    m_highlighted = rows;
    update();
}

QString TokenChipsView::chipText(int row) const
{
    if (row < 0 || row >= m_chips.size()) return {};
    return m_chips[row].prefix + m_chips[row].text;
}

void TokenChipsView::setCurrentToken(int row)
{
    if (m_current == row) return;
    m_current = row;
    update();
}

QList<TokenChipsView::Chip> TokenChipsView::layoutChips(int width, int* height) const
{
    QList<Chip> chips;
    const QFontMetrics fm(font());
    const QFontMetrics sfm(smallFont(font()));
    const int chipH = fm.height() + 2 * kPadY;
    const int lineH = chipH + (m_showIds ? sfm.height() : 0) + kLineGap;
    int x = kMargin;
    int y = kMargin;
    const int rows = m_model ? m_model->rowCount() : 0;
    const bool truncated = rows > 0 && m_model->index(0, 0).data(TokenTableModel::TruncatedRole).toBool();
    for (int r = 0; r < rows; ++r) {
        const QModelIndex idx = m_model->index(r, TokenTableModel::TokenColumn);
        Chip chip;
        chip.text = idx.data(TokenTableModel::PieceRole).toString();
        chip.kind = idx.data(TokenTableModel::KindRole).toInt();
        chip.word = idx.data(TokenTableModel::WordRole).toInt();
        chip.id = m_model->index(r, TokenTableModel::IdColumn).data().toLongLong();
        chip.sequence = idx.data(TokenTableModel::SequenceRole).toInt();
        const bool continuation = idx.data(TokenTableModel::ContinuationRole).toBool();
        if (TokenTableModel::Kind(chip.kind) != TokenTableModel::Kind::Special) {
            const ReadablePiece readable = PieceText::readable(chip.text, continuation, m_showWhitespace);
            chip.prefix = readable.marker;
            chip.text = readable.text;
        }
        if (truncated && chip.sequence >= 0) {
            // The last token of its text when the next one belongs elsewhere (a special token or B).
            const int nextSequence =
                r + 1 < rows ? m_model->index(r + 1, 0).data(TokenTableModel::SequenceRole).toInt() : -1;
            chip.cutAfter = nextSequence != chip.sequence;
        }
        const int textW = fm.horizontalAdvance(chip.prefix + chip.text);
        const int idW = m_showIds ? sfm.horizontalAdvance(QString::number(chip.id)) : 0;
        const int w = std::max(textW, idW) + 2 * kPadX;
        const int gap = r == 0 ? 0 : (continuation ? kPieceGap : kWordGap);
        if (x + gap + w > width - kMargin && x > kMargin) {
            x = kMargin;
            y += lineH;
        } else {
            x += gap;
        }
        chip.rect = QRect(x, y, w, chipH);
        x += w;
        if (chip.cutAfter) x += kWordGap; // room for the cut mark
        chips.push_back(chip);
    }
    int h = rows > 0 ? y + lineH : kMargin + fm.height() + kMargin;
    if (!m_footnote.isEmpty()) h += fm.height() + kLineGap;
    if (height) *height = h + kMargin;
    return chips;
}

void TokenChipsView::relayout()
{
    m_hovered = -1;
    m_highlighted.clear();
    m_pair = m_model && m_model->rowCount() > 0 && m_model->index(0, 0).data(TokenTableModel::PairRole).toBool();
    m_chips = layoutChips(width(), nullptr);
    updateGeometry();
    update();
}

int TokenChipsView::heightForWidth(int width) const
{
    int h = 0;
    layoutChips(width, &h);
    return h;
}

QSize TokenChipsView::sizeHint() const
{
    return {400, heightForWidth(400)};
}

QSize TokenChipsView::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {100, fm.height() * 2 + 2 * kMargin};
}

void TokenChipsView::resizeEvent(QResizeEvent* event)
{
    m_chips = layoutChips(width(), nullptr);
    QWidget::resizeEvent(event);
}

QColor TokenChipsView::chipColor(const Chip& chip) const
{
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    const double tint = dark ? 0.45 : 0.32;
    switch (TokenTableModel::Kind(chip.kind)) {
    case TokenTableModel::Kind::Special:
        return mix(base, palette().color(QPalette::Mid), 0.35);
    case TokenTableModel::Kind::Unknown:
        return mix(base, QColor(0xd7, 0x30, 0x27), dark ? 0.65 : 0.55);
    case TokenTableModel::Kind::Normal:
        break;
    }
    // Neighbouring words get different hues, pieces of one word share theirs.
    static const QColor hues[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                  QColor(0x94, 0x67, 0xbd), QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22)};
    const int word = std::max(0, chip.word);
    return mix(base, hues[word % 6], tint);
}

void TokenChipsView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics fm(font());
    if (m_chips.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   m_placeholder);
        return;
    }
    const QFont small = smallFont(font());
    const QFontMetrics sfm(small);
    const QColor text = palette().color(QPalette::Text);
    const QColor dim = mix(palette().color(QPalette::Base), text, 0.5);
    int bottom = 0;
    for (int i = 0; i < m_chips.size(); ++i) {
        const Chip& chip = m_chips[i];
        const QRectF r = QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5);
        const auto kind = TokenTableModel::Kind(chip.kind);
        QPen border(mix(chipColor(chip), text, 0.35), 1);
        if (kind == TokenTableModel::Kind::Special) border.setStyle(Qt::DashLine);
        if (kind == TokenTableModel::Kind::Unknown) border = QPen(QColor(0xd7, 0x30, 0x27), 1.5);
        const bool highlighted = m_highlighted.contains(i);
        if (i == m_current || i == m_hovered || highlighted) border = QPen(palette().color(QPalette::Highlight), 2);
        p.setPen(border);
        p.setBrush(highlighted ? mix(chipColor(chip), palette().color(QPalette::Highlight), 0.35) : chipColor(chip));
        p.drawRoundedRect(r, 4, 4);
        if (m_pair && chip.sequence >= 0) {
            // Segment bar: A and B in two fixed hues that read on light and dark bases.
            const QColor segment = chip.sequence == 0 ? QColor(0x3b, 0x82, 0xc4) : QColor(0xe0, 0x8a, 0x1e);
            p.fillRect(QRectF(r.left() + 3, r.bottom() - 2.5, r.width() - 6, 2.5), segment);
        }
        if (chip.cutAfter) {
            const qreal cx = chip.rect.right() + kWordGap / 2.0 + 1;
            p.setPen(QPen(QColor(0xd7, 0x30, 0x27), 2, Qt::DashLine));
            p.drawLine(QPointF(cx, chip.rect.top() - 2), QPointF(cx, chip.rect.bottom() + 2));
        }

        p.setFont(font());
        const QRect inner = chip.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
        int x = inner.left() + (inner.width() - fm.horizontalAdvance(chip.prefix + chip.text)) / 2;
        if (!chip.prefix.isEmpty()) {
            p.setPen(dim);
            p.drawText(QPoint(x, inner.top() + fm.ascent()), chip.prefix);
            x += fm.horizontalAdvance(chip.prefix);
        }
        p.setPen(kind == TokenTableModel::Kind::Special ? mix(text, dim, 0.4) : text);
        p.drawText(QPoint(x, inner.top() + fm.ascent()), chip.text);

        if (m_showIds) {
            p.setFont(small);
            p.setPen(dim);
            p.drawText(QRect(chip.rect.left(), chip.rect.bottom() + 1, chip.rect.width(), sfm.height()), Qt::AlignHCenter,
                       QString::number(chip.id));
        }
        bottom = std::max(bottom, chip.rect.bottom() + 1 + (m_showIds ? sfm.height() : 0));
    }
    if (!m_footnote.isEmpty()) {
        p.setFont(font());
        p.setPen(dim);
        p.drawText(QRect(kMargin, bottom + kLineGap, width() - 2 * kMargin, fm.height()), Qt::AlignLeft, m_footnote);
    }
}

int TokenChipsView::tokenAt(const QPoint& pos) const
{
    for (int i = 0; i < m_chips.size(); ++i)
        if (m_chips[i].rect.contains(pos)) return i;
    return -1;
}

void TokenChipsView::mousePressEvent(QMouseEvent* event)
{
    const int row = tokenAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0) {
        setCurrentToken(row);
        Q_EMIT tokenClicked(row);
    }
    QWidget::mousePressEvent(event);
}

void TokenChipsView::mouseMoveEvent(QMouseEvent* event)
{
    const int row = tokenAt(event->position().toPoint());
    if (row != m_hovered) {
        m_hovered = row;
        update();
        Q_EMIT tokenHovered(row);
    }
    QWidget::mouseMoveEvent(event);
}

void TokenChipsView::leaveEvent(QEvent* event)
{
    if (m_hovered != -1) Q_EMIT tokenHovered(-1);
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

bool TokenChipsView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = tokenAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            return true;
        }
        auto cell = [&](int column) { return m_model->index(row, column).data().toString().toHtmlEscaped(); };
        QString tip = tr("<b>%1</b><br>ID %2 · position %3<br>Characters %4–%5: “%6”")
                          .arg(cell(TokenTableModel::TokenColumn), cell(TokenTableModel::IdColumn),
                               cell(TokenTableModel::IndexColumn), cell(TokenTableModel::StartColumn),
                               cell(TokenTableModel::EndColumn), cell(TokenTableModel::TextColumn));
        const auto kind = TokenTableModel::Kind(m_chips[row].kind);
        if (kind == TokenTableModel::Kind::Special) tip += QStringLiteral("<br>") + tr("Special token added by the tokenizer");
        if (kind == TokenTableModel::Kind::Unknown) tip += QStringLiteral("<br>") + tr("Unknown token: the vocabulary has no piece for this text");
        if (m_chips[row].prefix == QStringLiteral("##"))
            tip += QStringLiteral("<br>") + tr("Continues the previous word");
        if (m_pair && m_chips[row].sequence >= 0)
            tip += QStringLiteral("<br>") + (m_chips[row].sequence == 0 ? tr("Segment A") : tr("Segment B"));
        if (m_chips[row].cutAfter)
            tip += QStringLiteral("<br>") + tr("Truncation cut: the tokens after this one were dropped");
        QToolTip::showText(help->globalPos(), tip, this, m_chips[row].rect);
        return true;
    }
    return QWidget::event(event);
}

} // namespace elui
