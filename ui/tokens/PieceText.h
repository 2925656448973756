#pragma once
// How a vocabulary piece is shown to a reader. Tokenizers mark word boundaries in their pieces —
// WordPiece continues a word with "##", byte-level BPE (GPT-2, RoBERTa) starts a word with "Ġ" and
// writes a newline as "Ċ", sentencepiece starts a word with "▁". The marker is split off so it can
// be drawn dimmed (or as a visible space), and the rest is the text the piece stands for.

#include <QString>

namespace elui {

struct ReadablePiece
{
    QString marker; // drawn dimmed before the text: "##", or "␣" for a word-start marker when spaces are shown
    QString text;   // the rest, with whitespace made visible on request
    bool startsWord = false; // the piece carries a word-start marker (Ġ, ▁)
};

class PieceText
{
public:
    // continuation: the piece continues the previous token's word (only then is "##" a marker).
    static ReadablePiece readable(const QString& piece, bool continuation, bool showWhitespace);
    // Spaces as "·", tabs as "⇥", newlines as "↵" (for normalized text and pre-tokens).
    static QString visibleWhitespace(const QString& text);
};

} // namespace elui
