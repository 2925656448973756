#include "TokenPanel.h"

#include "TokenChipsView.h"
#include "TokenTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace elui {

TokenPanel::TokenPanel(TokenTableModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_caption(new QLabel(this)), m_chips(new TokenChipsView),
      m_table(new QTableView)
{
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    m_caption->setText(tr("Tokens"));

    m_chips->setObjectName(QStringLiteral("tokenChips"));
    m_chips->setModel(model);
    m_chips->setPlaceholderText(tr("The tokens of the selected sentence appear here."));
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_chips);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(60);

    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The covered text is what people compare with the piece: it keeps its width and the table scrolls
    // sideways when the panel is narrow (e.g. two tokenizations side by side).
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // Chips are what people read first: give them room for a few lines of tokens.
    splitter->setSizes({160, 180});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(splitter, 1);

    connect(m_chips, &TokenChipsView::tokenClicked, this, [this](int row) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_chips->setCurrentToken(current.isValid() ? current.row() : -1); });
    connect(model, &QAbstractItemModel::modelReset, this, &TokenPanel::refreshFootnote);
}

void TokenPanel::setCaption(const QString& text)
{
    m_caption->setText(text);
}

void TokenPanel::refreshFootnote()
{
    m_chips->setCurrentToken(-1);
    const el::Encoding& enc = m_model->encoding();
    if (enc.truncated) {
        m_chips->setFootnote(tr("✂ Truncated: %n token(s) beyond the model's max length were dropped.", nullptr,
                                int(enc.droppedTokens)));
    } else {
        m_chips->setFootnote({});
    }
}

} // namespace elui
