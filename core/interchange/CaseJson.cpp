#include "interchange/CaseJson.h"

#include "interchange/JsonReader.h"

#include <QJsonArray>
#include <QJsonParseError>

namespace exitdesk {

namespace {

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *n : names)
        list << QLatin1String(n);
    return list;
}

QString key(const char *name)
{
    return QLatin1String(name);
}

const QStringList kPlaceKeys = keys({"country", "region", "district", "okrug", "settlement"});

// ---- export ----

QJsonObject placeToJson(const Place &p, bool abroad)
{
    QJsonObject o;
    o.insert(key("country"), p.country);
    // A place abroad has no Kazakh region/district/okrug: §5 writes only "country" and
    // "settlement" there. An empty key that was present on import is kept (the reader leaves
    // it non-null), so both shapes round-trip.
    const auto wanted = [abroad](const QString &v) { return !abroad || !v.isNull(); };
    if (wanted(p.region))
        o.insert(key("region"), p.region);
    if (wanted(p.district))
        o.insert(key("district"), p.district);
    if (wanted(p.okrug))
        o.insert(key("okrug"), p.okrug);
    o.insert(key("settlement"), p.settlement);
    return o;
}

void insertDate(QJsonObject &o, const char *name, const QDate &d)
{
    if (d.isValid())
        o.insert(key(name), JsonReader::formatDate(d));
}

QJsonObject applicantToJson(const Applicant &a)
{
    QJsonObject o;
    o.insert(key("surname"), a.surname);
    o.insert(key("name"), a.name);
    o.insert(key("patronymic"), a.patronymic);
    o.insert(key("previousNames"), a.previousNames);
    insertDate(o, "birthDate", a.birthDate);
    o.insert(key("iin"), a.iin);
    o.insert(key("sex"), a.sex);
    o.insert(key("birthPlace"), placeToJson(a.birthPlace, false));
    o.insert(key("nationality"), a.nationality);
    o.insert(key("citizenship"), a.citizenship);
    QJsonObject id;
    id.insert(key("kind"), a.identityDocument.kind);
    id.insert(key("number"), a.identityDocument.number);
    insertDate(id, "issuedOn", a.identityDocument.issuedOn);
    id.insert(key("issuedBy"), a.identityDocument.issuedBy);
    insertDate(id, "expiresOn", a.identityDocument.expiresOn);
    o.insert(key("identityDocument"), id);
    QJsonObject passport;
    passport.insert(key("number"), a.passport.number);
    insertDate(passport, "issuedOn", a.passport.issuedOn);
    insertDate(passport, "expiresOn", a.passport.expiresOn);
    o.insert(key("passport"), passport);
    o.insert(key("address"), a.address);
    o.insert(key("phone"), a.phone);
    o.insert(key("militaryDuty"), a.militaryDuty);
    o.insert(key("previousCitizenship"), a.previousCitizenship);
    o.insert(key("socialCategory"), a.socialCategory);
    o.insert(key("education"), a.education);
    o.insert(key("specialty"), a.specialty);
    o.insert(key("maritalStatus"), a.maritalStatus);
    return o;
}

QJsonObject childToJson(const Child &c)
{
    QJsonObject o;
    o.insert(key("surname"), c.surname);
    o.insert(key("name"), c.name);
    o.insert(key("patronymic"), c.patronymic);
    o.insert(key("iin"), c.iin);
    insertDate(o, "birthDate", c.birthDate);
    o.insert(key("passportNumber"), c.passportNumber);
    o.insert(key("sex"), c.sex);
    o.insert(key("otherParentInKazakhstan"), c.otherParentInKazakhstan);
    if (!c.otherParentRegistrationKnown) // beyond §5: written only when not the default
        o.insert(key("otherParentRegistrationKnown"), false);
    return o;
}

QJsonObject relativeToJson(const Relative &r)
{
    QJsonObject o;
    o.insert(key("fullName"), r.fullName);
    o.insert(key("iin"), r.iin);
    o.insert(key("kinship"), r.kinship);
    o.insert(key("birthDateAndPlace"), r.birthDateAndPlace);
    o.insert(key("countryAndAddress"), r.countryAndAddress);
    o.insert(key("workplace"), r.workplace);
    o.insert(key("marriageRegistrationPlace"), r.marriageRegistrationPlace);
    return o;
}

