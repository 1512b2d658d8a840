#include "LedgerTestSupport.h"

#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace exitdesk::test {

QList<LedgerRow> sampleRows(int n)
{
    static const char *surnames[] = {"Сейітқали", "Иванова", "Нұрғалиев", "Өтебаев", "Петров", "Құрманғазы"};
    static const char *names[] = {"Айгерім", "Мария", "Ерғали", "Әлихан", "Сергей", "Ұлжан"};
    static const char *patronymics[] = {"Бекқызы", "Сергеевна", "Қайратұлы", "", "Иванович", "Нұрланқызы"};
    static const char *countries[] = {"DE", "RU", "US", "IL", "KR"};
    static const char *stages[] = {"registration", "answers", "issued", "refused"};
    QList<LedgerRow> rows;
    for (int i = 0; i < n; ++i) {
        LedgerRow r;
        r.caseId = i + 1;
        r.caseNumber = QStringLiteral("2025-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        r.surname = QString::fromUtf8(surnames[i % 6]);
        r.name = QString::fromUtf8(names[i % 6]);
        r.patronymic = QString::fromUtf8(patronymics[i % 6]);
        r.birthDate = QDate(1960 + i % 40, 1 + i % 12, 1 + i % 28);
        r.iin = QStringLiteral("0%1").arg(10000000000LL + i);
        r.passportNumber = QStringLiteral("N%1").arg(10000000 + i);
        r.identityCardNumber = QStringLiteral("0%1").arg(45000000 + i);
        r.toCountry = QString::fromUtf8(countries[i % 5]);
        r.office = QStringLiteral("Алматы қ., Алмалы ауданы ХҚКО №2");
        r.submittedOn = QDate(2025, 1, 10).addDays(i * 7 % 400);
        r.dueDate = r.submittedOn.addDays(28);
        r.status = QStringLiteral("accepted");
        r.stage = QString::fromUtf8(stages[i % 4]);
        r.overdue = i % 9 == 0;
        if (r.stage == QLatin1String("issued") || r.stage == QLatin1String("refused")) {
            r.decisionDate = r.submittedOn.addDays(25);
            r.securityAnswerDate = r.submittedOn.addDays(12);
            r.securityAnswerNumber = QStringLiteral("ҰҚК-%1").arg(i);
        }
        if (r.stage == QLatin1String("issued")) {
            r.permitDate = r.decisionDate;
            r.permitCaseNumber = r.caseNumber;
        }
        if (r.stage == QLatin1String("refused"))
            r.refusalGrounds = {8};
        if (i % 3 == 0)
            r.children << LedgerChild{QStringLiteral("Сейітқали Әлия Ерғалиқызы"), QDate(2014, 5, 2)}
                       << LedgerChild{QStringLiteral("Сейітқали Нұрсұлтан Ерғалиұлы"), QDate(2009, 11, 30)};
        r.executor = i % 2 ? QStringLiteral("Жақсылықова Г.Қ.") : QStringLiteral("Ким В.С.");
        rows << r;
    }
    return rows;
}

int runProgram(const QString &program, const QStringList &args, const QStringList &env, QByteArray *out,
               QByteArray *err, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env) {
        const int eq = kv.indexOf(QLatin1Char('='));
        e.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(e);
    p.start(program, args);
    if (!p.waitForStarted(20000))
        return -1;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QJsonObject readXlsx(const QString &path)
{
    QByteArray out;
    QByteArray err;
    const int code =
        runProgram(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral(EXITDESK_SOURCE_DIR "/tests/ledger/xlsx_dump.py"), path}, {}, &out, &err);
    EXPECT_EQ(code, 0) << err.toStdString();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    EXPECT_EQ(parseError.error, QJsonParseError::NoError) << parseError.errorString().toStdString();
    return doc.object();
}

QJsonArray sheetRows(const QJsonObject &book, const QString &sheet)
{
    return book.value(QStringLiteral("data"))
        .toObject()
        .value(sheet)
        .toObject()
        .value(QStringLiteral("rows"))
        .toArray();
}

QString cellText(const QJsonArray &rows, int row, int column)
{
    const QJsonValue cell = rows.at(row).toArray().at(column);
    if (cell.isNull() || cell.isUndefined())
        return QString();
    const QJsonValue v = cell.toObject().value(QStringLiteral("v"));
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

} // namespace exitdesk::test
