#include "SecondCore.h"

#include <immintrin.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace el {

namespace {

thread_local bool t_enabled = false;

// How long the helper spins for the next job before sleeping: longer than the gap between two
// products of a forward pass (~0.1 ms of other operations), short enough not to hold a core.
constexpr auto kSpin = std::chrono::microseconds(400);

// One word holds the job's ticket, its number of parts and the next unclaimed part, so that a
// claim (compare-and-swap) can never take a part of a job it did not see.
constexpr int kPartBits = 20;
constexpr uint64_t kPartMask = (uint64_t(1) << kPartBits) - 1;
uint64_t pack(uint64_t ticket, uint64_t parts, uint64_t next)
{
    return (ticket << (2 * kPartBits)) | (parts << kPartBits) | next;
}

class Helper
{
public:
    Helper() : m_thread([this] { loop(); }) { m_thread.detach(); }

    void run(int64_t parts, const std::function<void(int64_t)>& part)
    {
        std::unique_lock lock(m_busy, std::try_to_lock);
        if (!lock.owns_lock() || parts < 2 || uint64_t(parts) > kPartMask) {
            for (int64_t i = 0; i < parts; ++i) part(i);
            return;
        }
        const uint64_t ticket = (m_ticket.load(std::memory_order_relaxed) + 1) & ((uint64_t(1) << 24) - 1);
        m_part = &part;
        m_done.store(0, std::memory_order_relaxed);
        m_claim.store(pack(ticket, uint64_t(parts), 0), std::memory_order_release);
        m_ticket.store(ticket, std::memory_order_release);
        m_ticket.notify_one();
        // The caller works through the parts itself; the helper joins in if it is awake. The
        // caller only ever waits for parts the helper has already claimed - never for a wake-up.
        while (claimAndRun(ticket)) {
        }
        while (m_done.load(std::memory_order_acquire) != uint64_t(parts)) _mm_pause();
    }

private:
    // Claims one part of job `ticket` and runs it; false when none is left.
    bool claimAndRun(uint64_t ticket)
    {
        uint64_t v = m_claim.load(std::memory_order_acquire);
        for (;;) {
            const uint64_t parts = (v >> kPartBits) & kPartMask, next = v & kPartMask;
            if ((v >> (2 * kPartBits)) != ticket || next >= parts) return false;
            if (m_claim.compare_exchange_weak(v, v + 1, std::memory_order_acq_rel, std::memory_order_acquire)) {
                (*m_part)(int64_t(next));
                m_done.fetch_add(1, std::memory_order_release);
                return true;
            }
        }
    }

    void loop()
    {
        uint64_t seen = 0;
        for (;;) {
            const auto until = std::chrono::steady_clock::now() + kSpin;
            for (int i = 0; m_ticket.load(std::memory_order_acquire) == seen; ++i) {
                _mm_pause();
                if ((i & 63) == 63 && std::chrono::steady_clock::now() > until) {
                    m_ticket.wait(seen, std::memory_order_acquire);
                    break;
                }
            }
            seen = m_ticket.load(std::memory_order_acquire);
            while (claimAndRun(seen)) {
            }
        }
    }

    std::mutex m_busy;
    const std::function<void(int64_t)>* m_part = nullptr;
    std::atomic<uint64_t> m_ticket{0}, m_claim{0}, m_done{0};
    std::thread m_thread;
};

Helper& helper()
{
    // Never destroyed: the detached thread may still be waiting when the process exits.
    static Helper* h = new Helper();
    return *h;
}

} // namespace

SecondCoreScope::SecondCoreScope(bool enabled) : m_previous(t_enabled)
{
    t_enabled = enabled;
}

SecondCoreScope::~SecondCoreScope()
{
    t_enabled = m_previous;
}

bool SecondCoreScope::active()
{
    return t_enabled;
}

void shareWithSecondCore(int64_t parts, const std::function<void(int64_t)>& part)
{
    helper().run(parts, part);
}

} // namespace el
