// Helpers of the ledger tests: rows built in code, a reader over them, and the exported file
// read back with openpyxl (tests/ledger/xlsx_dump.py) as JSON.
#pragma once

#include "ledger/LedgerRowReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace exitdesk::test {

class VectorRowReader : public LedgerRowReader
{
public:
    explicit VectorRowReader(QList<LedgerRow> rows) : m_rows(std::move(rows)) {}
    bool next(LedgerRow *row) override
    {
        if (m_next >= m_rows.size())
            return false;
        *row = m_rows.at(m_next++);
        return true;
    }
    qint64 expectedRows() const override { return m_rows.size(); }
    QString error() const override { return QString(); }

private:
    QList<LedgerRow> m_rows;
    int m_next = 0;
};

// n rows with Kazakh and Russian names, children, dates; deterministic.
QList<LedgerRow> sampleRows(int n);

// The workbook as xlsx_dump.py prints it; an empty object (and a gtest failure) on error.
QJsonObject readXlsx(const QString &path);
// The cells of a sheet: rows of {t, v, f} or null.
QJsonArray sheetRows(const QJsonObject &book, const QString &sheet);
// The text of a cell, "" for an empty one.
QString cellText(const QJsonArray &rows, int row, int column);

// Runs a program and returns its exit code (-1 when it did not start or timed out).
int runProgram(const QString &program, const QStringList &args, const QStringList &env = {},
               QByteArray *out = nullptr, QByteArray *err = nullptr, int timeoutMs = 120000);

QByteArray fileBytes(const QString &path);

} // namespace exitdesk::test
