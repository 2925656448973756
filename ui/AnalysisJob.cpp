#include "AnalysisJob.h"

#include "WorkerGuard.h"

#include "Model.h"
#include "Pooling.h"

#include <QElapsedTimer>

namespace elui {

void AnalysisJob::alignOffsetsToTypedText(el::Encoding& encoding, const QString& text, int sequence)
{
    int64_t leading = 0;
    for (char32_t c : text.toUcs4()) {
        // Python's str.isspace(): Unicode whitespace plus the ASCII separators 0x1c-0x1f.
        const bool space = QChar::isSpace(c) || (c >= 0x1c && c <= 0x1f);
        if (!space) break;
        ++leading;
    }
    if (leading == 0) return;
    for (size_t i = 0; i < encoding.offsets.size(); ++i) {
        const bool special = i < encoding.specialTokensMask.size() && encoding.specialTokensMask[i];
        if (special) continue;
        if (sequence >= 0 && i < encoding.sequenceIds.size() && encoding.sequenceIds[i] != sequence) continue;
        encoding.offsets[i].first += leading;
        encoding.offsets[i].second += leading;
    }
}

AnalysisResult AnalysisJob::run(std::shared_ptr<el::Model> model, std::shared_ptr<EmbeddingCache> cache,
                                const QStringList& sentences, quint64 generation, quint64 modelSerial,
                                const std::function<bool()>& stillWanted)
{
    QElapsedTimer timer;
    timer.start();
    AnalysisResult result;
    result.generation = generation;
    result.modelSerial = modelSerial;

    result.error = runGuarded([&] {
        if (!model) throw el::Error(el::ErrorCode::InvalidInput, "no model is loaded");
        std::vector<std::string> toEmbed;
        std::vector<int> toEmbedIndex;
        for (int i = 0; i < sentences.size(); ++i) {
            const QString& text = sentences[i];
            SentenceAnalysis sa;
            sa.text = text;
            if (auto hit = cache->find(text)) {
                sa.encoding = std::move(hit->encoding);
                sa.embedding = std::move(hit->embedding);
            } else {
                const std::string utf8 = text.toStdString();
                sa.encoding = model->tokenize(utf8);
                alignOffsetsToTypedText(sa.encoding, text);
                // Blank lines stay in the list (the user is typing) but are not worth a row in
                // the matrix: sentence-transformers would embed just [CLS] [SEP].
                if (!text.trimmed().isEmpty()) {
                    toEmbed.push_back(utf8);
                    toEmbedIndex.push_back(i);
                }
            }
            result.sentences.push_back(std::move(sa));
        }

        if (!toEmbed.empty()) {
            if (!stillWanted()) throw el::Error(el::ErrorCode::Cancelled, "superseded");
            el::EmbedOptions options;
            options.progress = [&](int64_t, int64_t) { return stillWanted(); };
            const el::FloatArray embeddings = model->embed(toEmbed, options);
            const int64_t dim = embeddings.rank() == 2 ? embeddings.dim(1) : 0;
            for (size_t k = 0; k < toEmbedIndex.size(); ++k) {
                SentenceAnalysis& sa = result.sentences[toEmbedIndex[k]];
                const float* row = embeddings.row(int64_t(k));
                sa.embedding.assign(row, row + dim);
                cache->insert(sa.text, CachedSentence{sa.encoding, sa.embedding});
            }
            result.computed = int(toEmbed.size());
        }

        std::vector<const std::vector<float>*> rows;
        for (int i = 0; i < result.sentences.size(); ++i) {
            if (result.sentences[i].embedding.empty()) continue;
            result.matrixRows.push_back(i);
            rows.push_back(&result.sentences[i].embedding);
        }
        const int64_t n = int64_t(rows.size());
        el::FloatArray m({n, n});
        for (int64_t a = 0; a < n; ++a) {
            for (int64_t b = 0; b < n; ++b) {
                const auto& va = *rows[size_t(a)];
                const auto& vb = *rows[size_t(b)];
                m.data[size_t(a * n + b)] =
                    va.size() == vb.size() ? el::cosine(va.data(), vb.data(), int64_t(va.size())) : 0.0f;
            }
        }
        result.similarity = std::move(m);
    });
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace elui
