#include "casecard/EventDialog.h"

#include "DateField.h"
#include "casecard/CardActions.h"
#include "casecard/EventSummary.h"
#include "workflow/ApprovalBody.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace exitdesk::ui {

namespace {

QDateEdit *makeDateEdit(const QDate &value, const QDate &min, const QDate &max, QWidget *parent)
{
    auto *edit = new DateField(value, parent);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setCalendarPopup(true);
    if (min.isValid())
        edit->setMinimumDate(min);
    if (max.isValid())
        edit->setMaximumDate(max);
    return edit;
}

} // namespace

EventDialog::EventDialog(EventKind kind, EventDialogSetup setup, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_setup(std::move(setup))
{
    // The same words as the button that opened the dialog, with a capital letter.
    const QString heading = CardActions::title(kind);
    setWindowTitle(heading);
    // Room for a full name in "Executor" and for a body's number: the natural width cut both.
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), this);
    layout->addWidget(title);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    const QDate today = m_setup.now.date();
    m_date = makeDateEdit(today, m_setup.earliest, today, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_form->addRow(tr("&Date:"), m_date);
    m_executor = new QLineEdit(m_setup.executor, this);
    m_executor->setObjectName(QStringLiteral("executor"));
    m_form->addRow(tr("E&xecutor:"), m_executor);
    buildData();
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_form->addRow(tr("&Note:"), m_note);

    m_buttons = new QDialogButtonBox(this);
    m_ok = m_buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_executor, &QLineEdit::textChanged, this, &EventDialog::updateOk);
    updateOk();
    // The executor is usually right already: start on the date, the usual correction.
    m_date->setFocus();
}

void EventDialog::buildData()
{
    switch (m_kind) {
    case EventKind::CompletenessChecked:
        m_flag = new QCheckBox(tr("The package of documents is &complete"), this);
        m_flag->setObjectName(QStringLiteral("data.complete"));
        m_flag->setChecked(true);
        m_form->addRow(QString(), m_flag);
        break;
    case EventKind::RequestsSent:
        addBodyChecks();
        break;
    case EventKind::AnswerReceived:
        addAnswerFields();
        break;
    case EventKind::HearingNoticeSent: {
        m_hearingAt = new DateTimeField(QDateTime(m_setup.now.date().addDays(2), QTime(10, 0)), this);
        m_hearingAt->setObjectName(QStringLiteral("data.hearingAt"));
        m_hearingAt->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
        m_hearingAt->setCalendarPopup(true);
        m_form->addRow(tr("&Hearing on:"), m_hearingAt);
        break;
    }
    case EventKind::HearingHeld:
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("data.outcome"));
        m_choice->addItem(tr("refusal"), QStringLiteral("refusal"));
        m_choice->addItem(tr("approval"), QStringLiteral("positive"));
        m_form->addRow(tr("&Outcome:"), m_choice);
        m_flag = new QCheckBox(tr("The applicant &attended"), this);
        m_flag->setObjectName(QStringLiteral("data.attended"));
        m_flag->setChecked(true);
        m_form->addRow(QString(), m_flag);
        break;
    case EventKind::MilitaryAnswer:
        m_flag = new QCheckBox(tr("&Removed from the military register"), this);
        m_flag->setObjectName(QStringLiteral("data.removed"));
        m_flag->setChecked(true);
        m_form->addRow(QString(), m_flag);
        break;
    case EventKind::ComplaintReceived:
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("data.to"));
        for (const char *key : {"reviewing-body", "provider", "quality-body"})
            m_choice->addItem(EventSummary::complaintAddressee(QLatin1String(key)), QLatin1String(key));
        m_form->addRow(tr("&Addressed:"), m_choice);
        m_number = new QLineEdit(this);
        m_number->setObjectName(QStringLiteral("data.number"));
        m_form->addRow(tr("Registration n&umber:"), m_number);
        break;
    case EventKind::ComplaintAnswered:
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("data.result"));
        m_choice->addItem(tr("rejected"), QStringLiteral("rejected"));
        m_choice->addItem(tr("satisfied"), QStringLiteral("satisfied"));
        m_form->addRow(tr("&Result:"), m_choice);
        break;
    default:
        break;
    }
}

