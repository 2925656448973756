#include "TestSupport.h"

#include "Paths.h"

#include <QProcess>
#include <QStringList>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

namespace eltest {

std::filesystem::path fixturesDir() { return EL_FIXTURES_DIR; }
std::filesystem::path sharedDir() { return EL_SHARED_DIR; }
std::filesystem::path cliPath() { return EL_CLI_PATH; }
std::filesystem::path defaultModelDir() { return el::defaultModelDir(); }

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

} // namespace eltest
