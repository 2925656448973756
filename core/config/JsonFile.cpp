#include "JsonFile.h"

#include "Error.h"

#include <fstream>
#include <sstream>

namespace el {

JsonFile::JsonFile(nlohmann::json value, std::filesystem::path path, std::string context)
    : m_json(std::move(value)), m_path(std::move(path)), m_context(std::move(context))
{
}

JsonFile JsonFile::read(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw Error(ErrorCode::FileNotFound, "file not found: " + path.string(), path.string());
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::FileUnreadable, "cannot read " + path.string(), path.string());
    std::ostringstream buf;
    buf << in.rdbuf();
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(buf.str());
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidJson, "malformed JSON in " + path.string() + ": " + e.what(),
                    path.string());
    }
    return JsonFile(std::move(j), path);
}

void JsonFile::fail(const std::string& what) const
{
    std::string where = m_path.string();
    if (!m_context.empty()) where += " (" + m_context + ")";
    throw Error(ErrorCode::InvalidJson, where + ": " + what, m_path.string());
}

void JsonFile::wrongType(const std::string& key, const char* expected, const nlohmann::json& got) const
{
    std::string shown = got.dump();
    if (shown.size() > 60) shown = shown.substr(0, 57) + "...";
    fail("'" + key + "' must be " + expected + " (got " + shown + ")");
}

bool JsonFile::has(const std::string& key) const
{
    return lookup(key) != nullptr;
}

const nlohmann::json* JsonFile::lookup(const std::string& key) const
{
    if (!m_json.is_object()) fail("expected a JSON object");
    auto it = m_json.find(key);
    if (it == m_json.end() || it->is_null()) return nullptr;
    return &*it;
}

std::optional<int64_t> JsonFile::optInt(const std::string& key) const
{
    const nlohmann::json* v = lookup(key);
    if (!v) return std::nullopt;
    if (v->is_number_integer()) return v->get<int64_t>();
    // Python writes some integers as floats (e.g. 512.0); accept exact integral values only.
    if (v->is_number_float()) {
        const double d = v->get<double>();
        if (d == static_cast<double>(static_cast<int64_t>(d))) return static_cast<int64_t>(d);
    }
    wrongType(key, "an integer", *v);
}

std::optional<double> JsonFile::optDouble(const std::string& key) const
{
    const nlohmann::json* v = lookup(key);
    if (!v) return std::nullopt;
    if (!v->is_number()) wrongType(key, "a number", *v);
    return v->get<double>();
}

std::optional<bool> JsonFile::optBool(const std::string& key) const
{
    const nlohmann::json* v = lookup(key);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) wrongType(key, "true or false", *v);
    return v->get<bool>();
}

std::optional<std::string> JsonFile::optString(const std::string& key) const
{
    const nlohmann::json* v = lookup(key);
    if (!v) return std::nullopt;
    if (!v->is_string()) wrongType(key, "a string", *v);
    return v->get<std::string>();
}

std::optional<std::vector<std::string>> JsonFile::optStringList(const std::string& key) const
{
    const nlohmann::json* v = lookup(key);
    if (!v) return std::nullopt;
    if (!v->is_array()) wrongType(key, "a list of strings", *v);
    std::vector<std::string> out;
    for (const auto& e : *v) {
        if (!e.is_string()) wrongType(key, "a list of strings", *v);
        out.push_back(e.get<std::string>());
    }
    return out;
}

int64_t JsonFile::requireInt(const std::string& key) const
{
    auto v = optInt(key);
    if (!v) fail("missing required integer '" + key + "'");
    return *v;
}

std::string JsonFile::requireString(const std::string& key) const
{
    auto v = optString(key);
    if (!v) fail("missing required string '" + key + "'");
    return *v;
}

} // namespace el
