#include "SafeTensorsFile.h"

#include "Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <set>

namespace el {

static_assert(std::endian::native == std::endian::little,
              "safetensors data is little-endian; a big-endian host would need byte swapping");

namespace {

using nlohmann::json;

// Largest integer the safetensors JSON schema allows for shapes and offsets.
constexpr uint64_t kMaxSchemaInt = (uint64_t{1} << 48) - 1;

struct DtypeDesc
{
    std::string_view name;
    int bits;
    bool floatConvertible;
};

// Every dtype of the current format (safetensors/src/tensor.rs, enum Dtype).
constexpr DtypeDesc kDtypes[] = {
    {"F64", 64, true},         {"F32", 32, true},         {"F16", 16, true},
    {"BF16", 16, true},        {"I64", 64, false},        {"I32", 32, false},
    {"I16", 16, false},        {"I8", 8, false},          {"U64", 64, false},
    {"U32", 32, false},        {"U16", 16, false},        {"U8", 8, false},
    {"BOOL", 8, false},        {"C64", 64, false},        {"F8_E4M3", 8, false},
    {"F8_E5M2", 8, false},     {"F8_E8M0", 8, false},     {"F8_E4M3FNUZ", 8, false},
    {"F8_E5M2FNUZ", 8, false}, {"F6_E2M3", 6, false},     {"F6_E3M2", 6, false},
    {"F4", 4, false},
};

const DtypeDesc* findDtype(std::string_view name)
{
    for (const auto& d : kDtypes)
        if (d.name == name) return &d;
    return nullptr;
}

// Thrown from the JSON parser callback; turned into a CorruptFile error with the file name.
struct DuplicateKey
{
    std::string key;
};

uint16_t loadU16(const uint8_t* p)
{
    uint16_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

} // namespace

float halfToFloat(uint16_t h)
{
    const uint32_t sign = uint32_t(h & 0x8000u) << 16;
    const uint32_t exp = (h >> 10) & 0x1fu;
    const uint32_t mant = h & 0x3ffu;
    uint32_t bits;
    if (exp == 0) {
        // Zero or subnormal: mant * 2^-24 is exact in float32.
        float f = std::ldexp(static_cast<float>(mant), -24);
        return sign ? -f : f;
    }
    if (exp == 0x1f)
        bits = sign | 0x7f800000u | (mant << 13);
    else
        bits = sign | ((exp + (127 - 15)) << 23) | (mant << 13);
    return std::bit_cast<float>(bits);
}

float bfloat16ToFloat(uint16_t b)
{
    return std::bit_cast<float>(uint32_t(b) << 16);
}

int SafeTensorsFile::dtypeBits(std::string_view dtype)
{
    const DtypeDesc* d = findDtype(dtype);
    return d ? d->bits : 0;
}

bool SafeTensorsFile::isFloatConvertible(std::string_view dtype)
{
    const DtypeDesc* d = findDtype(dtype);
    return d && d->floatConvertible;
}

SafeTensorsFile::SafeTensorsFile(const std::filesystem::path& path) : m_file(path)
{
    parseHeader();
}

void SafeTensorsFile::corrupt(const std::string& what) const
{
    const std::string file = m_file.path().string();
    throw Error(ErrorCode::CorruptFile, "corrupt safetensors file " + file + ": " + what, file);
}

void SafeTensorsFile::parseHeader()
{
    const uint64_t fileSize = m_file.size();
    if (fileSize < 8)
        corrupt("the file is " + std::to_string(fileSize) +
                " bytes long; it must start with an 8-byte header length");
    uint64_t n = 0;
    std::memcpy(&n, m_file.data(), 8);
    if (n > kMaxHeaderBytes)
        corrupt("header length " + std::to_string(n) + " exceeds the limit of " +
                std::to_string(kMaxHeaderBytes) + " bytes");
    if (n > fileSize - 8)
        corrupt("header length " + std::to_string(n) + " runs past the end of the file (" +
                std::to_string(fileSize) + " bytes)");
    m_dataStart = 8 + n;
    const uint64_t dataSize = fileSize - m_dataStart;

    const char* text = reinterpret_cast<const char*>(m_file.data() + 8);
    if (n == 0 || text[0] != '{') corrupt("the JSON header does not start with '{'");
    // Writers pad the header with spaces (0x20) only; anything else after the object is rejected.
    uint64_t len = n;
    while (len > 0 && text[len - 1] == ' ') --len;
    if (len == 0 || text[len - 1] != '}')
        corrupt("the JSON header must be one object followed only by space padding");

    // Reject duplicate keys at any depth: the format disallows them, serde would keep the last.
    std::vector<std::set<std::string>> openObjects;
    json::parser_callback_t onEvent = [&](int, json::parse_event_t event, json& parsed) {
        switch (event) {
        case json::parse_event_t::object_start: openObjects.emplace_back(); break;
        case json::parse_event_t::object_end:
            if (!openObjects.empty()) openObjects.pop_back();
            break;
        case json::parse_event_t::key:
            if (!openObjects.empty() && !openObjects.back().insert(parsed.get<std::string>()).second)
                throw DuplicateKey{parsed.get<std::string>()};
            break;
        default: break;
        }
        return true;
    };
    json header;
    try {
        header = json::parse(text, text + len, onEvent);
    } catch (const DuplicateKey& dup) {
        corrupt("duplicate key '" + dup.key + "' in the JSON header");
    } catch (const json::exception& e) {
        corrupt(std::string("the header is not valid UTF-8 JSON (") + e.what() + ")");
    }
    if (!header.is_object()) corrupt("the JSON header is not an object");

    auto readInt = [&](const json& v, const std::string& tensor, const char* field) -> uint64_t {
        if (!v.is_number_unsigned())
            corrupt("tensor '" + tensor + "': " + field + " must hold non-negative integers, got " + v.dump());
        const uint64_t x = v.get<uint64_t>();
        if (x > kMaxSchemaInt)
            corrupt("tensor '" + tensor + "': " + field + " value " + std::to_string(x) + " is too large");
        return x;
    };

    for (auto it = header.begin(); it != header.end(); ++it) {
        const std::string& name = it.key();
        const json& entry = it.value();
        if (name == "__metadata__") {
            if (!entry.is_object()) corrupt("__metadata__ must be an object of strings");
            for (auto m = entry.begin(); m != entry.end(); ++m) {
                if (!m.value().is_string())
                    corrupt("__metadata__ value of '" + m.key() + "' is not a string (" + m.value().dump() + ")");
                m_metadata[m.key()] = m.value().get<std::string>();
            }
            continue;
        }
        if (!entry.is_object()) corrupt("tensor '" + name + "': entry is not an object");
        for (auto f = entry.begin(); f != entry.end(); ++f)
            if (f.key() != "dtype" && f.key() != "shape" && f.key() != "data_offsets")
                corrupt("tensor '" + name + "': unknown field '" + f.key() + "'");
        for (const char* field : {"dtype", "shape", "data_offsets"})
            if (!entry.contains(field)) corrupt("tensor '" + name + "': missing field '" + field + "'");

        const json& dtype = entry["dtype"];
        if (!dtype.is_string()) corrupt("tensor '" + name + "': dtype is not a string");
        const std::string dt = dtype.get<std::string>();
        const DtypeDesc* desc = findDtype(dt);
        if (!desc)
            throw Error(ErrorCode::UnsupportedDtype,
                        "unknown dtype '" + dt + "' of tensor '" + name + "' in " + m_file.path().string(),
                        m_file.path().string());

        const json& shape = entry["shape"];
        if (!shape.is_array()) corrupt("tensor '" + name + "': shape is not an array");
        TensorInfo info;
        info.name = name;
        info.dtype = dt;
        uint64_t nelem = 1;
        for (const json& d : shape) {
            const uint64_t dim = readInt(d, name, "shape");
            if (__builtin_mul_overflow(nelem, dim, &nelem))
                corrupt("tensor '" + name + "': element count overflows");
            info.shape.push_back(static_cast<int64_t>(dim));
        }
        uint64_t nbits = 0;
        if (__builtin_mul_overflow(nelem, uint64_t(desc->bits), &nbits))
            corrupt("tensor '" + name + "': byte size overflows");
        if (nbits % 8 != 0) corrupt("tensor '" + name + "': size is not a whole number of bytes");

        const json& offsets = entry["data_offsets"];
        if (!offsets.is_array() || offsets.size() != 2)
            corrupt("tensor '" + name + "': data_offsets must be [BEGIN, END]");
        Span span{readInt(offsets[0], name, "data_offsets"), readInt(offsets[1], name, "data_offsets")};
        if (span.end < span.begin)
            corrupt("tensor '" + name + "': data_offsets [" + std::to_string(span.begin) + ", " +
                    std::to_string(span.end) + "] end before they begin");
        if (span.end - span.begin != nbits / 8)
            corrupt("tensor '" + name + "': data_offsets span " + std::to_string(span.end - span.begin) +
                    " bytes but dtype " + dt + " and its shape need " + std::to_string(nbits / 8));
        if (span.end > dataSize)
            corrupt("tensor '" + name + "': data_offsets end " + std::to_string(span.end) +
                    " is past the data buffer (" + std::to_string(dataSize) + " bytes)");
        m_index.emplace(name, m_tensors.size());
        m_tensors.push_back(std::move(info));
        m_spans.push_back(span);
    }

    // The tensors must tile the data buffer exactly: no gaps, no overlaps, nothing hidden after.
    std::vector<size_t> order(m_tensors.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return std::tie(m_spans[a].begin, m_spans[a].end) < std::tie(m_spans[b].begin, m_spans[b].end);
    });
    uint64_t expected = 0;
    for (size_t i : order) {
        const Span& s = m_spans[i];
        if (s.begin < expected)
            corrupt("tensor '" + m_tensors[i].name + "' overlaps the previous tensor (begins at " +
                    std::to_string(s.begin) + ", previous ends at " + std::to_string(expected) + ")");
        if (s.begin > expected)
            corrupt("gap in the data buffer before tensor '" + m_tensors[i].name + "' (bytes " +
                    std::to_string(expected) + " to " + std::to_string(s.begin) + " belong to no tensor)");
        expected = s.end;
    }
    if (expected != dataSize)
        corrupt("the tensors cover " + std::to_string(expected) + " bytes of a " + std::to_string(dataSize) +
                "-byte data buffer");
}

const TensorInfo* SafeTensorsFile::find(std::string_view name) const
{
    auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : &m_tensors[it->second];
}

void SafeTensorsFile::readFloat32(std::string_view name, float* dst) const
{
    auto it = m_index.find(name);
    if (it == m_index.end())
        throw Error(ErrorCode::MissingWeights,
                    "tensor '" + std::string(name) + "' not found in " + m_file.path().string(),
                    m_file.path().string());
    const TensorInfo& info = m_tensors[it->second];
    const uint8_t* src = m_file.data() + m_dataStart + m_spans[it->second].begin;
    const int64_t n = info.numel();
    if (info.dtype == "F32") {
        std::memcpy(dst, src, size_t(n) * 4);
    } else if (info.dtype == "F16") {
        for (int64_t i = 0; i < n; ++i) dst[i] = halfToFloat(loadU16(src + 2 * i));
    } else if (info.dtype == "BF16") {
        for (int64_t i = 0; i < n; ++i) dst[i] = bfloat16ToFloat(loadU16(src + 2 * i));
    } else if (info.dtype == "F64") {
        for (int64_t i = 0; i < n; ++i) {
            double d;
            std::memcpy(&d, src + 8 * i, 8);
            dst[i] = static_cast<float>(d);
        }
    } else {
        throw Error(ErrorCode::UnsupportedDtype,
                    "tensor '" + info.name + "' in " + m_file.path().string() + " has dtype " + info.dtype +
                        ", which cannot be converted to float32",
                    m_file.path().string());
    }
}

FloatArray SafeTensorsFile::readFloatArray(std::string_view name) const
{
    const TensorInfo* info = find(name);
    if (!info) readFloat32(name, nullptr); // throws MissingWeights
    FloatArray out(info->shape);
    readFloat32(name, out.data.data());
    return out;
}

} // namespace el