QJsonObject workToJson(const WorkRecord &w)
{
    QJsonObject o;
    o.insert(key("fromYear"), w.fromYear);
    // The job still held has no leaving year: null ("to the present"); absent reads the same.
    o.insert(key("toYear"), w.isCurrent() ? QJsonValue(QJsonValue::Null) : QJsonValue(w.toYear));
    o.insert(key("organisation"), w.organisation);
    o.insert(key("address"), w.address);
    o.insert(key("workplace"), w.workplace);
    o.insert(key("position"), w.position);
    o.insert(key("stateSecretsClearance"), w.stateSecretsClearance);
    return o;
}

QJsonObject documentToJson(const PresentedDocument &d)
{
    QJsonObject o;
    o.insert(key("kind"), documentKindKey(d.kind));
    if (d.child >= 0)
        o.insert(key("child"), d.child);
    o.insert(key("presented"), d.presented);
    insertDate(o, "expiresOn", d.expiresOn);
    return o;
}

// ---- import ----

void readPlace(JsonReader &r, const QJsonObject &parent, const QString &path, const char *name, Place *p)
{
    QJsonObject o;
    if (!r.objectAt(parent, path, key(name), kPlaceKeys, &o))
        return;
    const QString here = JsonReader::join(path, key(name));
    r.string(o, here, key("country"), &p->country);
    r.string(o, here, key("region"), &p->region);
    r.string(o, here, key("district"), &p->district);
    r.string(o, here, key("okrug"), &p->okrug);
    r.string(o, here, key("settlement"), &p->settlement);
}

void readApplicant(JsonReader &r, const QJsonObject &parent, const QString &path, Applicant *a)
{
    static const QStringList allowed = keys(
        {"surname",   "name",         "patronymic",   "previousNames",       "birthDate",        "iin",
         "sex",       "birthPlace",   "nationality",  "citizenship",         "identityDocument", "passport",
         "address",   "phone",        "militaryDuty", "previousCitizenship", "socialCategory",   "education",
         "specialty", "maritalStatus"});
    QJsonObject o;
    if (!r.objectAt(parent, path, key("applicant"), allowed, &o))
        return;
    const QString p = JsonReader::join(path, key("applicant"));
    r.string(o, p, key("surname"), &a->surname);
    r.string(o, p, key("name"), &a->name);
    r.string(o, p, key("patronymic"), &a->patronymic);
    r.string(o, p, key("previousNames"), &a->previousNames);
    r.date(o, p, key("birthDate"), &a->birthDate);
    r.string(o, p, key("iin"), &a->iin);
    r.string(o, p, key("sex"), &a->sex);
    readPlace(r, o, p, "birthPlace", &a->birthPlace);
    r.string(o, p, key("nationality"), &a->nationality);
    r.string(o, p, key("citizenship"), &a->citizenship);
    QJsonObject id;
    if (r.objectAt(o, p, key("identityDocument"),
                   keys({"kind", "number", "issuedOn", "issuedBy", "expiresOn"}), &id)) {
        const QString ip = JsonReader::join(p, key("identityDocument"));
        r.string(id, ip, key("kind"), &a->identityDocument.kind);
        r.string(id, ip, key("number"), &a->identityDocument.number);
        r.date(id, ip, key("issuedOn"), &a->identityDocument.issuedOn);
        r.string(id, ip, key("issuedBy"), &a->identityDocument.issuedBy);
        r.date(id, ip, key("expiresOn"), &a->identityDocument.expiresOn);
    }
    QJsonObject passport;
    if (r.objectAt(o, p, key("passport"), keys({"number", "issuedOn", "expiresOn"}), &passport)) {
        const QString pp = JsonReader::join(p, key("passport"));
        r.string(passport, pp, key("number"), &a->passport.number);
        r.date(passport, pp, key("issuedOn"), &a->passport.issuedOn);
        r.date(passport, pp, key("expiresOn"), &a->passport.expiresOn);
    }
    r.string(o, p, key("address"), &a->address);
    r.string(o, p, key("phone"), &a->phone);
    r.string(o, p, key("militaryDuty"), &a->militaryDuty);
    r.string(o, p, key("previousCitizenship"), &a->previousCitizenship);
    r.integer(o, p, key("socialCategory"), &a->socialCategory);
    r.integer(o, p, key("education"), &a->education);
    r.integer(o, p, key("specialty"), &a->specialty);
    r.integer(o, p, key("maritalStatus"), &a->maritalStatus);
}

