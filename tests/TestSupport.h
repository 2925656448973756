#pragma once
// Helpers shared by the test executables: where fixtures and the default model live, reading
// reference JSON / .npy files, and comparing arrays with a tolerance.

#include "FloatArray.h"

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <initializer_list>
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

// Byte strings for hand-built binary files: v as n little-endian bytes, and the raw bytes of values.
std::string littleEndian(uint64_t v, int n);
template <typename T>
std::string bytesOf(std::initializer_list<T> values)
{
    std::string s;
    for (T v : values) {
        char b[sizeof(T)];
        std::memcpy(b, &v, sizeof(T));
        s.append(b, sizeof(T));
    }
    return s;
}

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

// The STS Benchmark pairs of ../shared/data/stsb/stsb-<split>.tsv ("test" or "dev"): sentence1
// <TAB> sentence2 <TAB> score under one header row; quotes are literal text. Throws
// std::runtime_error naming the file and line when the file is missing or malformed.
struct StsPairs
{
    std::vector<std::string> a, b;
    std::vector<double> gold;
    // a then b: the texts to embed in one call (rows i and size()+i form pair i).
    std::vector<std::string> allTexts() const;
    size_t size() const { return gold.size(); }
};
StsPairs readStsb(const std::string& split);

// Ranks 1..n with ties sharing their average rank (scipy.stats.rankdata "average").
std::vector<double> averageRanks(const std::vector<double>& v);
double pearson(const std::vector<double>& a, const std::vector<double>& b);
double spearman(const std::vector<double>& a, const std::vector<double>& b);
// 100 x Spearman of cos(emb[i], emb[n+i]) against gold, n = gold.size(); emb is [2n, dim] as
// embedded from StsPairs::allTexts() (sentence-transformers' EmbeddingSimilarityEvaluator, cosine).
double stsSpearmanX100(const el::FloatArray& emb, const std::vector<double>& gold);

} // namespace eltest
