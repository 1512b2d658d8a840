#include "caselist/CaseListPanel.h"

#include "DateField.h"
#include "Language.h"
#include "caselist/CaseListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace exitdesk::ui {

namespace {

// What a stage-combo item selects: a status, every accepted case, or one workflow stage
// (the stage's enum value, 0 and up).
constexpr int allCases = -1;
constexpr int draftsOnly = -2;
constexpr int refusedAtIntakeOnly = -3;
constexpr int acceptedOnly = -4;

} // namespace

CaseListPanel::CaseListPanel(CaseListSource *source, QWidget *parent)
    : QWidget(parent), m_model(new CaseListModel(source, this)), m_searchLabel(new QLabel(this)),
      m_search(new QLineEdit(this)), m_stageLabel(new QLabel(this)), m_stage(new QComboBox(this)),
      m_overdue(new QCheckBox(this)), m_fromLabel(new QLabel(this)), m_from(makeDateEdit(QStringLiteral("caseFromFilter"))),
      m_toLabel(new QLabel(this)), m_to(makeDateEdit(QStringLiteral("caseToFilter"))), m_clear(new QPushButton(this)),
      m_view(new QTableView(this)), m_debounce(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_stage->setObjectName(QStringLiteral("caseStageFilter"));
    m_stageLabel->setBuddy(m_stage);
    m_overdue->setObjectName(QStringLiteral("caseOverdueFilter"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_clear->setObjectName(QStringLiteral("caseClearFilters"));
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    // One line per case: wrapped stage names made rows of uneven height; the cut text is in the
    // tooltip.
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // The name takes the room left; the other columns keep widths that fit their Kazakh headers.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(CaseListModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(CaseListModel::NumberColumn, 185); // "қабылдаудан бас тартылды"
    m_view->setColumnWidth(CaseListModel::IinColumn, 110);
    m_view->setColumnWidth(CaseListModel::DestinationColumn, 140);
    m_view->setColumnWidth(CaseListModel::StageColumn, 260);
    m_view->setColumnWidth(CaseListModel::DueColumn, 90);
    m_view->setColumnWidth(CaseListModel::DaysLeftColumn, 160);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    // A date is typed digit by digit: wait for the pause like for the search words.
    connect(m_from, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CaseListPanel::applySearch);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CaseListPanel::applySearch);
    connect(m_overdue, &QCheckBox::toggled, this, &CaseListPanel::applySearch);
    connect(m_clear, &QPushButton::clicked, this, &CaseListPanel::clearFilters);
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
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_stageLabel);
    filters->addWidget(m_stage, 1);
    filters->addWidget(m_overdue);
    filters->addSpacing(12);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    // Tab goes from the search through the filters to the list.
    setTabOrder(m_search, m_stage);
    setTabOrder(m_stage, m_overdue);
    setTabOrder(m_overdue, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_clear);
    setTabOrder(m_clear, m_view);

    retranslate();
    m_model->reload();
}

QDateEdit *CaseListPanel::makeDateEdit(const QString &objectName)
{
    auto *edit = new DateField(this);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate());
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDate(noDate());
    return edit;
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

void CaseListPanel::clearFilters()
{
    const QSignalBlocker b1(m_stage), b2(m_overdue), b3(m_from), b4(m_to);
    m_stage->setCurrentIndex(0);
    m_overdue->setChecked(false);
    m_from->setDate(noDate());
    m_to->setDate(noDate());
    applySearch();
}

void CaseListPanel::applySearch()
{
    m_debounce->stop();
    CaseListQuery q;
    q.search = m_search->text().trimmed();
    const int choice = m_stage->currentData().isValid() ? m_stage->currentData().toInt() : allCases;
    if (choice == draftsOnly)
        q.status = CaseStatus::Draft;
    else if (choice == refusedAtIntakeOnly)
        q.status = CaseStatus::RefusedAtIntake;
    else if (choice == acceptedOnly)
        q.status = CaseStatus::Accepted;
    else if (choice >= 0)
        q.stage = Stage(choice);
    q.overdueOnly = m_overdue->isChecked();
    if (m_from->date() != noDate())
        q.submittedFrom = m_from->date();
    if (m_to->date() != noDate())
        q.submittedTo = m_to->date();
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

void CaseListPanel::fillStages()
{
    const QSignalBlocker blocker(m_stage);
    const QVariant chosen = m_stage->currentData();
    m_stage->clear();
    m_stage->addItem(tr("All cases"), allCases);
    m_stage->addItem(tr("Drafts"), draftsOnly);
    m_stage->addItem(tr("Refused at intake"), refusedAtIntakeOnly);
    m_stage->addItem(tr("Accepted (any stage)"), acceptedOnly);
    const QString lang = Language::current();
    for (int s = int(Stage::Registration); s <= int(Stage::ComplaintAwaitingAnswer); ++s)
        m_stage->addItem(stageTitle(Stage(s), lang), s);
    const int index = m_stage->findData(chosen);
    m_stage->setCurrentIndex(index < 0 ? 0 : index);
}

void CaseListPanel::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("IIN, name or case number"));
    m_stageLabel->setText(tr("Sta&ge:"));
    fillStages();
    m_overdue->setText(tr("&Overdue only"));
    m_overdue->setToolTip(tr("Only cases whose current step is past its due date"));
    m_fromLabel->setText(tr("Su&bmitted from:"));
    m_toLabel->setText(tr("&to:"));
    m_from->setToolTip(tr("Day of submission, dd.MM.yyyy; \"—\" for no bound"));
    m_to->setToolTip(m_from->toolTip());
    m_clear->setText(tr("Clear filt&ers"));
    m_model->retranslate();
}

} // namespace exitdesk::ui
