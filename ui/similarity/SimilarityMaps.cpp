#include "SimilarityMaps.h"

#include "ChartStyle.h"
#include "HiddenStatesStore.h"
#include "ViewExporter.h"

#include "EngineService.h"
#include "HeatmapView.h"
#include "SimilarityMatrixModel.h"

#include "Pooling.h"
#include "analysis/Clustering.h"
#include "analysis/NeighbourRanking.h"
#include "analysis/PoolingChoice.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QScatterSeries>
#include <QSplitter>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <algorithm>

namespace elui {

namespace {
QString shortText(const QString& s, int n = 50)
{
    return s.size() <= n ? s : s.left(n - 1) + QChar(0x2026);
}

QWidget* page(QLabel* caption, QWidget* body)
{
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    l->setContentsMargins(2, 2, 2, 2);
    caption->setWordWrap(true);
    l->addWidget(caption);
    l->addWidget(body, 1);
    return w;
}
} // namespace

SimilarityMaps::SimilarityMaps(EngineService* engine, QWidget* parent)
    : QWidget(parent), m_engine(engine),
      m_store(new HiddenStatesStore(engine, QStringLiteral("similarity-maps"), this)),
      m_orderBox(new QComboBox), m_layerBox(new QComboBox), m_sentenceCaption(new QLabel),
      m_sentenceView(new HeatmapView), m_sentenceModel(new SimilarityMatrixModel(this)),
      m_tokenCaption(new QLabel), m_tokenView(new HeatmapView), m_tokenModel(new SimilarityMatrixModel(this)),
      m_layerCaption(new QLabel), m_layerChart(new QChartView), m_layerModel(new QStandardItemModel(this))
{
    m_orderBox->addItem(tr("Input order"), int(Order::Original));
    m_orderBox->addItem(tr("Clustered (average linkage on 1 − cosine)"), int(Order::Clustered));
    m_layerBox->setToolTip(tr("Hidden state whose token embeddings the token map compares"));
    m_sentenceView->setModel(m_sentenceModel);
    m_tokenView->setModel(m_tokenModel);
    m_tokenView->setSquareCells(false);
    m_tokenView->setDecimals(2);
    m_layerChart->setRenderHint(QPainter::Antialiasing);
    m_layerChart->setMinimumHeight(160);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Order:")));
    controls->addWidget(m_orderBox);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Token layer:")));
    controls->addWidget(m_layerBox);
    controls->addStretch(1);

    m_sentencePage = page(m_sentenceCaption, m_sentenceView);
    m_tokenPage = page(m_tokenCaption, m_tokenView);
    m_layerPage = page(m_layerCaption, m_layerChart);
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(m_tokenPage);
    right->addWidget(m_layerPage);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_sentencePage);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    auto ready = [this] { return m_ready; };
    auto pairReady = [this] { return m_ready && !m_alignment.similarity.empty(); };
    m_exporters.push_back(
        new ViewExporter(tr("Sentence similarity"), QStringLiteral("sentence-similarity"),
                         {[this] { return m_sentencePage; }, [this] { return m_sentenceModel; },
                          [this] { return m_shownMatrix; }, ready},
                         this));
    m_exporters.push_back(new ViewExporter(tr("Token similarity of the pair"),
                                           QStringLiteral("token-similarity"),
                                           {[this] { return m_tokenPage; }, [this] { return m_tokenModel; },
                                            [this] { return m_alignment.similarity; }, pairReady},
                                           this));
    m_exporters.push_back(new ViewExporter(tr("Pair similarity across layers"),
                                           QStringLiteral("pair-similarity-by-layer"),
                                           {[this] { return m_layerPage; }, [this] { return m_layerModel; },
                                            [this] {
                                                el::FloatArray a({int64_t(m_layerSims.size())});
                                                a.data = m_layerSims;
                                                return a;
                                            },
                                            pairReady},
                                           this));
    m_exporters[0]->attachContextMenu(m_sentenceView);
    m_exporters[1]->attachContextMenu(m_tokenView);
    m_exporters[2]->attachContextMenu(m_layerChart);

