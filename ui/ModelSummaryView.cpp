#include "ModelSummaryView.h"

#include "Model.h"
#include "Pooling.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace elui {

ModelSummaryView::ModelSummaryView(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("modelSummary"));
    setColumnCount(2);
    setHeaderLabels({tr("Property"), tr("Value")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setRootIsDecorated(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUniformRowHeights(true);
    setWordWrap(false);
    clearModelInfo();
}

QTreeWidgetItem* ModelSummaryView::addRow(const QString& label, const QString& value, const QString& tip)
{
    auto* item = new QTreeWidgetItem(this, {label, value});
    item->setToolTip(1, tip.isEmpty() ? value : tip);
    return item;
}

void ModelSummaryView::clearModelInfo()
{
    clear();
    addRow(tr("Model"), tr("none loaded"));
}

void ModelSummaryView::setModelInfo(const el::ModelInfo& info)
{
    clear();
    const QLocale locale;
    auto count = [&](int64_t n) { return locale.toString(qlonglong(n)); };
    auto str = [](const std::string& s) { return QString::fromStdString(s); };

    addRow(tr("Name"), str(info.name));
    addRow(tr("Folder"), QString::fromStdString(info.folder.string()));
    QString arch = str(info.architecture);
    if (!info.modelType.empty()) arch = arch.isEmpty() ? str(info.modelType) : tr("%1 (%2)").arg(arch, str(info.modelType));
    addRow(tr("Architecture"), arch);
    addRow(tr("Layers"), count(info.layers));
    addRow(tr("Attention heads"), count(info.heads));
    addRow(tr("Hidden size"), count(info.hiddenSize));
    addRow(tr("Intermediate size"), count(info.intermediateSize));
    addRow(tr("Vocabulary"), count(info.vocabSize));
    addRow(tr("Max length"), tr("%1 tokens (%2 positions)").arg(count(info.maxLength), count(info.maxPositions)),
           tr("The length sentence-transformers truncates to (max_seq_length), and max_position_embeddings"));
    addRow(tr("Max input length"), tr("%1 tokens").arg(count(std::max(info.maxInputLength, info.maxLength))),
           tr("The longest input the position embeddings allow: the attention tab can inspect up to this"));
    addRow(tr("Embedding size"), count(info.embeddingDim));

    QStringList pooling;
    for (el::PoolingMode mode : info.declaredPooling) pooling.push_back(str(el::poolingName(mode)));
    QString poolingText = pooling.isEmpty() ? tr("none declared") : pooling.join(QStringLiteral(" + "));
    if (info.declaredNormalize) poolingText = tr("%1, then normalize").arg(poolingText);
    addRow(tr("Declared pooling"), poolingText);
    addRow(tr("Lowercases (sentence-transformers)"), info.doLowerCase ? tr("yes") : tr("no"),
           tr("sentence_bert_config.json do_lower_case; the tokenizer may also lowercase by itself"));
    addRow(tr("Tokenizer"), str(info.tokenizerKind));

    const double millions = double(info.parameters) / 1e6;
    addRow(tr("Parameters"), tr("%1 (%2 M)").arg(count(info.parameters), locale.toString(millions, 'f', 1)));
    addRow(tr("Stored dtype"), str(info.storedDtype));
    addRow(tr("Memory"), locale.formattedDataSize(info.memoryBytes),
           tr("Float32 weights held in memory: %1 bytes").arg(count(info.memoryBytes)));
    addRow(tr("Weights"), str(info.weightFile));
    addRow(tr("Load time"), tr("%1 s").arg(locale.toString(info.loadSeconds, 'f', 2)));

    if (info.notes.empty() && info.unusedWeights.empty())
        addRow(tr("Missing or ignored"), tr("nothing: every file and weight was used"));
    if (!info.notes.empty()) {
        auto* notes = addRow(tr("Missing, ignored or defaulted"), tr("%n note(s)", nullptr, int(info.notes.size())));
        for (const std::string& note : info.notes) {
            auto* item = new QTreeWidgetItem(notes, {QString(), str(note)});
            item->setToolTip(1, str(note));
        }
        notes->setExpanded(true);
    }
    if (!info.unusedWeights.empty()) {
        auto* unused = addRow(tr("Ignored weights"), tr("%n tensor(s) not used by the encoder", nullptr,
                                                        int(info.unusedWeights.size())));
        for (const std::string& name : info.unusedWeights) new QTreeWidgetItem(unused, {QString(), str(name)});
        unused->setExpanded(false);
    }
}

QString ModelSummaryView::valueOf(const QString& label) const
{
    const auto items = findItems(label, Qt::MatchExactly, 0);
    return items.isEmpty() ? QString() : items.first()->text(1);
}

} // namespace elui
