#pragma once
// Export of any view of the workbench that paints itself as a widget: PNG (choosable scale), SVG
// (vector, through QSvgGenerator), the numbers behind it as CSV (from its item model), and the image
// to the clipboard. The attention explorer has its own figure exports; this serves the others.

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QAction;
class QObject;
class QWidget;

namespace elui {

class ViewExport
{
    Q_DECLARE_TR_FUNCTIONS(ViewExport)
public:
    // The widget as painted, at scale x its logical size.
    static QImage renderImage(QWidget* view, double scale = 2.0);
    static bool savePng(QWidget* view, const QString& path, double scale = 2.0, QString* error = nullptr);
    static bool saveSvg(QWidget* view, const QString& path, const QString& title, QString* error = nullptr);
    // Header row from the horizontal headers; a first column with the vertical headers when they are
    // set. RFC 4180 quoting, UTF-8.
    static bool saveCsv(const QAbstractItemModel* model, const QString& path, QString* error = nullptr);
    static void copyImage(QWidget* view, double scale = 2.0);

    // Copy Image, Save as PNG…, Save as SVG…, and (with a model) Save Values as CSV…, asking for
    // a file name (and a scale) with dialogs. Actions are children of owner; objectName prefix is
    // used for the actions' object names (e.g. "tokens" -> "tokensSavePng").
    static QList<QAction*> createActions(QWidget* view, const QAbstractItemModel* model, QObject* owner,
                                         const QString& namePrefix, const QString& title);
};

} // namespace elui
