#include "LogPanel.h"

#include <QTime>

namespace elui {

LogPanel::LogPanel(QWidget* parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("log"));
    setReadOnly(true);
    setMaximumBlockCount(5000);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void LogPanel::append(Level level, const QString& message)
{
    QString prefix;
    switch (level) {
    case Level::Info:
        break;
    case Level::Warning:
        prefix = tr("Warning: ");
        break;
    case Level::Error:
        prefix = tr("Error: ");
        break;
    }
    appendPlainText(QStringLiteral("%1  %2%3").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), prefix,
                                                  QString(message).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    ++m_entries;
}

} // namespace elui
