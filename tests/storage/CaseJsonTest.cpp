// The interchange JSON: lossless round trip (Kazakh letters included), strict import that
// names the key of every problem, and the optional keys beyond ARCHITECTURE.md §5.
#include "interchange/CaseJson.h"
#include "StorageFixture.h"
#include "interchange/CaseImporter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace exitdesk;
using namespace exitdesk::test;

namespace {

QStringList describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.path + QStringLiteral(": ") + f.messageEn;
    return lines;
}

Findings parseErrors(const QByteArray &json)
{
    QList<Case> cases;
    Findings errors;
    CaseJson::parseDocument(json, &cases, &errors);
    return errors;
}

bool hasFinding(const Findings &findings, const QString &path, const QString &code)
{
    for (const Finding &f : findings) {
        if (f.path == path && f.code == code)
            return true;
    }
    return false;
}

QByteArray withChange(const QString &file, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o = QJsonDocument::fromJson(readData(QStringLiteral("cases/") + file)).object();
    change(o);
    return QJsonDocument(o).toJson();
}

} // namespace

TEST(CaseJson, EveryValidSampleRoundTripsToTheSameJson)
{
    const QDir dir(dataPath(QStringLiteral("cases")));
    const QStringList files = dir.entryList({QStringLiteral("valid-*.json")}, QDir::Files);
    ASSERT_GE(files.size(), 3);
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        const QJsonDocument original = QJsonDocument::fromJson(readData(QStringLiteral("cases/") + file));
        QList<Case> cases;
        Findings errors;
        ASSERT_TRUE(CaseJson::parseDocument(original.toJson(), &cases, &errors))
            << describe(errors).join(u'\n').toStdString();
        QJsonArray exported;
        for (const Case &c : cases)
            exported.append(CaseJson::toJson(c));
        if (original.isArray())
            EXPECT_EQ(QJsonDocument(exported), original);
        else
            EXPECT_EQ(QJsonDocument(exported.first().toObject()), original)
                << CaseJson::toBytes(cases.first()).toStdString();
    }
}

TEST(CaseJson, KeepsKazakhLettersAndEveryFieldThroughExportAndImport)
{
    Case c = sampleCase(QStringLiteral("valid-family.json"));
    c.number = QStringLiteral("2026-000042");
    c.applicant.previousNames = QStringLiteral("Әбдіғаппарова, Ңғұүһөі ӘҒҚҢӨҰҮҺІ");
    c.to.okrug = QStringLiteral("Ауыл округі");
    c.alimonyEnforcement = true;
    c.alimonyRecipientsRegistrationKnown = false;
    c.documents.append(PresentedDocument{DocumentKind::AlimonyAgreement, -1, true, QDate(2030, 1, 31)});
    c.applicant.passport.expiresOn = QDate(); // optional date absent

    const QByteArray bytes = CaseJson::toBytes(c);
    EXPECT_TRUE(bytes.contains("ӘҒҚҢӨҰҮҺІ")) << "letters are written as UTF-8, not escaped away";
    const QJsonObject passport = QJsonDocument::fromJson(bytes)
                                     .object()
                                     .value(QStringLiteral("applicant"))
                                     .toObject()
                                     .value(QStringLiteral("passport"))
                                     .toObject();
    EXPECT_FALSE(passport.contains(QStringLiteral("expiresOn"))) << "absent optional dates are omitted";

    QList<Case> back;
    Findings errors;
    ASSERT_TRUE(CaseJson::parseDocument(bytes, &back, &errors)) << describe(errors).join(u'\n').toStdString();
    ASSERT_EQ(back.size(), 1);
    EXPECT_TRUE(back.first().sameContent(c));
    EXPECT_EQ(back.first().applicant.previousNames, c.applicant.previousNames);
    EXPECT_FALSE(back.first().children.at(1).otherParentRegistrationKnown);
    EXPECT_FALSE(back.first().alimonyRecipientsRegistrationKnown);
    EXPECT_EQ(back.first().documents.last().expiresOn, QDate(2030, 1, 31));
}

