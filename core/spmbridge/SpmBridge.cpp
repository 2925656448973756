// The sentencepiece bridge (see SpmBridge.h for why it exists and the rules of its C interface).
// Wraps google/sentencepiece src/sentencepiece_processor.h; loaded by the engine with dlmopen, so
// nothing here may let a C++ exception or a C++ object cross the boundary.

#include "SpmBridge.h"

#include <sentencepiece_processor.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>

struct ElSpmModel
{
    sentencepiece::SentencePieceProcessor processor;
    ElSpmModelInfo info{};
    std::string charsmap; // NormalizerSpec.precompiled_charsmap
};

namespace {

void copyError(char* err, size_t capacity, const std::string& message)
{
    if (!err || capacity == 0) return;
    const size_t n = std::min(capacity - 1, message.size());
    std::memcpy(err, message.data(), n);
    err[n] = '\0';
}

// A minimal protobuf wire-format reader: just enough to pull a few scalar fields of TrainerSpec and
// NormalizerSpec out of the serialized ModelProto (sentencepiece_model.proto), whose generated
// header Debian does not install.
class WireReader
{
public:
    explicit WireReader(std::string_view data) : m_data(data) {}

    // Next field: returns false at the end or on malformed input.
    bool next(uint32_t* field, uint32_t* wireType, uint64_t* varint, std::string_view* bytes)
    {
        if (m_pos >= m_data.size()) return false;
        uint64_t key = 0;
        if (!readVarint(&key)) return false;
        *field = static_cast<uint32_t>(key >> 3);
        *wireType = static_cast<uint32_t>(key & 7);
        switch (*wireType) {
        case 0: return readVarint(varint);
        case 1: return skip(8);
        case 5: return skip(4);
        case 2: {
            uint64_t len = 0;
            if (!readVarint(&len) || len > m_data.size() - m_pos) return false;
            *bytes = m_data.substr(m_pos, static_cast<size_t>(len));
            m_pos += static_cast<size_t>(len);
            return true;
        }
        default: return false; // groups (3/4) are not used by sentencepiece_model.proto
        }
    }

private:
    bool readVarint(uint64_t* out)
    {
        uint64_t v = 0;
        for (int shift = 0; shift < 64 && m_pos < m_data.size(); shift += 7) {
            const auto b = static_cast<unsigned char>(m_data[m_pos++]);
            v |= static_cast<uint64_t>(b & 0x7F) << shift;
            if (!(b & 0x80)) {
                *out = v;
                return true;
            }
        }
        return false;
    }
    bool skip(size_t n)
    {
        if (n > m_data.size() - m_pos) return false;
        m_pos += n;
        return true;
    }

    std::string_view m_data;
    size_t m_pos = 0;
};

void readSpecs(std::string_view modelProto, ElSpmModelInfo* info, std::string* charsmap)
{
    // Proto defaults (sentencepiece_model.proto): UNIGRAM, add_dummy_prefix / remove_extra_whitespaces
    // / escape_whitespaces all true.
    info->modelType = EL_SPM_MODEL_UNIGRAM;
    info->addDummyPrefix = 1;
    info->removeExtraWhitespaces = 1;
    info->escapeWhitespaces = 1;
    WireReader top(modelProto);
    uint32_t field = 0, wire = 0;
    uint64_t v = 0;
    std::string_view sub;
    while (top.next(&field, &wire, &v, &sub)) {
        if (wire != 2 || (field != 2 && field != 3)) continue;
        WireReader spec(sub);
        uint32_t f = 0, w = 0;
        uint64_t sv = 0;
        std::string_view sb;
        while (spec.next(&f, &w, &sv, &sb)) {
            if (field == 2) { // TrainerSpec
                if (f == 3 && w == 0) info->modelType = static_cast<int32_t>(sv);
            } else {          // NormalizerSpec
                if (f == 1 && w == 2) {
                    const size_t n = std::min(sb.size(), sizeof(info->normalizerName) - 1);
                    std::memcpy(info->normalizerName, sb.data(), n);
                    info->normalizerName[n] = '\0';
                } else if (f == 2 && w == 2) {
                    info->hasPrecompiledCharsmap = sb.empty() ? 0 : 1;
                    charsmap->assign(sb.data(), sb.size());
                } else if (f == 3 && w == 0) {
                    info->addDummyPrefix = sv ? 1 : 0;
                } else if (f == 4 && w == 0) {
                    info->removeExtraWhitespaces = sv ? 1 : 0;
                } else if (f == 5 && w == 0) {
                    info->escapeWhitespaces = sv ? 1 : 0;
                }
            }
        }
    }
}

ElSpmModel* finishOpen(ElSpmModel* model, const sentencepiece::util::Status& status, const std::string& what,
                       char* err, size_t errCapacity)
{
    if (!status.ok()) {
        copyError(err, errCapacity, what + ": " + status.ToString());
        delete model;
        return nullptr;
    }
    const auto& p = model->processor;
    ElSpmModelInfo& info = model->info;
    info.pieceCount = p.GetPieceSize();
    info.unkId = p.unk_id();
    info.bosId = p.bos_id();
    info.eosId = p.eos_id();
    info.padId = p.pad_id();
    readSpecs(p.serialized_model_proto(), &info, &model->charsmap);
    if (info.pieceCount <= 0) {
        copyError(err, errCapacity, what + ": the model has no pieces");
        delete model;
        return nullptr;
    }
    return model;
}

} // namespace

