#pragma once
// Helpers shared by the test executables: where fixtures and the default model live, reading
// reference JSON / .npy files, and comparing arrays with a tolerance.

#include "FloatArray.h"

#include <filesystem>
#include <string>
#include <vector>

namespace eltest {

std::filesystem::path fixturesDir();            // tests/fixtures
std::filesystem::path sharedDir();              // ../shared beside the repository
std::filesystem::path cliPath();                // the built encoderlens-cli
// The default model folder (as the app finds it). QFAIL-worthy when missing: callers must fail,
// never skip, so CI notices a broken set-up.
std::filesystem::path defaultModelDir();

std::string readFile(const std::filesystem::path& p);

// Largest absolute difference; shapes must match (returns +inf otherwise).
double maxAbsDiff(const el::FloatArray& a, const el::FloatArray& b);
double cosine(const std::vector<float>& a, const std::vector<float>& b);

// Run a program, capturing exit code, stdout and stderr (with a timeout in ms).
struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    std::string out;
    std::string err;
};
ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args, int timeoutMs = 600000);

} // namespace eltest
