#include "sentencepiece/SpmModel.h"

#include "Error.h"
#include "sentencepiece/SpmLibrary.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <utility>

namespace el::spm {

namespace {

constexpr size_t kErrCapacity = 1024;

} // namespace

SpmModel::SpmModel(ElSpmModel* handle, std::string source) : m_handle(handle), m_source(std::move(source))
{
    char err[kErrCapacity] = {};
    if (bridge().modelInfo(m_handle, &m_info, err, sizeof err) != 0) {
        bridge().free(m_handle);
        m_handle = nullptr;
        throw Error(ErrorCode::Internal, std::string("sentencepiece model info failed: ") + err, m_source);
    }
}

SpmModel SpmModel::fromFile(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw Error(ErrorCode::FileNotFound, "sentencepiece model not found: " + file.string(), file.string());
    // Read the bytes here rather than letting sentencepiece open the path: one code path, and the
    // error for an unreadable file is ours.
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ErrorCode::FileUnreadable, "cannot read " + file.string(), file.string());
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw Error(ErrorCode::FileUnreadable, "cannot read " + file.string(), file.string());
    return fromBytes(bytes, file.string());
}

SpmModel SpmModel::fromBytes(std::string_view bytes, const std::string& what)
{
    const BridgeApi& api = bridge();
    char err[kErrCapacity] = {};
    ElSpmModel* handle = api.openBytes(bytes.data(), bytes.size(), err, sizeof err);
    if (!handle)
        throw Error(ErrorCode::CorruptFile, "failed to load sentencepiece model " + what + ": " + err, what);
    return SpmModel(handle, what);
}

SpmModel::SpmModel(SpmModel&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr)), m_info(other.m_info), m_source(std::move(other.m_source))
{
}

SpmModel& SpmModel::operator=(SpmModel&& other) noexcept
{
    if (this != &other) {
        if (m_handle) bridge().free(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_info = other.m_info;
        m_source = std::move(other.m_source);
    }
    return *this;
}

SpmModel::~SpmModel()
{
    // bridge() is already loaded whenever a handle exists, so this cannot throw.
    if (m_handle) bridge().free(m_handle);
}

std::vector<Piece> SpmModel::encode(std::string_view text) const
{
    const BridgeApi& api = bridge();
    // Usually enough in one call: pieces rarely outnumber input bytes (+ a dummy prefix), and the
    // piece strings are about as long as the text plus one "▁" (3 bytes) per word.
    std::vector<ElSpmPiece> raw(text.size() + 8);
    std::string bytes(text.size() * 2 + 64, '\0');
    for (int attempt = 0; attempt < 3; ++attempt) {
        char err[kErrCapacity] = {};
        size_t bytesNeeded = 0;
        const int64_t n = api.encode(m_handle, text.data(), text.size(), raw.data(), raw.size(), bytes.data(),
                                     bytes.size(), &bytesNeeded, err, sizeof err);
        if (n < 0) throw Error(ErrorCode::Internal, std::string("sentencepiece encode failed: ") + err, m_source);
        const auto count = static_cast<size_t>(n);
        if (count > raw.size() || bytesNeeded > bytes.size()) {
            raw.resize(std::max(raw.size(), count));
            bytes.resize(std::max(bytes.size(), bytesNeeded));
            continue;
        }
        std::vector<Piece> out(count);
        for (size_t i = 0; i < count; ++i) {
            const ElSpmPiece& r = raw[i];
            if (r.pieceOffset + static_cast<size_t>(r.pieceLength) > bytesNeeded || r.begin > r.end ||
                r.end > text.size())
                throw Error(ErrorCode::Internal, "sentencepiece bridge returned inconsistent offsets", m_source);
            out[i] = Piece{r.id, r.begin, r.end, bytes.substr(r.pieceOffset, r.pieceLength)};
        }
        return out;
    }
    throw Error(ErrorCode::Internal, "sentencepiece encode output kept growing", m_source);
}

std::string SpmModel::modelTypeName() const
{
    switch (m_info.modelType) {
    case EL_SPM_MODEL_UNIGRAM: return "Unigram";
    case EL_SPM_MODEL_BPE: return "BPE";
    case EL_SPM_MODEL_WORD: return "Word";
    case EL_SPM_MODEL_CHAR: return "Char";
    default: return "model type " + std::to_string(m_info.modelType);
    }
}

std::optional<std::string> SpmModel::idToPiece(int32_t id) const
{
    const BridgeApi& api = bridge();
    std::string buf(64, '\0');
    int64_t n = api.idToPiece(m_handle, id, buf.data(), buf.size());
    if (n < 0) return std::nullopt;
    if (static_cast<size_t>(n) > buf.size()) {
        buf.resize(static_cast<size_t>(n));
        n = api.idToPiece(m_handle, id, buf.data(), buf.size());
        if (n < 0) return std::nullopt;
    }
    buf.resize(static_cast<size_t>(n));
    return buf;
}

int32_t SpmModel::pieceToId(std::string_view piece) const
{
    const int32_t id = bridge().pieceToId(m_handle, piece.data(), piece.size());
    return id < 0 ? m_info.unkId : id;
}

int32_t SpmModel::flags(int32_t id) const
{
    const int32_t f = bridge().pieceType(m_handle, id);
    return f < 0 ? 0 : f;
}

float SpmModel::score(int32_t id) const
{
    return bridge().pieceScore(m_handle, id);
}

std::string SpmModel::precompiledCharsmap() const
{
    const BridgeApi& api = bridge();
    const int64_t n = api.precompiledCharsmap(m_handle, nullptr, 0);
    if (n <= 0) return {};
    std::string blob(static_cast<size_t>(n), '\0');
    api.precompiledCharsmap(m_handle, blob.data(), blob.size());
    return blob;
}

} // namespace el::spm
