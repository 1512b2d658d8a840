// The columns of the register, in order: the 2001 ledger book's (seed 000, Annex 3) first, then
// today's additions. One table shared by the Excel export and the register view, so both show
// the same headers and the same cell values.
#pragma once

#include "ledger/LedgerLanguage.h"
#include "ledger/LedgerRow.h"

#include <QDate>
#include <QList>
#include <QString>

namespace exitdesk {

enum class LedgerColumn
{
    Sequence, // № — the line's number in the register
    Surname,
    Name,
    Patronymic,
    BirthDate,
    Iin,
    PassportNumber,
    IdentityCardNumber,
    Country,
    SecurityAnswerDate,
    SecurityAnswerNumber,
    PermitDate,
    PermitCaseNumber,
    Note,
    SubmittedOn,
    DueDate,
    Stage,
    DecisionDate,
    RefusalGrounds,
    Children,
    ChildrenCount,
    Executor,
    Office,
};

struct LedgerColumnInfo
{
    enum Kind
    {
        Text,
        Date,
        Number
    };
    LedgerColumn column;
    Kind kind;
    QString headerKk;
    QString headerRu;
    QString header(LedgerLanguage language) const;
};

// What one cell holds: text, a date (null = empty cell) or a number.
struct LedgerCell
{
    LedgerColumnInfo::Kind kind = LedgerColumnInfo::Text;
    QString text;
    QDate date;
    double number = 0;
    bool empty() const;
    // How the cell looks on screen and paper: dates dd.MM.yyyy, numbers without grouping.
    QString display() const;
};

class LedgerColumns
{
public:
    static const QList<LedgerColumnInfo> &all();
    static int count() { return all().size(); }
    // The cell of a column for a row; sequence is the line's number (column №).
    static LedgerCell cell(const LedgerRow &row, LedgerColumn column, qint64 sequence,
                           LedgerLanguage language);
    // "Name Surname Patronymic (dd.MM.yyyy); ..." for the children column.
    static QString childrenText(const QList<LedgerChild> &children);
};

} // namespace exitdesk
