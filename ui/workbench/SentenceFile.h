#pragma once
// Sentences from a user's file (core/io/TextTable): a .txt gives one sentence per line; a .tsv or
// .csv gives one sentence per row, and with two text columns the rows become A/B pairs.

#include <QString>
#include <QStringList>

namespace elui {

struct SentenceRows
{
    QStringList sentences;
    QStringList pairs;       // one per sentence ("" = no pair); all empty for single texts
    QString textColumn;      // the column read as A (empty for .txt)
    QString pairColumn;      // the column read as B (empty without pairs)
    int skippedBlank = 0;    // rows whose A was blank
    int droppedOverLimit = 0; // rows beyond maxRows
};

class SentenceFile
{
public:
    // Throws el::Error (FileNotFound, FileUnreadable, InvalidInput with the line number). Columns:
    // a known pair of names (sentence1/sentence2, text_a/text_b, premise/hypothesis, query/passage,
    // anchor/positive, question/answer), else "text"/"sentence", else the first two columns whose
    // cells are not all numbers (one such column: single sentences).
    static SentenceRows read(const QString& path, int maxRows = 2000);
};

} // namespace elui
