#include "AttentionModelView.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace elui {

namespace {
constexpr int kGap = 4;
constexpr int kMinThumb = 24;
constexpr int kMaxThumb = 140;
} // namespace

AttentionModelView::AttentionModelView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void AttentionModelView::setThumbnails(QList<QImage> images, int layers, int heads, QList<float> maxima)
{
    if (images.size() != qsizetype(layers) * heads) {
        clear();
        return;
    }
    m_images = std::move(images);
    m_maxima = maxima.size() == m_images.size() ? std::move(maxima) : QList<float>{};
    m_layers = layers;
    m_heads = heads;
    if (m_hovered.x() >= layers || m_hovered.y() >= heads) m_hovered = {-1, -1};
    updateGeometry();
    setMinimumHeight(heightForWidth(width()));
    update();
}

void AttentionModelView::clear()
{
    m_images.clear();
    m_maxima.clear();
    m_layers = m_heads = 0;
    m_hovered = {-1, -1};
    setMinimumHeight(0);
    updateGeometry();
    update();
}

void AttentionModelView::setCurrent(int layer, int head)
{
    m_currentLayer = layer;
    m_currentHead = head;
    update();
}

void AttentionModelView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    update();
}

int AttentionModelView::sizeForWidth(int width) const
{
    if (m_heads == 0) return kMinThumb;
    const int left = fontMetrics().horizontalAdvance(tr("Layer %1").arg(88)) + 2 * kGap;
    return std::clamp((width - left - kGap) / m_heads - kGap, kMinThumb, kMaxThumb);
}

int AttentionModelView::thumbnailSize() const
{
    return sizeForWidth(width());
}

int AttentionModelView::heightForWidth(int width) const
{
    const int top = fontMetrics().height() + 2 * kGap;
    return top + m_layers * (sizeForWidth(width) + kGap) + kGap;
}

QSize AttentionModelView::sizeHint() const
{
    return {600, heightForWidth(600)};
}

QRect AttentionModelView::thumbnailRect(int layer, int head) const
{
    const int size = thumbnailSize();
    const int left = fontMetrics().horizontalAdvance(tr("Layer %1").arg(88)) + 2 * kGap;
    const int top = fontMetrics().height() + 2 * kGap;
    return QRect(left + head * (size + kGap), top + layer * (size + kGap), size, size);
}

QPoint AttentionModelView::thumbnailAt(const QPoint& pos) const
{
    for (int l = 0; l < m_layers; ++l)
        for (int h = 0; h < m_heads; ++h)
            if (thumbnailRect(l, h).contains(pos)) return {l, h};
    return {-1, -1};
}

void AttentionModelView::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    const QPalette& pal = palette();
    if (m_images.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setPen(pal.color(QPalette::Text));
    const QFontMetrics fm = fontMetrics();
    for (int h = 0; h < m_heads; ++h) {
        const QRect r = thumbnailRect(0, h);
        p.drawText(QRect(r.left(), kGap, r.width(), fm.height()), Qt::AlignCenter, tr("H%1").arg(h));
    }
    for (int l = 0; l < m_layers; ++l) {
        const QRect first = thumbnailRect(l, 0);
        if (!first.adjusted(-kGap, -kGap, width(), kGap).intersects(event->rect())) continue;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(kGap, first.top(), first.left() - 2 * kGap, first.height()),
                   Qt::AlignRight | Qt::AlignVCenter, tr("Layer %1").arg(l));
        for (int h = 0; h < m_heads; ++h)
            p.drawImage(thumbnailRect(l, h), m_images[l * m_heads + h]);
    }
    // Selection frame: the current head, or the whole layer for an aggregate.
    if (m_currentLayer >= 0 && m_currentLayer < m_layers) {
        QRect frame =
            m_currentHead >= 0 && m_currentHead < m_heads
                ? thumbnailRect(m_currentLayer, m_currentHead)
                : thumbnailRect(m_currentLayer, 0).united(thumbnailRect(m_currentLayer, m_heads - 1));
        p.setPen(QPen(pal.color(QPalette::Highlight), 3));
        p.setBrush(Qt::NoBrush);
        p.drawRect(frame.adjusted(-2, -2, 1, 1));
    }
    if (m_hovered.x() >= 0) {
        p.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DashLine));
        p.drawRect(thumbnailRect(m_hovered.x(), m_hovered.y()).adjusted(-1, -1, 0, 0));
    }
}

void AttentionModelView::mousePressEvent(QMouseEvent* event)
{
    const QPoint hit = thumbnailAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && hit.x() >= 0) Q_EMIT headClicked(hit.x(), hit.y());
}

void AttentionModelView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint hit = thumbnailAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && hit.x() >= 0) Q_EMIT headActivated(hit.x(), hit.y());
}

void AttentionModelView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint hit = thumbnailAt(event->position().toPoint());
    if (hit != m_hovered) {
        m_hovered = hit;
        update();
    }
}

void AttentionModelView::leaveEvent(QEvent*)
{
    m_hovered = {-1, -1};
    update();
}

void AttentionModelView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    setMinimumHeight(heightForWidth(width()));
}

bool AttentionModelView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint hit = thumbnailAt(help->pos());
        if (hit.x() >= 0) {
            QString text = tr("Layer %1, head %2").arg(hit.x()).arg(hit.y());
            const qsizetype i = qsizetype(hit.x()) * m_heads + hit.y();
            if (i < m_maxima.size())
                text += QLatin1Char('\n') + tr("Brightest colour = %1 (the head's largest weight)")
                                                .arg(QLocale().toString(double(m_maxima[i]), 'f', 4));
            text +=
                QLatin1Char('\n') + tr("Click to show it in the heatmap, double-click to open the heatmap.");
            QToolTip::showText(help->globalPos(), text, this, thumbnailRect(hit.x(), hit.y()));
        } else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace elui
