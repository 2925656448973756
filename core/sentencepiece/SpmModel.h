#pragma once
// A sentencepiece model opened through the bridge (SpmLibrary.h): the C++ face of
// sentencepiece::SentencePieceProcessor for the engine. Immutable after loading; encode() may be
// called from several threads at once. Internal header.

#include "spmbridge/SpmBridge.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace el::spm {

struct Piece
{
    int32_t id = 0;
    uint32_t begin = 0; // byte offsets of the piece's surface in the encoded text
    uint32_t end = 0;
    std::string piece;  // normalized piece string ("▁" for spaces); the surface text for unknowns
};

class SpmModel
{
public:
    // Throws el::Error: FileNotFound, CorruptFile ("failed to load sentencepiece model ..."), or the
    // bridge's load errors.
    static SpmModel fromFile(const std::filesystem::path& file);
    static SpmModel fromBytes(std::string_view bytes, const std::string& what);

    SpmModel(SpmModel&& other) noexcept;
    SpmModel& operator=(SpmModel&& other) noexcept;
    SpmModel(const SpmModel&) = delete;
    SpmModel& operator=(const SpmModel&) = delete;
    ~SpmModel();

    std::vector<Piece> encode(std::string_view text) const;

    int32_t pieceCount() const { return m_info.pieceCount; }
    int32_t unkId() const { return m_info.unkId; }
    const ElSpmModelInfo& info() const { return m_info; }
    // "Unigram", "BPE", "Word", "Char".
    std::string modelTypeName() const;

    std::optional<std::string> idToPiece(int32_t id) const;
    // The unk id for unknown pieces (as sentencepiece's PieceToId).
    int32_t pieceToId(std::string_view piece) const;
    bool isUnknown(int32_t id) const { return flags(id) & EL_SPM_PIECE_UNKNOWN; }
    bool isControl(int32_t id) const { return flags(id) & EL_SPM_PIECE_CONTROL; }
    bool isUnused(int32_t id) const { return flags(id) & EL_SPM_PIECE_UNUSED; }
    bool isByte(int32_t id) const { return flags(id) & EL_SPM_PIECE_BYTE; }
    float score(int32_t id) const;
    // NormalizerSpec.precompiled_charsmap (empty when the model has none).
    std::string precompiledCharsmap() const;

private:
    SpmModel(ElSpmModel* handle, std::string source);
    int32_t flags(int32_t id) const;

    ElSpmModel* m_handle = nullptr;
    ElSpmModelInfo m_info{};
    std::string m_source;
};

} // namespace el::spm
