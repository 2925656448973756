#include "ViewExporter.h"

#include "Error.h"
#include "Npy.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>

namespace elui {

namespace {
constexpr qint64 kMaxImagePixels = 120'000'000;

QString tsvField(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

QString cellText(const QVariant& v)
{
    // Numbers in the C locale with full float precision, whatever the UI locale shows.
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float)
        return QString::number(v.toDouble(), 'g', 9);
    return v.toString();
}
} // namespace

ViewExporter::ViewExporter(const QString& title, const QString& baseName, Source source, QWidget* parent)
    : QObject(parent), m_title(title), m_baseName(baseName), m_source(std::move(source)),
      m_dialogParent(parent)
{
    m_menu = new QMenu(title, parent);
    m_menuAction = m_menu->menuAction();
    auto add = [this](const QString& text, auto slot) {
        QAction* a = m_menu->addAction(text);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(tr("Copy image and numbers"), [this] {
        if (!copyToClipboard())
            QMessageBox::information(m_dialogParent, m_title, tr("There is nothing to copy yet."));
    });
    m_menu->addSeparator();
    add(tr("Save as PNG…"), [this] { exportWithDialog(Format::Png); });
    add(tr("Save as SVG…"), [this] { exportWithDialog(Format::Svg); });
    if (m_source.table)
        m_tableActions.push_back(add(tr("Save numbers as CSV…"), [this] { exportWithDialog(Format::Csv); }));
    if (m_source.array)
        m_npyAction = add(tr("Save matrix as NumPy .npy…"), [this] { exportWithDialog(Format::Npy); });
    connect(m_menu, &QMenu::aboutToShow, this, &ViewExporter::updateActions);
}

bool ViewExporter::isReady() const
{
    return !m_source.ready || m_source.ready();
}

void ViewExporter::updateActions()
{
    for (QAction* a : m_menu->actions())
        a->setEnabled(isReady());
}

QRect ViewExporter::contentRect() const
{
    QWidget* view = m_source.view ? m_source.view() : nullptr;
    if (!view || view->size().isEmpty()) return {};
    QImage image(view->size(), QImage::Format_RGB32);
    const QRgb background = view->palette().color(QPalette::Window).rgb();
    image.fill(background);
    {
        QPainter p(&image);
        view->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    int top = image.height(), bottom = -1, left = image.width(), right = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (line[x] != background) {
                top = std::min(top, y);
                bottom = std::max(bottom, y);
                left = std::min(left, x);
                right = std::max(right, x);
            }
    }
    if (bottom < 0) return QRect(QPoint(0, 0), view->size());
    constexpr int kMargin = 6;
    return QRect(QPoint(left, top), QPoint(right, bottom)).adjusted(-kMargin, -kMargin, kMargin, kMargin) &
           QRect(QPoint(0, 0), view->size());
}

QImage ViewExporter::renderImage(double scale) const
{
    QWidget* view = m_source.view ? m_source.view() : nullptr;
    if (!view || !isReady() || scale <= 0) return {};
    const QRect content = contentRect();
    const QSize logical = content.size();
    const QSize pixels(int(logical.width() * scale + 0.5), int(logical.height() * scale + 0.5));
    if (pixels.isEmpty() || qint64(pixels.width()) * pixels.height() > kMaxImagePixels) return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return {};
    image.setDevicePixelRatio(1.0);
    image.fill(view->palette().color(QPalette::Window));
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.scale(scale, scale);
    p.translate(-content.topLeft());
    view->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    p.end();
    return image;
}

QString ViewExporter::csvField(const QString& s)
{
    const bool quote = s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
                       s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')) ||
                       s.startsWith(QLatin1Char(' ')) || s.endsWith(QLatin1Char(' '));
    if (!quote) return s;
    QString escaped = s;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}


QList<QAction*> ViewExporter::menuActions(const QList<ViewExporter*>& exporters)
{
    QList<QAction*> out;
    for (ViewExporter* e : exporters) out.push_back(e->menuAction());
    return out;
}

void ViewExporter::attachContextMenu(QWidget* view) const
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, menu = m_menu](const QPoint& pos) {
        QMenu popup(view);
        popup.addActions(menu->actions());
        popup.exec(view->mapToGlobal(pos));
    });
}

QString ViewExporter::tableText(const QAbstractItemModel& model, QChar separator)
{
    const bool csv = separator == QLatin1Char(',');
    auto field = [csv](const QString& s) { return csv ? ViewExporter::csvField(s) : tsvField(s); };
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    bool rowHeaders = false;
    // Row labels are text (sentence or token labels); QStandardItemModel's default row numbers are not.
    for (int r = 0; r < rows && !rowHeaders; ++r) {
        const QVariant h = model.headerData(r, Qt::Vertical);
        rowHeaders = h.typeId() == QMetaType::QString && !h.toString().isEmpty();
    }
    QString out;
    QStringList header;
    if (rowHeaders) header << field(QString());
    for (int c = 0; c < columns; ++c)
        header << field(model.headerData(c, Qt::Horizontal).toString());
    out += header.join(separator) + QLatin1Char('\n');
    for (int r = 0; r < rows; ++r) {
        QStringList line;
        if (rowHeaders) line << field(model.headerData(r, Qt::Vertical).toString());
        for (int c = 0; c < columns; ++c)
            line << field(cellText(model.data(model.index(r, c))));
        out += line.join(separator) + QLatin1Char('\n');
    }
    return out;
}

