// Hostile strings in every command-line argument: very long text, bytes that are not UTF-8,
// SQL quotes, odd Unicode, nonsense database locations, negative and huge numbers, impossible
// dates. Every command must answer with exit 1 or 2 and a message (or, where the text is a
// legitimate search, a normal answer), never die of a signal, and never change the database.
// Also: search text with SQL wildcards finds only what contains them; broken calendar and
// case files are refused without a trace.
#include "RawCli.h"
#include "interchange/CaseJson.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <gtest/gtest.h>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

// What a template's run may do with the hostile value in place.
enum class Expect
{
    Refused,  // exit 1 or 2 with a message on stderr, database unchanged
    ReadOnly, // exit 0, 1 or 2; database unchanged
};

struct Template
{
    QList<QByteArray> args; // "{}" is replaced by the hostile value
    Expect expect;
    enum Kind { Text, Number, Date, Location } kind;
};

QList<QByteArray> textValues()
{
    QByteArray garbage;
    QRandomGenerator random(20261121);
    while (garbage.size() < 400) {
        const char c = char(random.bounded(1, 256));
        garbage.append(c);
    }
    return {
        QByteArray(100000, 'A'),
        garbage,
        QByteArray("\xff\xfe\xc0\x80\xed\xa0\x80 not utf-8"),
        QByteArray("'; DROP TABLE cases; --"),
        QByteArray("\" OR 1=1 -- %_\\ ' ) ; DELETE FROM audit_log; --"),
        QByteArray("\xd3\x98\xd0\xb4\xd1\x96\xd0\xbb\xd0\xb5\xd1\x82 \xe2\x80\xae\xf0\x9f\x99\x82 \xcc\x81\xe2\x80\x8d"),
        QByteArray("--"),
        QByteArray(""),
    };
}

QList<QByteArray> numberValues()
{
    return {"-1", "-999999999999999999999999", "99999999999999999999999", "2147483648", "1e9", "0x10", "NaN",
            "inf", " -5", "5abc", "'; DROP TABLE cases; --", QByteArray(5000, '9')};
}

QList<QByteArray> dateValues()
{
    return {"2026-02-30", "2026-13-01", "0000-00-00", "-2026-01-01", "2026-1-1", "99999-01-01",
            "2026-02-29T25:61:61", "'; DROP TABLE cases; --", QByteArray(3000, '2'), "\xff\xfe"};
}

QList<QByteArray> locationValues(const QString &dir)
{
    const QByteArray d = QFile::encodeName(dir);
    return {"postgresql://%zz@:99999/db",
            "postgresql://user:pw@127.0.0.1:1/nodb?connect_timeout=1",
            "postgres://",
            "postgresql://u@127.0.0.1:1/db?host=" + QByteArray(5000, 'x'),
            "file:///etc/passwd",
            "/nonexistent/dir/x.sqlite",
            d,                                   // a directory
            d + "/not-a-database.json",          // a text file, must stay untouched
            "\xff\xfe/x.sqlite",
            QByteArray(4000, 'z') + ".sqlite"};
}

class HostileInputTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_work.isValid());
        m_db = m_dir.filePath(QStringLiteral("office.sqlite"));
        {
            QString error;
            ASSERT_TRUE(Database::open(m_db, &error)) << error.toStdString();
        }
        // One stored case, so that lookups by number reach the database.
        const RawResult r = run({"case", "import", QFile::encodeName(dataPath(QStringLiteral("cases/valid-single.json")))});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        m_number = r.out.trimmed();
        // Rendering creates the office's check-code key on first use: do that before the
        // database is fingerprinted.
        const RawResult render = run({"render", "receipt", "--case", m_number, "-o", "first.pdf"});
        ASSERT_EQ(render.exitCode, 0) << render.err.toStdString();
        QFile text(m_dir.filePath(QStringLiteral("not-a-database.json")));
        ASSERT_TRUE(text.open(QIODevice::WriteOnly));
        text.write("{\"this\": \"is not a database\"}\n");
        text.close();
        m_digest = digest();
    }

    RawResult run(QList<QByteArray> args)
    {
        // Unless the template names a database, every run is pointed at the test's one.
        if (!args.contains("--db"))
            args << "--db" << QFile::encodeName(m_db);
        return runRawCli(args, {}, m_work.path());
    }

    // Every row of every table (and the text file next to it), hashed.
    QByteArray digest()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QString error;
        std::unique_ptr<Database> db = Database::open(m_db, &error);
        EXPECT_TRUE(db) << error.toStdString();
        if (!db)
            return {};
        QSqlQuery tables(db->connection());
        EXPECT_TRUE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        tables.finish();
        for (const QString &t : names) {
            QSqlQuery q(db->connection());
            EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(t)));
            hash.addData(t.toUtf8());
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            }
        }
        QFile text(m_dir.filePath(QStringLiteral("not-a-database.json")));
        if (text.open(QIODevice::ReadOnly))
            hash.addData(text.readAll());
        return hash.result();
    }

    void check(const QList<Template> &templates)
    {
        int runs = 0;
        for (const Template &t : templates) {
            QList<QByteArray> values;
            switch (t.kind) {
            case Template::Text:
                values = textValues();
                break;
            case Template::Number:
                values = numberValues();
                break;
            case Template::Date:
                values = dateValues();
                break;
            case Template::Location:
                values = locationValues(m_dir.path());
                break;
            }
            for (const QByteArray &value : values) {
                QList<QByteArray> args;
                for (const QByteArray &a : t.args)
                    args << QByteArray(a).replace("{number}", m_number).replace("{}", value);
                const RawResult r = run(args);
                ++runs;
                QByteArray shown = args.join(' ');
                if (shown.size() > 160)
                    shown = shown.left(160) + "...";
                EXPECT_TRUE(r.started) << shown.toStdString();
                EXPECT_FALSE(r.timedOut) << shown.toStdString();
                EXPECT_FALSE(r.signaled) << "crashed with signal " << r.signal << ": " << shown.toStdString()
                                         << "\n" << r.err.left(2000).toStdString();
                EXPECT_TRUE(r.exitCode == 0 || r.exitCode == 1 || r.exitCode == 2)
                    << "exit " << r.exitCode << ": " << shown.toStdString();
                if (t.expect == Expect::Refused || r.exitCode != 0) {
                    EXPECT_TRUE(r.exitCode == 1 || r.exitCode == 2) << shown.toStdString();
                    // `verify` answers "invalid: why" on standard output; the others on stderr.
                    EXPECT_FALSE(r.err.trimmed().isEmpty() && r.out.trimmed().isEmpty())
                        << "no message: " << shown.toStdString();
                }
                const QByteArray now = digest();
                EXPECT_EQ(now, m_digest) << "the database changed: " << shown.toStdString();
                m_digest = now; // report each change once
            }
        }
        std::cout << "[          ] " << runs << " hostile runs\n";
    }

    QTemporaryDir m_dir;  // the database
    QTemporaryDir m_work; // the working directory of the runs (files they may create)
    QString m_db;
    QByteArray m_number;
    QByteArray m_digest;
};

using T = Template;
constexpr Expect R = Expect::Refused;
constexpr Expect RO = Expect::ReadOnly;

} // namespace

TEST_F(HostileInputTest, CaseCommands)
{
    check({
        {{"case", "import", "{}"}, R, T::Text},
        {{"case", "import", "{}", "--draft"}, R, T::Text},
        {{"case", "show", "{}"}, R, T::Text},
        {{"case", "show", "{}", "--json"}, R, T::Text},
        {{"case", "list", "--search", "{}"}, RO, T::Text},
        {{"case", "list", "--status", "{}"}, R, T::Text},
        {{"case", "list", "--limit", "{}"}, RO, T::Number},
        {{"case", "list", "--offset", "{}"}, RO, T::Number},
        {{"case", "event", "{}", "registered"}, R, T::Text},
        {{"case", "event", "{number}", "{}"}, R, T::Text},
        {{"case", "event", "{number}", "registered", "--at", "{}"}, R, T::Date},
        {{"case", "event", "{number}", "registered", "--data", "{}"}, R, T::Text},
        {{"case", "deadlines", "{}"}, R, T::Text},
        {{"case", "deadlines", "{number}", "--on", "{}"}, R, T::Date},
        {{"overdue", "--on", "{}"}, R, T::Date},
        {{"{}"}, R, T::Text},
        {{"case", "{}"}, R, T::Text},
        {{"case", "list", "--{}"}, R, T::Text},
        {{"case", "list", "--lang", "{}"}, RO, T::Text},
    });
}

