#include "PoolingLab.h"

#include "PoolingChoiceEditor.h"

#include "EngineService.h"
#include "HeatmapView.h"
#include "SimilarityMatrixModel.h"
#include "similarity/ChartStyle.h"
#include "similarity/HiddenStatesStore.h"
#include "ViewExporter.h"

#include "analysis/NeighbourRanking.h"
#include "analysis/PoolingContributions.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace elui {

namespace {
QLabel* captionLabel()
{
    auto* l = new QLabel;
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    return l;
}

QString shortText(const QString& s, int n = 60)
{
    return s.size() <= n ? s : s.left(n - 1) + QChar(0x2026);
}

} // namespace

PoolingLab::PoolingLab(EngineService* engine, QWidget* parent)
    : QWidget(parent), m_engine(engine),
      m_store(new HiddenStatesStore(engine, QStringLiteral("pooling-lab"), this)),
      m_editor1(new PoolingChoiceEditor(tr("Choice 1"))), m_editor2(new PoolingChoiceEditor(tr("Choice 2"))),
      m_metric(new QComboBox), m_declaredLabel(new QLabel), m_warning(new QLabel), m_tabs(new QTabWidget),
      m_heat1(new HeatmapView), m_heat2(new HeatmapView), m_heatDiff(new HeatmapView),
      m_caption1(captionLabel()), m_caption2(captionLabel()), m_captionDiff(captionLabel()),
      m_model1(new SimilarityMatrixModel(this)), m_model2(new SimilarityMatrixModel(this)),
      m_modelDiff(new SimilarityMatrixModel(this)), m_matricesTable(new QStandardItemModel(this)),
      m_neighbourTitle(new QLabel), m_neighbourSummary(new QLabel), m_neighbourView(new QTableView),
      m_neighbours(new QStandardItemModel(this)), m_driverTitle(new QLabel), m_driverChart(new QChartView),
      m_drivers(new QStandardItemModel(this))
{
    m_metric->addItem(tr("Cosine similarity"), int(Metric::Cosine));
    m_metric->addItem(tr("Dot product"), int(Metric::Dot));
    m_metric->setToolTip(tr("Cosine ignores the vectors' lengths; the dot product sees normalisation"));
    m_declaredLabel->setWordWrap(true);
    m_declaredLabel->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("poolingWarning"));
    m_warning->setStyleSheet(
        QStringLiteral("QLabel#poolingWarning { background: #fff3cd; color: #664d03; "
                       "border: 1px solid #ffe69c; border-radius: 4px; padding: 4px; }"));
    m_warning->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_declaredLabel, 1);
    top->addWidget(new QLabel(tr("Similarity:")));
    top->addWidget(m_metric);
    auto* editors = new QHBoxLayout;
    editors->addWidget(m_editor1, 1);
    editors->addWidget(m_editor2, 1);

    // Matrices: choice 1, choice 2, difference.
    m_matricesPage = new QWidget;
    auto* grid = new QGridLayout(m_matricesPage);
    const QList<QPair<HeatmapView*, QLabel*>> heatmaps = {
        {m_heat1, m_caption1}, {m_heat2, m_caption2}, {m_heatDiff, m_captionDiff}};
    for (int i = 0; i < heatmaps.size(); ++i) {
        grid->addWidget(heatmaps[i].second, 0, i);
        grid->addWidget(heatmaps[i].first, 1, i);
        grid->setColumnStretch(i, 1);
    }
    grid->setRowStretch(1, 1);
    m_heat1->setModel(m_model1);
    m_heat2->setModel(m_model2);
    m_heatDiff->setModel(m_modelDiff);
    m_modelDiff->setValueName(tr("difference"));

    m_neighbourPage = new QWidget;
    auto* nl = new QVBoxLayout(m_neighbourPage);
    m_neighbourTitle->setWordWrap(true);
    m_neighbourSummary->setWordWrap(true);
    nl->addWidget(m_neighbourTitle);
    nl->addWidget(m_neighbourView, 1);
    nl->addWidget(m_neighbourSummary);
    m_neighbourView->setModel(m_neighbours);
    m_neighbourView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_neighbourView->verticalHeader()->hide();
    m_neighbourView->horizontalHeader()->setStretchLastSection(false);
    m_neighbourView->setWordWrap(false);

    m_driverPage = new QWidget;
    auto* dl = new QVBoxLayout(m_driverPage);
    m_driverTitle->setWordWrap(true);
    dl->addWidget(m_driverTitle);
    dl->addWidget(m_driverChart, 1);
    m_driverChart->setRenderHint(QPainter::Antialiasing);
    m_driverChart->setMinimumHeight(200);

    m_tabs->addTab(m_matricesPage, tr("Similarity matrices"));
    m_tabs->addTab(m_neighbourPage, tr("Nearest sentences"));
    m_tabs->addTab(m_driverPage, tr("Token drivers"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(editors);
    layout->addWidget(m_warning);
    layout->addWidget(m_tabs, 1);

    // Exports, one per view.
    auto ready = [this] { return m_ready; };
    m_exporters.push_back(new ViewExporter(
        tr("Pooling similarity matrices"), QStringLiteral("pooling-matrices"),
        {[this] { return m_matricesPage; }, [this] { return m_matricesTable; },
         [this] {
             // [3, n, n]: choice 1, choice 2, difference.
             const int64_t n = m_matrix1.rank() == 2 ? m_matrix1.dim(0) : 0;
             el::FloatArray out({3, n, n});
             if (n == 0) return el::FloatArray();
             std::copy(m_matrix1.data.begin(), m_matrix1.data.end(), out.data.begin());
             std::copy(m_matrix2.data.begin(), m_matrix2.data.end(), out.data.begin() + n * n);
             std::copy(m_difference.data.begin(), m_difference.data.end(), out.data.begin() + 2 * n * n);
             return out;
         },
         ready},
        this));
    m_exporters.push_back(new ViewExporter(
        tr("Nearest sentences"), QStringLiteral("pooling-neighbours"),
        {[this] { return m_neighbourPage; }, [this] { return m_neighbours; }, {}, ready}, this));
    m_exporters.push_back(
        new ViewExporter(tr("Token drivers"), QStringLiteral("pooling-token-drivers"),
                         {[this] { return m_driverPage; }, [this] { return m_drivers; },
                          [this] {
                              // [tokens, 2]: each token's share under choice 1 and choice 2.
                              const int rows = m_drivers->rowCount();
                              if (rows == 0) return el::FloatArray();
                              el::FloatArray out({rows, 2});
                              for (int r = 0; r < rows; ++r)
                                  for (int c = 0; c < 2; ++c)
                                      out.data[size_t(r * 2 + c)] =
                                          float(m_drivers->item(r, c + 1)->data(Qt::DisplayRole).toDouble());
                              return out;
                          },
                          ready},
                         this));
    m_exporters[0]->attachContextMenu(m_heat1);
    m_exporters[0]->attachContextMenu(m_heat2);
    m_exporters[0]->attachContextMenu(m_heatDiff);
    m_exporters[1]->attachContextMenu(m_neighbourView);
    m_exporters[2]->attachContextMenu(m_driverChart);

    connect(m_store, &HiddenStatesStore::changed, this, &PoolingLab::recompute);
    connect(m_editor1, &PoolingChoiceEditor::changed, this, &PoolingLab::recompute);
    connect(m_editor2, &PoolingChoiceEditor::changed, this, &PoolingLab::recompute);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &PoolingLab::recompute);
    connect(engine, &EngineService::modelLoaded, this, &PoolingLab::onModelLoaded);
    if (engine->hasModel()) onModelLoaded();
    recompute();
}

