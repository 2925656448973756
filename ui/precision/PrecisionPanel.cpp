#include "PrecisionPanel.h"

#include "EngineService.h"
#include "ErrorText.h"
#include "ViewExporter.h"

#include "Error.h"
#include "Model.h"
#include "Pooling.h"
#include "Runtime.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QScrollBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace elui {

namespace {

constexpr int kRepeats = 3; // each embed() is timed this many times; the best counts

int nearestOther(const el::FloatArray& matrix, int64_t i)
{
    int best = -1;
    float bestValue = -std::numeric_limits<float>::infinity();
    for (int64_t j = 0; j < matrix.dim(1); ++j) {
        if (j == i) continue;
        const float v = matrix.at({i, j});
        if (v > bestValue) {
            bestValue = v;
            best = int(j);
        }
    }
    return best;
}

} // namespace

// The second-precision copy of the engine's model, loaded on the worker and only touched there.
struct PrecisionPanel::Cache
{
    std::filesystem::path folder;
    el::Precision precision = el::Precision::Int8;
    std::shared_ptr<el::Model> model;
    double loadMs = 0;
};

double PrecisionPanel::Result::minCosine() const
{
    return cosines.empty() ? 0.0 : *std::min_element(cosines.begin(), cosines.end());
}

PrecisionPanel::PrecisionPanel(EngineService* engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_cache(std::make_shared<Cache>())
{
    m_note = new QLabel(
        tr("int8 quantizes the encoder's linear layers when the model is loaded: faster, but approximate — its "
           "embeddings are close to, not equal to, the float32 reference that is exact to sentence-transformers. "
           "It was validated on all-MiniLM-L6-v2; larger models may drift more, so check the lowest cosine below. Dynamic int8 also scales activations per batch, so a sentence's "
           "int8 embedding moves slightly with the sentences embedded beside it."),
        this);
    m_note->setWordWrap(true);

    m_compare = new QPushButton(tr("Compare float32 and int8"), this);
    m_compare->setToolTip(tr("Load an int8 copy of the model (once), embed the sentences with both and compare"));
    m_status = new QLabel(this);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_compare);
    controls->addWidget(m_status, 1);

    m_placeholder = new QLabel(this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMinimumHeight(120);
    m_placeholder->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_results = new QWidget(this);
    m_minCosine = new QLabel(m_results);
    QFont big = m_minCosine->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_minCosine->setFont(big);
    m_summary = new QLabel(m_results);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new QStandardItemModel(this);
    m_table = new QTableView(m_results);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setMinimumHeight(160);

    auto* resultsLayout = new QVBoxLayout(m_results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_minCosine);
    resultsLayout->addWidget(m_summary);
    resultsLayout->addWidget(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(controls);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_results);
    layout->addStretch(1); // the table is as tall as its rows; the room left stays below

    m_exporter = new ViewExporter(tr("Precision comparison"), QStringLiteral("precision"),
                                  {[this] { return static_cast<QWidget*>(this); },
                                   [this] { return static_cast<const QAbstractItemModel*>(m_model); },
                                   {},
                                   [this] { return m_ready; }},
                                  this);

    connect(m_compare, &QPushButton::clicked, this, &PrecisionPanel::compare);
    connect(m_engine, &EngineService::modelLoaded, this, &PrecisionPanel::onModelLoaded);
    onModelLoaded();
}

PrecisionPanel::~PrecisionPanel() = default;

QList<QAction*> PrecisionPanel::exportActions() const
{
    return {m_exporter->menuAction()};
}

QStringList PrecisionPanel::texts() const
{
    QStringList out;
    for (const QString& s : m_sentences)
        if (!s.trimmed().isEmpty()) out.push_back(s);
    return out;
}

QString PrecisionPanel::placeholderText() const
{
    return m_placeholder->isHidden() ? QString() : m_placeholder->text();
}

QString PrecisionPanel::summaryText() const
{
    return m_ready ? m_minCosine->text() + QLatin1Char('\n') + m_summary->text() : QString();
}

void PrecisionPanel::showPlaceholder(const QString& text)
{
    m_ready = false;
    m_placeholder->setText(text);
    m_placeholder->show();
    m_results->hide();
    Q_EMIT updated();
}

void PrecisionPanel::onModelLoaded()
{
    m_stale = true;
    m_running = false;
    m_status->clear();
    m_model->clear();
    m_compare->setEnabled(m_engine->hasModel());
    if (!m_engine->hasModel())
        return showPlaceholder(tr("No model is loaded. Open a model folder to compare its float32 and int8 precision."));
    if (texts().isEmpty()) return showPlaceholder(tr("Add sentences to the workbench to compare precisions."));
    showPlaceholder(tr("Press “Compare float32 and int8” to load an int8 copy of the model and measure both."));
    if (isVisible()) compare();
}

void PrecisionPanel::setSentences(const QStringList& sentences)
{
    if (sentences == m_sentences && !m_stale) return;
    m_sentences = sentences;
    m_stale = true;
    if (!m_engine->hasModel()) return; // the no-model placeholder stays
    if (texts().isEmpty()) {
        m_engine->cancelTasks(QStringLiteral("precision"));
        m_running = false;
        m_status->clear();
        return showPlaceholder(tr("Add sentences to the workbench to compare precisions."));
    }
    if (isVisible()) compare();
}

void PrecisionPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_running && m_engine->hasModel() && !texts().isEmpty()) compare();
}