extern "C" {

int el_spm_abi_version(void)
{
    return EL_SPM_BRIDGE_ABI_VERSION;
}

ElSpmModel* el_spm_open_file(const char* path, char* err, size_t errCapacity)
{
    try {
        if (!path) {
            copyError(err, errCapacity, "no model path given");
            return nullptr;
        }
        auto* model = new ElSpmModel;
        return finishOpen(model, model->processor.Load(path), std::string("cannot load ") + path, err, errCapacity);
    } catch (const std::exception& e) {
        copyError(err, errCapacity, std::string("sentencepiece failed: ") + e.what());
    } catch (...) {
        copyError(err, errCapacity, "sentencepiece failed with an unknown exception");
    }
    return nullptr;
}

ElSpmModel* el_spm_open_bytes(const void* data, size_t size, char* err, size_t errCapacity)
{
    try {
        if (!data && size > 0) {
            copyError(err, errCapacity, "no model bytes given");
            return nullptr;
        }
        auto* model = new ElSpmModel;
        const std::string_view bytes(static_cast<const char*>(data), size);
        return finishOpen(model, model->processor.LoadFromSerializedProto(bytes), "cannot parse the model bytes",
                          err, errCapacity);
    } catch (const std::exception& e) {
        copyError(err, errCapacity, std::string("sentencepiece failed: ") + e.what());
    } catch (...) {
        copyError(err, errCapacity, "sentencepiece failed with an unknown exception");
    }
    return nullptr;
}

void el_spm_free(ElSpmModel* model)
{
    try {
        delete model;
    } catch (...) {
    }
}

int el_spm_model_info(const ElSpmModel* model, ElSpmModelInfo* info, char* err, size_t errCapacity)
{
    if (!model || !info) {
        copyError(err, errCapacity, "null model or info");
        return -1;
    }
    *info = model->info;
    return 0;
}

int64_t el_spm_encode(const ElSpmModel* model, const char* text, size_t textLength, ElSpmPiece* pieces,
                      size_t pieceCapacity, char* pieceBytes, size_t pieceBytesCapacity, size_t* pieceBytesNeeded,
                      char* err, size_t errCapacity)
{
    try {
        if (!model || (!text && textLength > 0)) {
            copyError(err, errCapacity, "null model or text");
            return -1;
        }
        // Offsets are uint32 and sentencepiece itself indexes with 32-bit ints internally.
        if (textLength > 0x3FFFFFFFu) {
            copyError(err, errCapacity, "text too long for sentencepiece");
            return -1;
        }
        sentencepiece::ImmutableSentencePieceText spt;
        const auto status = model->processor.Encode(std::string_view(text ? text : "", textLength), spt.mutable_proto());
        if (!status.ok()) {
            copyError(err, errCapacity, "sentencepiece encode failed: " + status.ToString());
            return -1;
        }
        const size_t n = spt.pieces_size();
        size_t bytes = 0;
        for (size_t i = 0; i < n; ++i) {
            const auto sp = spt.pieces(static_cast<int>(i));
            const std::string& piece = sp.piece();
            if (i < pieceCapacity && pieces) {
                pieces[i].id = static_cast<int32_t>(sp.id());
                pieces[i].begin = sp.begin();
                pieces[i].end = sp.end();
                pieces[i].pieceOffset = static_cast<uint32_t>(bytes);
                pieces[i].pieceLength = static_cast<uint32_t>(piece.size());
            }
            if (pieceBytes && bytes < pieceBytesCapacity)
                std::memcpy(pieceBytes + bytes, piece.data(), std::min(piece.size(), pieceBytesCapacity - bytes));
            bytes += piece.size();
        }
        if (pieceBytesNeeded) *pieceBytesNeeded = bytes;
        return static_cast<int64_t>(n);
    } catch (const std::exception& e) {
        copyError(err, errCapacity, std::string("sentencepiece encode failed: ") + e.what());
    } catch (...) {
        copyError(err, errCapacity, "sentencepiece encode failed with an unknown exception");
    }
    return -1;
}

int64_t el_spm_id_to_piece(const ElSpmModel* model, int32_t id, char* buffer, size_t capacity)
{
    try {
        if (!model || id < 0 || id >= model->info.pieceCount) return -1;
        const std::string& piece = model->processor.IdToPiece(id);
        if (buffer) std::memcpy(buffer, piece.data(), std::min(capacity, piece.size()));
        return static_cast<int64_t>(piece.size());
    } catch (...) {
        return -1;
    }
}

int32_t el_spm_piece_to_id(const ElSpmModel* model, const char* piece, size_t length)
{
    try {
        if (!model || (!piece && length > 0)) return -1;
        return model->processor.PieceToId(std::string_view(piece ? piece : "", length));
    } catch (...) {
        return -1;
    }
}

int32_t el_spm_piece_type(const ElSpmModel* model, int32_t id)
{
    try {
        if (!model || id < 0 || id >= model->info.pieceCount) return -1;
        const auto& p = model->processor;
        return (p.IsUnknown(id) ? EL_SPM_PIECE_UNKNOWN : 0) | (p.IsControl(id) ? EL_SPM_PIECE_CONTROL : 0) |
               (p.IsUnused(id) ? EL_SPM_PIECE_UNUSED : 0) | (p.IsByte(id) ? EL_SPM_PIECE_BYTE : 0);
    } catch (...) {
        return -1;
    }
}

float el_spm_piece_score(const ElSpmModel* model, int32_t id)
{
    try {
        if (!model || id < 0 || id >= model->info.pieceCount) return 0.0f;
        return model->processor.GetScore(id);
    } catch (...) {
        return 0.0f;
    }
}

int64_t el_spm_precompiled_charsmap(const ElSpmModel* model, char* buffer, size_t capacity)
{
    if (!model) return -1;
    if (buffer) std::memcpy(buffer, model->charsmap.data(), std::min(capacity, model->charsmap.size()));
    return static_cast<int64_t>(model->charsmap.size());
}

} // extern "C"
