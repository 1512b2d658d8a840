// A destruction act: the cases whose retention period ended, drawn up on a date by a
// committee on a legal basis; once confirmed, their personal data is deleted and the act
// (kept for good) is the proof. The forms module prints it from this data.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace exitdesk {

struct RetentionCandidate
{
    qint64 caseId = 0;
    QString caseNumber;
    QString fullName;
    QDate birthDate;
    QDate submittedOn;
    QString decision; // positive | refusal
    QDate decisionDate;
    QDate keepUntil;
    qint64 pendingActId = 0; // already on an act not yet confirmed
};

struct DestructionAct
{
    qint64 id = 0;
    QDate drawnUpOn;
    QString basis;         // e.g. "seed 000 §20-21: retention period ended"
    QStringList committee; // "position, name" of each member, in signing order
    QString createdBy;
    QDateTime createdAt;
    QString destroyedBy; // empty until confirmed
    QDateTime destroyedAt;
    QList<RetentionCandidate> cases;

    bool confirmed() const { return destroyedAt.isValid(); }
};

} // namespace exitdesk