void PrecisionPanel::compare()
{
    if (!m_engine->hasModel())
        return showPlaceholder(tr("No model is loaded. Open a model folder to compare its float32 and int8 precision."));
    const QStringList list = texts();
    if (list.isEmpty()) return showPlaceholder(tr("Add sentences to the workbench to compare precisions."));

    m_stale = false;
    m_running = true;
    const bool cached = m_cache->model && m_cache->folder == m_engine->modelInfo()->folder;
    m_status->setText(cached ? tr("Comparing %n sentence(s)…", nullptr, int(list.size()))
                             : tr("Loading an int8 copy of the model and comparing %n sentence(s)…", nullptr,
                                  int(list.size())));
    if (!m_ready) m_placeholder->setText(m_status->text());

    std::vector<std::string> input;
    for (const QString& s : list) input.push_back(s.toStdString());
    QList<int> rows;
    for (int i = 0; i < m_sentences.size(); ++i)
        if (!m_sentences[i].trimmed().isEmpty()) rows.push_back(i);
    QPointer<PrecisionPanel> self(this);
    std::shared_ptr<Cache> cache = m_cache;

    auto task = [self, cache, input, list, rows](const el::Model& model,
                                           const EngineService::StillWanted& stillWanted) -> EngineService::Delivery {
        using Clock = std::chrono::steady_clock;
        auto check = [&] {
            if (!stillWanted()) throw el::Error(el::ErrorCode::Cancelled, "precision comparison superseded");
        };
        Result r;
        r.texts = list;
        r.rows = rows;
        // The engine's model is float32 (EngineService loads with default options); the copy is int8.
        const el::Model* full = &model;
        const std::filesystem::path folder = model.info().folder;
        const el::Precision other =
            model.info().precision == el::Precision::Float32 ? el::Precision::Int8 : el::Precision::Float32;
        if (!cache->model || cache->folder != folder || cache->precision != other) {
            cache->model.reset(); // free the previous copy before loading the next
            el::LoadOptions options;
            options.threads = el::threads();
            options.precision = other;
            const auto start = Clock::now();
            cache->model = std::shared_ptr<el::Model>(el::Model::load(folder, options));
            cache->loadMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            cache->folder = folder;
            cache->precision = other;
        } else {
            r.int8Cached = true;
        }
        r.int8LoadMs = cache->loadMs;
        const std::shared_ptr<el::Model> copy = cache->model;
        const el::Model* f32 = other == el::Precision::Int8 ? full : copy.get();
        const el::Model* i8 = other == el::Precision::Int8 ? copy.get() : full;

        auto timed = [&](const el::Model& m, double& best) {
            el::FloatArray out;
            best = std::numeric_limits<double>::infinity();
            for (int rep = 0; rep < kRepeats; ++rep) {
                check();
                const auto start = Clock::now();
                out = m.embed(input);
                best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
            }
            return out;
        };
        const el::FloatArray e32 = timed(*f32, r.float32Seconds);
        const el::FloatArray e8 = timed(*i8, r.int8Seconds);
        check();

        const int64_t n = e32.dim(0), dim = e32.dim(1);
        for (int64_t i = 0; i < n; ++i) r.cosines.push_back(el::cosine(e32.row(i), e8.row(i), dim));
        r.matrix32 = el::cosineMatrix(e32);
        r.matrix8 = el::cosineMatrix(e8);
        double sum = 0;
        int64_t pairs = 0;
        for (int64_t i = 0; i < n; ++i) {
            r.nearest32.push_back(nearestOther(r.matrix32, i));
            r.nearest8.push_back(nearestOther(r.matrix8, i));
            for (int64_t j = 0; j < n; ++j) {
                if (i == j) continue;
                const double d = std::abs(double(r.matrix32.at({i, j})) - r.matrix8.at({i, j}));
                r.maxDrift = std::max(r.maxDrift, d);
                sum += d;
                ++pairs;
            }
        }
        r.meanDrift = pairs ? sum / double(pairs) : 0.0;
        return [self, r = std::move(r)]() mutable {
            if (self) self->showResult(std::move(r));
        };
    };
    m_engine->runTask(QStringLiteral("precision"), this, task, [self](const EngineError& error) {
        if (self) self->showError(error);
    });
}

void PrecisionPanel::showError(const EngineError& error)
{
    m_running = false;
    m_status->clear();
    m_stale = true;
    showPlaceholder(tr("The precision comparison failed.") + QStringLiteral("\n\n") + ErrorText::describe(error));
}

