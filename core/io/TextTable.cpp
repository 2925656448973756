#include "TextTable.h"

#include "Error.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace el {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::vector<std::string> splitLines(const std::string& text)
{
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        size_t end = nl == std::string::npos ? text.size() : nl;
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
    return lines;
}

std::vector<std::string> splitTabs(const std::string& line)
{
    std::vector<std::string> cells;
    size_t start = 0;
    for (;;) {
        size_t tab = line.find('\t', start);
        cells.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
    return cells;
}

// RFC 4180: fields separated by ',', optionally enclosed in '"', with "" as an escaped quote;
// quoted fields may span lines.
std::vector<std::vector<std::string>> parseCsv(const std::string& text, const std::string& file)
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool inQuotes = false, fieldStarted = false;
    size_t line = 1, quoteLine = 0;
    auto endField = [&] {
        record.push_back(std::move(field));
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record[0].empty())) records.push_back(std::move(record));
        record.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n') ++line;
                field.push_back(c);
            }
            continue;
        }
        if (c == '"' && !fieldStarted && field.empty()) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == ',') {
            endField();
        } else if (c == '\n') {
            if (!field.empty() && field.back() == '\r') field.pop_back();
            endRecord();
            ++line;
        } else {
            field.push_back(c);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        throw Error(ErrorCode::InvalidInput,
                    file + ": unterminated quoted field starting on line " + std::to_string(quoteLine), file);
    if (!field.empty() && field.back() == '\r') field.pop_back();
    if (!field.empty() || !record.empty()) endRecord();
    return records;
}

} // namespace

size_t TextTable::column(const std::string& name) const
{
    auto it = std::find(header.begin(), header.end(), name);
    if (it != header.end()) return static_cast<size_t>(it - header.begin());
    std::string names;
    for (const auto& h : header) names += (names.empty() ? "" : ", ") + h;
    throw Error(ErrorCode::InvalidInput, "no column '" + name + "' (columns: " + names + ")");
}

TextTable readTextTable(const std::filesystem::path& path, TextFormat format)
{
    const std::string file = path.string();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw Error(ErrorCode::FileNotFound, "input file not found: " + file, file);
    if (std::filesystem::is_directory(path, ec))
        throw Error(ErrorCode::InvalidInput, "input is a folder, not a file: " + file, file);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::FileUnreadable, "cannot read " + file, file);
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);

    if (format == TextFormat::Auto) {
        std::string ext = lower(path.extension().string());
        format = ext == ".tsv" || ext == ".tab" ? TextFormat::Tsv : ext == ".csv" ? TextFormat::Csv : TextFormat::Lines;
    }

    TextTable table;
    if (format == TextFormat::Lines) {
        auto lines = splitLines(text);
        // A final newline does not make an extra empty text.
        if (!lines.empty() && lines.back().empty() && !text.empty() && text.back() == '\n') lines.pop_back();
        for (auto& l : lines) table.rows.push_back({std::move(l)});
        return table;
    }

    std::vector<std::vector<std::string>> records;
    if (format == TextFormat::Tsv) {
        auto lines = splitLines(text);
        for (auto& l : lines)
            if (!l.empty()) records.push_back(splitTabs(l));
    } else {
        records = parseCsv(text, file);
    }
    if (records.empty()) throw Error(ErrorCode::InvalidInput, file + ": no header row", file);
    table.header = std::move(records.front());
    for (size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() != table.header.size())
            throw Error(ErrorCode::InvalidInput,
                        file + ": row " + std::to_string(r + 1) + " has " + std::to_string(records[r].size()) +
                            " fields, the header has " + std::to_string(table.header.size()),
                        file);
        table.rows.push_back(std::move(records[r]));
    }
    return table;
}

std::vector<std::string> selectTexts(const TextTable& table, const std::vector<std::string>& columns)
{
    std::vector<std::string> texts;
    if (table.header.empty()) {
        if (!columns.empty())
            throw Error(ErrorCode::InvalidInput, "--column needs a .tsv or .csv file with a header row");
        for (const auto& r : table.rows) texts.push_back(r.at(0));
        return texts;
    }
    std::vector<size_t> idx;
    if (!columns.empty()) {
        for (const auto& c : columns) idx.push_back(table.column(c));
    } else if (table.header.size() == 1) {
        idx.push_back(0);
    } else {
        for (size_t i = 0; i < table.header.size() && idx.empty(); ++i) {
            std::string h = lower(table.header[i]);
            if (h == "text" || h == "sentence") idx.push_back(i);
        }
        if (idx.empty()) {
            std::string names;
            for (const auto& h : table.header) names += (names.empty() ? "" : ", ") + h;
            throw Error(ErrorCode::InvalidInput, "the file has several columns; choose with --column (columns: " + names + ")");
        }
    }
    texts.reserve(table.rows.size() * idx.size());
    for (const auto& r : table.rows)
        for (size_t i : idx) texts.push_back(r[i]);
    return texts;
}

} // namespace el
