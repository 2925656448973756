#include "AttentionExplorer.h"

#include "AttentionControls.h"
#include "AttentionFigure.h"
#include "AttentionHeadSwatches.h"
#include "AttentionHeadView.h"
#include "AttentionHeatmap.h"
#include "AttentionImage.h"
#include "AttentionModelView.h"

#include "Error.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace elui {

namespace {
// Rollouts cheaper than this many multiply-adds run on the GUI thread (~5 ms); larger ones on
// the thread pool. 512 tokens x 6 layers is ~6.7e8.
constexpr double kSyncRolloutWork = 5e7;
constexpr int kThumbnailPixels = 96;
// Thumbnails for more than this many attention cells (layers x heads x L x L) are built on the
// thread pool: 72 x 128^2 takes ~5 ms, 72 x 512^2 35-150 ms (bench_attention).
constexpr double kSyncThumbnailWork = 1.5e6;

QStringList toQStringList(const std::vector<std::string>& labels)
{
    QStringList out;
    out.reserve(qsizetype(labels.size()));
    for (const auto& l : labels)
        out.push_back(QString::fromStdString(l));
    return out;
}

std::vector<int64_t> sortedHeads(std::vector<int64_t> heads)
{
    std::sort(heads.begin(), heads.end());
    heads.erase(std::unique(heads.begin(), heads.end()), heads.end());
    return heads;
}
} // namespace

AttentionExplorer::AttentionExplorer(QWidget* parent) : QWidget(parent)
{
    m_controls = new AttentionControls(this);
    m_heatmap = new AttentionHeatmap(this);
    m_heatmap->setObjectName(QStringLiteral("attentionHeatmap"));
    m_headView = new AttentionHeadView;
    m_headView->setObjectName(QStringLiteral("attentionHeadView"));
    m_headScroll = new QScrollArea(this);
    m_headScroll->setWidgetResizable(true);
    m_headScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_headScroll->viewport()->setBackgroundRole(QPalette::Base);
    m_headScroll->setWidget(m_headView);
    m_modelView = new AttentionModelView;
    m_modelView->setObjectName(QStringLiteral("attentionModelView"));
    auto* modelScroll = new QScrollArea(this);
    modelScroll->setWidgetResizable(true);
    modelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    modelScroll->viewport()->setBackgroundRole(QPalette::Base);
    modelScroll->setWidget(m_modelView);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("attentionTabs"));
    m_tabs->addTab(m_heatmap, tr("Heatmap"));
    m_tabs->addTab(m_headScroll, tr("Head view"));
    m_tabs->addTab(modelScroll, tr("Model view"));

    // Zoom buttons in the tab bar's corner: they act on the heatmap.
    auto* zoomBar = new QWidget(this);
    auto* zoomLayout = new QHBoxLayout(zoomBar);
    zoomLayout->setContentsMargins(0, 0, 0, 0);
    const struct
    {
        const char* text;
        const char* tip;
        void (AttentionHeatmap::*slot)();
    } zooms[] = {
        {QT_TR_NOOP("−"), QT_TR_NOOP("Zoom out (−, Ctrl+wheel)"), &AttentionHeatmap::zoomOut},
        {QT_TR_NOOP("+"), QT_TR_NOOP("Zoom in (+, Ctrl+wheel)"), &AttentionHeatmap::zoomIn},
        {QT_TR_NOOP("Fit"), QT_TR_NOOP("Fit the whole matrix (0)"), &AttentionHeatmap::zoomToFit},
    };
    for (const auto& z : zooms) {
        auto* button = new QToolButton(zoomBar);
        button->setText(tr(z.text));
        button->setToolTip(tr(z.tip));
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, m_heatmap, z.slot);
        zoomLayout->addWidget(button);
    }
    m_tabs->setCornerWidget(zoomBar, Qt::TopRightCorner);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("attentionStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumWidth(100);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    createActions();

    connect(m_controls, &AttentionControls::changed, this, &AttentionExplorer::onControlsChanged);
    connect(m_controls->swatches(), &AttentionHeadSwatches::checkedHeadsChanged, this,
            [this] { m_headView->setVisibleHeads(m_controls->checkedHeads()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, zoomBar] {
        zoomBar->setVisible(currentView() == View::Heatmap);
        if (currentView() == View::HeadView && m_headViewDirty) refreshHeadView();
        if (currentView() == View::ModelView && m_modelViewDirty) refreshModelView();
    });
    connect(m_heatmap, &AttentionHeatmap::cellHovered, this, [this](int row, int column) {
        if (row < 0 || row >= m_result.size() || column >= m_result.size()) {
            m_hoverText.clear();
            updateStatus();
            Q_EMIT cellHovered(-1, -1);
            return;
        }
        const double v = m_result.values.data[size_t(row) * size_t(m_result.size()) + size_t(column)];
        m_hoverText =
            tr("%1 → %2: %3")
                .arg(QString::fromStdString(m_result.labels[size_t(row)]),
                     QString::fromStdString(m_result.labels[size_t(column)]), QLocale().toString(v, 'f', 6));
        updateStatus();
        Q_EMIT cellHovered(int(m_result.groups[size_t(row)].front()),
                           int(m_result.groups[size_t(column)].front()));
    });
    connect(m_heatmap, &AttentionHeatmap::cellClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_result.size()) Q_EMIT tokenClicked(int(m_result.groups[size_t(row)].front()));
    });
    connect(m_modelView, &AttentionModelView::headClicked, this, [this](int layer, int head) {
        m_controls->setRollout(false);
        m_controls->setAllLayers(false);
        m_controls->setLayer(layer);
        m_controls->setHead(head);
    });
    connect(m_modelView, &AttentionModelView::headActivated, this, [this] { setCurrentView(View::Heatmap); });
    connect(&m_rolloutWatcher, &QFutureWatcher<RolloutOutcome>::finished, this,
            &AttentionExplorer::rolloutFinished);
    connect(&m_thumbnailWatcher, &QFutureWatcher<ThumbnailOutcome>::finished, this, [this] {
        const ThumbnailOutcome outcome = m_thumbnailWatcher.result();
        if (outcome.generation == m_thumbnailGeneration) applyThumbnails(outcome);
    });

    setInspection(nullptr);
}

