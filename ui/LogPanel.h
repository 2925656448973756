#pragma once
// A read-only, timestamped event log (model loads, errors, BLAS check, timings).

#include <QPlainTextEdit>

namespace elui {

class LogPanel : public QPlainTextEdit
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    explicit LogPanel(QWidget* parent = nullptr);

    void append(Level level, const QString& message);
    int entryCount() const { return m_entries; }

private:
    int m_entries = 0;
};

} // namespace elui
