#include "PieceText.h"

namespace elui {

namespace {
constexpr char16_t kByteLevelSpace = u'\u0120';   // Ġ: byte 0x20 in GPT-2's byte-to-unicode table
constexpr char16_t kByteLevelNewline = u'\u010A'; // Ċ: byte 0x0A
constexpr char16_t kByteLevelTab = u'\u0109';     // ĉ: byte 0x09
constexpr char16_t kSentencePieceSpace = u'\u2581'; // ▁
} // namespace

QString PieceText::visibleWhitespace(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char(' '))
            out += QChar(u'·');
        else if (c == QLatin1Char('\t'))
            out += QChar(u'⇥');
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QChar(u'↵');
        else if (c.isSpace())
            out += QChar(u'␣');
        else
            out += c;
    }
    return out;
}

ReadablePiece PieceText::readable(const QString& piece, bool continuation, bool showWhitespace)
{
    ReadablePiece out;
    QString rest = piece;
    if (continuation && rest.startsWith(QStringLiteral("##")) && rest.size() > 2) {
        out.marker = QStringLiteral("##");
        rest = rest.mid(2);
    } else if (!rest.isEmpty() && (rest.front() == QChar(kByteLevelSpace) || rest.front() == QChar(kSentencePieceSpace))) {
        out.startsWord = true;
        rest = rest.mid(1);
        // A lone marker is a space token: always show it, or the chip would be empty.
        if (showWhitespace || rest.isEmpty()) out.marker = QStringLiteral("␣");
    }
    // Byte-level and sentencepiece spaces inside a piece, and byte-level control characters.
    QString text;
    text.reserve(rest.size());
    for (QChar c : rest) {
        if (c == QChar(kByteLevelSpace) || c == QChar(kSentencePieceSpace))
            text += showWhitespace ? QChar(u'␣') : QChar(u' ');
        else if (c == QChar(kByteLevelNewline))
            text += QChar(u'↵');
        else if (c == QChar(kByteLevelTab))
            text += QChar(u'⇥');
        else
            text += c;
    }
    out.text = showWhitespace ? visibleWhitespace(text) : text;
    return out;
}

} // namespace elui