TEST_F(HostileInputTest, CalendarAndWorkflowCommands)
{
    check({
        {{"calendar", "due", "--from", "{}", "--days", "5"}, R, T::Date},
        {{"calendar", "due", "--from", "2026-01-01", "--days", "{}"}, RO, T::Number},
        {{"calendar", "check", "{}"}, RO, T::Number},
        {{"calendar", "show", "{}"}, RO, T::Number},
        {{"calendar", "confirm", "{}"}, R, T::Number},
        {{"calendar", "confirm", "{}"}, R, T::Text},
        {{"calendar", "import", "{}"}, R, T::Text},
        {{"calendar", "export", "{}", "-o", "year.json"}, R, T::Number},
    });
}

TEST_F(HostileInputTest, FormsLedgerAndDemoCommands)
{
    check({
        {{"render", "{}", "--case", "{number}", "-o", "out.pdf"}, R, T::Text},
        {{"render", "decision", "--case", "{}", "-o", "out.pdf"}, R, T::Text},
        {{"render", "receipt", "--case", "{number}", "--form-lang", "{}", "-o", "out.pdf"}, R, T::Text},
        {{"render", "receipt", "--case", "{number}", "--date", "{}", "-o", "out.pdf"}, RO, T::Date},
        {{"render", "receipt", "--case", "{number}", "--copies", "{}", "-o", "out.pdf"}, RO, T::Number},
        {{"render", "receipt", "--case", "{number}", "--offset-x", "{}", "-o", "out.pdf"}, RO, T::Number},
        {{"render", "refusal", "--case", "{number}", "--grounds", "{}", "-o", "out.pdf"}, RO, T::Number},
        {{"forms", "settings", "{}"}, R, T::Text},
        {{"verify", "{}"}, R, T::Text},
        {{"iin", "check", "{}"}, RO, T::Text},
        {{"iin", "check", "{}"}, RO, T::Number},
        {{"ledger", "export", "--from", "{}", "-o", "ledger.xlsx"}, R, T::Date},
        {{"ledger", "export", "--on", "{}", "-o", "ledger.xlsx"}, R, T::Date},
        {{"ledger", "export", "--rows-per-sheet", "{}", "-o", "ledger.xlsx"}, R, T::Number},
        {{"ledger", "export", "--status", "{}", "-o", "ledger.xlsx"}, R, T::Text},
        {{"demo", "generate", "--cases", "{}"}, R, T::Number},
        {{"demo", "generate", "--cases", "1", "--today", "{}"}, R, T::Date},
        {{"demo", "generate", "--cases", "1", "--days", "0", "--seed", "{}"}, R, T::Number},
    });
}

TEST_F(HostileInputTest, AccountsAuditBackupAndRetentionCommands)
{
    check({
        {{"user", "add", "{}", "--role", "operator"}, R, T::Text},
        {{"user", "add", "someone", "--role", "{}"}, R, T::Text},
        {{"user", "lock", "{}"}, R, T::Text},
        {{"user", "passwd", "{}"}, R, T::Text},
        {{"user", "role", "{}", "head"}, R, T::Text},
        {{"case", "list", "--user", "{}"}, RO, T::Text},
        {{"audit", "list", "--entity", "{}"}, RO, T::Text},
        {{"audit", "list", "--limit", "{}"}, RO, T::Number},
        {{"restore", "{}"}, R, T::Text},
        {{"retention", "list", "--on", "{}"}, R, T::Date},
        {{"retention", "show", "--act", "{}"}, R, T::Number},
        {{"retention", "destroy", "--act", "{}"}, R, T::Number},
        {{"retention", "act", "--on", "{}", "--basis", "x", "--committee", "a"}, R, T::Date},
    });
}