QList<QAction*> PoolingLab::exportActions() const
{
    return ViewExporter::menuActions(m_exporters);
}

ViewExporter* PoolingLab::exporter(View view) const
{
    return m_exporters.value(int(view));
}

void PoolingLab::setCurrentView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

void PoolingLab::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The chart's theme follows the palette (light/dark).
    if (event->type() == QEvent::PaletteChange && m_ready) updateDrivers();
}

void PoolingLab::onModelLoaded()
{
    const el::ModelInfo* info = m_engine->modelInfo();
    if (!info) return;
    m_layers = int(info->layers);
    m_editor1->setModel(m_layers, info->declaredPooling, info->declaredNormalize);
    m_editor2->setModel(m_layers, info->declaredPooling, info->declaredNormalize);
    // Choice 2 starts as the most common alternative: cls when mean is declared, else mean.
    el::PoolingChoice other = m_editor2->declared();
    const bool declaredMean = other.modes == std::vector<el::PoolingMode>{el::PoolingMode::Mean};
    other.modes = {declaredMean ? el::PoolingMode::Cls : el::PoolingMode::Mean};
    m_editor1->setChoice(m_editor1->declared());
    m_editor2->setChoice(other);
    if (m_pendingChoices) {
        // The choices remembered from the last run apply to the first model loaded.
        const QVariantMap state = std::move(*m_pendingChoices);
        m_pendingChoices.reset();
        restoreChoices(state);
    }
}

