#pragma once
// A dense, row-major float32 array with a shape: the plain value type that core hands to the UI,
// the CLI and the tests (no torch types in public headers).

#include <cstddef>
#include <cstdint>
#include <numeric>
#include <vector>

namespace el {

struct FloatArray
{
    std::vector<int64_t> shape;
    std::vector<float> data; // size == product(shape)

    FloatArray() = default;
    explicit FloatArray(std::vector<int64_t> s) : shape(std::move(s)), data(numel(), 0.0f) {}

    int64_t numel() const
    {
        return std::accumulate(shape.begin(), shape.end(), int64_t{1}, std::multiplies<int64_t>());
    }
    int64_t dim(size_t i) const { return shape.at(i); }
    size_t rank() const { return shape.size(); }
    bool empty() const { return data.empty(); }

    // Pointer to the contiguous row at leading indices (i) / (i, j) / (i, j, k).
    const float* row(int64_t i) const { return data.data() + i * stride(0); }
    float* row(int64_t i) { return data.data() + i * stride(0); }
    int64_t stride(size_t axis) const
    {
        int64_t s = 1;
        for (size_t a = axis + 1; a < shape.size(); ++a) s *= shape[a];
        return s;
    }
    float at(std::initializer_list<int64_t> idx) const
    {
        int64_t off = 0;
        size_t a = 0;
        for (int64_t i : idx) off += i * stride(a++);
        return data[off];
    }
};

} // namespace el
