#pragma once
// What one analysis request produces for the views: per sentence the tokens the model saw and the
// sentence embedding, and the cosine matrix over the non-blank sentences.

#include "EngineError.h"

#include "Encoding.h"
#include "FloatArray.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace elui {

struct SentenceAnalysis
{
    QString text;
    el::Encoding encoding;        // Model::tokenize(text): exactly what the forward pass consumed
    std::vector<float> embedding; // the model's sentence embedding; empty for blank sentences
};

struct AnalysisResult
{
    quint64 generation = 0;  // request number; results older than the latest request are dropped
    quint64 modelSerial = 0; // which loaded model produced it
    QList<SentenceAnalysis> sentences; // one per requested sentence, in request order
    QList<int> matrixRows;             // sentence index of each matrix row (blank ones are left out)
    el::FloatArray similarity;         // [n, n] cosine similarity of the matrixRows' embeddings
    double seconds = 0;                // wall time of the request on the worker
    int computed = 0;                  // sentences embedded now (the rest came from the cache)
    EngineError error;
};

} // namespace elui