void PoolingLab::setSentences(const QStringList& sentences)
{
    m_sentences = sentences;
    m_store->setTexts(sentences);
    recompute();
}

void PoolingLab::setCurrentSentence(int index)
{
    if (m_current == index) return;
    m_current = index;
    if (m_ready) {
        m_heat1->setHighlightedRow(currentRow());
        m_heat2->setHighlightedRow(currentRow());
        m_heatDiff->setHighlightedRow(currentRow());
        updateNeighbours();
        updateDrivers();
        Q_EMIT updated();
    }
}

QString PoolingLab::sentenceLabel(int sentenceIndex) const
{
    return tr("S%1").arg(sentenceIndex + 1);
}

int PoolingLab::currentRow() const
{
    const int row = int(m_rows.indexOf(m_current));
    return row >= 0 ? row : (m_rows.isEmpty() ? -1 : 0);
}

el::FloatArray PoolingLab::similarity(const el::FloatArray& vectors) const
{
    return Metric(m_metric->currentData().toInt()) == Metric::Dot ? el::dotMatrix(vectors)
                                                                  : el::cosineMatrix(vectors);
}

QString PoolingLab::warningText() const
{
    return m_warning->isVisible() || !m_warning->text().isEmpty() ? m_warning->text() : QString();
}

void PoolingLab::showPlaceholder(const QString& text)
{
    m_ready = false;
    m_placeholder = text;
    m_rows.clear();
    m_vectors1 = m_vectors2 = m_matrix1 = m_matrix2 = m_difference = {};
    for (SimilarityMatrixModel* m : {m_model1, m_model2, m_modelDiff})
        m->clear();
    for (HeatmapView* h : {m_heat1, m_heat2, m_heatDiff})
        h->setPlaceholderText(text);
    for (QLabel* l : {m_caption1, m_caption2, m_captionDiff})
        l->clear();
    m_matricesTable->clear();
    m_neighbours->clear();
    m_drivers->clear();
    m_neighbourTitle->setText(text);
    m_neighbourSummary->clear();
    m_driverTitle->setText(text);
    m_driverChart->setChart(new QChart);
}

