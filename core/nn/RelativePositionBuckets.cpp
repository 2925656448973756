#include "RelativePositionBuckets.h"

#include "Error.h"

#include <ATen/ATen.h>

#include <cmath>
#include <string>

namespace el {

namespace {

at::Tensor toTensor(const std::vector<int64_t>& v)
{
    return at::tensor(at::ArrayRef<int64_t>(v), at::TensorOptions().dtype(at::kLong));
}

std::vector<int64_t> toVector(const at::Tensor& t)
{
    const at::Tensor c = t.to(at::kLong).contiguous();
    return std::vector<int64_t>(c.data_ptr<int64_t>(), c.data_ptr<int64_t>() + c.numel());
}

} // namespace

std::vector<int64_t> RelativePositionBuckets::mpnet(const std::vector<int64_t>& relative, int64_t numBuckets,
                                                    int64_t maxDistance)
{
    if (numBuckets < 4 || maxDistance < numBuckets / 4 + 1)
        throw Error(ErrorCode::Internal, "invalid relative position bucket parameters");
    if (relative.empty()) return {};
    // Same op sequence as the Python (float32 log of n / max_exact, divided by the double
    // log(max_distance / max_exact) applied as a float32 scalar, times the remaining buckets,
    // truncated toward zero).
    at::Tensor n = -toTensor(relative);
    const int64_t half = numBuckets / 2;
    at::Tensor ret = (n < 0).to(at::kLong) * half;
    n = at::abs(n);
    const int64_t maxExact = half / 2;
    const at::Tensor isSmall = n < maxExact;
    at::Tensor large = maxExact + (at::log(n.to(at::kFloat) / maxExact) /
                                   std::log(double(maxDistance) / double(maxExact)) * (half - maxExact))
                                      .to(at::kLong);
    large = at::min(large, at::full_like(large, half - 1));
    ret = ret + at::where(isSmall, n, large);
    return toVector(ret);
}

std::vector<int64_t> RelativePositionBuckets::debertaLog(const std::vector<int64_t>& relative, int64_t bucketSize,
                                                         int64_t maxPosition)
{
    const int64_t mid = bucketSize / 2;
    if (mid < 1 || maxPosition - 1 <= mid)
        throw Error(ErrorCode::UnsupportedModel,
                    "position_buckets " + std::to_string(bucketSize) + " and max_relative_positions " +
                        std::to_string(maxPosition) + " give no valid log-bucket range");
    if (relative.empty()) return {};
    const at::Tensor rel = toTensor(relative);
    const at::Tensor sign = at::sign(rel);
    const at::Tensor absPos =
        at::where((rel < mid) & (rel > -mid), at::scalar_tensor(mid - 1, at::kLong), at::abs(rel));
    // absPos / mid is true division into the default float32; the denominator is a float32 tensor
    // made from the Python float (max_position - 1) / mid.
    const at::Tensor denominator = at::log(at::scalar_tensor(double(maxPosition - 1) / double(mid), at::kFloat));
    const at::Tensor logPos = at::ceil(at::log(absPos / mid) / denominator * (mid - 1)) + mid;
    const at::Tensor bucket = at::where(absPos <= mid, rel.to(logPos.scalar_type()), logPos * sign);
    return toVector(bucket);
}

std::vector<int64_t> RelativePositionBuckets::symmetricRange(int64_t length)
{
    std::vector<int64_t> out;
    if (length <= 0) return out;
    out.reserve(size_t(2 * length - 1));
    for (int64_t r = -(length - 1); r <= length - 1; ++r) out.push_back(r);
    return out;
}

} // namespace el