AttentionExplorer::~AttentionExplorer()
{
    // A running rollout only holds shared data (the inspection, its own result); let it finish
    // on the pool without waiting here, and never deliver it.
    m_rolloutWatcher.disconnect(this);
    m_thumbnailWatcher.disconnect(this);
}

void AttentionExplorer::createActions()
{
    auto add = [this](const QString& text, auto slot) {
        auto* action = new QAction(text, this);
        connect(action, &QAction::triggered, this, slot);
        m_exportActions.push_back(action);
        m_heatmap->addAction(action);
        return action;
    };
    add(tr("&Copy Image"), [this] {
        copyImageToClipboard();
    })->setObjectName(QStringLiteral("attentionCopyImage"));
    add(tr("Save as &PNG…"), [this] { exportWithDialog(ExportFormat::Png); });
    add(tr("Save as &SVG…"), [this] { exportWithDialog(ExportFormat::Svg); });
    add(tr("Save Values as C&SV…"), [this] { exportWithDialog(ExportFormat::Csv); });
    add(tr("Save Values as &NPY…"), [this] { exportWithDialog(ExportFormat::Npy); });
}

void AttentionExplorer::setInspection(std::shared_ptr<const el::Inspection> inspection)
{
    m_inspection = std::move(inspection);
    ++m_generation; // results of background work for the previous inspection are dropped
    ++m_thumbnailGeneration;
    m_rolloutPrefixes.clear();
    m_rolloutHeads.clear();
    setBusy(false);
    m_selectedToken = -1;
    m_heatmap->setHighlightedIndex(-1);
    m_headViewDirty = m_modelViewDirty = true;

    const el::FloatArray* attn = m_inspection ? &m_inspection->attentions : nullptr;
    if (attn && attn->rank() == 4)
        m_controls->setShape(int(attn->shape[0]), int(attn->shape[1]));
    else
        m_controls->setShape(0, 0);
    recompute();
    if (currentView() == View::HeadView) refreshHeadView();
    if (currentView() == View::ModelView) refreshModelView();
}

QStringList AttentionExplorer::shownLabels() const
{
    return toQStringList(m_result.labels);
}

void AttentionExplorer::onControlsChanged()
{
    // The head view shows the current layer's heads with the token options; the thumbnails
    // depend on the token options only.
    const el::TokenTransform tokens{m_controls->hideSpecial(), m_controls->merge()};
    if (m_headViewLayer != m_controls->layer() || !(m_viewTokens == tokens)) m_headViewDirty = true;
    if (!(m_thumbnailTokens == tokens)) m_modelViewDirty = true;
    recompute();
    if (currentView() == View::HeadView) refreshHeadView();
    if (currentView() == View::ModelView) refreshModelView();
    m_modelView->setCurrent(m_controls->rollout() || m_controls->allLayers() ? -1 : m_controls->layer(),
                            m_controls->head());
    Q_EMIT selectionChanged(m_controls->layer(), m_controls->head());
}

