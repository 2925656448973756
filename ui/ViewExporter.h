#pragma once
// Export of one view of the workbench (overview, tokens, pooling lab, similarity maps, model card):
// the picture (PNG at a chosen scale, SVG through QSvgGenerator), its numbers (CSV from an item model, .npy of a matrix through
// el::writeNpy) and the clipboard (image plus the numbers as tab-separated text).
//
// The picture is the view widget rendered as shown (QWidget::render), so heatmaps and Qt Charts
// export alike, cropped to its content; SVG keeps them as vectors. A view offers what it has: an exporter
// without a table has no CSV, one without an array no .npy (their actions are disabled).
//
// menuAction() is a QAction with a submenu (Copy image, Copy numbers, Save PNG/SVG/CSV/NPY…) for
// the main window's menus and the view's context menu; the exportTo() calls are the same without
// dialogs (tests, scripts).

#include "FloatArray.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QAction;
class QMenu;
class QWidget;

namespace elui {

class ViewExporter : public QObject
{
    Q_OBJECT
public:
    enum class Format { Png, Svg, Csv, Npy };

    struct Source
    {
        std::function<QWidget*()> view;                   // what the picture shows
        std::function<const QAbstractItemModel*()> table; // CSV/TSV numbers (may be empty)
        std::function<el::FloatArray()> array;            // .npy numbers (may be empty)
        std::function<bool()> ready;                      // false: nothing to export yet
    };

    // title: the submenu's text and the SVG title; baseName: the default file name.
    ViewExporter(const QString& title, const QString& baseName, Source source, QWidget* parent);

    QAction* menuAction() const { return m_menuAction; }
    QString title() const { return m_title; }
    bool hasTable() const { return bool(m_source.table); }
    bool hasArray() const { return bool(m_source.array); }

    // False with a translated message in *error on failure (nothing shown, write error, too large).
    bool exportTo(Format format, const QString& path, double scale = 2.0, QString* error = nullptr) const;
    QImage renderImage(double scale = 2.0) const;
    // The part of the view that holds something, in view coordinates: the view's rectangle without
    // the empty margins around its content (a heatmap rarely fills its page). PNG and SVG use it.
    QRect contentRect() const;
    // The numbers as text: a header line, then one line per row (separator ',' with RFC 4180
    // quoting, or '\t').
    QString tableText(QChar separator) const;
    // Image and tab-separated numbers on the clipboard; false when there is nothing to copy.
    bool copyToClipboard(double scale = 2.0) const;

    static QString tableText(const QAbstractItemModel& model, QChar separator);
    // One CSV field with RFC 4180 quoting where needed.
    static QString csvField(const QString& s);
    // The menu actions of several exporters (a view's exportActions()).
    static QList<QAction*> menuActions(const QList<ViewExporter*>& exporters);
    // Right-click on view opens this exporter's actions.
    void attachContextMenu(QWidget* view) const;

public Q_SLOTS:
    void exportWithDialog(elui::ViewExporter::Format format);

private:
    bool isReady() const;
    void updateActions();

    QString m_title;
    QString m_baseName;
    Source m_source;
    QPointer<QWidget> m_dialogParent;
    QAction* m_menuAction;
    QMenu* m_menu;
    QList<QAction*> m_tableActions;
    QAction* m_npyAction = nullptr;
};

} // namespace elui
