#pragma once
// Per-model cache of tokenization + embedding by exact text, so editing one sentence re-embeds only
// that sentence. A new cache is made for every loaded model, which keys it by (model, text).
// Thread safety: guarded by a mutex; in practice only the single engine worker thread uses it.

#include "Encoding.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <list>
#include <optional>
#include <vector>

namespace elui {

struct CachedSentence
{
    el::Encoding encoding;
    std::vector<float> embedding;
};

class EmbeddingCache
{
public:
    explicit EmbeddingCache(int capacity = 4096) : m_capacity(capacity) {}

    std::optional<CachedSentence> find(const QString& text);
    void insert(const QString& text, CachedSentence value);
    int size() const;

private:
    struct Entry
    {
        CachedSentence value;
        std::list<QString>::iterator lru;
    };
    mutable QMutex m_mutex;
    int m_capacity;
    QHash<QString, Entry> m_entries;
    std::list<QString> m_order; // most recently used first
};

} // namespace elui
