#include "caselist/CaseListPanel.h"

#include "caselist/CaseListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace exitdesk::ui {

CaseListPanel::CaseListPanel(CaseListSource *source, QWidget *parent)
    : QWidget(parent), m_model(new CaseListModel(source, this)), m_searchLabel(new QLabel(this)),
      m_search(new QLineEdit(this)), m_view(new QTableView(this)), m_debounce(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(CaseListModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(CaseListModel::NumberColumn, 120);
    m_view->setColumnWidth(CaseListModel::IinColumn, 120);
    m_view->setColumnWidth(CaseListModel::DestinationColumn, 160);
    m_view->setColumnWidth(CaseListModel::StageColumn, 220);
    m_view->setColumnWidth(CaseListModel::DueColumn, 100);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CaseListPanel::applySearch);
    // Enter in the search field: search now, or open the only match.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            applySearch();
        }
        if (m_model->rowCount() >= 1)
            emit caseActivated(m_model->row(0).id);
    });
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            emit caseActivated(m_model->row(index.row()).id);
    };
    connect(m_view, &QTableView::activated, this, activate);

    auto *top = new QHBoxLayout;
    top->addWidget(m_searchLabel);
    top->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    retranslate();
    m_model->reload();
}

void CaseListPanel::reload()
{
    m_model->reload();
}

void CaseListPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CaseListPanel::applySearch()
{
    CaseListQuery q = m_model->query();
    q.search = m_search->text().trimmed();
    m_model->setQuery(q);
}

void CaseListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Stage names come with the rows, in the language of the moment they were read.
        m_model->reload();
    }
    QWidget::changeEvent(event);
}

void CaseListPanel::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("IIN, name or case number"));
    m_model->retranslate();
}

} // namespace exitdesk::ui
