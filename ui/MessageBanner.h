#pragma once
// A dismissible warning strip shown above the workbench (e.g. "BLAS is slow"), for problems the
// user should see once without a modal dialog.

#include <QFrame>

class QLabel;

namespace elui {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(const QString& text);
    QString text() const;

private:
    QLabel* m_label;
};

} // namespace elui