QString ViewExporter::tableText(QChar separator) const
{
    const QAbstractItemModel* model = m_source.table ? m_source.table() : nullptr;
    return model && isReady() ? tableText(*model, separator) : QString();
}

bool ViewExporter::exportTo(Format format, const QString& path, double scale, QString* error) const
{
    auto fail = [error](const QString& message) {
        if (error) *error = message;
        return false;
    };
    if (!isReady()) return fail(tr("There is nothing to export yet."));
    switch (format) {
    case Format::Png: {
        const QImage image = renderImage(scale);
        if (image.isNull())
            return fail(tr("The image would be too large at scale %1; choose a smaller scale.").arg(scale));
        if (!image.save(path, "PNG")) return fail(tr("Could not write %1.").arg(path));
        return true;
    }
    case Format::Svg: {
        QWidget* view = m_source.view ? m_source.view() : nullptr;
        if (!view) return fail(tr("There is nothing to export yet."));
        const QRect content = contentRect();
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(content.size());
        svg.setViewBox(content);
        svg.setTitle(m_title);
        svg.setDescription(tr("Exported by EncoderLens"));
        QPainter p;
        if (!p.begin(&svg)) return fail(tr("Could not write %1.").arg(path));
        p.fillRect(QRect(QPoint(0, 0), view->size()), view->palette().color(QPalette::Window));
        view->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
        p.end();
        if (!QFile::exists(path)) return fail(tr("Could not write %1.").arg(path));
        return true;
    }
    case Format::Csv: {
        if (!m_source.table) return fail(tr("This view has no table of numbers."));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
            return fail(tr("Could not write %1: %2").arg(path, file.errorString()));
        file.write(tableText(QLatin1Char(',')).toUtf8());
        if (!file.commit()) return fail(tr("Could not write %1: %2").arg(path, file.errorString()));
        return true;
    }
    case Format::Npy: {
        if (!m_source.array) return fail(tr("This view has no matrix."));
        const el::FloatArray array = m_source.array();
        if (array.empty()) return fail(tr("There is nothing to export yet."));
        try {
            el::writeNpy(QFile::encodeName(path).toStdString(), array);
        } catch (const el::Error& e) {
            return fail(tr("Could not write %1: %2").arg(path, QString::fromStdString(e.describe())));
        }
        return true;
    }
    }
    return false;
}

bool ViewExporter::copyToClipboard(double scale) const
{
    const QImage image = renderImage(scale);
    if (image.isNull()) return false;
    auto* mime = new QMimeData;
    mime->setImageData(image);
    const QString text = tableText(QLatin1Char('\t'));
    if (!text.isEmpty()) mime->setText(text);
    QApplication::clipboard()->setMimeData(mime);
    return true;
}

void ViewExporter::exportWithDialog(Format format)
{
    QWidget* parent = m_dialogParent;
    if (!isReady()) {
        QMessageBox::information(parent, m_title, tr("There is nothing to export yet."));
        return;
    }
    double scale = 2.0;
    QString filter;
    QString suffix;
    switch (format) {
    case Format::Png: {
        bool ok = false;
        const QStringList scales = {QStringLiteral("1×"), QStringLiteral("2×"), QStringLiteral("4×")};
        const QString choice =
            QInputDialog::getItem(parent, tr("PNG scale"), tr("Scale of the image:"), scales, 1, false, &ok);
        if (!ok) return;
        scale = choice.left(1).toDouble();
        filter = tr("PNG images (*.png)");
        suffix = QStringLiteral(".png");
        break;
    }
    case Format::Svg:
        filter = tr("SVG images (*.svg)");
        suffix = QStringLiteral(".svg");
        break;
    case Format::Csv:
        filter = tr("CSV files (*.csv)");
        suffix = QStringLiteral(".csv");
        break;
    case Format::Npy:
        filter = tr("NumPy arrays (*.npy)");
        suffix = QStringLiteral(".npy");
        break;
    }
    QString path =
        QFileDialog::getSaveFileName(parent, m_title, QDir::home().filePath(m_baseName + suffix), filter);
    if (path.isEmpty()) return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) path += suffix;
    QString error;
    if (!exportTo(format, path, scale, &error)) QMessageBox::warning(parent, m_title, error);
}

} // namespace elui
