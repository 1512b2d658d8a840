// Makes realistic demo cases: applicants of several origins with names in their Kazakh or
// Russian forms, valid IINs matching birth date and sex, families with children (ages around
// 10 and 16 included, so that the checklist asks for the guardianship conclusion and birth
// certificates or identity cards), destinations, offices, the documents the checklist requires,
// and the workflow events up to `today`: some cases in progress, some decided, some refused
// with grounds, some stalled and therefore overdue, a few refused at intake or left as drafts.
#pragma once

#include "demo/DemoCase.h"
#include "demo/DemoRandom.h"

#include <QDate>
#include <QDateTime>

namespace exitdesk {

class WorkingCalendar;
struct DemoOffice;
struct Applicant;

class DemoCaseFactory
{
public:
    DemoCaseFactory(const WorkingCalendar &calendar, const QDate &today)
        : m_calendar(calendar), m_today(today)
    {
    }

    // A case handed in at submittedAt to the office; everything else is drawn from rng.
    DemoCase make(DemoRandom &rng, const QDateTime &submittedAt, const DemoOffice &office) const;

    // A valid IIN for the birth date and sex ("M" | "F"); the serial is drawn from rng.
    static QString makeIin(DemoRandom &rng, const QDate &birthDate, const QString &sex);

private:
    void fillApplicant(DemoRandom &rng, Case &c, const DemoOffice &office, int origin) const;
    void addChildren(DemoRandom &rng, Case &c, int origin, const QString &fatherName) const;
    void addDocuments(DemoRandom &rng, Case &c, bool complete) const;
    QList<CaseEvent> timeline(DemoRandom &rng, const Case &c, const QString &executor) const;

    const WorkingCalendar &m_calendar;
    QDate m_today;
};

} // namespace exitdesk
