#include "ledger/LedgerXlsxWriter.h"

#include "ledger/CLocaleScope.h"
#include "ledger/FastZip.h"
#include "ledger/LedgerColumns.h"
#include "ledger/LedgerTotalsSheet.h"

#include <QVector>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace exitdesk {

namespace {

constexpr double MaxColumnWidth = 60;
constexpr double HeaderColumnWidth = 16; // long headers wrap at about this width
constexpr double HeaderLineHeight = 15;  // points per line of Calibri 11

QString lxwError(lxw_error e)
{
    return QString::fromUtf8(lxw_strerror(e));
}

QString registerSheetName(LedgerLanguage language, int index)
{
    const QString base = ledgerText(language, QStringLiteral("Тізілім"), QStringLiteral("Реестр"))
                             .replace(QStringLiteral(" / "), QStringLiteral(" - "));
    return index == 0 ? base : base + QStringLiteral(" (%1)").arg(index + 1);
}

} // namespace

struct LedgerXlsxWriter::Impl
{
    Options options;
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *headerFormat = nullptr;
    lxw_format *dateFormat = nullptr;
    QByteArray path;
    QList<QByteArray> headers;
    QVector<double> headerWidths; // the least width of each column, from its header
    double headerHeight = HeaderLineHeight;
    QVector<int> dataWidths; // the longest value of each column on the current sheet
    qint64 rows = 0;
    qint64 rowsInSheet = 0;
    int sheets = 0;
    LedgerTotals totals;
    QString error;

    void prepareHeaders();
    bool startSheet();
    void finishSheet();
    bool fail(lxw_error e)
    {
        error = lxwError(e);
        return false;
    }
    void free()
    {
        if (workbook)
            lxw_workbook_free(workbook);
        workbook = nullptr;
        sheet = nullptr;
    }
};

void LedgerXlsxWriter::Impl::prepareHeaders()
{
    const QList<LedgerColumnInfo> &columns = LedgerColumns::all();
    int maxLines = 1;
    for (const LedgerColumnInfo &c : columns) {
        const QString text = c.header(options.language);
        headers << text.toUtf8();
        // A header wider than HeaderColumnWidth wraps; the column is never narrower than the
        // header's longest word.
        int longestLine = 0;
        int longestWord = 0;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            longestLine = std::max(longestLine, int(line.size()));
            for (const QString &word : line.split(QLatin1Char(' ')))
                longestWord = std::max(longestWord, int(word.size()));
        }
        const double width =
            std::max<double>(std::min<double>(longestLine, HeaderColumnWidth), longestWord) + 2;
        headerWidths << width;
        int needed = 0;
        for (const QString &line : lines)
            needed += int(std::ceil(double(line.size()) / (width - 1)));
        maxLines = std::max(maxLines, needed);
    }
    headerHeight = HeaderLineHeight * maxLines + 3;
}

bool LedgerXlsxWriter::Impl::startSheet()
{
    const QByteArray name = registerSheetName(options.language, sheets).toUtf8();
    sheet = workbook_add_worksheet(workbook, name.constData());
    if (!sheet) {
        error = QStringLiteral("cannot add worksheet %1").arg(QString::fromUtf8(name));
        return false;
    }
    // The rows go to a temporary file through stdio: a larger buffer than the default page
    // makes a hundred times fewer writes (set before anything is written to it).
    if (sheet->optimize_tmpfile)
        setvbuf(sheet->optimize_tmpfile, nullptr, _IOFBF, 1 << 20);
    ++sheets;
    rowsInSheet = 0;
    dataWidths.fill(0, headers.size());
    // In constant-memory mode a row's height must be set before the row is written.
    lxw_error e = worksheet_set_row(sheet, 0, headerHeight, headerFormat);
    for (int c = 0; c < headers.size() && e == LXW_NO_ERROR; ++c)
        e = worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).constData(), headerFormat);
    if (e != LXW_NO_ERROR)
        return fail(e);
    worksheet_freeze_panes(sheet, 1, 0);
    return true;
}

