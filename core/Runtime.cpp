#include "Runtime.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>

#include <chrono>
#include <malloc.h>
#include <mutex>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

namespace el {

void setThreads(int threads)
{
    if (threads <= 0) threads = int(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(threads);
}

void keepFreedTensorMemory()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // 32 MiB is glibc's ceiling for the mmap threshold (HEAP_MAX_SIZE / 2 on 64-bit).
        mallopt(M_MMAP_THRESHOLD, 32 << 20);
        mallopt(M_TRIM_THRESHOLD, 1 << 30);
    });
}

int threads()
{
    return at::get_num_threads();
}

namespace {

std::string blasInfoFromConfig()
{
    const std::string config = at::show_config();
    const auto pos = config.find("BLAS_INFO=");
    if (pos == std::string::npos) return "unknown";
    const auto end = config.find_first_of(",\n", pos);
    return config.substr(pos + 10, end == std::string::npos ? std::string::npos : end - pos - 10);
}

// Shared objects with "blas" in their file name mapped into this process. Debian's LibTorch links
// the generic libblas.so.3, which update-alternatives may resolve to OpenBLAS; the kernel reports
// the resolved file, so the mapping tells which implementation is really in use.
std::vector<std::string> mappedBlasLibraries()
{
    std::ifstream maps("/proc/self/maps");
    std::set<std::string> seen;
    std::vector<std::string> out;
    std::string line;
    while (std::getline(maps, line)) {
        const auto slash = line.find('/');
        if (slash == std::string::npos) continue;
        const std::string path = line.substr(slash);
        const std::string file = path.substr(path.rfind('/') + 1);
        if (file.find("blas") == std::string::npos || file.find("cublas") != std::string::npos) continue;
        if (seen.insert(path).second) out.push_back(path);
    }
    return out;
}

std::string describeLibrary(const std::string& path)
{
    std::string what;
    if (path.find("openblas") != std::string::npos) {
        what = "OpenBLAS";
        if (path.find("openmp") != std::string::npos) what += ", openmp";
        else if (path.find("pthread") != std::string::npos) what += ", pthread";
        else if (path.find("serial") != std::string::npos) what += ", serial";
    } else if (path.find("/blas/") != std::string::npos) {
        what = "reference BLAS";
    } else if (path.find("blis") != std::string::npos) {
        what = "BLIS";
    } else if (path.find("mkl") != std::string::npos) {
        what = "MKL";
    }
    return what;
}

// ".../openblas-openmp/libblas.so.3" -> "openblas-openmp/libblas.so.3"
std::string shortName(const std::string& path)
{
    const auto file = path.rfind('/');
    const auto dir = file == std::string::npos || file == 0 ? std::string::npos : path.rfind('/', file - 1);
    return dir == std::string::npos ? path : path.substr(dir + 1);
}

} // namespace

BlasReport checkBlas(bool measure)
{
    c10::InferenceMode guard;
    BlasReport r;
    r.blasInfo = blasInfoFromConfig();

    const auto libs = mappedBlasLibraries();
    std::string kind;
    for (const auto& lib : libs) {
        if (!r.library.empty()) r.library += ", ";
        r.library += lib;
        const std::string d = describeLibrary(lib);
        if (!d.empty() && kind.empty()) kind = d;
    }

    const bool optimised = kind.rfind("OpenBLAS", 0) == 0 || kind == "BLIS" || kind == "MKL";
    if (optimised && !measure) {
        r.message = "BLAS: " + shortName(libs.front()) + " (" + kind + "), not timed";
        return r;
    }

    const int64_t n = 512;
    at::Tensor a = at::rand({n, n});
    at::Tensor b = at::rand({n, n});
    at::Tensor c = at::mm(a, b); // warm-up: thread pool start, page faults
    using clock = std::chrono::steady_clock;
    const auto start = clock::now();
    int runs = 0;
    double seconds = 0;
    do {
        c = at::mm(a, b);
        ++runs;
        seconds = std::chrono::duration<double>(clock::now() - start).count();
    } while ((seconds < 0.05 && runs < 50) || runs < 2);
    r.gflops = 2.0 * double(n) * n * n * runs / seconds / 1e9;
    // Reference BLAS manages ~5 GFLOP/s on these machines, OpenBLAS 80+ per core. A busy machine can
    // make an optimised BLAS look slow, so the rate decides only when the library is not known to be
    // an optimised one.
    r.slow = !optimised && r.gflops < 20.0;

    std::ostringstream msg;
    msg << "BLAS: ";
    if (r.library.empty()) msg << "no BLAS library found in the process maps (build config says " << r.blasInfo << ")";
    else msg << shortName(libs.front()) << (kind.empty() ? "" : " (" + kind + ")");
    char rate[64];
    std::snprintf(rate, sizeof rate, ", %.0f GFLOP/s with %d thread%s", r.gflops, threads(), threads() == 1 ? "" : "s");
    msg << rate;
    if (r.slow)
        msg << " - slow: this looks like the reference BLAS; install libopenblas0-openmp for ~20x faster inference";
    else if (optimised && r.gflops < 20.0)
        msg << " (the machine seems busy)";
    r.message = msg.str();
    return r;
}

} // namespace el
