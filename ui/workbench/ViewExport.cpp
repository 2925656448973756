#include "ViewExport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <cmath>

namespace elui {

namespace {

QString csvCell(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool fail(QString* error, const QString& message)
{
    if (error) *error = message;
    return false;
}

} // namespace

QImage ViewExport::renderImage(QWidget* view, double scale)
{
    if (!view || view->width() <= 0 || view->height() <= 0) return {};
    scale = std::clamp(scale, 0.25, 8.0);
    QImage image(QSize(int(std::ceil(view->width() * scale)), int(std::ceil(view->height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(view->palette().color(QPalette::Window));
    QPainter painter(&image);
    view->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return image;
}

bool ViewExport::savePng(QWidget* view, const QString& path, double scale, QString* error)
{
    const QImage image = renderImage(view, scale);
    if (image.isNull()) return fail(error, tr("There is nothing to export."));
    if (!image.save(path, "PNG")) return fail(error, tr("Could not write %1.").arg(path));
    return true;
}

bool ViewExport::saveSvg(QWidget* view, const QString& path, const QString& title, QString* error)
{
    if (!view || view->width() <= 0 || view->height() <= 0) return fail(error, tr("There is nothing to export."));
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(view->size());
    svg.setViewBox(QRect(QPoint(0, 0), view->size()));
    svg.setTitle(title);
    svg.setDescription(tr("Exported by EncoderLens"));
    QPainter painter;
    if (!painter.begin(&svg)) return fail(error, tr("Could not write %1.").arg(path));
    painter.fillRect(QRect(QPoint(0, 0), view->size()), view->palette().color(QPalette::Window));
    view->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    if (!QFile::exists(path)) return fail(error, tr("Could not write %1.").arg(path));
    return true;
}

bool ViewExport::saveCsv(const QAbstractItemModel* model, const QString& path, QString* error)
{
    if (!model || model->rowCount() == 0) return fail(error, tr("There is nothing to export."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) return fail(error, tr("Could not write %1.").arg(path));
    const int rows = model->rowCount();
    const int columns = model->columnCount();
    bool rowHeaders = false;
    for (int r = 0; r < rows && !rowHeaders; ++r)
        rowHeaders = !model->headerData(r, Qt::Vertical).toString().isEmpty();
    QStringList cells;
    if (rowHeaders) cells << QString();
    for (int c = 0; c < columns; ++c) cells << csvCell(model->headerData(c, Qt::Horizontal).toString());
    QByteArray out = cells.join(QLatin1Char(',')).toUtf8() + '\n';
    for (int r = 0; r < rows; ++r) {
        cells.clear();
        if (rowHeaders) cells << csvCell(model->headerData(r, Qt::Vertical).toString());
        for (int c = 0; c < columns; ++c) {
            const QVariant v = model->index(r, c).data(Qt::DisplayRole);
            // Numbers keep full precision (the view may round them for display).
            const QVariant exact = model->index(r, c).data(Qt::EditRole);
            const QVariant& value = exact.isValid() ? exact : v;
            cells << csvCell(value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float
                                 ? QString::number(value.toDouble(), 'g', 9)
                                 : value.toString());
        }
        out += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    file.write(out);
    if (!file.commit()) return fail(error, tr("Could not write %1.").arg(path));
    return true;
}

void ViewExport::copyImage(QWidget* view, double scale)
{
    const QImage image = renderImage(view, scale);
    if (!image.isNull()) QApplication::clipboard()->setImage(image);
}

QList<QAction*> ViewExport::createActions(QWidget* view, const QAbstractItemModel* model, QObject* owner,
                                          const QString& namePrefix, const QString& title)
{
    QPointer<QWidget> guard(view);
    QPointer<const QAbstractItemModel> modelGuard(model);
    auto report = [guard](bool ok, const QString& error) {
        if (!ok && guard) QMessageBox::warning(guard->window(), tr("Export failed"), error);
    };
    auto ask = [guard](const QString& caption, const QString& filter, const QString& suffix) {
        QString path = QFileDialog::getSaveFileName(guard ? guard->window() : nullptr, caption, QString(), filter);
        if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive)) path += suffix;
        return path;
    };
    QList<QAction*> actions;
    auto add = [&](const QString& text, const QString& name, std::function<void()> run) {
        auto* action = new QAction(text, owner);
        action->setObjectName(namePrefix + name);
        QObject::connect(action, &QAction::triggered, owner, [guard, run] {
            if (guard) run();
        });
        actions.push_back(action);
    };
    add(tr("&Copy Image"), QStringLiteral("CopyImage"), [guard] { copyImage(guard); });
    add(tr("Save as &PNG…"), QStringLiteral("SavePng"), [guard, ask, report, title] {
        bool ok = false;
        const QStringList scales = {QStringLiteral("1×"), QStringLiteral("2×"), QStringLiteral("3×"),
                                    QStringLiteral("4×")};
        const QString choice =
            QInputDialog::getItem(guard->window(), tr("Export PNG"), tr("Scale factor:"), scales, 1, false, &ok);
        if (!ok) return;
        const QString path = ask(tr("Save %1 as PNG").arg(title), tr("PNG image (*.png)"), QStringLiteral(".png"));
        if (path.isEmpty()) return;
        QString error;
        report(savePng(guard, path, double(scales.indexOf(choice) + 1), &error), error);
    });
    add(tr("Save as &SVG…"), QStringLiteral("SaveSvg"), [guard, ask, report, title] {
        const QString path = ask(tr("Save %1 as SVG").arg(title), tr("SVG drawing (*.svg)"), QStringLiteral(".svg"));
        if (path.isEmpty()) return;
        QString error;
        report(saveSvg(guard, path, title, &error), error);
    });
    if (model) {
        add(tr("Save Values as C&SV…"), QStringLiteral("SaveCsv"), [modelGuard, ask, report, title] {
            if (!modelGuard) return;
            const QString path =
                ask(tr("Save %1 as CSV").arg(title), tr("Comma-separated values (*.csv)"), QStringLiteral(".csv"));
            if (path.isEmpty()) return;
            QString error;
            report(saveCsv(modelGuard, path, &error), error);
        });
    }
    return actions;
}

} // namespace elui
