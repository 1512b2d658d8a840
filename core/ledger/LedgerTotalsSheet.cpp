#include "ledger/LedgerTotalsSheet.h"

#include "ledger/LedgerWords.h"

#include <QList>
#include <QVector>

#include <xlsxwriter.h>

#include <algorithm>

namespace exitdesk {

namespace {

// Columns of the three tables, side by side, with an empty column between them.
enum : lxw_col_t
{
    StageName = 0,
    StageCount = 1,
    CountryCode = 3,
    CountryName = 4,
    CountryCount = 5,
    Month = 7,
    MonthCount = 8,
    ChartColumn = 10,
    ColumnCount = 10
};

struct Line
{
    QString label;
    qint64 count;
};

QList<Line> sortedByCount(const QMap<QString, qint64> &counts)
{
    QList<Line> lines;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        lines << Line{it.key(), it.value()};
    // Largest first; the key breaks ties so the order does not depend on anything but the data.
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.count > b.count; });
    return lines;
}

class SheetWriter
{
public:
    SheetWriter(lxw_worksheet *sheet) : m_sheet(sheet), m_widths(ColumnCount, 0) {}
    void text(lxw_row_t row, lxw_col_t col, const QString &text, lxw_format *format = nullptr)
    {
        keep(worksheet_write_string(m_sheet, row, col, text.toUtf8().constData(), format));
        widen(col, int(text.size()));
    }
    void number(lxw_row_t row, lxw_col_t col, qint64 value, lxw_format *format = nullptr)
    {
        keep(worksheet_write_number(m_sheet, row, col, double(value), format));
        widen(col, int(QString::number(value).size()));
    }
    void date(lxw_row_t row, lxw_col_t col, const QDate &date, lxw_format *format)
    {
        lxw_datetime dt = {date.year(), date.month(), date.day(), 0, 0, 0};
        keep(worksheet_write_datetime(m_sheet, row, col, &dt, format));
        widen(col, 7);
    }
    void setWidths()
    {
        for (int c = 0; c < m_widths.size(); ++c) {
            if (m_widths.at(c) > 0)
                worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), std::min(m_widths.at(c) + 2, 50),
                                     nullptr);
        }
    }
    lxw_error error() const { return m_error; }

private:
    void keep(lxw_error e)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = e;
    }
    void widen(lxw_col_t col, int width)
    {
        if (col < lxw_col_t(m_widths.size()))
            m_widths[int(col)] = std::max(m_widths.at(int(col)), width);
    }
    lxw_worksheet *m_sheet;
    QVector<int> m_widths;
    lxw_error m_error = LXW_NO_ERROR;
};

} // namespace

QString LedgerTotalsSheet::sheetName(LedgerLanguage language)
{
    return ledgerText(language, QStringLiteral("Қорытынды"), QStringLiteral("Итоги"))
        .replace(QStringLiteral(" / "), QStringLiteral(" - "));
}

bool LedgerTotalsSheet::write(lxw_workbook *workbook, const LedgerTotals &totals, LedgerLanguage language,
                              QString *error)
{
    const QByteArray name = sheetName(language).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.constData());
    if (!sheet) {
        *error = QStringLiteral("cannot add the totals sheet");
        return false;
    }
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format *totalFormat = workbook_add_format(workbook);
    format_set_bold(totalFormat);
    lxw_format *monthFormat = workbook_add_format(workbook);
    format_set_num_format(monthFormat, "mm.yyyy");

    const auto t = [language](const char *kk, const char *ru) {
        return ledgerText(language, QString::fromUtf8(kk), QString::fromUtf8(ru));
    };
    const QString casesHeader = t("Істер саны", "Число дел");
    const QList<Line> stages = sortedByCount(totals.byStage());
    const QList<Line> countries = sortedByCount(totals.byCountry());
    const QMap<QDate, qint64> byMonth = totals.byMonth();
    const QList<QDate> months = byMonth.keys();

    SheetWriter w(sheet);
    w.text(0, StageName, t("Кезеңі", "Этап"), bold);
    w.text(0, StageCount, casesHeader, bold);
    w.text(0, CountryCode, t("Ел коды", "Код страны"), bold);
    w.text(0, CountryName, t("Шығу елі", "Страна выезда"), bold);
    w.text(0, CountryCount, casesHeader, bold);
    w.text(0, Month, t("Айы", "Месяц"), bold);
    w.text(0, MonthCount, casesHeader, bold);

    // Rows are written in order (constant-memory mode): each row carries its cell of every table,
    // and each table ends with its total.
    const int rows = std::max({int(stages.size()), int(countries.size()), int(months.size())}) + 2;
    const QString totalLabel = LedgerWords::total(language);
    for (int i = 0; i < rows; ++i) {
        const lxw_row_t r = lxw_row_t(i + 1);
        if (i < stages.size()) {
            w.text(r, StageName, LedgerWords::stage(stages.at(i).label, language));
            w.number(r, StageCount, stages.at(i).count);
        } else if (i == stages.size()) {
            w.text(r, StageName, totalLabel, totalFormat);
            w.number(r, StageCount, totals.total(), totalFormat);
        } else if (i == stages.size() + 1) {
            w.text(r, StageName, t("оның ішінде мерзімі өткен", "в т.ч. просроченных"));
            w.number(r, StageCount, totals.overdue());
        }
        if (i < countries.size()) {
            w.text(r, CountryCode, countries.at(i).label);
            w.text(r, CountryName, LedgerWords::country(countries.at(i).label, language));
            w.number(r, CountryCount, countries.at(i).count);
        } else if (i == countries.size()) {
            w.text(r, CountryName, totalLabel, totalFormat);
            w.number(r, CountryCount, totals.total(), totalFormat);
        }
        if (i < months.size()) {
            w.date(r, Month, months.at(i), monthFormat);
            w.number(r, MonthCount, byMonth.value(months.at(i)));
        } else if (i == months.size()) {
            w.text(r, Month, totalLabel, totalFormat);
            w.number(r, MonthCount, totals.total(), totalFormat);
        }
    }
    w.setWidths();
    worksheet_freeze_panes(sheet, 1, 0);

    if (!months.isEmpty()) {
        lxw_chart *chart = workbook_add_chart(workbook, LXW_CHART_COLUMN);
        lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
        const lxw_row_t last = lxw_row_t(months.size());
        chart_series_set_categories(series, name.constData(), 1, Month, last, Month);
        chart_series_set_values(series, name.constData(), 1, MonthCount, last, MonthCount);
        const QByteArray title = t("Айлар бойынша істер саны", "Число дел по месяцам").toUtf8();
        chart_title_set_name(chart, title.constData());
        chart_axis_set_num_format(chart->x_axis, "mm.yyyy");
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        lxw_chart_options options = {};
        options.x_scale = std::max(1.0, months.size() / 12.0);
        options.y_scale = 1.2;
        const lxw_error e = worksheet_insert_chart_opt(sheet, 1, ChartColumn, chart, &options);
        if (e != LXW_NO_ERROR) {
            *error = QString::fromUtf8(lxw_strerror(e));
            return false;
        }
    }
    if (w.error() != LXW_NO_ERROR) {
        *error = QString::fromUtf8(lxw_strerror(w.error()));
        return false;
    }
    return true;
}

} // namespace exitdesk