TEST(CaseJson, ExtraKeysAreWrittenOnlyWhenNotTheDefault)
{
    const Case c = sampleCase(QStringLiteral("valid-single.json"));
    const QJsonObject o = CaseJson::toJson(c);
    EXPECT_FALSE(o.contains(QStringLiteral("alimonyRecipientsRegistrationKnown")));
    EXPECT_FALSE(o.contains(QStringLiteral("number")));
    for (const QJsonValue &d : o.value(QStringLiteral("documents")).toArray()) {
        EXPECT_FALSE(d.toObject().contains(QStringLiteral("child")));
        EXPECT_FALSE(d.toObject().contains(QStringLiteral("expiresOn")));
    }
    EXPECT_EQ(o.value(QStringLiteral("submittedAt")).toString(), QStringLiteral("2026-11-20T10:15:00"));
}

TEST(CaseJson, PlaceAbroadKeepsTheKeysItWasGiven)
{
    for (const QJsonObject &to : {QJsonObject{{QStringLiteral("country"), QStringLiteral("DE")},
                                              {QStringLiteral("settlement"), QStringLiteral("Berlin")}},
                                  QJsonObject{{QStringLiteral("country"), QStringLiteral("DE")},
                                              {QStringLiteral("region"), QString()},
                                              {QStringLiteral("district"), QString()},
                                              {QStringLiteral("okrug"), QString()},
                                              {QStringLiteral("settlement"), QStringLiteral("Berlin")}}}) {
        const QByteArray json = withChange(QStringLiteral("valid-single.json"),
                                           [&](QJsonObject &o) { o.insert(QStringLiteral("to"), to); });
        QList<Case> cases;
        Findings errors;
        ASSERT_TRUE(CaseJson::parseDocument(json, &cases, &errors));
        EXPECT_EQ(CaseJson::toJson(cases.first()).value(QStringLiteral("to")).toObject(), to);
    }
}

TEST(CaseJson, UnknownKeysAreNamedWithTheirPath)
{
    const QByteArray json = withChange(QStringLiteral("valid-family.json"), [](QJsonObject &o) {
        o.insert(QStringLiteral("colour"), QStringLiteral("көк"));
        QJsonObject a = o.value(QStringLiteral("applicant")).toObject();
        a.insert(QStringLiteral("foo"), 1);
        o.insert(QStringLiteral("applicant"), a);
        QJsonArray children = o.value(QStringLiteral("children")).toArray();
        QJsonObject child = children.at(1).toObject();
        child.insert(QStringLiteral("shoeSize"), 33);
        children.replace(1, child);
        o.insert(QStringLiteral("children"), children);
    });
    const Findings errors = parseErrors(json);
    EXPECT_TRUE(hasFinding(errors, QStringLiteral("colour"), QStringLiteral("json.unknownKey")));
    EXPECT_TRUE(hasFinding(errors, QStringLiteral("applicant.foo"), QStringLiteral("json.unknownKey")));
    EXPECT_TRUE(
        hasFinding(errors, QStringLiteral("children[1].shoeSize"), QStringLiteral("json.unknownKey")));
    EXPECT_EQ(errors.size(), 3) << describe(errors).join(u'\n').toStdString();
    for (const Finding &f : errors) {
        EXPECT_EQ(f.messageEn, QStringLiteral("unknown key"));
        EXPECT_EQ(f.messageRu, QStringLiteral("неизвестный ключ"));
        EXPECT_EQ(f.messageKk, QStringLiteral("белгісіз кілт"));
    }
}

