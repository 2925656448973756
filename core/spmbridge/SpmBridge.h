#pragma once
/* The sentencepiece bridge: a narrow C interface over google/sentencepiece's
 * SentencePieceProcessor (src/sentencepiece_processor.h), built as its own shared library.
 *
 * Why a bridge: Debian's libsentencepiece carries a private protobuf-lite 3.14 that clashes with the
 * system protobuf 3.21 LibTorch loads; linking both into one process crashes before main() (see
 * docs/environment.md). The engine therefore loads this library with
 * dlmopen(LM_ID_NEWLM, ...), which gives it its own link-map namespace (its own sentencepiece,
 * protobuf, libstdc++ and malloc arena). Consequences for this interface:
 *   - only plain C data crosses it (no C++ types, no exceptions: every function catches);
 *   - memory is freed by the side that allocated it: the caller owns every buffer it passes in, the
 *     bridge owns model handles (freed with el_spm_free);
 *   - variable-sized results use caller-provided buffers plus a "needed" count: when a buffer is too
 *     small the function fills what fits, reports the size it needs and the caller calls again.
 * This header is plain C and is included by both sides. */

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped whenever a signature or struct below changes; the loader refuses a mismatching bridge. */
#define EL_SPM_BRIDGE_ABI_VERSION 1

#if defined(__GNUC__)
#define EL_SPM_EXPORT __attribute__((visibility("default")))
#else
#define EL_SPM_EXPORT
#endif

typedef struct ElSpmModel ElSpmModel; /* opaque; owned by the bridge */

/* One piece of an encoding. begin/end are byte offsets into the text given to el_spm_encode (the
 * piece's surface, as sentencepiece reports it); the piece string (normalized form, e.g. "\xE2\x96\x81the")
 * is pieceBytes[pieceOffset, pieceOffset + pieceLength). */
typedef struct ElSpmPiece
{
    int32_t id;
    uint32_t begin;
    uint32_t end;
    uint32_t pieceOffset;
    uint32_t pieceLength;
} ElSpmPiece;

/* Piece type flags returned by el_spm_piece_type. */
#define EL_SPM_PIECE_UNKNOWN 1
#define EL_SPM_PIECE_CONTROL 2
#define EL_SPM_PIECE_UNUSED 4
#define EL_SPM_PIECE_BYTE 8

/* Model type (TrainerSpec.model_type of the .model file). */
#define EL_SPM_MODEL_UNIGRAM 1
#define EL_SPM_MODEL_BPE 2
#define EL_SPM_MODEL_WORD 3
#define EL_SPM_MODEL_CHAR 4

/* NormalizerSpec fields of the .model file, for display and for callers that must know how the
 * model normalizes (nameBytes is the NUL-terminated spec name, e.g. "nmt_nfkc", truncated to fit). */
typedef struct ElSpmModelInfo
{
    int32_t pieceCount;
    int32_t unkId;
    int32_t bosId;
    int32_t eosId;
    int32_t padId;
    int32_t modelType;            /* EL_SPM_MODEL_* */
    int32_t addDummyPrefix;       /* 0/1 */
    int32_t removeExtraWhitespaces;
    int32_t escapeWhitespaces;
    int32_t hasPrecompiledCharsmap;
    char normalizerName[64];
} ElSpmModelInfo;

EL_SPM_EXPORT int el_spm_abi_version(void);

/* Open a model. On failure return NULL and copy a NUL-terminated message into err (truncated to
 * errCapacity; err may be NULL). */
EL_SPM_EXPORT ElSpmModel* el_spm_open_file(const char* path, char* err, size_t errCapacity);
EL_SPM_EXPORT ElSpmModel* el_spm_open_bytes(const void* data, size_t size, char* err, size_t errCapacity);
EL_SPM_EXPORT void el_spm_free(ElSpmModel* model);

/* 0 on success, -1 on error (message in err). */
EL_SPM_EXPORT int el_spm_model_info(const ElSpmModel* model, ElSpmModelInfo* info, char* err, size_t errCapacity);

/* Encode UTF-8 text (best path, no sampling). Writes min(count, pieceCapacity) pieces and
 * min(total, pieceBytesCapacity) piece-string bytes, stores the total piece-string bytes in
 * *pieceBytesNeeded and returns the piece count (possibly > pieceCapacity: call again with larger
 * buffers), or -1 on error (message in err). Every call encodes afresh; it is thread-safe. */
EL_SPM_EXPORT int64_t el_spm_encode(const ElSpmModel* model, const char* text, size_t textLength,
                                    ElSpmPiece* pieces, size_t pieceCapacity,
                                    char* pieceBytes, size_t pieceBytesCapacity, size_t* pieceBytesNeeded,
                                    char* err, size_t errCapacity);

/* Piece string of id: copies min(length, capacity) bytes (no NUL) and returns the full length, or -1
 * for an id out of range. */
EL_SPM_EXPORT int64_t el_spm_id_to_piece(const ElSpmModel* model, int32_t id, char* buffer, size_t capacity);
/* Id of a piece string; the unk id when the piece is not in the vocabulary; -1 on error. */
EL_SPM_EXPORT int32_t el_spm_piece_to_id(const ElSpmModel* model, const char* piece, size_t length);
/* EL_SPM_PIECE_* flags of id, or -1 for an id out of range. */
EL_SPM_EXPORT int32_t el_spm_piece_type(const ElSpmModel* model, int32_t id);
/* Score of id (log probability for unigram models); 0 for an id out of range. */
EL_SPM_EXPORT float el_spm_piece_score(const ElSpmModel* model, int32_t id);
/* NormalizerSpec.precompiled_charsmap of the model (the blob the fast tokenizers' Precompiled
 * normalizer uses): copies min(size, capacity) bytes and returns the full size (0 when the model has
 * none), or -1 on error. */
EL_SPM_EXPORT int64_t el_spm_precompiled_charsmap(const ElSpmModel* model, char* buffer, size_t capacity);

#ifdef __cplusplus
}
#endif
