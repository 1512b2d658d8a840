// What to list of the stored cases (CaseSearch), and the short row shown in lists.
#pragma once

#include "model/Case.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace exitdesk {

enum class CaseOrder
{
    Id,
    IdDescending,
    Number,
    SubmittedAt
};

struct CaseFilter
{
    std::optional<CaseStatus> status;
    // Words that must all occur (case-insensitively, Kazakh and Russian letters included) in
    // the number, IIN, surname, name or patronymic.
    QString search;
    QString number;      // exact case number
    QDate submittedFrom; // inclusive; null: no lower bound
    QDate submittedTo;   // inclusive; null: no upper bound
    // From the stage cache (table case_stages, kept by CaseStageIndex): the current stage's
    // key (workflow's stageKey), and "the current stage was due before this day".
    QString stage;
    QDate stageDueBefore;
    int limit = -1;      // -1: all
    int offset = 0;
    CaseOrder order = CaseOrder::Id;
};

struct CaseSummary
{
    qint64 id = 0;
    QString number;
    CaseStatus status = CaseStatus::Draft;
    int version = 0;
    QString office;
    QDateTime submittedAt;
    QString surname;
    QString name;
    QString patronymic;
    QString iin;
    QDate birthDate;
    QString toCountry;

    QString fullName() const;
};

} // namespace exitdesk
