// Writes the register to an .xlsx file with libxlsxwriter in constant-memory mode: rows are
// streamed to disk as they come, so a million cases take as little memory as ten. Headers in
// Kazakh, Russian or both; dates as real Excel dates (dd.mm.yyyy); the header row frozen and an
// autofilter; more rows than a sheet holds continue on a next sheet; a last sheet holds the
// totals by stage, country and month with a chart of cases per month.
//
// The file does not depend on the locale the program runs under (numbers are written with the
// C locale's decimal point whatever LC_NUMERIC says) nor on the time of writing (the creation
// date is given), so the same data gives the same bytes.
//
// No GUI: meant to run in a worker thread. LedgerExporter adds the query, progress and
// cancellation around it.
#pragma once

#include "ledger/LedgerColumns.h"
#include "ledger/LedgerLanguage.h"
#include "ledger/LedgerRow.h"
#include "ledger/LedgerTotals.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVarLengthArray>

#include <memory>

namespace exitdesk {

class LedgerXlsxWriter
{
public:
    // Excel's 1 048 576 rows less the header row.
    static constexpr qint64 MaxRowsPerSheet = 1048575;

    struct Options
    {
        LedgerLanguage language = LedgerLanguage::Both;
        // The document's creation date (workbook properties). Must be set: libxlsxwriter would
        // use the current time, and two exports of the same data would differ.
        QDateTime createdAt;
        qint64 rowsPerSheet = MaxRowsPerSheet;
        QString tmpDir; // for libxlsxwriter's per-sheet temporary files; empty: the system's
    };

    explicit LedgerXlsxWriter(Options options);
    ~LedgerXlsxWriter(); // discards an unfinished workbook: nothing is written
    LedgerXlsxWriter(const LedgerXlsxWriter &) = delete;
    LedgerXlsxWriter &operator=(const LedgerXlsxWriter &) = delete;

    // Starts a workbook that close() will write to path (the file is created only by close()).
    bool open(const QString &path, QString *error);
    // One line made ready for the workbook: its cells as UTF-8 text or numbers (dates as Excel
    // serial days), with their widths; the texts in one buffer, so a line is two allocations at
    // most. Needs no writer, so another thread can make lines while this one writes
    // (LedgerWriterThread).
    struct Cell
    {
        LedgerColumnInfo::Kind kind = LedgerColumnInfo::Text;
        bool empty = true;
        int width = 0;
        qsizetype offset = 0; // Text: where its NUL-terminated UTF-8 starts in Line::text
        double number = 0;    // Number, Date
    };
    struct Line
    {
        QByteArray text;
        QVarLengthArray<Cell, 24> cells;
    };
    // sequence: the line's number in the register (column №).
    static Line line(const LedgerRow &row, qint64 sequence, LedgerLanguage language);

    // A line is written in two halves: writeLine() its cells (line(row, rowsWritten() + 1,
    // language)), false (and error()) when libxlsxwriter fails; and count(row) into the totals.
    // The two may run on different threads (LedgerWriterThread), each always on the same one.
    bool writeLine(const Line &line);
    void count(const LedgerRow &row);
    // Writes the totals sheet and the file. The writer is done afterwards, even on failure.
    bool close(QString *error);
    // Drops everything without writing a file.
    void discard();

    LedgerLanguage language() const;
    qint64 rowsWritten() const;
    int registerSheets() const;
    const LedgerTotals &totals() const;
    QString error() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace exitdesk
