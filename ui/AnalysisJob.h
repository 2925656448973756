#pragma once
// One analysis request run on the engine worker: tokenize every sentence, embed the ones missing
// from the cache in one batch, and compute the cosine matrix. Never throws (see WorkerGuard).

#include "AnalysisResult.h"
#include "EmbeddingCache.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace el {
class Model;
struct Encoding;
}

namespace elui {

class AnalysisJob
{
public:
    // stillWanted() is polled between batches; returning false abandons the job (the result then
    // carries a Cancelled error, which the service drops silently).
    static AnalysisResult run(std::shared_ptr<el::Model> model, std::shared_ptr<EmbeddingCache> cache,
                              const QStringList& sentences, quint64 generation, quint64 modelSerial,
                              const std::function<bool()>& stillWanted);

    // Model::tokenize strips each text like sentence-transformers, so its offsets count from the
    // first non-space character; move the offsets of one sequence (0 = A, 1 = B; -1 = every
    // non-special token) back onto the text as typed.
    static void alignOffsetsToTypedText(el::Encoding& encoding, const QString& text, int sequence = -1);
};

} // namespace elui
