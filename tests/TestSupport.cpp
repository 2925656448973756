#include "TestSupport.h"

#include "Paths.h"
#include "Pooling.h"

#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <sstream>

namespace eltest {

std::filesystem::path fixturesDir() { return EL_FIXTURES_DIR; }
std::filesystem::path sharedDir() { return EL_SHARED_DIR; }
std::filesystem::path cliPath() { return EL_CLI_PATH; }
std::filesystem::path defaultModelDir() { return el::defaultModelDir(); }

std::string littleEndian(uint64_t v, int n)
{
    std::string s(size_t(n), '\0');
    for (int i = 0; i < n; ++i) s[size_t(i)] = char((v >> (8 * i)) & 0xff);
    return s;
}

std::string readFile(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

double maxAbsDiff(const el::FloatArray& a, const el::FloatArray& b)
{
    if (a.shape != b.shape || a.data.size() != b.data.size()) return std::numeric_limits<double>::infinity();
    double m = 0;
    for (size_t i = 0; i < a.data.size(); ++i) {
        double d = std::fabs(double(a.data[i]) - double(b.data[i]));
        if (std::isnan(d)) return std::numeric_limits<double>::infinity();
        m = std::max(m, d);
    }
    return m;
}

double cosine(const std::vector<float>& a, const std::vector<float>& b)
{
    if (a.size() != b.size() || a.empty()) return -2;
    double dot = 0, na = 0, nb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    if (na == 0 || nb == 0) return (na == nb) ? 1.0 : 0.0;
    return dot / std::sqrt(na * nb);
}

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args, int timeoutMs)
{
    QProcess p;
    QStringList qargs;
    for (const auto& a : args) qargs << QString::fromStdString(a);
    p.start(QString::fromStdString(program), qargs);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "failed to start " + program;
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput().toStdString();
    r.err = p.readAllStandardError().toStdString();
    return r;
}

std::vector<std::string> StsPairs::allTexts() const
{
    std::vector<std::string> all = a;
    all.insert(all.end(), b.begin(), b.end());
    return all;
}

StsPairs readStsb(const std::string& split)
{
    const auto tsv = sharedDir() / "data" / "stsb" / ("stsb-" + split + ".tsv");
    std::ifstream in(tsv, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + tsv.string());
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line != "sentence1\tsentence2\tscore") throw std::runtime_error(tsv.string() + ": unexpected header " + line);
    StsPairs out;
    for (int lineNo = 2; std::getline(in, line); ++lineNo) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const auto t1 = line.find('\t');
        const auto t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
        if (t2 == std::string::npos)
            throw std::runtime_error(tsv.string() + ":" + std::to_string(lineNo) + ": fewer than three columns");
        out.a.push_back(line.substr(0, t1));
        out.b.push_back(line.substr(t1 + 1, t2 - t1 - 1));
        out.gold.push_back(std::stod(line.substr(t2 + 1)));
    }
    return out;
}

std::vector<double> averageRanks(const std::vector<double>& v)
{
    std::vector<size_t> idx(v.size());
    std::iota(idx.begin(), idx.end(), size_t{0});
    std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return v[a] < v[b]; });
    std::vector<double> ranks(v.size());
    for (size_t i = 0; i < idx.size();) {
        size_t j = i;
        while (j + 1 < idx.size() && v[idx[j + 1]] == v[idx[i]]) ++j;
        for (size_t k = i; k <= j; ++k) ranks[idx[k]] = (double(i) + double(j)) / 2.0 + 1.0;
        i = j + 1;
    }
    return ranks;
}

double pearson(const std::vector<double>& a, const std::vector<double>& b)
{
    const double n = double(a.size());
    const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
    const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

double spearman(const std::vector<double>& a, const std::vector<double>& b)
{
    return pearson(averageRanks(a), averageRanks(b));
}

double stsSpearmanX100(const el::FloatArray& emb, const std::vector<double>& gold)
{
    const int64_t n = int64_t(gold.size());
    if (emb.shape.size() != 2 || emb.dim(0) != 2 * n)
        throw std::runtime_error("stsSpearmanX100: embeddings are not [2n, dim] for n = " + std::to_string(n));
    std::vector<double> sims(size_t(n), 0.0);
    for (int64_t i = 0; i < n; ++i) sims[size_t(i)] = el::cosine(emb.row(i), emb.row(n + i), emb.dim(1));
    return 100.0 * spearman(sims, gold);
}

} // namespace eltest