void AttentionExplorer::showPlaceholder(const QString& text)
{
    m_result = {};
    m_title.clear();
    m_heatmap->clear();
    m_heatmap->setPlaceholderText(text);
    m_headView->setPlaceholderText(text);
    m_modelView->setPlaceholderText(text);
    updateStatus();
    Q_EMIT shownMatrixChanged();
}

void AttentionExplorer::recompute()
{
    if (!m_inspection) {
        showPlaceholder(tr("Analyse a sentence to see where its attention goes."));
        return;
    }
    const el::FloatArray& attn = m_inspection->attentions;
    if (attn.empty()) {
        showPlaceholder(tr("This inspection has no attention weights."));
        return;
    }
    if (!m_controls->valid()) {
        showPlaceholder(tr("Check at least one head to aggregate over."));
        return;
    }
    const el::AttentionQuery query = m_controls->query();
    el::AttentionResult result;
    try {
        if (query.rollout) {
            const auto heads = sortedHeads(query.heads);
            if (m_rolloutPrefixes.empty() || m_rolloutHeads != heads || m_rolloutReduce != query.reduce) {
                const double L = double(attn.shape[2]);
                if (L * L * L * double(attn.shape[0] - 1) > kSyncRolloutWork) {
                    startRollout(heads, query.reduce);
                    return; // the heatmap keeps the previous matrix until the rollout arrives
                }
                m_rolloutPrefixes =
                    el::attentionRolloutByLayer(attn, el::allIndices(attn.shape[0]), heads, query.reduce);
                m_rolloutHeads = heads;
                m_rolloutReduce = query.reduce;
            }
            setBusy(false);
            result = el::transformTokens(m_rolloutPrefixes.at(size_t(m_controls->layer())),
                                         m_inspection->encoding, query.tokens);
        } else {
            setBusy(false);
            result = el::computeAttention(attn, m_inspection->encoding, query);
        }
    } catch (const el::Error& e) {
        showPlaceholder(tr("Cannot show this attention: %1").arg(QString::fromStdString(e.describe())));
        return;
    }
    m_result = std::move(result);
    m_title = m_controls->describe();
    m_heatmap->setMatrix(m_result.values, toQStringList(m_result.labels));
    m_heatmap->setHighlightedIndex(shownIndexOfToken(m_selectedToken));
    m_hoverText.clear();
    updateStatus();
    Q_EMIT shownMatrixChanged();
}

void AttentionExplorer::startRollout(const std::vector<int64_t>& heads, el::AttentionReduce reduce)
{
    // Already computing this one (e.g. the layer moved meanwhile): its result serves every layer.
    if (m_busy && m_pendingHeads == heads && m_pendingReduce == reduce) return;
    m_pendingHeads = heads;
    m_pendingReduce = reduce;
    ++m_generation;
    setBusy(true);
    updateStatus();
    auto inspection = m_inspection;
    const quint64 generation = m_generation;
    m_rolloutWatcher.setFuture(QtConcurrent::run([inspection, heads, reduce, generation] {
        RolloutOutcome outcome;
        outcome.generation = generation;
        outcome.heads = heads;
        outcome.reduce = reduce;
        try {
            const auto& attn = inspection->attentions;
            outcome.prefixes =
                el::attentionRolloutByLayer(attn, el::allIndices(attn.shape[0]), heads, reduce);
        } catch (const el::Error& e) {
            outcome.error = QString::fromStdString(e.describe());
        } catch (const std::exception& e) {
            outcome.error = QString::fromLocal8Bit(e.what());
        }
        return outcome;
    }));
}

void AttentionExplorer::rolloutFinished()
{
    const RolloutOutcome outcome = m_rolloutWatcher.result();
    if (outcome.generation != m_generation) return; // superseded by a newer request or inspection
    setBusy(false);
    if (!outcome.error.isEmpty()) {
        showPlaceholder(tr("Cannot compute the rollout: %1").arg(outcome.error));
        return;
    }
    m_rolloutPrefixes = outcome.prefixes;
    m_rolloutHeads = outcome.heads;
    m_rolloutReduce = outcome.reduce;
    recompute();
}