void EventDialog::addBodyChecks()
{
    auto *label = new QLabel(tr("Requests sent to:"), this);
    m_form->addRow(label);
    for (ApprovalBody body : allApprovalBodies()) {
        auto *box = new QCheckBox(approvalBodyName(body).in(m_setup.lang), this);
        box->setObjectName(QStringLiteral("data.body.") + approvalBodyKey(body));
        // The bodies not asked yet are ticked; a reminder to one already asked is a click away.
        box->setChecked(!m_setup.state.requested.contains(body));
        m_bodies.insert(approvalBodyKey(body), box);
        m_form->addRow(QString(), box);
        connect(box, &QCheckBox::toggled, this, &EventDialog::updateOk);
    }
}

void EventDialog::addAnswerFields()
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("data.body"));
    // The bodies waited for come first; every body stays selectable (core refuses wrong ones).
    QList<ApprovalBody> waiting, others;
    for (ApprovalBody body : allApprovalBodies())
        (m_setup.state.requested.contains(body) && !m_setup.state.answers.contains(body) ? waiting : others) << body;
    for (ApprovalBody body : waiting + others)
        m_choice->addItem(approvalBodyName(body).in(m_setup.lang), approvalBodyKey(body));
    m_form->addRow(tr("&Body:"), m_choice);
    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("data.result"));
    m_result->addItem(tr("positive"), QStringLiteral("positive"));
    m_result->addItem(tr("negative"), QStringLiteral("negative"));
    m_form->addRow(tr("&Result:"), m_result);
    m_answerDate = makeDateEdit(m_setup.now.date(), QDate(), m_setup.now.date(), this);
    m_answerDate->setObjectName(QStringLiteral("data.date"));
    m_form->addRow(tr("&Answer dated:"), m_answerDate);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("data.number"));
    m_form->addRow(tr("Answer n&umber:"), m_number);
}

void EventDialog::updateOk()
{
    bool ok = !m_executor->text().trimmed().isEmpty();
    if (!m_bodies.isEmpty()) {
        bool any = false;
        for (QCheckBox *box : m_bodies)
            any = any || box->isChecked();
        ok = ok && any;
    }
    m_ok->setEnabled(ok);
}

QJsonObject EventDialog::data() const
{
    QJsonObject d;
    switch (m_kind) {
    case EventKind::CompletenessChecked:
        d.insert(QStringLiteral("complete"), m_flag->isChecked());
        break;
    case EventKind::RequestsSent: {
        QJsonArray bodies;
        for (auto it = m_bodies.constBegin(); it != m_bodies.constEnd(); ++it) {
            if (it.value()->isChecked())
                bodies.append(it.key());
        }
        if (bodies.size() == 1)
            d.insert(QStringLiteral("body"), bodies.first());
        else
            d.insert(QStringLiteral("bodies"), bodies);
        break;
    }
    case EventKind::AnswerReceived:
        d.insert(QStringLiteral("body"), m_choice->currentData().toString());
        d.insert(QStringLiteral("result"), m_result->currentData().toString());
        d.insert(QStringLiteral("date"), m_answerDate->date().toString(Qt::ISODate));
        if (!m_number->text().trimmed().isEmpty())
            d.insert(QStringLiteral("number"), m_number->text().trimmed());
        break;
    case EventKind::HearingNoticeSent:
        d.insert(QStringLiteral("hearingAt"), m_hearingAt->dateTime().toString(Qt::ISODate));
        break;
    case EventKind::HearingHeld:
        d.insert(QStringLiteral("outcome"), m_choice->currentData().toString());
        d.insert(QStringLiteral("attended"), m_flag->isChecked());
        break;
    case EventKind::MilitaryAnswer:
        d.insert(QStringLiteral("removed"), m_flag->isChecked());
        break;
    case EventKind::ComplaintReceived:
        d.insert(QStringLiteral("to"), m_choice->currentData().toString());
        if (!m_number->text().trimmed().isEmpty())
            d.insert(QStringLiteral("number"), m_number->text().trimmed());
        break;
    case EventKind::ComplaintAnswered:
        d.insert(QStringLiteral("result"), m_choice->currentData().toString());
        break;
    default:
        break;
    }
    if (!m_note->text().trimmed().isEmpty())
        d.insert(QStringLiteral("note"), m_note->text().trimmed());
    return d;
}

CaseEvent EventDialog::event() const
{
    CaseEvent e;
    e.kind = m_kind;
    const QDate day = m_date->date();
    // A step dated today keeps the time it was entered; one entered after the fact gets
    // midnight (the replay orders a day's steps by recording, not by the time of day).
    e.at = day == m_setup.now.date() ? m_setup.now : QDateTime(day, QTime(0, 0));
    e.executor = m_executor->text().trimmed();
    e.data = data();
    return e;
}

} // namespace exitdesk::ui