    connect(m_store, &HiddenStatesStore::changed, this, &SimilarityMaps::recompute);
    connect(m_orderBox, &QComboBox::currentIndexChanged, this, &SimilarityMaps::recompute);
    connect(m_layerBox, &QComboBox::currentIndexChanged, this, [this] {
        m_tokenLayer = m_layerBox->currentData().toInt();
        updatePair();
        Q_EMIT updated();
    });
    connect(m_sentenceView, &HeatmapView::cellClicked, this, [this](int row, int column) {
        if (row < m_shownRows.size() && column < m_shownRows.size())
            setPair(m_shownRows[row], m_shownRows[column]);
    });
    connect(engine, &EngineService::modelLoaded, this, &SimilarityMaps::onModelLoaded);
    if (engine->hasModel()) onModelLoaded();
    recompute();
}

QList<QAction*> SimilarityMaps::exportActions() const
{
    return ViewExporter::menuActions(m_exporters);
}

ViewExporter* SimilarityMaps::exporter(View view) const
{
    return m_exporters.value(int(view));
}

void SimilarityMaps::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The chart's theme follows the palette (light/dark).
    if (event->type() == QEvent::PaletteChange && m_ready) updatePair();
}

void SimilarityMaps::onModelLoaded()
{
    const el::ModelInfo* info = m_engine->modelInfo();
    if (!info) return;
    m_layers = int(info->layers);
    const QSignalBlocker block(m_layerBox);
    m_layerBox->clear();
    m_layerBox->addItem(tr("Embeddings (0)"), 0);
    for (int l = 1; l <= m_layers; ++l)
        m_layerBox->addItem(l == m_layers ? tr("Layer %1 (last)").arg(l) : tr("Layer %1").arg(l), l);
    const int want = m_tokenLayer < 0 || m_tokenLayer > m_layers ? m_layers : m_tokenLayer;
    m_layerBox->setCurrentIndex(want);
    m_tokenLayer = want;
}

void SimilarityMaps::setSentences(const QStringList& sentences)
{
    m_sentences = sentences;
    m_store->setTexts(sentences);
    recompute();
}

void SimilarityMaps::setCurrentSentence(int index)
{
    if (m_current == index) return;
    m_current = index;
    if (!m_ready) return;
    m_sentenceView->setHighlightedRow(int(m_shownRows.indexOf(index)));
    if (m_rows.contains(index)) setPair(index, nearestTo(index));
}

void SimilarityMaps::setOrder(Order order)
{
    m_orderBox->setCurrentIndex(m_orderBox->findData(int(order)));
}

SimilarityMaps::Order SimilarityMaps::order() const
{
    return Order(m_orderBox->currentData().toInt());
}

void SimilarityMaps::setTokenLayer(int layer)
{
    const int index = m_layerBox->findData(layer < 0 ? m_layers : layer);
    if (index >= 0) m_layerBox->setCurrentIndex(index);
}

QString SimilarityMaps::sentenceLabel(int sentenceIndex) const
{
    return tr("S%1").arg(sentenceIndex + 1);
}

int SimilarityMaps::nearestTo(int sentenceIndex) const
{
    const int row = int(m_rows.indexOf(sentenceIndex));
    if (row < 0 || m_rows.size() < 2) return sentenceIndex;
    return m_rows[int(el::neighbourOrder(m_matrix, row).front())];
}

void SimilarityMaps::showPlaceholder(const QString& text)
{
    m_ready = false;
    m_placeholder = text;
    m_rows.clear();
    m_shownRows.clear();
    m_matrix = m_shownMatrix = {};
    m_sentenceModel->clear();
    m_sentenceView->setPlaceholderText(text);
    m_sentenceCaption->setText(tr("<b>Sentence similarity</b>"));
    showPairPlaceholder(text);
}

void SimilarityMaps::showPairPlaceholder(const QString& text)
{
    m_sentenceView->setSelectedCell(-1, -1);
    m_alignment = {};
    m_layerSims.clear();
    m_tokenModel->clear();
    m_tokenView->setPlaceholderText(text);
    m_tokenCaption->setText(tr("<b>Token similarity</b>"));
    m_layerCaption->setText(tr("<b>Pair similarity across layers</b>"));
    m_layerModel->clear();
    QChart* old = m_layerChart->chart();
    m_layerChart->setChart(new QChart);
    delete old;
}

