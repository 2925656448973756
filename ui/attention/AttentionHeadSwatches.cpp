#include "AttentionHeadSwatches.h"

#include "AttentionColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace elui {

AttentionHeadSwatches::AttentionHeadSwatches(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* caption = new QLabel(tr("Heads:"), this);
    layout->addWidget(caption);
    m_swatchLayout = new QHBoxLayout;
    m_swatchLayout->setSpacing(1);
    layout->addLayout(m_swatchLayout);
    auto* all = new QToolButton(this);
    all->setText(tr("All"));
    all->setToolTip(tr("Check every head"));
    all->setObjectName(QStringLiteral("attentionHeadsAll"));
    auto* none = new QToolButton(this);
    none->setText(tr("None"));
    none->setToolTip(tr("Uncheck every head"));
    none->setObjectName(QStringLiteral("attentionHeadsNone"));
    layout->addWidget(all);
    layout->addWidget(none);
    layout->addStretch(1);
    connect(all, &QToolButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QToolButton::clicked, this, [this] { setAllChecked(false); });
}

void AttentionHeadSwatches::setHeadCount(int heads)
{
    if (heads == headCount()) {
        setAllChecked(true);
        return;
    }
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (int h = 0; h < heads; ++h) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setText(QString::number(h));
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setToolTip(tr("Head %1: show its lines and include it in the mean/max of heads").arg(h));
        button->setObjectName(QStringLiteral("attentionHeadSwatch%1").arg(h));
        connect(button, &QToolButton::toggled, this, [this] {
            rebuildIcons();
            if (!m_bulk) Q_EMIT checkedHeadsChanged();
        });
        m_swatchLayout->addWidget(button);
        button->show(); // created after the bar may already be visible
        m_buttons.push_back(button);
    }
    rebuildIcons();
    Q_EMIT checkedHeadsChanged();
}

void AttentionHeadSwatches::rebuildIcons()
{
    const int side = fontMetrics().height();
    for (int h = 0; h < headCount(); ++h) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor color = AttentionColors::headColor(h, headCount());
        const bool on = m_buttons[h]->isChecked();
        // Unchecked: an outlined square in the head's colour, so the colour still identifies it.
        p.setPen(QPen(color, 2));
        p.setBrush(on ? QBrush(color) : QBrush(Qt::NoBrush));
        p.drawRoundedRect(QRectF(1, 1, side - 2, side - 2), 3, 3);
        p.end();
        m_buttons[h]->setIcon(QIcon(pixmap));
        m_buttons[h]->setIconSize(QSize(side, side));
    }
}

QList<int> AttentionHeadSwatches::checkedHeads() const
{
    QList<int> heads;
    for (int h = 0; h < headCount(); ++h)
        if (m_buttons[h]->isChecked()) heads.push_back(h);
    return heads;
}

bool AttentionHeadSwatches::isChecked(int head) const
{
    return head >= 0 && head < headCount() && m_buttons[head]->isChecked();
}

void AttentionHeadSwatches::setChecked(int head, bool checked)
{
    if (head >= 0 && head < headCount()) m_buttons[head]->setChecked(checked);
}

void AttentionHeadSwatches::setAllChecked(bool checked)
{
    const QList<int> before = checkedHeads();
    m_bulk = true;
    for (auto* b : m_buttons)
        b->setChecked(checked);
    m_bulk = false;
    if (checkedHeads() != before) Q_EMIT checkedHeadsChanged();
}

QAbstractButton* AttentionHeadSwatches::swatch(int head) const
{
    return head >= 0 && head < headCount() ? m_buttons[head] : nullptr;
}

void AttentionHeadSwatches::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) rebuildIcons();
}

} // namespace elui
