#include "ledger/LedgerCsvWriter.h"

#include "ledger/LedgerColumns.h"

#include <QFile>

#include <cstdio>

namespace exitdesk {

QString LedgerCsvWriter::field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool LedgerCsvWriter::write(LedgerRowReader &rows, const QString &path, LedgerLanguage language,
                            qint64 *written, QString *error)
{
    const QString part = path + QStringLiteral(".part");
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    const QList<LedgerColumnInfo> &columns = LedgerColumns::all();
    QString line;
    for (int c = 0; c < columns.size(); ++c) {
        if (c > 0)
            line += QLatin1Char(',');
        line += field(ledgerText(language, columns.at(c).headerKk, columns.at(c).headerRu));
    }
    line += QStringLiteral("\r\n");
    file.write(line.toUtf8());
    LedgerRow row;
    qint64 n = 0;
    while (rows.next(&row)) {
        line.clear();
        ++n;
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                line += QLatin1Char(',');
            const LedgerCell cell = LedgerColumns::cell(row, columns.at(c).column, n, language);
            if (cell.kind == LedgerColumnInfo::Date)
                line += cell.date.isValid() ? cell.date.toString(Qt::ISODate) : QString();
            else
                line += field(cell.display());
        }
        line += QStringLiteral("\r\n");
        if (file.write(line.toUtf8()) < 0) {
            *error = file.errorString();
            file.remove();
            return false;
        }
    }
    if (!rows.error().isEmpty()) {
        *error = rows.error();
        file.remove();
        return false;
    }
    file.close();
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = QStringLiteral("cannot rename %1 to %2").arg(part, path);
        QFile::remove(part);
        return false;
    }
    *written = n;
    return true;
}

} // namespace exitdesk