void SimilarityMaps::recompute()
{
    if (!m_engine->hasModel()) return showPlaceholder(tr("Load a model to see similarity maps."));
    QList<int> rows;
    for (int i = 0; i < m_sentences.size(); ++i)
        if (!m_sentences[i].trimmed().isEmpty()) rows.push_back(i);
    if (rows.isEmpty()) return showPlaceholder(tr("Add sentences in the workbench to see similarity maps."));
    if (!m_store->errorText().isEmpty()) return showPlaceholder(m_store->errorText());
    if (!m_store->isComplete()) {
        // While an edited sentence is computed the previous maps stay on screen (no flicker).
        if (!m_ready) showPlaceholder(tr("Computing the hidden states…"));
        return;
    }
    m_shown = m_sentences;
    m_rows = rows;

    const el::ModelInfo* info = m_engine->modelInfo();
    const el::PoolingChoice declared = el::declaredChoice(info->declaredPooling, info->declaredNormalize);
    std::vector<std::vector<float>> vectors;
    for (int row : m_rows) {
        const auto states = m_store->find(m_shown[row]);
        vectors.push_back(
            el::poolHiddenStates(states->hiddenStates, states->encoding.specialTokensMask, declared));
    }
    m_matrix = el::cosineMatrix(el::stackRows(vectors));
    std::vector<int64_t> order(m_rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int64_t(i);
    if (this->order() == Order::Clustered && m_rows.size() > 2)
        order = el::averageLinkage(el::similarityToDistance(m_matrix)).order;
    m_shownMatrix = el::permuteSquare(m_matrix, order);
    m_shownRows.clear();
    QStringList labels, texts;
    for (int64_t i : order) {
        const int s = m_rows[int(i)];
        m_shownRows.push_back(s);
        labels << sentenceLabel(s);
        texts << m_shown[s];
    }
    m_ready = true;
    m_placeholder.clear();
    m_sentenceModel->setMatrix(m_shownMatrix, labels, texts);
    m_sentenceView->setRange(-1.0, 1.0, ColorMap::Kind::Diverging);
    m_sentenceView->setHighlightedRow(int(m_shownRows.indexOf(m_current)));
    m_sentenceCaption->setText(
        tr("<b>Sentence similarity</b> — cosine of the model's sentence embeddings (%1); %2. Click a cell to "
           "compare that pair token by token.")
            .arg(QString::fromStdString(el::poolingName(declared.modes.front())),
                 order == std::vector<int64_t>() || this->order() == Order::Original
                     ? tr("input order")
                     : tr("clustered order")));

    if (!m_rows.contains(m_pairA) || !m_rows.contains(m_pairB)) {
        const int first = m_rows.contains(m_current) ? m_current : m_rows.front();
        m_pairA = first;
        m_pairB = nearestTo(first);
    }
    updatePair();
    Q_EMIT updated();
}

void SimilarityMaps::setPair(int first, int second)
{
    if (!m_rows.contains(first) || !m_rows.contains(second)) return;
    m_pairA = first;
    m_pairB = second;
    updatePair();
    Q_EMIT updated();
}

void SimilarityMaps::updatePair()
{
    if (!m_ready) return;
    const auto a = m_store->find(m_shown.value(m_pairA));
    const auto b = m_store->find(m_shown.value(m_pairB));
    if (!a || !b)
        return showPairPlaceholder(tr("Click a cell of the sentence map to compare two sentences."));

    m_sentenceView->setSelectedCell(int(m_shownRows.indexOf(m_pairA)), int(m_shownRows.indexOf(m_pairB)));
    el::PoolingChoice layerChoice;
    layerChoice.layer = m_tokenLayer;
    m_alignment = el::alignTokens(el::choiceLayerStates(a->hiddenStates, layerChoice),
                                  el::choiceLayerStates(b->hiddenStates, layerChoice));
    auto tokenLabels = [](const el::Encoding& e) {
        QStringList out;
        for (const std::string& t : e.tokens)
            out << QString::fromStdString(t);
        return out;
    };
    auto tokenTexts = [](const el::Encoding& e, const QString& label) {
        QStringList out;
        for (size_t i = 0; i < e.size(); ++i)
            out << tr("%1, token %2").arg(label).arg(i);
        return out;
    };
    const QString la = sentenceLabel(m_pairA), lb = sentenceLabel(m_pairB);
    m_tokenModel->setRectangular(m_alignment.similarity, tokenLabels(a->encoding), tokenLabels(b->encoding),
                                 tokenTexts(a->encoding, la), tokenTexts(b->encoding, lb));
    const int64_t rows = m_alignment.similarity.dim(0), cols = m_alignment.similarity.dim(1);
    std::vector<quint8> marks(size_t(rows * cols), 0);
    for (int64_t i = 0; i < rows; ++i)
        marks[size_t(i * cols + m_alignment.bestForRow[size_t(i)])] |= HeatmapView::RowBest;
    for (int64_t j = 0; j < cols; ++j)
        marks[size_t(m_alignment.bestForColumn[size_t(j)] * cols + j)] |= HeatmapView::ColumnBest;
    m_tokenModel->setMarks(std::move(marks));
    m_tokenView->setRange(-1.0, 1.0, ColorMap::Kind::Diverging);
    const QString layerName = m_tokenLayer == 0 ? tr("embedding output") : tr("layer %1").arg(m_tokenLayer);
    m_tokenCaption->setText(
        tr("<b>Token similarity</b> — rows %1 “%2”, columns %3 “%4”, %5. Dot: the row's best "
           "match; frame: the column's best match; both: mutual (%6 pairs).")
            .arg(la, shortText(m_shown[m_pairA]).toHtmlEscaped(), lb,
                 shortText(m_shown[m_pairB]).toHtmlEscaped(), layerName)
            .arg(m_alignment.mutual.size()));

    // The pair across layers, with the declared pooling at every hidden state.
    const el::ModelInfo* info = m_engine->modelInfo();
    el::PoolingChoice c = el::declaredChoice(info->declaredPooling, info->declaredNormalize);
    m_layerSims.clear();
    m_layerModel->clear();
    m_layerModel->setHorizontalHeaderLabels({tr("layer"), tr("cosine")});
    const int64_t states = a->hiddenStates.dim(0);
    for (int64_t l = 0; l < states; ++l) {
        c.layer = l;
        const auto va = el::poolHiddenStates(a->hiddenStates, a->encoding.specialTokensMask, c);
        const auto vb = el::poolHiddenStates(b->hiddenStates, b->encoding.specialTokensMask, c);
        const float s = el::cosine(va.data(), vb.data(), int64_t(va.size()));
        m_layerSims.push_back(s);
        auto* layer = new QStandardItem;
        layer->setData(int(l), Qt::DisplayRole);
        auto* value = new QStandardItem;
        value->setData(double(s), Qt::DisplayRole);
        m_layerModel->appendRow({layer, value});
    }
    m_layerCaption->setText(
        tr("<b>%1 × %2 across layers</b> — cosine of the declared pooling (%3) at each hidden "
           "state (0 = embedding output).")
            .arg(la, lb, QString::fromStdString(el::poolingName(c.modes.front()))));
    auto* chart = new QChart;
    applyPaletteTheme(chart, palette());
    auto* line = new QLineSeries;
    line->setName(tr("%1 × %2").arg(la, lb));
    auto* mapper = new QVXYModelMapper(line);
    mapper->setXColumn(0);
    mapper->setYColumn(1);
    mapper->setModel(m_layerModel);
    mapper->setSeries(line);
    line->setPointsVisible(true);
    chart->addSeries(line);
    // The hidden state the token map shows.
    auto* marker = new QScatterSeries;
    marker->setName(tr("token map layer"));
    marker->setMarkerSize(13);
    const int shownLayer = m_tokenLayer < 0 ? int(states - 1) : std::min(m_tokenLayer, int(states - 1));
    marker->append(shownLayer, double(m_layerSims[size_t(shownLayer)]));
    chart->addSeries(marker);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, double(std::max<int64_t>(1, states - 1)));
    axisX->setTickCount(int(std::min<int64_t>(states, 13)));
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTitleText(tr("layer"));
    auto* axisY = new QValueAxis;
    const auto [lo, hi] = std::minmax_element(m_layerSims.begin(), m_layerSims.end());
    axisY->setRange(std::max(-1.0, double(*lo) - 0.05), std::min(1.0, double(*hi) + 0.05));
    axisY->applyNiceNumbers();
    axisY->setTitleText(tr("cosine"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    line->attachAxis(axisX);
    line->attachAxis(axisY);
    marker->attachAxis(axisX);
    marker->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart* old = m_layerChart->chart();
    m_layerChart->setChart(chart);
    delete old;
}

} // namespace elui
