#include "TokenTextView.h"

#include <QAbstractTextDocumentLayout>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>

namespace elui {

TokenTextView::TokenTextView(QWidget* parent) : QTextEdit(parent)
{
    setReadOnly(true);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void TokenTextView::setPlainTextWithCut(const QString& text, int cutAt)
{
    m_utf16Of.clear();
    int i = 0;
    while (i < text.size()) {
        m_utf16Of.push_back(i);
        i += (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) ? 2 : 1;
    }
    m_utf16Of.push_back(int(text.size()));
    m_cut = cutAt >= 0 && cutAt < m_utf16Of.size() - 1 ? cutAt : -1;
    m_ranges.clear();
    if (toPlainText() != text) setPlainText(text);
    applyFormats();
    fitHeight();
}

int TokenTextView::utf16Index(int codePoint) const
{
    if (m_utf16Of.isEmpty()) return 0;
    return m_utf16Of[std::clamp(codePoint, 0, int(m_utf16Of.size()) - 1)];
}

void TokenTextView::setHighlightedRanges(const QList<QPair<int, int>>& ranges)
{
    if (ranges == m_ranges) return;
    m_ranges = ranges;
    applyFormats();
}

QString TokenTextView::highlightedText() const
{
    const QString text = toPlainText();
    QStringList parts;
    for (const auto& [start, end] : m_ranges) {
        const int a = utf16Index(start);
        const int b = utf16Index(end);
        parts << text.mid(a, std::max(0, b - a));
    }
    return parts.join(QLatin1Char(' '));
}

void TokenTextView::applyFormats()
{
    QList<ExtraSelection> selections;
    if (m_cut >= 0) {
        ExtraSelection dropped;
        dropped.cursor = QTextCursor(document());
        dropped.cursor.setPosition(utf16Index(m_cut));
        dropped.cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        dropped.format.setFontStrikeOut(true);
        dropped.format.setForeground(palette().color(QPalette::PlaceholderText));
        dropped.format.setToolTip(tr("Dropped by truncation: the model never sees these characters"));
        selections.push_back(dropped);
    }
    for (const auto& [start, end] : m_ranges) {
        if (end <= start) continue;
        ExtraSelection hit;
        hit.cursor = QTextCursor(document());
        hit.cursor.setPosition(utf16Index(start));
        hit.cursor.setPosition(utf16Index(end), QTextCursor::KeepAnchor);
        hit.format.setBackground(palette().color(QPalette::Highlight));
        hit.format.setForeground(palette().color(QPalette::HighlightedText));
        selections.push_back(hit);
    }
    setExtraSelections(selections);
}

int TokenTextView::codePointAt(const QPoint& viewportPos) const
{
    const QPoint docPos = viewportPos + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const int pos = document()->documentLayout()->hitTest(docPos, Qt::ExactHit);
    if (pos < 0) return -1;
    // hitTest returns the cursor position nearest to the point; the character is the one it
    // precedes or follows, whichever box contains the point.
    const auto it = std::upper_bound(m_utf16Of.begin(), m_utf16Of.end(), pos);
    const int cp = int(it - m_utf16Of.begin()) - 1;
    return cp >= 0 && cp < m_utf16Of.size() - 1 ? cp : -1;
}

void TokenTextView::mouseMoveEvent(QMouseEvent* event)
{
    const int cp = codePointAt(event->position().toPoint());
    if (cp != m_hovered) {
        m_hovered = cp;
        Q_EMIT characterHovered(cp);
    }
    QTextEdit::mouseMoveEvent(event);
}

void TokenTextView::leaveEvent(QEvent* event)
{
    if (m_hovered != -1) {
        m_hovered = -1;
        Q_EMIT characterHovered(-1);
    }
    QTextEdit::leaveEvent(event);
}

void TokenTextView::fitHeight()
{
    // As tall as the wrapped text, up to four lines (then it scrolls).
    document()->setTextWidth(viewport()->width());
    const int lineH = fontMetrics().lineSpacing();
    const int docH = int(document()->size().height());
    const int h = std::clamp(docH, lineH + 8, 4 * lineH + 8) + 2 * frameWidth();
    if (height() != h) setFixedHeight(h);
}

void TokenTextView::resizeEvent(QResizeEvent* event)
{
    QTextEdit::resizeEvent(event);
    fitHeight();
}

void TokenTextView::changeEvent(QEvent* event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyFormats();
}

QSize TokenTextView::sizeHint() const
{
    return {300, fontMetrics().lineSpacing() * 2 + 8};
}

QSize TokenTextView::minimumSizeHint() const
{
    return {100, fontMetrics().lineSpacing() + 8};
}

} // namespace elui