void readChildren(JsonReader &r, const QJsonObject &parent, const QString &path, QList<Child> *out)
{
    static const QStringList allowed =
        keys({"surname", "name", "patronymic", "iin", "birthDate", "passportNumber", "sex",
              "otherParentInKazakhstan", "otherParentRegistrationKnown"});
    QJsonArray array;
    if (!r.arrayAt(parent, path, key("children"), &array))
        return;
    for (int i = 0; i < array.size(); ++i) {
        const QString p = JsonReader::index(JsonReader::join(path, key("children")), i);
        Child c;
        QJsonObject o;
        if (r.object(array.at(i), p, allowed, &o)) {
            r.string(o, p, key("surname"), &c.surname);
            r.string(o, p, key("name"), &c.name);
            r.string(o, p, key("patronymic"), &c.patronymic);
            r.string(o, p, key("iin"), &c.iin);
            r.date(o, p, key("birthDate"), &c.birthDate);
            r.string(o, p, key("passportNumber"), &c.passportNumber);
            r.string(o, p, key("sex"), &c.sex);
            r.boolean(o, p, key("otherParentInKazakhstan"), &c.otherParentInKazakhstan);
            r.boolean(o, p, key("otherParentRegistrationKnown"), &c.otherParentRegistrationKnown);
        }
        out->append(c);
    }
}

void readRelatives(JsonReader &r, const QJsonObject &parent, const QString &path, QList<Relative> *out)
{
    static const QStringList allowed = keys({"fullName", "iin", "kinship", "birthDateAndPlace",
                                             "countryAndAddress", "workplace", "marriageRegistrationPlace"});
    QJsonArray array;
    if (!r.arrayAt(parent, path, key("relatives"), &array))
        return;
    for (int i = 0; i < array.size(); ++i) {
        const QString p = JsonReader::index(JsonReader::join(path, key("relatives")), i);
        Relative rel;
        QJsonObject o;
        if (r.object(array.at(i), p, allowed, &o)) {
            r.string(o, p, key("fullName"), &rel.fullName);
            r.string(o, p, key("iin"), &rel.iin);
            r.string(o, p, key("kinship"), &rel.kinship);
            r.string(o, p, key("birthDateAndPlace"), &rel.birthDateAndPlace);
            r.string(o, p, key("countryAndAddress"), &rel.countryAndAddress);
            r.string(o, p, key("workplace"), &rel.workplace);
            r.string(o, p, key("marriageRegistrationPlace"), &rel.marriageRegistrationPlace);
        }
        out->append(rel);
    }
}

void readWork(JsonReader &r, const QJsonObject &parent, const QString &path, QList<WorkRecord> *out)
{
    static const QStringList allowed = keys(
        {"fromYear", "toYear", "organisation", "address", "workplace", "position", "stateSecretsClearance"});
    QJsonArray array;
    if (!r.arrayAt(parent, path, key("workHistory"), &array))
        return;
    for (int i = 0; i < array.size(); ++i) {
        const QString p = JsonReader::index(JsonReader::join(path, key("workHistory")), i);
        WorkRecord w;
        QJsonObject o;
        if (r.object(array.at(i), p, allowed, &o)) {
            r.integer(o, p, key("fromYear"), &w.fromYear);
            r.integer(o, p, key("toYear"), &w.toYear);
            r.string(o, p, key("organisation"), &w.organisation);
            r.string(o, p, key("address"), &w.address);
            r.string(o, p, key("workplace"), &w.workplace);
            r.string(o, p, key("position"), &w.position);
            r.string(o, p, key("stateSecretsClearance"), &w.stateSecretsClearance);
        }
        out->append(w);
    }
}

