#pragma once
// Tokens as coloured chips in reading order, wrapped like text. Pieces of one word sit close
// together (word markers such as "##", "Ġ", "▁" are dimmed or hidden, see PieceText), special
// tokens are outlined and greyed, unknown tokens are red, each chip shows its id underneath. In an
// A/B pair a bar under each chip tells the segment; a truncated encoding gets a cut mark after the
// last kept token of each text. Reads a TokenTableModel-like model through its roles; painted in
// one paintEvent.

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;

namespace elui {

class TokenChipsView : public QWidget
{
    Q_OBJECT
public:
    explicit TokenChipsView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    void setPlaceholderText(const QString& text);
    // A line under the chips, e.g. a truncation notice.
    void setFootnote(const QString& text);
    void setShowIds(bool show);
    void setShowWhitespace(bool show);
    bool showWhitespace() const { return m_showWhitespace; }
    // Tokens drawn highlighted (e.g. those covering the hovered characters of the text).
    void setHighlightedTokens(const QList<int>& rows);
    QList<int> highlightedTokens() const { return m_highlighted; }
    // The text shown on a chip (marker + readable piece), for tests.
    QString chipText(int row) const;
    void setCurrentToken(int row);
    int currentToken() const { return m_current; }
    int tokenAt(const QPoint& pos) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void tokenClicked(int row);
    // The token under the mouse changed; -1 when none.
    void tokenHovered(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Chip
    {
        QRect rect;
        QString prefix; // dimmed part ("##")
        QString text;
        qlonglong id = 0;
        int kind = 0;
        int word = -1;
        int sequence = 0;
        bool cutAfter = false; // the last kept token of a truncated text
    };
    QList<Chip> layoutChips(int width, int* height) const;
    void relayout();
    QColor chipColor(const Chip& chip) const;

    QPointer<QAbstractItemModel> m_model;
    QList<Chip> m_chips;
    QString m_placeholder;
    QString m_footnote;
    bool m_showIds = true;
    bool m_showWhitespace = false;
    bool m_pair = false;
    QList<int> m_highlighted;
    int m_current = -1;
    int m_hovered = -1;
};

} // namespace elui