void AttentionExplorer::setBusy(bool busy)
{
    if (busy == m_busy) return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void AttentionExplorer::updateStatus()
{
    QString text;
    if (m_busy) {
        text = tr("Computing the rollout…");
    } else if (m_result.size() > 0) {
        text = tr("%1 · %n row(s)", nullptr, int(m_result.size())).arg(m_title);
        if (!m_hoverText.isEmpty()) text += QStringLiteral("   |   ") + m_hoverText;
    }
    m_status->setText(text);
}

void AttentionExplorer::refreshHeadView()
{
    m_headViewDirty = false;
    m_headViewLayer = m_controls->layer();
    m_viewTokens = {m_controls->hideSpecial(), m_controls->merge()};
    if (!m_inspection || m_inspection->attentions.rank() != 4 || m_controls->layerCount() == 0) {
        m_headView->clear();
        return;
    }
    const auto& attn = m_inspection->attentions;
    const el::TokenTransform tokens{m_controls->hideSpecial(), m_controls->merge()};
    std::vector<el::FloatArray> perHead;
    QStringList labels;
    try {
        for (int64_t h = 0; h < attn.shape[1]; ++h) {
            auto r = el::transformTokens(el::attentionSlice(attn, m_controls->layer(), h),
                                         m_inspection->encoding, tokens);
            if (h == 0) labels = toQStringList(r.labels);
            perHead.push_back(std::move(r.values));
        }
    } catch (const el::Error& e) {
        m_headView->clear();
        m_headView->setPlaceholderText(QString::fromStdString(e.describe()));
        return;
    }
    m_headView->setVisibleHeads(m_controls->checkedHeads());
    m_headView->setData(perHead, labels);
}

AttentionExplorer::ThumbnailOutcome AttentionExplorer::buildThumbnails(const el::Inspection& inspection,
                                                                       const el::TokenTransform& tokens)
{
    ThumbnailOutcome out;
    out.tokens = tokens;
    try {
        const auto& attn = inspection.attentions;
        for (int64_t l = 0; l < attn.shape[0]; ++l)
            for (int64_t h = 0; h < attn.shape[1]; ++h) {
                // Each thumbnail on its own range: at 512 tokens most heads are diffuse and a
                // shared 0..1 range would paint them all dark; the tooltip gives the maximum.
                const auto r =
                    el::transformTokens(el::attentionSlice(attn, l, h), inspection.encoding, tokens);
                float top = 0.0f;
                out.images.push_back(AttentionImage::thumbnail(r.values, kThumbnailPixels, 0.0f, &top));
                out.maxima.push_back(top);
            }
    } catch (const el::Error& e) {
        out.error = QString::fromStdString(e.describe());
    } catch (const std::exception& e) {
        out.error = QString::fromLocal8Bit(e.what());
    }
    return out;
}

void AttentionExplorer::refreshModelView()
{
    m_modelViewDirty = false;
    m_thumbnailTokens = {m_controls->hideSpecial(), m_controls->merge()};
    ++m_thumbnailGeneration;
    if (!m_inspection || m_inspection->attentions.rank() != 4 || m_controls->layerCount() == 0) {
        m_modelView->clear();
        return;
    }
    const auto& attn = m_inspection->attentions;
    const double work =
        double(attn.shape[0]) * double(attn.shape[1]) * double(attn.shape[2]) * double(attn.shape[2]);
    if (work <= kSyncThumbnailWork) {
        applyThumbnails(buildThumbnails(*m_inspection, m_thumbnailTokens));
        return;
    }
    // 512 tokens: 72 slices, hidden/merged and pooled, take 35-150 ms; the old thumbnails stay
    // until the new ones arrive.
    auto inspection = m_inspection;
    const el::TokenTransform tokens = m_thumbnailTokens;
    const quint64 generation = m_thumbnailGeneration;
    m_thumbnailWatcher.setFuture(QtConcurrent::run([inspection, tokens, generation] {
        ThumbnailOutcome out = buildThumbnails(*inspection, tokens);
        out.generation = generation;
        return out;
    }));
}

void AttentionExplorer::applyThumbnails(const ThumbnailOutcome& outcome)
{
    if (!outcome.error.isEmpty() || !m_inspection) {
        m_modelView->clear();
        m_modelView->setPlaceholderText(outcome.error);
        return;
    }
    const auto& attn = m_inspection->attentions;
    m_modelView->setThumbnails(outcome.images, int(attn.shape[0]), int(attn.shape[1]), outcome.maxima);
    m_modelView->setCurrent(m_controls->rollout() || m_controls->allLayers() ? -1 : m_controls->layer(),
                            m_controls->head());
}

AttentionExplorer::View AttentionExplorer::currentView() const
{
    return View(m_tabs->currentIndex());
}

void AttentionExplorer::setCurrentView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

int AttentionExplorer::shownIndexOfToken(int tokenIndex) const
{
    if (tokenIndex < 0) return -1;
    for (size_t i = 0; i < m_result.groups.size(); ++i)
        for (int64_t t : m_result.groups[i])
            if (t == tokenIndex) return int(i);
    return -1;
}

void AttentionExplorer::setSelectedToken(int tokenIndex)
{
    m_selectedToken = tokenIndex;
    m_heatmap->setHighlightedIndex(shownIndexOfToken(tokenIndex));
}

QImage AttentionExplorer::renderImage(double scale) const
{
    if (m_result.size() == 0) return {};
    const QStringList labels = shownLabels();
    return AttentionFigure(m_result.values, labels, m_heatmap->colorMaximum(), m_title).toImage(scale);
}

bool AttentionExplorer::exportPng(const QString& path, double scale, QString* error) const
{
    if (m_result.size() == 0) {
        if (error) *error = tr("There is no attention matrix to export.");
        return false;
    }
    const QStringList labels = shownLabels();
    return AttentionFigure(m_result.values, labels, m_heatmap->colorMaximum(), m_title)
        .savePng(path, scale, error);
}

bool AttentionExplorer::exportSvg(const QString& path, QString* error) const
{
    if (m_result.size() == 0) {
        if (error) *error = tr("There is no attention matrix to export.");
        return false;
    }
    const QStringList labels = shownLabels();
    return AttentionFigure(m_result.values, labels, m_heatmap->colorMaximum(), m_title).saveSvg(path, error);
}

bool AttentionExplorer::exportCsv(const QString& path, QString* error) const
{
    if (m_result.size() == 0) {
        if (error) *error = tr("There is no attention matrix to export.");
        return false;
    }
    return AttentionFigure::saveCsv(path, m_result.values, shownLabels(), error);
}

bool AttentionExplorer::exportNpy(const QString& path, QString* error) const
{
    if (m_result.size() == 0) {
        if (error) *error = tr("There is no attention matrix to export.");
        return false;
    }
    return AttentionFigure::saveNpy(path, m_result.values, error);
}

bool AttentionExplorer::copyImageToClipboard(double scale) const
{
    const QImage image = renderImage(scale);
    if (image.isNull()) return false;
    QApplication::clipboard()->setImage(image);
    return true;
}

void AttentionExplorer::exportWithDialog(ExportFormat format)
{
    if (m_result.size() == 0) return;
    static const char* const filters[] = {QT_TR_NOOP("PNG image (*.png)"), QT_TR_NOOP("SVG drawing (*.svg)"),
                                          QT_TR_NOOP("Comma-separated values (*.csv)"),
                                          QT_TR_NOOP("NumPy array (*.npy)")};
    static const char* const suffixes[] = {".png", ".svg", ".csv", ".npy"};
    const int f = int(format);
    double scale = 2.0;
    if (format == ExportFormat::Png) {
        bool ok = false;
        const QStringList scales = {QStringLiteral("1×"), QStringLiteral("2×"), QStringLiteral("3×"),
                                    QStringLiteral("4×")};
        const QString choice =
            QInputDialog::getItem(this, tr("Export PNG"), tr("Scale factor:"), scales, 1, false, &ok);
        if (!ok) return;
        scale = choice.left(1).toDouble();
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Export Attention"),
                                                QStringLiteral("attention") + QLatin1String(suffixes[f]),
                                                tr(filters[f]));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(suffixes[f]), Qt::CaseInsensitive)) path += QLatin1String(suffixes[f]);
    QString error;
    bool ok = false;
    switch (format) {
    case ExportFormat::Png:
        ok = exportPng(path, scale, &error);
        break;
    case ExportFormat::Svg:
        ok = exportSvg(path, &error);
        break;
    case ExportFormat::Csv:
        ok = exportCsv(path, &error);
        break;
    case ExportFormat::Npy:
        ok = exportNpy(path, &error);
        break;
    }
    if (!ok) QMessageBox::warning(this, tr("Export Attention"), error);
}

} // namespace elui