void readDocuments(JsonReader &r, const QJsonObject &parent, const QString &path, int childCount,
                   QList<PresentedDocument> *out)
{
    static const QStringList allowed = keys({"kind", "child", "presented", "expiresOn"});
    QStringList kinds;
    for (DocumentKind k :
         {DocumentKind::Questionnaire, DocumentKind::Identity, DocumentKind::AlimonyAgreement,
          DocumentKind::GuardianshipConclusion, DocumentKind::OtherParentConsent,
          DocumentKind::StateDutyReceipt, DocumentKind::RegistrationRequest})
        kinds << documentKindKey(k);
    QJsonArray array;
    if (!r.arrayAt(parent, path, key("documents"), &array))
        return;
    for (int i = 0; i < array.size(); ++i) {
        const QString p = JsonReader::index(JsonReader::join(path, key("documents")), i);
        PresentedDocument d;
        QJsonObject o;
        if (r.object(array.at(i), p, allowed, &o)) {
            QString kind;
            r.choice(o, p, key("kind"), kinds, &kind);
            if (!o.contains(key("kind"))) {
                r.error(QStringLiteral("json.required"), JsonReader::join(p, key("kind")),
                        QStringLiteral("required"), QStringLiteral("обязательный ключ"),
                        QStringLiteral("міндетті кілт"));
            }
            documentKindFromKey(kind, &d.kind);
            if (o.contains(key("child")) && !o.value(key("child")).isNull()) {
                int child = -1;
                r.integer(o, p, key("child"), &child);
                if (o.value(key("child")).isDouble() && (child < 0 || child >= childCount)) {
                    const QString n = QString::number(childCount);
                    r.error(
                        QStringLiteral("json.value"), JsonReader::join(p, key("child")),
                        QStringLiteral("no child with this index (0-based; the case lists %1 children)")
                            .arg(n),
                        QStringLiteral("нет ребёнка с таким номером (счёт с 0; детей в деле: %1)").arg(n),
                        QStringLiteral("мұндай нөмірлі бала жоқ (0-ден саналады; істегі балалар саны: %1)")
                            .arg(n));
                } else {
                    d.child = child;
                }
            }
            r.boolean(o, p, key("presented"), &d.presented);
            r.date(o, p, key("expiresOn"), &d.expiresOn);
        }
        out->append(d);
    }
}

} // namespace

QJsonObject CaseJson::toJson(const Case &c)
{
    QJsonObject o;
    if (!c.number.isEmpty())
        o.insert(key("number"), c.number);
    o.insert(key("office"), c.office);
    o.insert(key("channel"), c.channel);
    if (c.submittedAt.isValid())
        o.insert(key("submittedAt"), JsonReader::formatDateTime(c.submittedAt));
    o.insert(key("applicant"), applicantToJson(c.applicant));
    o.insert(key("from"), placeToJson(c.from, false));
    o.insert(key("to"), placeToJson(c.to, true));
    o.insert(key("purpose"), c.purpose);
    QJsonArray children;
    for (const Child &child : c.children)
        children.append(childToJson(child));
    o.insert(key("children"), children);
    QJsonArray relatives;
    for (const Relative &r : c.relatives)
        relatives.append(relativeToJson(r));
    o.insert(key("relatives"), relatives);
    QJsonArray work;
    for (const WorkRecord &w : c.workHistory)
        work.append(workToJson(w));
    o.insert(key("workHistory"), work);
    o.insert(key("alimonyEnforcement"), c.alimonyEnforcement);
    if (!c.alimonyRecipientsRegistrationKnown)
        o.insert(key("alimonyRecipientsRegistrationKnown"), false);
    QJsonArray documents;
    for (const PresentedDocument &d : c.documents)
        documents.append(documentToJson(d));
    o.insert(key("documents"), documents);
    QJsonObject consents;
    consents.insert(key("falseDataWarningSigned"), c.consents.falseDataWarningSigned);
    consents.insert(key("dataUseConsentSigned"), c.consents.dataUseConsentSigned);
    o.insert(key("consents"), consents);
    return o;
}

