#pragma once
// One text of the tokenization inspector as the user typed it, with the characters of hovered
// tokens highlighted and the part a truncation dropped struck through. Hovering a character reports
// its index in Unicode code points (the unit of el::Encoding offsets).

#include <QList>
#include <QTextEdit>

namespace elui {

class TokenTextView : public QTextEdit
{
    Q_OBJECT
public:
    explicit TokenTextView(QWidget* parent = nullptr);

    void setPlainTextWithCut(const QString& text, int cutAt = -1);
    // Highlight code points [start, end) (several ranges at once); an empty list clears.
    void setHighlightedRanges(const QList<QPair<int, int>>& ranges);
    QList<QPair<int, int>> highlightedRanges() const { return m_ranges; }
    // The highlighted characters as text, for tests.
    QString highlightedText() const;
    int cutAt() const { return m_cut; }
    // The code point under a viewport position, or -1.
    int codePointAt(const QPoint& viewportPos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void characterHovered(int codePoint);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int utf16Index(int codePoint) const;
    void applyFormats();
    void fitHeight();

    QList<int> m_utf16Of; // UTF-16 index of each code point, plus one past the end
    QList<QPair<int, int>> m_ranges;
    int m_cut = -1;
    int m_hovered = -1;
};

} // namespace elui
