#pragma once
// A parsed JSON file plus typed, file-naming accessors, so that every configuration error reads like
// "config.json: 'hidden_size' must be an integer (got "abc")". Internal header (nlohmann::json).

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace el {

class JsonFile
{
public:
    // Reads and parses a file. Throws el::Error: FileNotFound, FileUnreadable, InvalidJson (naming
    // the file, with the parser's position).
    static JsonFile read(const std::filesystem::path& path);
    // Wraps an already parsed value (e.g. a nested object) for the same accessors.
    JsonFile(nlohmann::json value, std::filesystem::path path, std::string context = {});

    const nlohmann::json& json() const { return m_json; }
    const std::filesystem::path& path() const { return m_path; }

    bool has(const std::string& key) const;
    // Absent or null -> nullopt; wrong type -> el::Error(InvalidJson).
    std::optional<int64_t> optInt(const std::string& key) const;
    std::optional<double> optDouble(const std::string& key) const;
    std::optional<bool> optBool(const std::string& key) const;
    std::optional<std::string> optString(const std::string& key) const;
    std::optional<std::vector<std::string>> optStringList(const std::string& key) const;

    int64_t getInt(const std::string& key, int64_t fallback) const { return optInt(key).value_or(fallback); }
    double getDouble(const std::string& key, double fallback) const { return optDouble(key).value_or(fallback); }
    bool getBool(const std::string& key, bool fallback) const { return optBool(key).value_or(fallback); }
    std::string getString(const std::string& key, const std::string& fallback) const
    {
        return optString(key).value_or(fallback);
    }
    // Present and of the right type, else el::Error(InvalidJson) naming the key.
    int64_t requireInt(const std::string& key) const;
    std::string requireString(const std::string& key) const;

    [[noreturn]] void fail(const std::string& what) const;

private:
    const nlohmann::json* lookup(const std::string& key) const;
    [[noreturn]] void wrongType(const std::string& key, const char* expected, const nlohmann::json& got) const;

    nlohmann::json m_json;
    std::filesystem::path m_path;
    std::string m_context; // e.g. "modules.json entry 2"
};

} // namespace el
