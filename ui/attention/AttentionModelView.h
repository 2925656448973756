#pragma once
// Model view: every layer x head of the model as a small heatmap thumbnail (rows = layers, columns
// = heads), sized to the available width. The thumbnails are cached QImages handed in by the
// explorer (each scaled to its own maximum, so a diffuse head still shows its pattern; the
// maximum is in the tooltip); this widget only lays them out. Clicking one selects that layer and head; the
// current selection is framed (a whole row when the heatmap shows an aggregate over the layer's heads).

#include <QImage>
#include <QList>
#include <QWidget>

namespace elui {

class AttentionModelView : public QWidget
{
    Q_OBJECT
public:
    explicit AttentionModelView(QWidget* parent = nullptr);

    // layers * heads images, layer-major (index = layer * heads + head), and optionally the value
    // the brightest colour of each stands for.
    void setThumbnails(QList<QImage> images, int layers, int heads, QList<float> maxima = {});
    void clear();
    int layers() const { return m_layers; }
    int heads() const { return m_heads; }
    const QList<QImage>& thumbnails() const { return m_images; }

    // head < 0 frames the whole layer; layer < 0 frames nothing.
    void setCurrent(int layer, int head);
    void setPlaceholderText(const QString& text);

    int thumbnailSize() const;
    QRect thumbnailRect(int layer, int head) const;
    // (layer, head) under a widget position, or (-1, -1).
    QPoint thumbnailAt(const QPoint& pos) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void headClicked(int layer, int head);
    void headActivated(int layer, int head); // double click

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    int sizeForWidth(int width) const;

    QList<QImage> m_images;
    QList<float> m_maxima;
    int m_layers = 0;
    int m_heads = 0;
    int m_currentLayer = -1;
    int m_currentHead = -1;
    QPoint m_hovered{-1, -1};
    QString m_placeholder;
};

} // namespace elui
