#include "SecondCore.h"

#include <immintrin.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace el {

namespace {

thread_local bool t_enabled = false;

// How long either side spins before sleeping: longer than the gap between two products of a
// forward pass (~0.1 ms of other operations), short enough not to hold a core idle for long.
constexpr auto kSpin = std::chrono::microseconds(400);

template <typename Ready>
void spinThenWait(std::atomic<uint64_t>& value, uint64_t old, Ready ready)
{
    const auto until = std::chrono::steady_clock::now() + kSpin;
    for (int i = 0; !ready(); ++i) {
        _mm_pause();
        if ((i & 63) == 63 && std::chrono::steady_clock::now() > until) {
            while (!ready()) value.wait(old, std::memory_order_acquire);
            return;
        }
    }
}

class Helper
{
public:
    Helper() : m_thread([this] { loop(); }) { m_thread.detach(); }

    void run(const std::function<void(int)>& part)
    {
        std::unique_lock lock(m_busy, std::try_to_lock);
        if (!lock.owns_lock()) {
            part(0);
            part(1);
            return;
        }
        m_job = &part;
        const uint64_t ticket = m_posted.fetch_add(1, std::memory_order_acq_rel) + 1;
        m_posted.notify_one();
        part(1);
        spinThenWait(m_done, ticket - 1, [&] { return m_done.load(std::memory_order_acquire) == ticket; });
    }

private:
    void loop()
    {
        uint64_t seen = 0;
        for (;;) {
            spinThenWait(m_posted, seen, [&] { return m_posted.load(std::memory_order_acquire) != seen; });
            seen = m_posted.load(std::memory_order_acquire);
            (*m_job)(0);
            m_done.store(seen, std::memory_order_release);
            m_done.notify_one();
        }
    }

    std::mutex m_busy;
    const std::function<void(int)>* m_job = nullptr;
    std::atomic<uint64_t> m_posted{0}, m_done{0};
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

void runOnTwoCores(const std::function<void(int)>& part)
{
    helper().run(part);
}

} // namespace el