TEST_F(HostileInputTest, NonsenseDatabaseLocations)
{
    check({
        {{"case", "list", "--db", "{}"}, R, T::Location},
        {{"case", "import", QFile::encodeName(dataPath(QStringLiteral("cases/valid-single.json"))), "--db", "{}"},
         R, T::Location},
        {{"audit", "verify", "--db", "{}"}, R, T::Location},
    });
}

TEST_F(HostileInputTest, SearchWithSqlWildcardsAndQuotesFindsOnlyWhatContainsThem)
{
    auto found = [this](const QByteArray &text) {
        const RawResult r = run({"case", "list", "--json", "--search", text});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out).array().size();
    };
    for (const QByteArray &wild : {QByteArray("%"), QByteArray("_"), QByteArray("\\"), QByteArray("'"),
                                   QByteArray("%' OR '1'='1"), QByteArray("*"), QByteArray("[a-z]")})
        EXPECT_EQ(found(wild), 0) << wild.toStdString();
    EXPECT_EQ(found(m_number), 1);
    EXPECT_EQ(found(m_number.left(4) + "%"), 0) << "% is a character, not a wildcard";
}

TEST_F(HostileInputTest, BrokenCalendarAndCaseFilesAreRefusedWithoutATrace)
{
    QDir work(m_work.path());
    auto write = [&work](const QString &name, const QByteArray &bytes) {
        QFile f(work.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return QFile::encodeName(f.fileName());
    };
    QByteArray garbage;
    QRandomGenerator random(7);
    for (int i = 0; i < 5000; ++i)
        garbage.append(char(random.bounded(256)));
    const QList<QByteArray> files{
        write(QStringLiteral("empty.json"), QByteArray()),
        write(QStringLiteral("garbage.json"), garbage),
        write(QStringLiteral("deep.json"), QByteArray(200000, '[') + QByteArray(200000, ']')),
        write(QStringLiteral("array.json"), "[1, 2, 3]"),
        write(QStringLiteral("year-bad.json"), "{\"year\": 99999, \"kurbanAit\": \"2026-02-30\", \"transfers\": []}"),
        write(QStringLiteral("year-types.json"), "{\"year\": \"2027\", \"kurbanAit\": 5, \"transfers\": {\"a\": 1}}"),
        write(QStringLiteral("year-transfer.json"),
              "{\"year\": 2027, \"transfers\": [{\"date\": \"2027-02-30\", \"kind\": \"'; DROP TABLE x; --\"}]}"),
        write(QStringLiteral("huge-number.json"), "{\"year\": 1e400, \"transfers\": []}"),
        write(QStringLiteral("nul.json"), QByteArray("{\"year\": 2027,\0 \"transfers\": []}", 30)),
        write(QStringLiteral("case-sql.json"), "{\"number\": \"'; DROP TABLE cases; --\", \"applicant\": 1}"),
    };
    QList<Template> templates;
    for (const QByteArray &f : files) {
        templates << Template{{"calendar", "import", f}, R, T::Text};
        templates << Template{{"calendar", "import", f, "--confirm"}, R, T::Text};
        templates << Template{{"case", "import", f}, R, T::Text};
        templates << Template{{"case", "import", f, "--draft"}, R, T::Text};
    }
    for (const Template &t : templates) {
        const RawResult r = run(t.args);
        EXPECT_FALSE(r.signaled) << t.args.join(' ').toStdString();
        EXPECT_EQ(r.exitCode, 1) << t.args.join(' ').toStdString() << "\n" << r.out.toStdString();
        EXPECT_FALSE(r.err.trimmed().isEmpty()) << t.args.join(' ').toStdString();
        EXPECT_EQ(digest(), m_digest) << t.args.join(' ').toStdString();
    }
}
