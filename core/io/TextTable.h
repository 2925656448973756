#pragma once
// Reading texts from user files: .txt (one text per line), .tsv (tab-separated, header row, no
// quoting — the IANA text/tab-separated-values rules) and .csv (RFC 4180 quoting, header row).

#include <filesystem>
#include <string>
#include <vector>

namespace el {

struct TextTable
{
    std::vector<std::string> header;             // empty for .txt
    std::vector<std::vector<std::string>> rows;  // each row has header.size() cells (1 for .txt)

    // Index of a column by name; throws el::Error(InvalidInput) listing the available columns.
    size_t column(const std::string& name) const;
};

enum class TextFormat { Auto, Lines, Tsv, Csv };

// Throws el::Error: FileNotFound, FileUnreadable, InvalidInput (ragged rows, unterminated quote,
// no header) with the line number. A UTF-8 BOM is skipped; "\r\n" line ends are accepted.
TextTable readTextTable(const std::filesystem::path& path, TextFormat format = TextFormat::Auto);

// The texts to embed from a table: for .txt every line; otherwise the named columns read row by row
// (row 1 col A, row 1 col B, row 2 col A, ...). With no column named: the only column, or a column
// called "text"/"sentence", else an error listing the columns.
std::vector<std::string> selectTexts(const TextTable& table, const std::vector<std::string>& columns);

} // namespace el