void PoolingLab::updateWarning()
{
    const el::ModelInfo* info = m_engine->modelInfo();
    if (!info) {
        m_declaredLabel->setText(tr("No model loaded."));
        m_warning->clear();
        m_warning->hide();
        return;
    }
    m_declaredLabel->setText(
        tr("Declared by the model: %1.").arg(PoolingChoiceEditor::describe(m_editor1->declared(), m_layers)));
    QStringList warnings;
    if (info->declaredPooling.empty())
        warnings << tr("The model declares no pooling; the lab takes mean pooling as its declared choice.");
    if (!m_editor1->isDeclared() && !m_editor2->isDeclared())
        warnings << tr(
            "Neither choice is the model's declared pooling: neither gives its sentence embeddings.");
    else if (!m_editor1->isDeclared())
        warnings << tr("Choice 1 is not the model's declared pooling: its vectors are not the model's "
                       "sentence embeddings.");
    else if (!m_editor2->isDeclared())
        warnings << tr("Choice 2 is not the model's declared pooling: its vectors are not the model's "
                       "sentence embeddings.");
    // A Dense stage changes the embedding size; the lab pools the encoder's output only.
    const int64_t pooledDim = info->hiddenSize * int64_t(std::max<size_t>(1, info->declaredPooling.size()));
    if (info->embeddingDim != 0 && info->embeddingDim != pooledDim)
        warnings << tr("This model applies a Dense stage after pooling (%1 → %2 dimensions), which the lab "
                       "does not "
                       "apply.")
                        .arg(pooledDim)
                        .arg(info->embeddingDim);
    m_warning->setText(warnings.join(QLatin1Char(' ')));
    m_warning->setVisible(!warnings.isEmpty());
}

void PoolingLab::recompute()
{
    updateWarning();
    m_caption1->setText(QString());
    if (!m_engine->hasModel()) return showPlaceholder(tr("Load a model to compare pooling choices."));
    QList<int> rows;
    for (int i = 0; i < m_sentences.size(); ++i)
        if (!m_sentences[i].trimmed().isEmpty()) rows.push_back(i);
    if (rows.isEmpty())
        return showPlaceholder(tr("Add sentences in the workbench to compare pooling choices."));
    if (!m_store->errorText().isEmpty()) return showPlaceholder(m_store->errorText());
    if (!m_store->isComplete()) {
        // While an edited sentence is computed the previous result stays on screen (no flicker).
        if (!m_ready) showPlaceholder(tr("Computing the hidden states…"));
        return;
    }
    m_shown = m_sentences;
    m_rows = rows;

    const el::PoolingChoice c1 = m_editor1->choice();
    const el::PoolingChoice c2 = m_editor2->choice();
    std::vector<std::vector<float>> v1, v2;
    for (int row : m_rows) {
        const auto states = m_store->find(m_shown[row]);
        v1.push_back(el::poolHiddenStates(states->hiddenStates, states->encoding.specialTokensMask, c1));
        v2.push_back(el::poolHiddenStates(states->hiddenStates, states->encoding.specialTokensMask, c2));
    }
    m_vectors1 = el::stackRows(v1);
    m_vectors2 = el::stackRows(v2);
    m_matrix1 = similarity(m_vectors1);
    m_matrix2 = similarity(m_vectors2);
    m_difference = m_matrix2;
    float maxAbs = 0, maxValue = 0;
    for (size_t i = 0; i < m_difference.data.size(); ++i) {
        m_difference.data[i] = m_matrix2.data[i] - m_matrix1.data[i];
        maxAbs = std::max(maxAbs, std::abs(m_difference.data[i]));
        maxValue = std::max({maxValue, std::abs(m_matrix1.data[i]), std::abs(m_matrix2.data[i])});
    }
    m_ready = true;
    m_placeholder.clear();

    QStringList labels, texts;
    for (int row : m_rows) {
        labels << sentenceLabel(row);
        texts << m_shown[row];
    }
    const bool dot = Metric(m_metric->currentData().toInt()) == Metric::Dot;
    const QString valueName = dot ? tr("dot product") : tr("cosine");
    m_model1->setValueName(valueName);
    m_model2->setValueName(valueName);
    m_model1->setMatrix(m_matrix1, labels, texts);
    m_model2->setMatrix(m_matrix2, labels, texts);
    m_modelDiff->setMatrix(m_difference, labels, texts);
    const double range = dot ? std::max(1e-6f, maxValue) : 1.0;
    m_heat1->setRange(-range, range, ColorMap::Kind::Diverging);
    m_heat2->setRange(-range, range, ColorMap::Kind::Diverging);
    const double diffRange = std::max(0.01f, maxAbs);
    m_heatDiff->setRange(-diffRange, diffRange, ColorMap::Kind::Diverging);
    m_heatDiff->setDecimals(diffRange < 0.1 ? 3 : 2);
    const int decimals = dot && range >= 10 ? 1 : 2;
    m_heat1->setDecimals(decimals);
    m_heat2->setDecimals(decimals);
    m_caption1->setText(tr("<b>Choice 1</b>%1<br>%2")
                            .arg(m_editor1->isDeclared() ? tr(" (declared)") : QString(),
                                 PoolingChoiceEditor::describe(c1, m_layers).toHtmlEscaped()));
    m_caption2->setText(tr("<b>Choice 2</b>%1<br>%2")
                            .arg(m_editor2->isDeclared() ? tr(" (declared)") : QString(),
                                 PoolingChoiceEditor::describe(c2, m_layers).toHtmlEscaped()));
    m_captionDiff->setText(tr("<b>Difference</b><br>choice 2 − choice 1 (largest change %1)")
                               .arg(QLocale().toString(double(maxAbs), 'f', 3)));
    for (HeatmapView* h : {m_heat1, m_heat2, m_heatDiff})
        h->setHighlightedRow(currentRow());

    // The numbers of the matrices view: one block per matrix.
    m_matricesTable->clear();
    QStringList header = {tr("matrix"), tr("sentence")};
    header << labels;
    m_matricesTable->setHorizontalHeaderLabels(header);
    const QStringList names = {tr("choice 1"), tr("choice 2"), tr("difference")};
    const el::FloatArray* mats[] = {&m_matrix1, &m_matrix2, &m_difference};
    const int n = int(m_rows.size());
    for (int m = 0; m < 3; ++m)
        for (int r = 0; r < n; ++r) {
            QList<QStandardItem*> items = {new QStandardItem(names[m]), new QStandardItem(labels[r])};
            for (int c = 0; c < n; ++c) {
                auto* item = new QStandardItem;
                item->setData(double(mats[m]->data[size_t(r * n + c)]), Qt::DisplayRole);
                items << item;
            }
            m_matricesTable->appendRow(items);
        }

    updateNeighbours();
    updateDrivers();
    Q_EMIT updated();
}

