#pragma once
// The model card: what was loaded (architecture, sizes, vocabulary, max length, declared pooling,
// parameters, dtype, memory, load time) and what the loader noticed (notes, ignored weights).

#include <QTreeWidget>

namespace el {
struct ModelInfo;
}

namespace elui {

class ModelSummaryView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ModelSummaryView(QWidget* parent = nullptr);

    void setModelInfo(const el::ModelInfo& info);
    void clearModelInfo();
    // The value shown for a property row, by its (translated) label; empty when absent. For tests.
    QString valueOf(const QString& label) const;

private:
    QTreeWidgetItem* addRow(const QString& label, const QString& value, const QString& tip = {});
};

} // namespace elui
