#include "EmbeddingCache.h"

#include <QMutexLocker>

namespace elui {

std::optional<CachedSentence> EmbeddingCache::find(const QString& text)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(text);
    if (it == m_entries.end()) return std::nullopt;
    m_order.splice(m_order.begin(), m_order, it->lru);
    return it->value;
}

void EmbeddingCache::insert(const QString& text, CachedSentence value)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(text);
    if (it != m_entries.end()) {
        it->value = std::move(value);
        m_order.splice(m_order.begin(), m_order, it->lru);
        return;
    }
    m_order.push_front(text);
    m_entries.insert(text, Entry{std::move(value), m_order.begin()});
    while (m_entries.size() > m_capacity && !m_order.empty()) {
        m_entries.remove(m_order.back());
        m_order.pop_back();
    }
}

int EmbeddingCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

} // namespace elui
