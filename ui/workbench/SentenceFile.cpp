#include "SentenceFile.h"

#include "Error.h"
#include "io/TextTable.h"

#include <QString>

#include <algorithm>
#include <cctype>
#include <optional>

namespace elui {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool isNumber(const std::string& cell)
{
    if (cell.empty()) return true; // blank cells say nothing
    bool ok = false;
    QString::fromStdString(cell).trimmed().toDouble(&ok);
    return ok;
}

std::optional<size_t> find(const el::TextTable& table, const char* name)
{
    for (size_t i = 0; i < table.header.size(); ++i)
        if (lower(table.header[i]) == name) return i;
    return std::nullopt;
}

} // namespace

SentenceRows SentenceFile::read(const QString& path, int maxRows)
{
    const el::TextTable table = el::readTextTable(path.toStdString());
    std::optional<size_t> a, b;
    if (!table.header.empty()) {
        static const char* const pairNames[][2] = {{"sentence1", "sentence2"}, {"text_a", "text_b"},
                                                   {"sentence_a", "sentence_b"}, {"text1", "text2"},
                                                   {"premise", "hypothesis"}, {"query", "passage"},
                                                   {"anchor", "positive"}, {"question", "answer"}};
        for (const auto& names : pairNames) {
            const auto first = find(table, names[0]);
            const auto second = find(table, names[1]);
            if (first && second) {
                a = first;
                b = second;
                break;
            }
        }
        if (!a) a = find(table, "text");
        if (!a) a = find(table, "sentence");
        if (!a) {
            std::vector<size_t> textColumns;
            for (size_t c = 0; c < table.header.size(); ++c) {
                const bool numeric = std::all_of(table.rows.begin(), table.rows.end(),
                                                 [c](const auto& row) { return isNumber(row[c]); });
                if (!numeric) textColumns.push_back(c);
            }
            if (textColumns.empty())
                throw el::Error(el::ErrorCode::InvalidInput, "the file has no column of text", path.toStdString());
            a = textColumns[0];
            if (textColumns.size() > 1) b = textColumns[1];
        }
    } else {
        a = 0;
    }

    SentenceRows out;
    if (!table.header.empty()) {
        out.textColumn = QString::fromStdString(table.header[*a]);
        if (b) out.pairColumn = QString::fromStdString(table.header[*b]);
    }
    for (const auto& row : table.rows) {
        const QString text = QString::fromStdString(row[*a]).trimmed();
        if (text.isEmpty()) {
            ++out.skippedBlank;
            continue;
        }
        if (out.sentences.size() >= maxRows) {
            ++out.droppedOverLimit;
            continue;
        }
        out.sentences.push_back(text);
        out.pairs.push_back(b ? QString::fromStdString(row[*b]).trimmed() : QString());
    }
    return out;
}

} // namespace elui
