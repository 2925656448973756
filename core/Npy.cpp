#include "Npy.h"

#include "Error.h"

#include <cstring>
#include <fstream>
#include <sstream>

// Format reference: numpy/lib/format.py (NEP 1). Version 1.0 header: magic "\x93NUMPY", major 1,
// minor 0, u16 header length, a Python dict literal padded with spaces and '\n' so that the data
// starts at a multiple of 64 bytes.

namespace el {

void writeNpy(const std::filesystem::path& path, const FloatArray& array)
{
    std::ostringstream shape;
    shape << '(';
    for (size_t i = 0; i < array.shape.size(); ++i) {
        shape << array.shape[i];
        if (i + 1 < array.shape.size()) shape << ", ";
    }
    if (array.shape.size() == 1) shape << ',';  // Python's repr of a 1-tuple
    shape << ')';
    std::string dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape.str() + ", }";
    const size_t preamble = 10;
    size_t total = preamble + dict.size() + 1;
    size_t padded = (total + 63) / 64 * 64;
    dict.append(padded - total, ' ');
    dict.push_back('\n');

    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(ErrorCode::FileUnreadable, "cannot write " + path.string(), path.string());
    const char magic[] = {'\x93', 'N', 'U', 'M', 'P', 'Y', 1, 0};
    out.write(magic, sizeof magic);
    const uint16_t len = static_cast<uint16_t>(dict.size());
    const char lenBytes[2] = {static_cast<char>(len & 0xff), static_cast<char>(len >> 8)};
    out.write(lenBytes, 2);
    out.write(dict.data(), static_cast<std::streamsize>(dict.size()));
    out.write(reinterpret_cast<const char*>(array.data.data()),
              static_cast<std::streamsize>(array.data.size() * sizeof(float)));
    if (!out) throw Error(ErrorCode::FileUnreadable, "failed writing " + path.string(), path.string());
}

namespace {
std::string dictValue(const std::string& header, const std::string& key)
{
    auto k = header.find("'" + key + "'");
    if (k == std::string::npos) return {};
    auto colon = header.find(':', k);
    if (colon == std::string::npos) return {};
    auto start = header.find_first_not_of(' ', colon + 1);
    if (start == std::string::npos) return {};
    if (header[start] == '(') {
        auto end = header.find(')', start);
        return end == std::string::npos ? std::string() : header.substr(start, end - start + 1);
    }
    auto end = header.find_first_of(",}", start);
    return header.substr(start, end - start);
}
} // namespace

FloatArray readNpy(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::FileNotFound, "cannot open " + path.string(), path.string());
    auto corrupt = [&](const std::string& why) {
        return Error(ErrorCode::CorruptFile, path.string() + ": " + why, path.string());
    };
    char magic[8];
    if (!in.read(magic, 8) || std::memcmp(magic, "\x93NUMPY", 6) != 0) throw corrupt("not a .npy file");
    uint32_t headerLen = 0;
    if (magic[6] == 1) {
        unsigned char b[2];
        if (!in.read(reinterpret_cast<char*>(b), 2)) throw corrupt("truncated header");
        headerLen = b[0] | (b[1] << 8);
    } else {
        unsigned char b[4];
        if (!in.read(reinterpret_cast<char*>(b), 4)) throw corrupt("truncated header");
        headerLen = b[0] | (b[1] << 8) | (b[2] << 16) | (static_cast<uint32_t>(b[3]) << 24);
    }
    std::string header(headerLen, '\0');
    if (!in.read(header.data(), headerLen)) throw corrupt("truncated header");
    std::string descr = dictValue(header, "descr");
    if (dictValue(header, "fortran_order") != "False") throw corrupt("Fortran order is not supported");
    std::string shapeText = dictValue(header, "shape");
    FloatArray out;
    for (size_t i = 1; i + 1 < shapeText.size();) {
        size_t j = shapeText.find_first_of(",)", i);
        std::string tok = shapeText.substr(i, j - i);
        if (tok.find_first_not_of(' ') != std::string::npos) out.shape.push_back(std::stoll(tok));
        i = j + 1;
    }
    const int64_t n = out.numel();
    out.data.resize(static_cast<size_t>(n));
    if (descr == "'<f4'") {
        if (!in.read(reinterpret_cast<char*>(out.data.data()), n * 4)) throw corrupt("truncated data");
    } else if (descr == "'<f8'") {
        std::vector<double> tmp(static_cast<size_t>(n));
        if (!in.read(reinterpret_cast<char*>(tmp.data()), n * 8)) throw corrupt("truncated data");
        for (int64_t i = 0; i < n; ++i) out.data[i] = static_cast<float>(tmp[i]);
    } else {
        throw corrupt("unsupported dtype " + descr);
    }
    return out;
}

} // namespace el
