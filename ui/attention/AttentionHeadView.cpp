#include "AttentionHeadView.h"

#include "AttentionColors.h"

#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace elui {

namespace {
constexpr int kTop = 28; // room for the column captions
constexpr int kMargin = 8;
constexpr int kMinGap = 120; // horizontal room for the lines
constexpr int kMaxGap = 520; // wider bands only flatten the lines
constexpr int kAntialiasLimit = 20000;
constexpr int kAlphaSteps = 32;
} // namespace

AttentionHeadView::AttentionHeadView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void AttentionHeadView::setData(const std::vector<el::FloatArray>& perHead, QStringList labels)
{
    m_lines.clear();
    m_labels = std::move(labels);
    m_heads = int(perHead.size());
    const int n = int(m_labels.size());
    for (int h = 0; h < m_heads; ++h) {
        const el::FloatArray& m = perHead[size_t(h)];
        if (m.rank() != 2 || m.shape[0] != n || m.shape[1] != n) continue;
        for (int i = 0; i < n; ++i) {
            const float* row = m.data.data() + size_t(i) * size_t(n);
            for (int j = 0; j < n; ++j)
                if (row[j] >= kMinWeight) m_lines.push_back({i, j, row[j], h});
        }
    }
    std::sort(m_lines.begin(), m_lines.end(),
              [](const Line& a, const Line& b) { return a.weight < b.weight; });
    if (m_focus >= n) m_focus = -1;
    m_visibleMask.assign(size_t(m_heads), false);
    for (int h : m_visible)
        if (h >= 0 && h < m_heads) m_visibleMask[size_t(h)] = true;
    relayout();
}

void AttentionHeadView::clear()
{
    setData({}, {});
}

void AttentionHeadView::setVisibleHeads(const QList<int>& heads)
{
    m_visible = heads;
    m_visibleMask.assign(size_t(m_heads), false);
    for (int h : heads)
        if (h >= 0 && h < m_heads) m_visibleMask[size_t(h)] = true;
    update();
}

void AttentionHeadView::setFocusToken(int index, Side side)
{
    if (index >= m_labels.size()) index = -1;
    if (index == m_focus && side == m_focusSide) return;
    m_focus = index;
    m_focusSide = side;
    update();
}

void AttentionHeadView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    update();
}

int AttentionHeadView::rowHeight() const
{
    return fontMetrics().height() + 4;
}

void AttentionHeadView::relayout()
{
    const QFontMetrics fm = fontMetrics();
    int widest = 0;
    for (const QString& l : m_labels)
        widest = std::max(widest, fm.horizontalAdvance(l));
    m_labelWidth = std::min(widest, 180) + 2 * kMargin;
    updateGeometry();
    setMinimumHeight(sizeHint().height());
    update();
}

QSize AttentionHeadView::sizeHint() const
{
    return {2 * m_labelWidth + 3 * kMinGap, kTop + int(m_labels.size()) * rowHeight() + kMargin};
}

QSize AttentionHeadView::minimumSizeHint() const
{
    return {2 * m_labelWidth + kMinGap, kTop + int(m_labels.size()) * rowHeight() + kMargin};
}

int AttentionHeadView::leftEdge() const
{
    const int gap = std::clamp(width() - 2 * m_labelWidth, kMinGap, kMaxGap);
    return std::max(0, (width() - 2 * m_labelWidth - gap) / 2);
}

QRect AttentionHeadView::labelRect(int index, Side side) const
{
    const int y = kTop + index * rowHeight();
    const int left = leftEdge();
    const int gap = std::clamp(width() - 2 * m_labelWidth, kMinGap, kMaxGap);
    if (side == Side::Query) return QRect(left + kMargin, y, m_labelWidth - kMargin, rowHeight());
    return QRect(left + m_labelWidth + gap, y, m_labelWidth - kMargin, rowHeight());
}

bool AttentionHeadView::lineShown(const Line& line) const
{
    if (line.head >= int(m_visibleMask.size()) || !m_visibleMask[size_t(line.head)]) return false;
    if (m_focus < 0) return true;
    return m_focusSide == Side::Query ? line.from == m_focus : line.to == m_focus;
}

int AttentionHeadView::visibleLineCount() const
{
    return int(std::count_if(m_lines.begin(), m_lines.end(), [this](const Line& l) { return lineShown(l); }));
}