void LedgerXlsxWriter::Impl::finishSheet()
{
    if (!sheet)
        return;
    const QList<LedgerColumnInfo> &columns = LedgerColumns::all();
    for (int c = 0; c < headers.size(); ++c) {
        const double width = std::min(std::max(headerWidths.at(c), dataWidths.at(c) + 2.0), MaxColumnWidth);
        // Dates get their format from the column too, so that a date typed in later shows alike.
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width,
                             columns.at(c).kind == LedgerColumnInfo::Date ? dateFormat : nullptr);
    }
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(rowsInSheet), lxw_col_t(headers.size() - 1));
    sheet = nullptr;
}

LedgerXlsxWriter::LedgerXlsxWriter(Options options) : d(std::make_unique<Impl>())
{
    d->options = std::move(options);
    d->options.rowsPerSheet = std::clamp<qint64>(d->options.rowsPerSheet, 1, MaxRowsPerSheet);
}

LedgerXlsxWriter::~LedgerXlsxWriter()
{
    discard();
}

bool LedgerXlsxWriter::open(const QString &path, QString *error)
{
    CLocaleScope cLocale;
    discard();
    d->path = path.toLocal8Bit();
    const QByteArray tmpDir = d->options.tmpDir.toLocal8Bit();
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tmpDir.isEmpty() ? nullptr : const_cast<char *>(tmpDir.constData());
    // A sheet of a million rows is over a gigabyte of XML; ZIP64 keeps still larger ones valid.
    options.use_zip64 = LXW_TRUE;
    d->workbook = workbook_new_opt(d->path.constData(), &options);
    if (!d->workbook) {
        d->error = QStringLiteral("cannot create workbook %1").arg(path);
        if (error)
            *error = d->error;
        return false;
    }
    d->headerFormat = workbook_add_format(d->workbook);
    format_set_bold(d->headerFormat);
    format_set_text_wrap(d->headerFormat);
    format_set_align(d->headerFormat, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(d->headerFormat, 0xDDEBF7);
    format_set_bottom(d->headerFormat, LXW_BORDER_THIN);
    d->dateFormat = workbook_add_format(d->workbook);
    format_set_num_format(d->dateFormat, "dd.mm.yyyy");

    d->headers.clear();
    d->headerWidths.clear();
    d->prepareHeaders();
    d->rows = 0;
    d->sheets = 0;
    d->totals = LedgerTotals();
    d->error.clear();
    if (!d->startSheet()) {
        if (error)
            *error = d->error;
        d->free();
        return false;
    }
    return true;
}

namespace {

// The width of a number as LedgerCell::display() shows it, without formatting it.
int numberWidth(const LedgerCell &cell)
{
    const double n = cell.number;
    if (n != std::floor(n) || std::fabs(n) >= 1e15)
        return int(cell.display().size());
    qint64 v = qint64(std::fabs(n));
    int digits = n < 0 ? 2 : 1;
    while (v >= 10) {
        v /= 10;
        ++digits;
    }
    return digits;
}

} // namespace

LedgerXlsxWriter::Line LedgerXlsxWriter::line(const LedgerRow &row, qint64 sequence, LedgerLanguage language)
{
    // Excel's serial day 0 is 1899-12-30 (for every day after February 1900).
    static const qint64 excelEpoch = QDate(1899, 12, 30).toJulianDay();
    const QList<LedgerColumnInfo> &columns = LedgerColumns::all();
    Line out;
    out.cells.resize(columns.size());
    out.text.reserve(512);
    for (int c = 0; c < columns.size(); ++c) {
        const LedgerCell cell = LedgerColumns::cell(row, columns.at(c).column, sequence, language);
        if (cell.empty())
            continue;
        Cell &to = out.cells[c];
        to.empty = false;
        to.kind = cell.kind;
        switch (cell.kind) {
        case LedgerColumnInfo::Text:
            to.offset = out.text.size();
            out.text += cell.text.toUtf8();
            out.text += '\0';
            to.width = int(cell.text.size());
            break;
        case LedgerColumnInfo::Date:
            to.number = double(cell.date.toJulianDay() - excelEpoch);
            to.width = 10;
            break;
        case LedgerColumnInfo::Number:
            to.number = cell.number;
            to.width = numberWidth(cell);
            break;
        }
    }
    return out;
}

bool LedgerXlsxWriter::writeLine(const Line &line)
{
    if (!d->workbook) {
        d->error = QStringLiteral("workbook not open");
        return false;
    }
    CLocaleScope cLocale;
    if (d->rowsInSheet >= d->options.rowsPerSheet) {
        d->finishSheet();
        if (!d->startSheet())
            return false;
    }
    const lxw_row_t r = lxw_row_t(d->rowsInSheet + 1);
    for (int c = 0; c < line.cells.size(); ++c) {
        const Cell &cell = line.cells.at(c);
        if (cell.empty)
            continue;
        lxw_error e = LXW_NO_ERROR;
        switch (cell.kind) {
        case LedgerColumnInfo::Text:
            e = worksheet_write_string(d->sheet, r, lxw_col_t(c), line.text.constData() + cell.offset, nullptr);
            break;
        case LedgerColumnInfo::Date:
            e = worksheet_write_number(d->sheet, r, lxw_col_t(c), cell.number, d->dateFormat);
            break;
        case LedgerColumnInfo::Number:
            e = worksheet_write_number(d->sheet, r, lxw_col_t(c), cell.number, nullptr);
            break;
        }
        if (e != LXW_NO_ERROR)
            return d->fail(e);
        if (cell.width > d->dataWidths.at(c))
            d->dataWidths[c] = cell.width;
    }
    ++d->rowsInSheet;
    ++d->rows;
    return true;
}

void LedgerXlsxWriter::count(const LedgerRow &row)
{
    d->totals.add(row);
}

bool LedgerXlsxWriter::close(QString *error)
{
    if (!d->workbook) {
        if (error)
            *error = QStringLiteral("workbook not open");
        return false;
    }
    CLocaleScope cLocale;
    d->finishSheet();
    bool ok = LedgerTotalsSheet::write(d->workbook, d->totals, d->options.language, &d->error);

    const QByteArray title = ledgerText(d->options.language, QStringLiteral("Шығу істерінің есеп кітабы"),
                                        QStringLiteral("Книга учёта дел на выезд"))
                                 .toUtf8();
    lxw_doc_properties properties = {};
    properties.title = const_cast<char *>(title.constData());
    properties.created = d->options.createdAt.isValid() ? time_t(d->options.createdAt.toSecsSinceEpoch())
                                                        : time_t(946684800); // 2000-01-01, never "now"
    workbook_set_properties(d->workbook, &properties);

    if (ok) {
        const FastZip fast; // the sheets deflated at the fastest level
        const lxw_error e = workbook_close(d->workbook); // frees the workbook whatever happens
        d->workbook = nullptr;
        d->sheet = nullptr;
        if (e != LXW_NO_ERROR)
            ok = d->fail(e);
    } else {
        d->free();
    }
    if (!ok && error)
        *error = d->error;
    return ok;
}

void LedgerXlsxWriter::discard()
{
    d->free();
}

LedgerLanguage LedgerXlsxWriter::language() const
{
    return d->options.language;
}

qint64 LedgerXlsxWriter::rowsWritten() const
{
    return d->rows;
}

int LedgerXlsxWriter::registerSheets() const
{
    return d->sheets;
}

const LedgerTotals &LedgerXlsxWriter::totals() const
{
    return d->totals;
}

QString LedgerXlsxWriter::error() const
{
    return d->error;
}

} // namespace exitdesk