void PoolingLab::updateNeighbours()
{
    m_neighbours->clear();
    const int row = currentRow();
    if (!m_ready || row < 0) return;
    const int n = int(m_rows.size());
    const bool dot = Metric(m_metric->currentData().toInt()) == Metric::Dot;
    const QString metric = dot ? tr("dot") : tr("cosine");
    m_neighbours->setHorizontalHeaderLabels({tr("Sentence"), tr("Rank (choice 1)"),
                                             tr("%1 (choice 1)").arg(metric), tr("Rank (choice 2)"),
                                             tr("%1 (choice 2)").arg(metric), tr("Change"), tr("Text")});
    const std::vector<int64_t> order1 = el::neighbourOrder(m_matrix1, row);
    const std::vector<int64_t> ranks2 = el::neighbourRanks(m_matrix2, row);
    const QColor up(0x1a, 0x7f, 0x37), down(0xc0, 0x39, 0x2b);
    for (size_t k = 0; k < order1.size(); ++k) {
        const int j = int(order1[k]);
        const int r1 = int(k) + 1;
        const int r2 = int(ranks2[size_t(j)]);
        auto* label = new QStandardItem(sentenceLabel(m_rows[j]));
        auto* rank1 = new QStandardItem;
        rank1->setData(r1, Qt::DisplayRole);
        auto* sim1 = new QStandardItem;
        sim1->setData(double(m_matrix1.data[size_t(row * n + j)]), Qt::DisplayRole);
        auto* rank2 = new QStandardItem;
        rank2->setData(r2, Qt::DisplayRole);
        auto* sim2 = new QStandardItem;
        sim2->setData(double(m_matrix2.data[size_t(row * n + j)]), Qt::DisplayRole);
        QString change = r2 < r1 ? tr("▲ %1").arg(r1 - r2) : r2 > r1 ? tr("▼ %1").arg(r2 - r1) : tr("=");
        if (r1 <= kTopK && r2 > kTopK) change += tr(" (leaves top %1)").arg(kTopK);
        if (r1 > kTopK && r2 <= kTopK) change += tr(" (enters top %1)").arg(kTopK);
        auto* changeItem = new QStandardItem(change);
        if (r2 != r1) changeItem->setForeground(r2 < r1 ? up : down);
        auto* text = new QStandardItem(shortText(m_shown[m_rows[j]], 80));
        text->setToolTip(m_shown[m_rows[j]]);
        QList<QStandardItem*> items = {label, rank1, sim1, rank2, sim2, changeItem, text};
        if (r1 <= kTopK || r2 <= kTopK)
            for (QStandardItem* it : items) {
                QFont f = it->font();
                f.setBold(true);
                it->setFont(f);
            }
        m_neighbours->appendRow(items);
    }
    m_neighbourView->resizeColumnsToContents();
    m_neighbourTitle->setText(tr("Nearest sentences to %1 “%2” under each choice (top %3 in bold):")
                                  .arg(sentenceLabel(m_rows[row]), shortText(m_shown[m_rows[row]]))
                                  .arg(kTopK));
    // How often the top-k sets differ over all sentences.
    int differ = 0;
    for (int i = 0; i < n; ++i) {
        auto a = el::neighbourOrder(m_matrix1, i);
        auto b = el::neighbourOrder(m_matrix2, i);
        a.resize(std::min<size_t>(a.size(), kTopK));
        b.resize(std::min<size_t>(b.size(), kTopK));
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        differ += a != b;
    }
    m_neighbourSummary->setText(tr("The top-%1 neighbours differ between the choices for %2 of %3 sentences.")
                                    .arg(kTopK)
                                    .arg(differ)
                                    .arg(n));
}

