#pragma once
// The sentence list with an editor line for the selected sentence: typing in the editor edits the
// sentence in place (the views update live), Return starts a new sentence, and pasting many lines
// adds one sentence per line. With pairs shown, a second editor edits the row's text B (A/B pairs).

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
    QLineEdit* pairEditor() const { return m_pairEditor; }
    QTableView* listView() const { return m_list; }

    QAction* addAction() const { return m_addAction; }
    QAction* removeAction() const { return m_removeAction; }
    QAction* pasteAction() const { return m_pasteAction; }
    QAction* nextAction() const { return m_nextAction; }
    QAction* previousAction() const { return m_previousAction; }
    // Checkable: show column B and its editor.
    QAction* pairsAction() const { return m_pairsAction; }
    bool pairsShown() const;
    void setPairsShown(bool shown);

public Q_SLOTS:
    void addSentence();
    void removeSelected();
    void pasteSentences();
    void selectNext();
    void selectPrevious();

Q_SIGNALS:
    void currentRowChanged(int row);

private:
    void syncEditor();
    void onEditorEdited(const QString& text);
    void onPairEdited(const QString& text);

    SentenceListModel* m_model;
    QTableView* m_list;
    QLineEdit* m_editor;
    QLineEdit* m_pairEditor;
    QAction* m_addAction;
    QAction* m_removeAction;
    QAction* m_pasteAction;
    QAction* m_nextAction;
    QAction* m_previousAction;
    QAction* m_pairsAction;
};

} // namespace elui
