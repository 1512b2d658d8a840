// One line of the register of exit cases (SPEC.md §7): the columns of the 2001 ledger book
// (seed 000, Annex 3) and what today's ledger adds. Built by LedgerQuery from the database, or
// in code by tests; written by LedgerXlsxWriter and shown by the register view.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace exitdesk {

struct LedgerChild
{
    QString fullName; // surname name patronymic
    QDate birthDate;

    bool operator==(const LedgerChild &o) const { return fullName == o.fullName && birthDate == o.birthDate; }
};

struct LedgerRow
{
    qint64 caseId = 0;
    QString caseNumber; // e.g. 2026-000123; empty for drafts

    QString surname;
    QString name;
    QString patronymic;
    QDate birthDate;
    QString iin;
    QString passportNumber;
    QString identityCardNumber;
    QString toCountry; // ISO 3166-1 alpha-2

    // The national security body's answer (Annex 3 column 6): date and number.
    QDate securityAnswerDate;
    QString securityAnswerNumber;
    // The internal affairs body's permit (column 7): the positive decision's date and the case number.
    QDate permitDate;
    QString permitCaseNumber;
    QString note;

    QString office;
    QDate submittedOn;
    QDate dueDate;             // the service term (20 working days); null when not running
    QString status;            // storage status: draft | accepted | refused-at-intake
    QString stage;             // workflow stage key, derived from the events
    bool overdue = false;      // a stage deadline was missed on the reference day
    QDate decisionDate;        // the decision or the refusal, whichever was issued
    QList<int> refusalGrounds; // numbers of the grounds (SPEC.md §5, 1-9) the refusal names
    QList<LedgerChild> children;
    QString executor;

    QString fullName() const;
};

} // namespace exitdesk