QByteArray CaseJson::toBytes(const Case &c, QJsonDocument::JsonFormat format)
{
    return QJsonDocument(toJson(c)).toJson(format);
}

bool CaseJson::fromJson(const QJsonValue &value, Case *out, Findings *errors, const QString &pathPrefix)
{
    static const QStringList allowed =
        keys({"number", "office", "channel", "submittedAt", "applicant", "from", "to", "purpose", "children",
              "relatives", "workHistory", "alimonyEnforcement", "alimonyRecipientsRegistrationKnown",
              "documents", "consents"});
    const int before = errors->size();
    JsonReader r(errors);
    // The prefix is "" or "[i]": join() adds the dot before the first key.
    const QString p = pathPrefix.endsWith(QLatin1Char('.')) ? pathPrefix.chopped(1) : pathPrefix;
    Case c;
    QJsonObject o;
    if (!r.object(value, p, allowed, &o))
        return false;
    r.string(o, p, key("number"), &c.number);
    r.string(o, p, key("office"), &c.office);
    r.choice(o, p, key("channel"), keys({"counter", "portal"}), &c.channel);
    r.dateTime(o, p, key("submittedAt"), &c.submittedAt);
    readApplicant(r, o, p, &c.applicant);
    readPlace(r, o, p, "from", &c.from);
    readPlace(r, o, p, "to", &c.to);
    r.integer(o, p, key("purpose"), &c.purpose);
    readChildren(r, o, p, &c.children);
    readRelatives(r, o, p, &c.relatives);
    readWork(r, o, p, &c.workHistory);
    r.boolean(o, p, key("alimonyEnforcement"), &c.alimonyEnforcement);
    r.boolean(o, p, key("alimonyRecipientsRegistrationKnown"), &c.alimonyRecipientsRegistrationKnown);
    readDocuments(r, o, p, c.children.size(), &c.documents);
    QJsonObject consents;
    if (r.objectAt(o, p, key("consents"), keys({"falseDataWarningSigned", "dataUseConsentSigned"}),
                   &consents)) {
        const QString cp = JsonReader::join(p, key("consents"));
        r.boolean(consents, cp, key("falseDataWarningSigned"), &c.consents.falseDataWarningSigned);
        r.boolean(consents, cp, key("dataUseConsentSigned"), &c.consents.dataUseConsentSigned);
    }
    *out = c;
    return errors->size() == before;
}

bool CaseJson::parseDocument(const QByteArray &bytes, QList<Case> *cases, Findings *errors, bool *isArray)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (isArray)
        *isArray = doc.isArray();
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column are what a person editing the file can find.
        const QByteArray head = bytes.left(parseError.offset);
        const int line = head.count('\n') + 1;
        const int column = QString::fromUtf8(head.mid(head.lastIndexOf('\n') + 1)).size() + 1;
        JsonReader r(errors);
        const QString where = QStringLiteral("%1:%2").arg(line).arg(column);
        r.error(
            QStringLiteral("json.syntax"), QString(),
            QStringLiteral("not valid JSON at line:column %1: %2").arg(where, parseError.errorString()),
            QStringLiteral("некорректный JSON в строке:столбце %1: %2").arg(where, parseError.errorString()),
            QStringLiteral("JSON қате, жол:баған %1: %2").arg(where, parseError.errorString()));
        return false;
    }
    cases->clear();
    bool ok = true;
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        for (int i = 0; i < array.size(); ++i) {
            Case c;
            ok = fromJson(array.at(i), &c, errors, QStringLiteral("[%1]").arg(i)) && ok;
            cases->append(c);
        }
        return ok;
    }
    Case c;
    ok = fromJson(doc.object(), &c, errors);
    cases->append(c);
    return ok;
}

} // namespace exitdesk
