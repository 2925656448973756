#pragma once
// The sentence list with an editor line for the selected sentence: typing in the editor edits the
// sentence in place (the views update live), Return starts a new sentence, and pasting many lines
// adds one sentence per line.

#include <QWidget>

class QAction;
class QLineEdit;
class QTableView;

namespace elui {

class SentenceListModel;

class SentencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SentencePanel(SentenceListModel* model, QWidget* parent = nullptr);

    int currentRow() const;
    void setCurrentRow(int row);
    QLineEdit* editor() const { return m_editor; }
    QTableView* listView() const { return m_list; }

    QAction* addAction() const { return m_addAction; }
    QAction* removeAction() const { return m_removeAction; }
    QAction* pasteAction() const { return m_pasteAction; }

public Q_SLOTS:
    void addSentence();
    void removeSelected();
    void pasteSentences();

Q_SIGNALS:
    void currentRowChanged(int row);

private:
    void syncEditor();
    void onEditorEdited(const QString& text);

    SentenceListModel* m_model;
    QTableView* m_list;
    QLineEdit* m_editor;
    QAction* m_addAction;
    QAction* m_removeAction;
    QAction* m_pasteAction;
};

} // namespace elui
