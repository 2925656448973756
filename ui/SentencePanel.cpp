#include "SentencePanel.h"

#include "SentenceListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace elui {

SentencePanel::SentencePanel(SentenceListModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_list(new QTableView(this)), m_editor(new QLineEdit(this)),
      m_pairEditor(new QLineEdit(this))
{
    m_list->setObjectName(QStringLiteral("sentenceList"));
    m_list->setModel(model);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDragDropOverwriteMode(false);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setShowGrid(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);

    m_editor->setObjectName(QStringLiteral("sentenceEditor"));
    m_editor->setPlaceholderText(tr("Type a sentence…"));
    m_editor->setClearButtonEnabled(true);
    m_editor->setToolTip(tr("Edits the selected sentence; the views update as you type. Return adds a new sentence."));

    m_pairEditor->setObjectName(QStringLiteral("sentencePairEditor"));
    m_pairEditor->setPlaceholderText(tr("Second text (B) of the pair, optional…"));
    m_pairEditor->setClearButtonEnabled(true);
    m_pairEditor->setToolTip(tr("With a second text the sentence is tokenized and inspected as an A/B pair "
                                "(segments and type ids); the similarity matrix uses text A."));

    m_addAction = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add Sentence"), this);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_addAction->setToolTip(tr("Add a new sentence below the selected one"));
    m_removeAction = new QAction(QIcon(QStringLiteral(":/icons/remove.svg")), tr("&Remove Sentence"), this);
    m_removeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_removeAction->setToolTip(tr("Remove the selected sentences"));
    m_pasteAction = new QAction(QIcon(QStringLiteral(":/icons/paste.svg")), tr("&Paste Sentences"), this);
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteAction->setToolTip(tr("Add every line of the clipboard as a sentence"));
    m_nextAction = new QAction(tr("&Next Sentence"), this);
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_previousAction = new QAction(tr("Pre&vious Sentence"), this);
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_pairsAction = new QAction(tr("Sentence Pa&irs (A/B)"), this);
    m_pairsAction->setCheckable(true);
    m_pairsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pairsAction->setToolTip(tr("Show a second text (B) per sentence, tokenized and inspected as a pair"));
    connect(m_nextAction, &QAction::triggered, this, &SentencePanel::selectNext);
    connect(m_previousAction, &QAction::triggered, this, &SentencePanel::selectPrevious);
    connect(m_pairsAction, &QAction::toggled, this, &SentencePanel::setPairsShown);
    connect(m_addAction, &QAction::triggered, this, &SentencePanel::addSentence);
    connect(m_removeAction, &QAction::triggered, this, &SentencePanel::removeSelected);
    connect(m_pasteAction, &QAction::triggered, this, &SentencePanel::pasteSentences);

    auto* title = new QLabel(tr("Sentences"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* header = new QHBoxLayout;
    header->addWidget(title, 1);
    for (QAction* action : {m_addAction, m_removeAction, m_pasteAction}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        header->addWidget(button);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_editor);
    layout->addWidget(m_pairEditor);
    layout->addWidget(m_list, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        syncEditor();
        Q_EMIT currentRowChanged(current.isValid() ? current.row() : -1);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& tl, const QModelIndex& br) {
        const int row = currentRow();
        if (row >= tl.row() && row <= br.row()) syncEditor();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->hasPairs()) setPairsShown(true);
        if (m_model->rowCount() > 0) setCurrentRow(0);
        syncEditor();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_model->hasPairs()) setPairsShown(true);
    });
    connect(m_editor, &QLineEdit::textEdited, this, &SentencePanel::onEditorEdited);
    connect(m_editor, &QLineEdit::returnPressed, this, &SentencePanel::addSentence);
    connect(m_pairEditor, &QLineEdit::textEdited, this, &SentencePanel::onPairEdited);

    setPairsShown(m_model->hasPairs());
    if (m_model->rowCount() > 0) setCurrentRow(0);
}

bool SentencePanel::pairsShown() const
{
    return m_pairsAction->isChecked();
}

void SentencePanel::setPairsShown(bool shown)
{
    if (m_pairsAction->isChecked() != shown) m_pairsAction->setChecked(shown); // re-enters through toggled
    m_list->setColumnHidden(SentenceListModel::PairColumn, !shown);
    m_list->horizontalHeader()->setVisible(shown);
    m_pairEditor->setVisible(shown);
}

void SentencePanel::selectNext()
{
    if (m_model->rowCount() > 0) setCurrentRow(std::min(currentRow() + 1, m_model->rowCount() - 1));
}

void SentencePanel::selectPrevious()
{
    if (m_model->rowCount() > 0) setCurrentRow(std::max(currentRow() - 1, 0));
}

int SentencePanel::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SentencePanel::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) return;
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->selectionModel()->select(m_model->index(row, 0),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void SentencePanel::syncEditor()
{
    const QString text = m_model->sentence(currentRow());
    // Keep the cursor where the user is typing when the model echoes the edit back.
    if (m_editor->text() != text) m_editor->setText(text);
    const QString pair = m_model->pairText(currentRow());
    if (m_pairEditor->text() != pair) m_pairEditor->setText(pair);
}

void SentencePanel::onPairEdited(const QString& text)
{
    int row = currentRow();
    if (row < 0) {
        row = m_model->addSentence(QString(), -1, text);
        setCurrentRow(row);
        return;
    }
    m_model->setData(m_model->index(row, SentenceListModel::PairColumn), text);
}

void SentencePanel::onEditorEdited(const QString& text)
{
    int row = currentRow();
    if (row < 0) {
        row = m_model->addSentence(text);
        setCurrentRow(row);
        return;
    }
    m_model->setData(m_model->index(row, 0), text);
}

void SentencePanel::addSentence()
{
    const int row = m_model->addSentence(QString(), currentRow() < 0 ? -1 : currentRow() + 1);
    setCurrentRow(row);
    m_editor->setFocus();
}

void SentencePanel::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_list->selectionModel()->selectedIndexes())
        if (!rows.contains(index.row())) rows.push_back(index.row());
    if (rows.isEmpty() && currentRow() >= 0) rows.push_back(currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows) m_model->removeRows(row, 1);
    if (m_model->rowCount() > 0) setCurrentRow(std::min(rows.isEmpty() ? 0 : rows.back(), m_model->rowCount() - 1));
    syncEditor();
}

void SentencePanel::pasteSentences()
{
    const int at = currentRow() < 0 ? -1 : currentRow() + 1;
    const int added = m_model->addLines(QApplication::clipboard()->text(), at);
    if (added > 0) setCurrentRow(at < 0 ? m_model->rowCount() - added : at);
}

} // namespace elui
