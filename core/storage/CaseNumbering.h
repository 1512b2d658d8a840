// Case numbers "YYYY-NNNNNN": the year of submission and a sequence per year, taken from a
// row of the counters table that is incremented inside the accepting transaction. The
// UPDATE locks the row (PostgreSQL) or the whole database (SQLite, BEGIN IMMEDIATE) until
// commit, so concurrent acceptances wait for each other: numbers are unique, and a rolled
// back acceptance gives its number back, so there are no gaps.
#pragma once

#include <QList>
#include <QString>

namespace exitdesk {

class Database;

class CaseNumbering
{
public:
    // Must run inside a Transaction. False with *error (driver text) on failure.
    static bool next(Database &db, int year, QString *number, QString *error);
    // Creates and locks the counter rows of these years in ascending order (PostgreSQL; on
    // SQLite the transaction holds the whole database already). For a transaction that will
    // number cases of several years: taken in one order, such transactions cannot deadlock.
    static bool lockYears(Database &db, QList<int> years, QString *error);
    static QString format(int year, qint64 sequence);
    static QString counterName(int year);
};

} // namespace exitdesk
