#include "decision/DecisionDialog.h"

#include "DateField.h"
#include "decision/GroundsTable.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace exitdesk::ui {

DecisionDialog::DecisionDialog(EventDialogSetup setup, bool refusalOnly, QWidget *parent)
    : QDialog(parent), m_setup(std::move(setup))
{
    setWindowTitle(tr("Decision"));
    auto *layout = new QVBoxLayout(this);

    m_approve = new QRadioButton(tr("&Approve: issue the decision (Annex 8, electronic Annex 9)"), this);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_refuse = new QRadioButton(tr("&Refuse on the grounds ticked below (notice: Annex 6, electronic Annex 7)"), this);
    m_refuse->setObjectName(QStringLiteral("refuse"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_approve);
    group->addButton(m_refuse);
    layout->addWidget(m_approve);
    layout->addWidget(m_refuse);
    if (refusalOnly) {
        m_approve->setEnabled(false);
        auto *why = new QLabel(tr("The package was found incomplete: only a refusal can be prepared."), this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }

    auto *groundsLabel = new QLabel(tr("&Grounds for refusal (Space ticks a ground, F2 edits its «until» text):"), this);
    m_grounds = new GroundsTable(m_setup.lang, this);
    groundsLabel->setBuddy(m_grounds);
    layout->addWidget(groundsLabel);
    layout->addWidget(m_grounds, 1);

    auto *form = new QFormLayout;
    const QDate today = m_setup.now.date();
    m_date = new DateField(today, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_date->setCalendarPopup(true);
    if (m_setup.earliest.isValid())
        m_date->setMinimumDate(m_setup.earliest);
    m_date->setMaximumDate(today);
    form->addRow(tr("&Date:"), m_date);
    m_executor = new QLineEdit(m_setup.executor, this);
    m_executor->setObjectName(QStringLiteral("executor"));
    form->addRow(tr("E&xecutor:"), m_executor);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_print = new QCheckBox(tr("&Open the document for printing"), this);
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setChecked(true);
    layout->addWidget(m_print);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Record the decision"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A negative answer of a body, or an incomplete package, points to a refusal.
    const bool refuse = refusalOnly || m_setup.state.anyNegative();
    (refuse ? m_refuse : m_approve)->setChecked(true);
    connect(m_approve, &QRadioButton::toggled, this, &DecisionDialog::updateState);
    connect(m_grounds, &GroundsTable::groundsChanged, this, &DecisionDialog::updateState);
    connect(m_executor, &QLineEdit::textChanged, this, &DecisionDialog::updateState);
    updateState();
    resize(980, 640);
    (refuse ? static_cast<QWidget *>(m_grounds) : m_approve)->setFocus();
}

void DecisionDialog::updateState()
{
    m_grounds->setEnabled(m_refuse->isChecked());
    const bool ok = !m_executor->text().trimmed().isEmpty() && (approved() || !grounds().isEmpty());
    m_ok->setEnabled(ok);
}

bool DecisionDialog::approved() const
{
    return m_approve->isChecked();
}

QList<forms::RefusalGround> DecisionDialog::grounds() const
{
    return approved() ? QList<forms::RefusalGround>() : m_grounds->grounds();
}

void DecisionDialog::setPrintAllowed(bool allowed)
{
    m_print->setChecked(allowed);
    m_print->setEnabled(allowed);
    m_print->setToolTip(allowed ? QString() : tr("The document is printed by the operator or the head."));
}

bool DecisionDialog::printRequested() const
{
    return m_print->isChecked();
}

CaseEvent DecisionDialog::event() const
{
    CaseEvent e;
    e.kind = EventKind::DecisionPrepared;
    const QDate day = m_date->date();
    e.at = day == m_setup.now.date() ? m_setup.now : QDateTime(day, QTime(0, 0));
    e.executor = m_executor->text().trimmed();
    if (approved()) {
        e.data.insert(QStringLiteral("result"), QStringLiteral("positive"));
    } else {
        e.data.insert(QStringLiteral("result"), QStringLiteral("refusal"));
        // The shape CaseFormLoader reads: the number and the «until» texts as shown.
        QJsonArray array;
        for (const forms::RefusalGround &g : grounds())
            array.append(QJsonObject{{QStringLiteral("number"), g.number},
                                     {QStringLiteral("untilKk"), g.untilKk},
                                     {QStringLiteral("untilRu"), g.untilRu}});
        e.data.insert(QStringLiteral("grounds"), array);
    }
    if (!m_note->text().trimmed().isEmpty())
        e.data.insert(QStringLiteral("note"), m_note->text().trimmed());
    return e;
}

} // namespace exitdesk::ui