void PoolingLab::updateDrivers()
{
    m_drivers->clear();
    const int row = currentRow();
    if (!m_ready || row < 0) return;
    const auto states = m_store->find(m_shown[m_rows[row]]);
    if (!states) return; // dropped from the store while newer sentences are computed
    const el::Encoding& enc = states->encoding;
    const el::PoolingChoice choices[2] = {m_editor1->choice(), m_editor2->choice()};
    m_drivers->setHorizontalHeaderLabels({tr("Token"), tr("Choice 1"), tr("Choice 2")});
    std::vector<double> shares[2];
    QStringList notes;
    for (int k = 0; k < 2; ++k) {
        const el::PoolingChoice& c = choices[k];
        shares[k].assign(enc.size(), 0.0);
        const auto kept =
            el::pooledTokenIndices(enc.specialTokensMask, int64_t(enc.size()), c.includeSpecialTokens);
        if (kept.empty()) continue;
        const el::FloatArray x = el::selectRows(el::choiceLayerStates(states->hiddenStates, c), kept);
        const el::TokenContributions tc = el::poolingContributions(x, c.modes.front());
        for (size_t i = 0; i < kept.size(); ++i)
            shares[k][size_t(kept[i])] = tc.share[i];
        const QString mode = QString::fromStdString(el::poolingName(c.modes.front()));
        QString note =
            c.modes.front() == el::PoolingMode::Max
                ? tr("choice %1 (max): share of the %2 dimensions each token wins").arg(k + 1).arg(x.dim(1))
            : (c.modes.front() == el::PoolingMode::Cls || c.modes.front() == el::PoolingMode::LastToken)
                ? tr("choice %1 (%2): the one token taken").arg(k + 1).arg(mode)
                : tr("choice %1 (%2): each token's part of the pooled vector, projected on it")
                      .arg(k + 1)
                      .arg(mode);
        if (c.modes.size() > 1) note += tr(" — first of its modes only");
        notes << note;
    }
    QStringList categories;
    for (size_t t = 0; t < enc.size(); ++t) {
        const QString token = QString::fromStdString(enc.tokens[t]);
        categories << token;
        auto* label = new QStandardItem(token);
        QList<QStandardItem*> items = {label};
        for (int k = 0; k < 2; ++k) {
            auto* item = new QStandardItem;
            item->setData(100.0 * shares[k][t], Qt::DisplayRole);
            items << item;
        }
        m_drivers->appendRow(items);
    }
    m_driverTitle->setText(tr("Which tokens drive the pooled vector of %1 “%2” (%3).")
                               .arg(sentenceLabel(m_rows[row]), shortText(m_shown[m_rows[row]]),
                                    notes.join(QStringLiteral("; "))));

    auto* chart = new QChart;
    applyPaletteTheme(chart, palette());
    auto* series = new QBarSeries;
    for (int k = 0; k < 2; ++k) {
        auto* set = new QBarSet(tr("Choice %1: %2")
                                    .arg(k + 1)
                                    .arg(QString::fromStdString(el::poolingName(choices[k].modes.front()))));
        for (int r = 0; r < m_drivers->rowCount(); ++r)
            set->append(m_drivers->item(r, k + 1)->data(Qt::DisplayRole).toDouble());
        series->append(set);
    }
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsAngle(categories.size() > 12 ? -60 : 0);
    auto* axisY = new QValueAxis;
    double lo = 0, hi = 0;
    for (int k = 0; k < 2; ++k)
        for (double s : shares[k]) {
            lo = std::min(lo, 100.0 * s);
            hi = std::max(hi, 100.0 * s);
        }
    axisY->setRange(lo, std::max(hi, 1.0));
    axisY->applyNiceNumbers();
    axisY->setTitleText(tr("share of the pooled vector (%)"));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart* old = m_driverChart->chart();
    m_driverChart->setChart(chart);
    delete old;
}