TEST(CaseJson, WrongTypesAndMalformedDatesAreAllReported)
{
    const QByteArray json = withChange(QStringLiteral("valid-family.json"), [](QJsonObject &o) {
        o.insert(QStringLiteral("purpose"), QStringLiteral("4"));
        o.insert(QStringLiteral("alimonyEnforcement"), QStringLiteral("no"));
        o.insert(QStringLiteral("submittedAt"), QStringLiteral("2026-11-20 10:15"));
        o.insert(QStringLiteral("relatives"), QJsonObject());
        QJsonObject a = o.value(QStringLiteral("applicant")).toObject();
        a.insert(QStringLiteral("iin"), 871008401427.0);
        a.insert(QStringLiteral("education"), 1.5);
        a.insert(QStringLiteral("birthDate"), QStringLiteral("1987-02-30"));
        o.insert(QStringLiteral("applicant"), a);
        QJsonArray children = o.value(QStringLiteral("children")).toArray();
        QJsonObject child = children.at(0).toObject();
        child.insert(QStringLiteral("birthDate"), QStringLiteral("02.04.2018"));
        children.replace(0, child);
        o.insert(QStringLiteral("children"), children);
        QJsonArray docs = o.value(QStringLiteral("documents")).toArray();
        docs.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("passport-photo")},
                                {QStringLiteral("presented"), true}});
        docs.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("identity")},
                                {QStringLiteral("child"), 5},
                                {QStringLiteral("presented"), true}});
        o.insert(QStringLiteral("documents"), docs);
    });
    const Findings errors = parseErrors(json);
    const QStringList lines = describe(errors);
    EXPECT_TRUE(lines.contains(QStringLiteral("purpose: expected a whole number")))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("alimonyEnforcement: expected true or false")));
    EXPECT_TRUE(lines.contains(QStringLiteral("submittedAt: expected a date and time YYYY-MM-DDTHH:MM:SS")));
    EXPECT_TRUE(lines.contains(QStringLiteral("relatives: expected an array […]")));
    EXPECT_TRUE(lines.contains(QStringLiteral("applicant.iin: expected a string")));
    EXPECT_TRUE(lines.contains(QStringLiteral("applicant.education: expected a whole number")));
    EXPECT_TRUE(lines.contains(QStringLiteral("applicant.birthDate: expected a date YYYY-MM-DD")))
        << "30 February is no date";
    EXPECT_TRUE(lines.contains(QStringLiteral("children[0].birthDate: expected a date YYYY-MM-DD")));
    EXPECT_TRUE(hasFinding(errors, QStringLiteral("documents[9].kind"), QStringLiteral("json.value")));
    EXPECT_TRUE(hasFinding(errors, QStringLiteral("documents[10].child"), QStringLiteral("json.value")));
    EXPECT_EQ(errors.size(), 10) << lines.join(u'\n').toStdString();
    for (const Finding &f : errors) {
        EXPECT_FALSE(f.messageKk.isEmpty());
        EXPECT_FALSE(f.messageRu.isEmpty());
        EXPECT_TRUE(f.code.startsWith(QStringLiteral("json."))) << f.code.toStdString();
    }
}

TEST(CaseJson, ArrayElementsArePrefixedWithTheirIndex)
{
    QJsonArray array = QJsonDocument::fromJson(readData(QStringLiteral("cases/valid-array.json"))).array();
    QJsonObject second = array.at(1).toObject();
    second.insert(QStringLiteral("channel"), QStringLiteral("fax"));
    array.replace(1, second);
    array.append(QStringLiteral("not a case"));
    const Findings errors = parseErrors(QJsonDocument(array).toJson());
    EXPECT_TRUE(hasFinding(errors, QStringLiteral("[1].channel"), QStringLiteral("json.value")));
    EXPECT_TRUE(hasFinding(errors, QStringLiteral("[3]"), QStringLiteral("json.type")));
    EXPECT_EQ(errors.size(), 2) << describe(errors).join(u'\n').toStdString();
}

TEST(CaseJson, SyntaxErrorsGiveLineAndColumn)
{
    const Findings errors = parseErrors("{\n  \"office\": \"x\",\n  \"channel\" \"counter\"\n}\n");
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().code, QStringLiteral("json.syntax"));
    EXPECT_TRUE(errors.first().messageEn.contains(QStringLiteral("3:")))
        << errors.first().messageEn.toStdString();
}

TEST(CaseImporter, RefusesMissingDocumentsByNameUnlessDrafts)
{
    const QDate today(2026, 11, 20);
    const ImportCheck refused =
        CaseImporter::check(readData(QStringLiteral("cases/incomplete-package.json")), false, today);
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(hasFinding(refused.errors, QStringLiteral("documents.state-duty-receipt"),
                           QStringLiteral("document.missing")))
        << describe(refused.errors).join(u'\n').toStdString();
    EXPECT_TRUE(hasFinding(refused.errors, QStringLiteral("children[1].documents.guardianship-conclusion"),
                           QStringLiteral("document.missing")));

    const ImportCheck draft =
        CaseImporter::check(readData(QStringLiteral("cases/incomplete-package.json")), true, today);
    EXPECT_TRUE(draft.ok()) << describe(draft.errors).join(u'\n').toStdString();
    EXPECT_FALSE(draft.warnings.isEmpty());

    const ImportCheck valid =
        CaseImporter::check(readData(QStringLiteral("cases/valid-family.json")), false, today);
    EXPECT_TRUE(valid.ok()) << describe(valid.errors).join(u'\n').toStdString();
}
