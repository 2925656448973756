#pragma once
// A second core for the matrix products of short inputs, without OpenMP.
//
// Why: a forward pass of one short sentence (16 tokens) is ~180 small operations. Splitting them
// all over LibTorch's OpenMP threads costs a thread wake-up each (measured on the 2-core machine:
// 15.8 ms at 2 threads vs 11.1 ms at 1), so short inputs run on one thread - yet two thirds of
// their time is the linear layers streaming ~42 MB of weights, which two cores do almost twice as
// fast. SecondCore keeps one helper thread that spins briefly between products (a forward pass
// issues them every ~0.1 ms) and sleeps otherwise; only el::PackedWeights uses it, and only on a
// thread inside a SecondCoreScope.
//
// Thread safety: one caller at a time gets the helper; a concurrent caller runs both halves itself.

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

// Runs part(0) on the helper thread and part(1) on the calling thread; returns when both have
// finished. Exceptions must not leave `part`.
void runOnTwoCores(const std::function<void(int)>& part);

} // namespace el
