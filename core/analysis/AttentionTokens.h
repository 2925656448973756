#pragma once
// Token-level transforms of one [L, L] attention matrix (row = query, column = key): hiding
// tokens (e.g. [CLS]/[SEP]) with row renormalisation, and merging subword pieces into words.
// Pure functions, safe from any thread; bad shapes or indices throw el::Error(InvalidInput).
//
// Merge convention (documented for the UI and for exports):
//  - attention TO a word (columns) is the SUM over the word's pieces: a column is probability
//    mass, and the mass a query puts on a word is the mass it puts on any of its pieces;
//  - attention FROM a word (rows) combines the pieces' rows with the chosen reducer:
//      Mean  — average of the pieces' rows: rows still sum to 1 (the usual choice),
//      First — the row of the word's first piece: rows still sum to 1,
//      Max   — element-wise maximum of the pieces' rows: rows may sum to more than 1,
//      Sum   — sum of the pieces' rows: a row sums to the number of pieces.
// Hiding happens before merging, so a hidden token never contributes to a word.

#include "Encoding.h"
#include "FloatArray.h"

#include <cstdint>
#include <string>
#include <vector>

namespace el {

enum class WordMerge { None, Mean, Sum, Max, First };

// Each group lists token indices (ascending) shown as one row/column.
using TokenGroups = std::vector<std::vector<int64_t>>;

// {{0}, {1}, ..., {n-1}}.
TokenGroups singletonGroups(int64_t n);

// Consecutive tokens sharing (sequenceId, wordId) form one group; tokens with wordId -1 (special
// tokens) and tokens of an encoding without word ids stay alone. Groups are in token order.
TokenGroups wordGroups(const Encoding& encoding);

// Indices of the tokens whose specialTokensMask is 0 (all tokens when the mask is empty).
std::vector<int64_t> nonSpecialTokens(const Encoding& encoding);

// The sub-matrix of the rows and columns in `keep` (ascending, unique, in range). With
// renormalise, each row is divided by its remaining sum so it sums to 1 again; a row whose
// remaining mass is 0 stays all zeros (no NaN).
FloatArray selectTokens(const FloatArray& matrix, const std::vector<int64_t>& keep, bool renormalise);

// Merge rows and columns by groups (indices into `matrix`; every group non-empty, groups
// disjoint; indices not in any group are dropped) following the convention above.
// rows must not be WordMerge::None.
FloatArray mergeTokenGroups(const FloatArray& matrix, const TokenGroups& groups, WordMerge rows);

// A readable label for a group of pieces: WordPiece continuation markers ("##") are dropped from
// the later pieces and SentencePiece / byte-level BPE word-start markers ("▁", "Ġ") from the
// first, e.g. {"token", "##izer"} -> "tokenizer", {"▁Hel", "lo"} -> "Hello".
std::string joinPieces(const std::vector<std::string>& pieces);

} // namespace el
