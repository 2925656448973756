#pragma once
// A second core for the matrix products of short inputs, without OpenMP.
//
// Why: a forward pass of one short sentence (16 tokens) is ~180 small operations. Splitting them
// all over LibTorch's OpenMP threads costs a thread wake-up each (measured on the 2-core machine:
// 15.8 ms at 2 threads vs 11.1 ms at 1), so short inputs run on one thread - yet two thirds of
// their time is the linear layers streaming ~42 MB of weights, which two cores do almost twice as
// fast. SecondCore keeps one helper thread that spins briefly between products (a forward pass
// issues them every ~0.1 ms), sleeps otherwise, and takes parts of a product when it is awake; only el::PackedWeights uses it, and only on a
// thread inside a SecondCoreScope.
//
// Thread safety: one caller at a time gets the helper; a concurrent caller runs both halves itself.

#include <cstdint>
#include <functional>

namespace el {

class SecondCoreScope
{
public:
    // enabled: packed products on this thread may use the helper while the scope lives.
    explicit SecondCoreScope(bool enabled);
    ~SecondCoreScope();
    SecondCoreScope(const SecondCoreScope&) = delete;
    SecondCoreScope& operator=(const SecondCoreScope&) = delete;
    static bool active();

private:
    bool m_previous;
};

// Runs part(0) .. part(parts - 1), each exactly once, on the calling thread and - when it is awake
// or wakes in time - the helper; returns when all have finished. The caller never waits for the
// helper to wake up (on a VM an idle core can take milliseconds to resume), only for parts it has
// already claimed. Exceptions must not leave `part`; parts must be independent.
void shareWithSecondCore(int64_t parts, const std::function<void(int64_t)>& part);

} // namespace el
