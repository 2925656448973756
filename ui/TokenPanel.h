#pragma once
// The tokens of the selected sentence: coloured chips above, the exact table below, both reading
// one TokenTableModel; selecting a chip selects its table row and back.

#include <QWidget>

class QLabel;
class QTableView;

namespace elui {

class TokenChipsView;
class TokenTableModel;

class TokenPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TokenPanel(TokenTableModel* model, QWidget* parent = nullptr);

    // Caption above the chips, e.g. "S2 · 12 tokens".
    void setCaption(const QString& text);
    TokenChipsView* chips() const { return m_chips; }
    QTableView* table() const { return m_table; }

private:
    void refreshFootnote();

    TokenTableModel* m_model;
    QLabel* m_caption;
    TokenChipsView* m_chips;
    QTableView* m_table;
};

} // namespace elui