namespace {
QVariantMap choiceToMap(const el::PoolingChoice& c)
{
    QStringList modes;
    for (el::PoolingMode m : c.modes) modes << QString::fromStdString(el::poolingName(m));
    return {{QStringLiteral("modes"), modes},
            {QStringLiteral("layer"), qlonglong(c.layer)},
            {QStringLiteral("lastLayers"), qlonglong(c.lastLayers)},
            {QStringLiteral("specialTokens"), c.includeSpecialTokens},
            {QStringLiteral("normalize"), c.normalize}};
}

std::optional<el::PoolingChoice> choiceFromMap(const QVariantMap& m)
{
    el::PoolingChoice c;
    c.modes.clear();
    for (const QString& name : m.value(QStringLiteral("modes")).toStringList())
        if (auto mode = el::poolingFromName(name.toStdString())) c.modes.push_back(*mode);
    if (c.modes.empty()) return std::nullopt;
    c.layer = m.value(QStringLiteral("layer"), -1).toLongLong();
    c.lastLayers = std::max<qlonglong>(0, m.value(QStringLiteral("lastLayers"), 0).toLongLong());
    c.includeSpecialTokens = m.value(QStringLiteral("specialTokens"), true).toBool();
    c.normalize = m.value(QStringLiteral("normalize"), false).toBool();
    return c;
}
} // namespace

QVariantMap PoolingLab::saveChoices() const
{
    return {{QStringLiteral("choice1"), choiceToMap(m_editor1->choice())},
            {QStringLiteral("choice2"), choiceToMap(m_editor2->choice())},
            {QStringLiteral("metric"), m_metric->currentIndex()}};
}

void PoolingLab::restoreChoices(const QVariantMap& state)
{
    if (!m_engine->modelInfo()) {
        m_pendingChoices = state; // applied when a model has loaded (its layers bound the choice)
        return;
    }
    if (auto c = choiceFromMap(state.value(QStringLiteral("choice1")).toMap())) m_editor1->setChoice(*c);
    if (auto c = choiceFromMap(state.value(QStringLiteral("choice2")).toMap())) m_editor2->setChoice(*c);
    const int metric = state.value(QStringLiteral("metric"), -1).toInt();
    if (metric >= 0 && metric < m_metric->count()) m_metric->setCurrentIndex(metric);
}

} // namespace elui
