#include "session/CaseFields.h"

#include <QRegularExpression>

#include <functional>
#include <type_traits>
#include <vector>

namespace exitdesk::ui {

namespace {

template <typename Obj>
struct Def
{
    QString name;
    FieldType type;
    std::function<QVariant(Obj &)> get;
    std::function<void(Obj &, const QVariant &)> set;
};

template <typename T>
constexpr FieldType typeOf()
{
    if constexpr (std::is_same_v<T, QString>)
        return FieldType::Text;
    else if constexpr (std::is_same_v<T, QDate>)
        return FieldType::Date;
    else if constexpr (std::is_same_v<T, int>)
        return FieldType::Number;
    else
        return FieldType::Flag;
}

// One field reached by ref(obj), a lambda returning a reference to the member.
template <typename Obj, typename Ref>
Def<Obj> field(const char *name, Ref ref)
{
    using T = std::decay_t<decltype(ref(std::declval<Obj &>()))>;
    static_assert(std::is_same_v<T, QString> || std::is_same_v<T, QDate> || std::is_same_v<T, int>
                  || std::is_same_v<T, bool>);
    return Def<Obj>{QString::fromLatin1(name), typeOf<T>(), [ref](Obj &o) { return QVariant::fromValue(ref(o)); },
                    [ref](Obj &o, const QVariant &v) { ref(o) = v.value<T>(); }};
}

#define EXITDESK_F(Obj, name, expr) field<Obj>(name, [](Obj & o) -> auto & { return o.expr; })

const std::vector<Def<Case>> &scalarDefs()
{
    static const std::vector<Def<Case>> defs{
        EXITDESK_F(Case, "applicant.surname", applicant.surname),
        EXITDESK_F(Case, "applicant.name", applicant.name),
        EXITDESK_F(Case, "applicant.patronymic", applicant.patronymic),
        EXITDESK_F(Case, "applicant.previousNames", applicant.previousNames),
        EXITDESK_F(Case, "applicant.birthDate", applicant.birthDate),
        EXITDESK_F(Case, "applicant.iin", applicant.iin),
        EXITDESK_F(Case, "applicant.sex", applicant.sex),
        EXITDESK_F(Case, "applicant.birthPlace.country", applicant.birthPlace.country),
        EXITDESK_F(Case, "applicant.birthPlace.region", applicant.birthPlace.region),
        EXITDESK_F(Case, "applicant.birthPlace.district", applicant.birthPlace.district),
        EXITDESK_F(Case, "applicant.birthPlace.okrug", applicant.birthPlace.okrug),
        EXITDESK_F(Case, "applicant.birthPlace.settlement", applicant.birthPlace.settlement),
        EXITDESK_F(Case, "applicant.nationality", applicant.nationality),
        EXITDESK_F(Case, "applicant.citizenship", applicant.citizenship),
        EXITDESK_F(Case, "applicant.militaryDuty", applicant.militaryDuty),
        EXITDESK_F(Case, "applicant.previousCitizenship", applicant.previousCitizenship),
        EXITDESK_F(Case, "applicant.identityDocument.kind", applicant.identityDocument.kind),
        EXITDESK_F(Case, "applicant.identityDocument.number", applicant.identityDocument.number),
        EXITDESK_F(Case, "applicant.identityDocument.issuedOn", applicant.identityDocument.issuedOn),
        EXITDESK_F(Case, "applicant.identityDocument.issuedBy", applicant.identityDocument.issuedBy),
        EXITDESK_F(Case, "applicant.identityDocument.expiresOn", applicant.identityDocument.expiresOn),
        EXITDESK_F(Case, "applicant.passport.number", applicant.passport.number),
        EXITDESK_F(Case, "applicant.passport.issuedOn", applicant.passport.issuedOn),
        EXITDESK_F(Case, "applicant.passport.expiresOn", applicant.passport.expiresOn),
        EXITDESK_F(Case, "applicant.address", applicant.address),
        EXITDESK_F(Case, "applicant.phone", applicant.phone),
        EXITDESK_F(Case, "from.country", from.country),
        EXITDESK_F(Case, "from.region", from.region),
        EXITDESK_F(Case, "from.district", from.district),
        EXITDESK_F(Case, "from.okrug", from.okrug),
        EXITDESK_F(Case, "from.settlement", from.settlement),
        EXITDESK_F(Case, "to.country", to.country),
        EXITDESK_F(Case, "to.settlement", to.settlement),
        EXITDESK_F(Case, "purpose", purpose),
        EXITDESK_F(Case, "applicant.socialCategory", applicant.socialCategory),
        EXITDESK_F(Case, "applicant.education", applicant.education),
        EXITDESK_F(Case, "applicant.specialty", applicant.specialty),
        EXITDESK_F(Case, "applicant.maritalStatus", applicant.maritalStatus),
        EXITDESK_F(Case, "alimonyEnforcement", alimonyEnforcement),
        EXITDESK_F(Case, "alimonyRecipientsRegistrationKnown", alimonyRecipientsRegistrationKnown),
        EXITDESK_F(Case, "consents.falseDataWarningSigned", consents.falseDataWarningSigned),
        EXITDESK_F(Case, "consents.dataUseConsentSigned", consents.dataUseConsentSigned),
    };
    return defs;
}

const std::vector<Def<Child>> &childDefs()
{
    static const std::vector<Def<Child>> defs{
        EXITDESK_F(Child, "surname", surname),
        EXITDESK_F(Child, "name", name),
        EXITDESK_F(Child, "patronymic", patronymic),
        EXITDESK_F(Child, "iin", iin),
        EXITDESK_F(Child, "birthDate", birthDate),
        EXITDESK_F(Child, "passportNumber", passportNumber),
        EXITDESK_F(Child, "sex", sex),
        EXITDESK_F(Child, "otherParentInKazakhstan", otherParentInKazakhstan),
        EXITDESK_F(Child, "otherParentRegistrationKnown", otherParentRegistrationKnown),
    };
    return defs;
}

const std::vector<Def<Relative>> &relativeDefs()
{
    static const std::vector<Def<Relative>> defs{
        EXITDESK_F(Relative, "fullName", fullName),
        EXITDESK_F(Relative, "iin", iin),
        EXITDESK_F(Relative, "kinship", kinship),
        EXITDESK_F(Relative, "birthDateAndPlace", birthDateAndPlace),
        EXITDESK_F(Relative, "countryAndAddress", countryAndAddress),
        EXITDESK_F(Relative, "workplace", workplace),
        EXITDESK_F(Relative, "marriageRegistrationPlace", marriageRegistrationPlace),
    };
    return defs;
}

const std::vector<Def<WorkRecord>> &workDefs()
{
    static const std::vector<Def<WorkRecord>> defs{
        EXITDESK_F(WorkRecord, "fromYear", fromYear),
        EXITDESK_F(WorkRecord, "toYear", toYear),
        EXITDESK_F(WorkRecord, "organisation", organisation),
        EXITDESK_F(WorkRecord, "address", address),
        EXITDESK_F(WorkRecord, "workplace", workplace),
        EXITDESK_F(WorkRecord, "position", position),
        EXITDESK_F(WorkRecord, "stateSecretsClearance", stateSecretsClearance),
    };
    return defs;
}

#undef EXITDESK_F

template <typename Obj>
const Def<Obj> *find(const std::vector<Def<Obj>> &defs, const QString &name)
{
    for (const auto &d : defs) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

template <typename Obj>
QStringList names(const std::vector<Def<Obj>> &defs)
{
    QStringList out;
    for (const auto &d : defs)
        out << d.name;
    return out;
}

// Calls fn(def, object) for the row field the path names; false when there is none.
template <typename Fn>
bool withRowField(Case &c, const FieldPath &p, Fn fn)
{
    auto apply = [&](auto &list, const auto &defs) {
        if (p.row < 0 || p.row >= list.size())
            return false;
        const auto *d = find(defs, p.field);
        if (!d)
            return false;
        fn(*d, list[p.row]);
        return true;
    };
    if (p.list == QLatin1String("children"))
        return apply(c.children, childDefs());
    if (p.list == QLatin1String("relatives"))
        return apply(c.relatives, relativeDefs());
    if (p.list == QLatin1String("workHistory"))
        return apply(c.workHistory, workDefs());
    return false;
}

} // namespace

FieldPath FieldPath::parse(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^(\\w+)\\[(\\d+)\\](?:\\.(.+))?$"));
    FieldPath p;
    const auto m = re.match(path);
    if (m.hasMatch()) {
        p.list = m.captured(1);
        p.row = m.captured(2).toInt();
        p.field = m.captured(3);
    } else {
        p.field = path;
    }
    return p;
}

QString FieldPath::toString() const
{
    if (list.isEmpty())
        return field;
    QString s = list + QLatin1Char('[') + QString::number(row) + QLatin1Char(']');
    if (!field.isEmpty())
        s += QLatin1Char('.') + field;
    return s;
}

QStringList CaseFields::scalarPaths()
{
    return names(scalarDefs());
}

QStringList CaseFields::lists()
{
    return {QStringLiteral("children"), QStringLiteral("relatives"), QStringLiteral("workHistory")};
}

QStringList CaseFields::rowFields(const QString &list)
{
    if (list == QLatin1String("children"))
        return names(childDefs());
    if (list == QLatin1String("relatives"))
        return names(relativeDefs());
    if (list == QLatin1String("workHistory"))
        return names(workDefs());
    return {};
}

bool CaseFields::exists(const QString &path)
{
    const FieldPath p = FieldPath::parse(path);
    if (p.isRowField())
        return rowFields(p.list).contains(p.field);
    return find(scalarDefs(), p.field) != nullptr;
}

FieldType CaseFields::type(const QString &path)
{
    const FieldPath p = FieldPath::parse(path);
    auto typeIn = [&](const auto &defs) {
        const auto *d = find(defs, p.field);
        return d ? d->type : FieldType::Text;
    };
    if (p.list == QLatin1String("children"))
        return typeIn(childDefs());
    if (p.list == QLatin1String("relatives"))
        return typeIn(relativeDefs());
    if (p.list == QLatin1String("workHistory"))
        return typeIn(workDefs());
    return typeIn(scalarDefs());
}

QVariant CaseFields::value(const Case &c, const QString &path)
{
    const FieldPath p = FieldPath::parse(path);
    // The accessors take a non-const object only to share one table for reading and writing.
    Case &mc = const_cast<Case &>(c);
    QVariant out;
    if (p.isRowField()) {
        withRowField(mc, p, [&](const auto &d, auto &row) { out = d.get(row); });
        return out;
    }
    if (const auto *d = find(scalarDefs(), p.field))
        out = d->get(mc);
    return out;
}

bool CaseFields::setValue(Case &c, const QString &path, const QVariant &value)
{
    const FieldPath p = FieldPath::parse(path);
    if (p.isRowField())
        return withRowField(c, p, [&](const auto &d, auto &row) { d.set(row, value); });
    const auto *d = find(scalarDefs(), p.field);
    if (!d)
        return false;
    d->set(c, value);
    return true;
}

void CaseFields::fillNullTexts(Case &c)
{
    auto fill = [](auto &obj, const auto &defs) {
        for (const auto &d : defs) {
            if (d.type == FieldType::Text && d.get(obj).toString().isNull())
                d.set(obj, QString::fromLatin1(""));
        }
    };
    fill(c, scalarDefs());
    for (Child &child : c.children)
        fill(child, childDefs());
    for (Relative &r : c.relatives)
        fill(r, relativeDefs());
    for (WorkRecord &w : c.workHistory)
        fill(w, workDefs());
    if (c.office.isNull())
        c.office = QString::fromLatin1("");
}

int CaseFields::rowCount(const Case &c, const QString &list)
{
    if (list == QLatin1String("children"))
        return c.children.size();
    if (list == QLatin1String("relatives"))
        return c.relatives.size();
    if (list == QLatin1String("workHistory"))
        return c.workHistory.size();
    return 0;
}

bool CaseFields::appendRow(Case &c, const QString &list)
{
    if (list == QLatin1String("children"))
        c.children.append(Child{});
    else if (list == QLatin1String("relatives"))
        c.relatives.append(Relative{});
    else if (list == QLatin1String("workHistory"))
        c.workHistory.append(WorkRecord{});
    else
        return false;
    return true;
}

bool CaseFields::removeRow(Case &c, const QString &list, int row)
{
    auto remove = [row](auto &l) {
        if (row < 0 || row >= l.size())
            return false;
        l.removeAt(row);
        return true;
    };
    if (list == QLatin1String("children"))
        return remove(c.children);
    if (list == QLatin1String("relatives"))
        return remove(c.relatives);
    if (list == QLatin1String("workHistory"))
        return remove(c.workHistory);
    return false;
}

} // namespace exitdesk::ui