void AttentionHeadView::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    const QPalette& pal = palette();
    if (m_labels.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QRect exposed = event->rect();
    const int rowH = rowHeight();
    const QRect queryColumn = labelRect(0, Side::Query);
    const QRect keyColumn = labelRect(0, Side::Key);
    const int xFrom = queryColumn.right() + 4;
    const int xTo = keyColumn.left() - 4;

    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(queryColumn.left(), 4, queryColumn.width(), kTop - 8), Qt::AlignRight | Qt::AlignVCenter,
               tr("Query"));
    p.drawText(QRect(keyColumn.left(), 4, keyColumn.width(), kTop - 8), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Key"));

    const int first = std::max(0, (exposed.top() - kTop) / rowH);
    const int last = std::min(int(m_labels.size()) - 1, (exposed.bottom() - kTop) / rowH);

    // Lines first, labels on top. Without a focused token the lines FROM the exposed query rows
    // are drawn: for a long input, lines from off-screen queries only cross the window as
    // unreadable clutter (and cost most of the painting time).
    // Lines are batched per head and opacity step (kAlphaSteps), so 512 tokens x 12 heads cost a
    // few hundred pen changes instead of one per line.
    const auto inView = [first, last](int row) { return row >= first - 1 && row <= last + 1; };
    std::vector<std::vector<QLine>> batches(static_cast<size_t>(m_heads * kAlphaSteps));
    int drawn = 0;
    for (const Line& line : m_lines) {
        if (!lineShown(line)) continue;
        if (m_focus < 0 && !inView(line.from)) continue;
        const int step = std::clamp(int(line.weight * kAlphaSteps), 0, kAlphaSteps - 1);
        batches[size_t(step * m_heads + line.head)].emplace_back(xFrom, kTop + line.from * rowH + rowH / 2,
                                                                 xTo, kTop + line.to * rowH + rowH / 2);
        ++drawn;
    }
    p.setRenderHint(QPainter::Antialiasing, drawn <= kAntialiasLimit);
    // An explicit clip makes the raster engine clip long lines analytically; without it, lines
    // reaching thousands of pixels beyond the window (512 tokens) were ~100x slower (measured).
    p.save();
    p.setClipRect(exposed);
    const int lineWidth = m_focus >= 0 ? 2 : 1;
    for (int step = 0; step < kAlphaSteps; ++step)
        for (int h = 0; h < m_heads; ++h) {
            const auto& batch = batches[size_t(step * m_heads + h)];
            if (batch.empty()) continue;
            QColor c = AttentionColors::headColor(h, m_heads);
            c.setAlphaF((step + 0.5f) / kAlphaSteps); // opacity = weight, to 1/kAlphaSteps
            QPen pen(c, lineWidth);
            pen.setCosmetic(true); // the raster engine's fast line path
            pen.setCapStyle(Qt::FlatCap);
            p.setPen(pen);
            p.drawLines(batch.data(), int(batch.size()));
        }
    p.restore();

    QFont bold = font();
    bold.setBold(true);
    for (int i = first; i <= last; ++i) {
        for (Side side : {Side::Query, Side::Key}) {
            const QRect r = labelRect(i, side);
            const bool hot = m_focus == i && m_focusSide == side;
            if (hot) p.fillRect(r, pal.color(QPalette::Highlight));
            p.setFont(hot ? bold : font());
            p.setPen(pal.color(hot ? QPalette::HighlightedText : QPalette::Text));
            const Qt::Alignment align =
                (side == Side::Query ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            p.drawText(r.adjusted(2, 0, -2, 0), align,
                       fontMetrics().elidedText(m_labels[i], Qt::ElideMiddle, r.width() - 4));
        }
    }
}

void AttentionHeadView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const int index = (pos.y() - kTop) / rowHeight();
    int focus = -1;
    Side side = m_focusSide;
    if (pos.y() >= kTop && index < m_labels.size()) {
        if (labelRect(index, Side::Query).adjusted(-kMargin, 0, 8, 0).contains(pos)) {
            focus = index;
            side = Side::Query;
        } else if (labelRect(index, Side::Key).adjusted(-8, 0, kMargin, 0).contains(pos)) {
            focus = index;
            side = Side::Key;
        }
    }
    if (focus != m_focus || side != m_focusSide) {
        setFocusToken(focus, side);
        Q_EMIT tokenHovered(focus, side);
    }
}

void AttentionHeadView::leaveEvent(QEvent*)
{
    if (m_focus >= 0) {
        setFocusToken(-1, m_focusSide);
        Q_EMIT tokenHovered(-1, m_focusSide);
    }
}

void AttentionHeadView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) relayout();
}

} // namespace elui
