#pragma once
// One checkable colour swatch per head (the head's colour in the head view), plus "All" and
// "None". The checked heads are the set the head view draws and that "mean/max of heads"
// aggregates over.

#include <QList>
#include <QWidget>

class QAbstractButton;
class QHBoxLayout;
class QToolButton;

namespace elui {

class AttentionHeadSwatches : public QWidget
{
    Q_OBJECT
public:
    explicit AttentionHeadSwatches(QWidget* parent = nullptr);

    void setHeadCount(int heads); // all heads checked afterwards
    int headCount() const { return int(m_buttons.size()); }
    QList<int> checkedHeads() const;
    bool isChecked(int head) const;
    void setChecked(int head, bool checked);
    void setAllChecked(bool checked);
    QAbstractButton* swatch(int head) const; // for tests and keyboard users

Q_SIGNALS:
    void checkedHeadsChanged();

private:
    void rebuildIcons();
    void changeEvent(QEvent* event) override;

    QHBoxLayout* m_swatchLayout;
    QList<QToolButton*> m_buttons;
    bool m_bulk = false;
};

} // namespace elui
