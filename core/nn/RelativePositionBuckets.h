#pragma once
// Integer relative-position buckets that transformers computes with float32 tensor maths. The
// results must be exact integers, so they are evaluated here with the same ATen float32 ops (log,
// division, truncation / ceil) as the Python code, once per distance, and the models expand them to
// [L, L] index tensors. Torch-free interface so unit tests can compare against spec tables.

#include <cstdint>
#include <vector>

namespace el {

class RelativePositionBuckets
{
public:
    // Mirrors transformers models/mpnet/modeling_mpnet.py, MPNetEncoder.relative_position_bucket
    // (itself from T5): relative = key index - query index, bucket in [0, numBuckets).
    // MPNet calls it with the literal numBuckets 32 and maxDistance 128.
    static std::vector<int64_t> mpnet(const std::vector<int64_t>& relative, int64_t numBuckets = 32,
                                      int64_t maxDistance = 128);

    // Mirrors transformers models/deberta_v2/modeling_deberta_v2.py, make_log_bucket_position:
    // relative = query index - key index; |r| <= bucketSize/2 is kept, larger distances are
    // log-compressed (odd-symmetric). Requires bucketSize >= 2 and maxPosition > bucketSize / 2 + 1.
    static std::vector<int64_t> debertaLog(const std::vector<int64_t>& relative, int64_t bucketSize,
                                           int64_t maxPosition);

    // The values for relative = -(length-1) ... (length-1), i.e. index (r + length - 1).
    static std::vector<int64_t> symmetricRange(int64_t length);
};

} // namespace el