void PrecisionPanel::showResult(Result result)
{
    m_running = false;
    m_status->clear();
    m_result = std::move(result);
    const Result& r = m_result;
    const QLocale locale;
    auto num = [&](double v, int decimals) { return locale.toString(v, 'f', decimals); };
    auto name = [&](int index) { return tr("S%1").arg(r.rows[index] + 1); };
    auto label = [&](const el::FloatArray& matrix, int i, int index) {
        if (index < 0) return tr("—");
        return tr("%1 (cos %2)").arg(name(index), num(matrix.at({i, index}), 4));
    };

    const double minCos = r.minCosine();
    const bool low = minCos < kMinCosineWarning;
    m_minCosine->setText(tr("Lowest cosine float32 ↔ int8: %1").arg(num(minCos, 5)));
    m_minCosine->setStyleSheet(low ? QStringLiteral("color: #c62828;") : QString());
    m_minCosine->setToolTip(low ? tr("Below %1: int8 changes this model's embeddings noticeably.").arg(kMinCosineWarning)
                                : QString());

    int changed = 0;
    for (size_t i = 0; i < r.nearest32.size(); ++i) changed += r.nearest32[i] != r.nearest8[i];
    const double speedUp = r.int8Seconds > 0 ? r.float32Seconds / r.int8Seconds : 0;
    const int n = int(r.texts.size());
    QStringList lines;
    lines << tr("float32: %1 sentences/s (%2 ms per sentence) · int8: %3 sentences/s (%4 ms per sentence) · "
                "int8 speed-up ×%5")
                 .arg(num(r.float32Rate(), 1), num(1000.0 * r.float32Seconds / n, 2), num(r.int8Rate(), 1),
                      num(1000.0 * r.int8Seconds / n, 2), num(speedUp, 2));
    lines << (r.int8Cached ? tr("int8 copy loaded in %1 ms (kept from an earlier comparison)")
                           : tr("int8 copy loaded in %1 ms"))
                 .arg(num(r.int8LoadMs, 0)) +
                 tr(" · best of %1 runs over %n sentence(s), batched as embed() does", nullptr, n).arg(kRepeats);
    lines << tr("Similarity matrix drift: max |Δcos| %1, mean |Δcos| %2 · nearest neighbour changed for %3 of %n "
                "sentence(s)",
                nullptr, n)
                 .arg(num(r.maxDrift, 5), num(r.meanDrift, 5))
                 .arg(changed);
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Sentence"), tr("cos float32↔int8"), tr("Nearest (float32)"),
                                        tr("Nearest (int8)"), tr("Neighbour changed"), tr("max |Δcos| in row")});
    for (int i = 0; i < n; ++i) {
        QList<QStandardItem*> row;
        auto* sentence = new QStandardItem(name(i) + QStringLiteral("  ") + r.texts[i]);
        sentence->setToolTip(r.texts[i]);
        auto* cosine = new QStandardItem(num(r.cosines[size_t(i)], 6));
        cosine->setData(r.cosines[size_t(i)], Qt::UserRole);
        if (r.cosines[size_t(i)] < kMinCosineWarning) cosine->setForeground(QColor(0xc6, 0x28, 0x28));
        const bool moved = r.nearest32[size_t(i)] != r.nearest8[size_t(i)];
        auto* near32 = new QStandardItem(label(r.matrix32, i, r.nearest32[size_t(i)]));
        auto* near8 = new QStandardItem(label(r.matrix8, i, r.nearest8[size_t(i)]));
        if (r.nearest32[size_t(i)] >= 0) near32->setToolTip(r.texts[r.nearest32[size_t(i)]]);
        if (r.nearest8[size_t(i)] >= 0) near8->setToolTip(r.texts[r.nearest8[size_t(i)]]);
        if (moved) {
            QFont bold = near8->font();
            bold.setBold(true);
            near8->setFont(bold);
            near8->setForeground(QColor(0xc6, 0x28, 0x28));
        }
        auto* changedItem = new QStandardItem(moved ? tr("yes") : tr("no"));
        double rowDrift = 0;
        for (int j = 0; j < n; ++j)
            if (j != i)
                rowDrift = std::max(rowDrift, std::abs(double(r.matrix32.at({i, j})) - r.matrix8.at({i, j})));
        auto* drift = new QStandardItem(num(rowDrift, 6));
        drift->setData(rowDrift, Qt::UserRole);
        for (QStandardItem* item : {cosine, drift})
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        changedItem->setTextAlignment(Qt::AlignCenter);
        row << sentence << cosine << near32 << near8 << changedItem << drift;
        m_model->appendRow(row);
    }
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 380));
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    // As tall as its rows (the panel scrolls), at least a few rows high.
    const int rowsHeight = m_table->verticalHeader()->length() + header->height() + 2 * m_table->frameWidth() +
                           m_table->horizontalScrollBar()->sizeHint().height();
    m_table->setMinimumHeight(std::min(std::max(rowsHeight, 80), 420));
    m_table->setMaximumHeight(std::max(rowsHeight, 80));

    m_ready = true;
    m_placeholder->hide();
    m_results->show();
    Q_EMIT updated();
}

} // namespace elui
