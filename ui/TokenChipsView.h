#pragma once
// Tokens as coloured chips in reading order, wrapped like text. Pieces of one word sit close
// together (and a WordPiece "##" prefix is dimmed), special tokens are outlined and greyed, unknown
// tokens are red, each chip shows its id underneath. Reads a TokenTableModel-like model through
// its roles; painted in one paintEvent.

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
    void setCurrentToken(int row);
    int currentToken() const { return m_current; }
    int tokenAt(const QPoint& pos) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void tokenClicked(int row);

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
    };
    QList<Chip> layoutChips(int width, int* height) const;
    void relayout();
    QColor chipColor(const Chip& chip) const;

    QPointer<QAbstractItemModel> m_model;
    QList<Chip> m_chips;
    QString m_placeholder;
    QString m_footnote;
    bool m_showIds = true;
    int m_current = -1;
    int m_hovered = -1;
};

} // namespace elui
