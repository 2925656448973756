#pragma once
// BertViz-style head view of one layer: the tokens twice, queries on the left and keys on the
// right, and a line from query i to key j for each visible head, in the head's colour with
// opacity = attention weight. Hovering a token on either side shows only its lines.
// Weights below kMinWeight are not drawn (they would be barely visible: alpha < 6/255), which keeps
// 512 tokens x 12 heads to the lines that matter. Without a hovered token, only lines with an end
// in the visible rows are painted, batched by head and opacity step.

#include "FloatArray.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace elui {

class AttentionHeadView : public QWidget
{
    Q_OBJECT
public:
    static constexpr float kMinWeight = 0.02f;
    enum class Side { Query, Key };

    explicit AttentionHeadView(QWidget* parent = nullptr);

    // One [n, n] matrix per head (all the same n == labels.size()).
    void setData(const std::vector<el::FloatArray>& perHead, QStringList labels);
    void clear();
    void setVisibleHeads(const QList<int>& heads);
    QList<int> visibleHeads() const { return m_visible; }
    // Focus one token's lines as if hovered (-1 clears).
    void setFocusToken(int index, Side side);
    int focusToken() const { return m_focus; }
    Side focusSide() const { return m_focusSide; }
    void setPlaceholderText(const QString& text);

    // Lines that the current state draws (visible heads, focus) — for tests and the status text.
    int visibleLineCount() const;
    // Row of a token label, in widget coordinates.
    QRect labelRect(int index, Side side) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void tokenHovered(int index, elui::AttentionHeadView::Side side); // -1 when leaving

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Line
    {
        int from;
        int to;
        float weight;
        int head;
    };
    bool lineShown(const Line& line) const;
    int rowHeight() const;
    int leftEdge() const; // x of the query column: the view is centred when wider than needed
    void relayout();

    std::vector<Line> m_lines; // ascending weight, so strong lines paint last
    QStringList m_labels;
    int m_heads = 0;
    QList<int> m_visible;
    std::vector<bool> m_visibleMask;
    int m_focus = -1;
    Side m_focusSide = Side::Query;
    QString m_placeholder;
    int m_labelWidth = 60;
};

} // namespace elui
