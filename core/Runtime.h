#pragma once
// Process-wide LibTorch settings and the BLAS sanity check.

#include <string>

namespace el {

// Set LibTorch's intra-op thread count (0 = number of cores). Applies to the whole process.
void setThreads(int threads);

// Keeps the tensors of a forward pass (up to 32 MiB each) in the heap after they are freed, instead
// of glibc returning them to the system and faulting fresh zeroed pages in on the next pass.
// Measured with bench_latency (MiniLM, one 512-token input, alternating runs): p50 330-390 ->
// 230-250 ms without attentions, 480-515 -> 305-405 ms with; ~22% of the time had been page faults
// and page clearing. Process-wide; Model::load calls it once.
void keepFreedTensorMemory();
int threads();

struct BlasReport
{
    std::string blasInfo;  // what LibTorch's build config says (often "generic" on Debian)
    std::string library;   // the BLAS shared object actually mapped into the process, if found
    double gflops = 0;     // measured float32 matrix-product rate with the current thread count
    bool slow = false;     // true when the rate is implausibly low (reference BLAS)
    std::string message;   // one line for the log / a visible warning
};

// Times a few float32 matrix products (~0.1 s). Safe to call from any thread. With measure=false the
// timing is skipped (gflops 0) when the mapped library is a known optimised BLAS, which is then never
// slow; an unknown library is still timed.
BlasReport checkBlas(bool measure = true);

} // namespace el
