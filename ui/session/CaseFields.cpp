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

// The field tables are laid out by hand, one part of the questionnaire per line.
// clang-format off
// A field is named by its member path in the model ("applicant.birthPlace.country"), so the
// path and the member it reaches cannot drift apart.
#define EXITDESK_F(Obj, member) field<Obj>(#member, [](Obj & o) -> auto & { return o.member; })

const std::vector<Def<Case>> &scalarDefs()
{
    static const std::vector<Def<Case>> defs{
        EXITDESK_F(Case, applicant.surname), EXITDESK_F(Case, applicant.name), EXITDESK_F(Case, applicant.patronymic),
        EXITDESK_F(Case, applicant.previousNames), EXITDESK_F(Case, applicant.birthDate),
        EXITDESK_F(Case, applicant.iin), EXITDESK_F(Case, applicant.sex),
        EXITDESK_F(Case, applicant.birthPlace.country), EXITDESK_F(Case, applicant.birthPlace.region),
        EXITDESK_F(Case, applicant.birthPlace.district), EXITDESK_F(Case, applicant.birthPlace.okrug),
        EXITDESK_F(Case, applicant.birthPlace.settlement),
        EXITDESK_F(Case, applicant.nationality), EXITDESK_F(Case, applicant.citizenship),
        EXITDESK_F(Case, applicant.militaryDuty), EXITDESK_F(Case, applicant.previousCitizenship),
        EXITDESK_F(Case, applicant.identityDocument.kind), EXITDESK_F(Case, applicant.identityDocument.number),
        EXITDESK_F(Case, applicant.identityDocument.issuedOn), EXITDESK_F(Case, applicant.identityDocument.issuedBy),
        EXITDESK_F(Case, applicant.identityDocument.expiresOn),
        EXITDESK_F(Case, applicant.passport.number), EXITDESK_F(Case, applicant.passport.issuedOn),
        EXITDESK_F(Case, applicant.passport.expiresOn),
        EXITDESK_F(Case, applicant.address), EXITDESK_F(Case, applicant.phone),
        EXITDESK_F(Case, from.country), EXITDESK_F(Case, from.region), EXITDESK_F(Case, from.district),
        EXITDESK_F(Case, from.okrug), EXITDESK_F(Case, from.settlement),
        EXITDESK_F(Case, to.country), EXITDESK_F(Case, to.settlement),
        EXITDESK_F(Case, purpose),
        EXITDESK_F(Case, applicant.socialCategory), EXITDESK_F(Case, applicant.education),
        EXITDESK_F(Case, applicant.specialty), EXITDESK_F(Case, applicant.maritalStatus),
        EXITDESK_F(Case, alimonyEnforcement), EXITDESK_F(Case, alimonyRecipientsRegistrationKnown),
        EXITDESK_F(Case, consents.falseDataWarningSigned), EXITDESK_F(Case, consents.dataUseConsentSigned),
    };
    return defs;
}

// The fields of one row of a list (children, relatives, work history), by row type.
template <typename Row>
const std::vector<Def<Row>> &rowDefs()
{
    static const std::vector<Def<Row>> defs = [] {
        if constexpr (std::is_same_v<Row, Child>)
            return std::vector<Def<Row>>{
                EXITDESK_F(Child, surname), EXITDESK_F(Child, name), EXITDESK_F(Child, patronymic),
                EXITDESK_F(Child, iin), EXITDESK_F(Child, birthDate), EXITDESK_F(Child, passportNumber),
                EXITDESK_F(Child, sex), EXITDESK_F(Child, otherParentInKazakhstan),
                EXITDESK_F(Child, otherParentRegistrationKnown)};
        else if constexpr (std::is_same_v<Row, Relative>)
            return std::vector<Def<Row>>{
                EXITDESK_F(Relative, fullName), EXITDESK_F(Relative, iin), EXITDESK_F(Relative, kinship),
                EXITDESK_F(Relative, birthDateAndPlace), EXITDESK_F(Relative, countryAndAddress),
                EXITDESK_F(Relative, workplace), EXITDESK_F(Relative, marriageRegistrationPlace)};
        else
            return std::vector<Def<Row>>{
                EXITDESK_F(WorkRecord, fromYear), EXITDESK_F(WorkRecord, toYear),
                EXITDESK_F(WorkRecord, organisation), EXITDESK_F(WorkRecord, address),
                EXITDESK_F(WorkRecord, workplace), EXITDESK_F(WorkRecord, position),
                EXITDESK_F(WorkRecord, stateSecretsClearance)};
    }();
    return defs;
}

#undef EXITDESK_F
// clang-format on

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

// Calls fn(rows, defs) with the rows of the list named `list` and their field table, and returns
// what fn returns; `otherwise` for an unknown list. The one place that maps list names to members.
template <typename R, typename Fn>
R withList(Case &c, const QString &list, R otherwise, Fn fn)
{
    if (list == QLatin1String("children"))
        return fn(c.children, rowDefs<Child>());
    if (list == QLatin1String("relatives"))
        return fn(c.relatives, rowDefs<Relative>());
    if (list == QLatin1String("workHistory"))
        return fn(c.workHistory, rowDefs<WorkRecord>());
    return otherwise;
}

// The same for a list of a case that is only read (the tables serve reading and writing).
template <typename R, typename Fn>
R withList(const Case &c, const QString &list, R otherwise, Fn fn)
{
    return withList(const_cast<Case &>(c), list, otherwise, fn);
}

// Calls fn(def, object) for the row field the path names; false when there is none.
template <typename Fn>
bool withRowField(Case &c, const FieldPath &p, Fn fn)
{
    return withList(c, p.list, false, [&](auto &rows, const auto &defs) {
        if (p.row < 0 || p.row >= rows.size())
            return false;
        const auto *d = find(defs, p.field);
        if (!d)
            return false;
        fn(*d, rows[p.row]);
        return true;
    });
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
    return withList(Case(), list, QStringList(), [](auto &, const auto &defs) { return names(defs); });
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
    if (p.list.isEmpty())
        return typeIn(scalarDefs());
    return withList(Case(), p.list, FieldType::Text, [&](auto &, const auto &defs) { return typeIn(defs); });
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
    for (const QString &list : lists()) {
        withList(c, list, false, [&](auto &rows, const auto &defs) {
            for (auto &row : rows)
                fill(row, defs);
            return true;
        });
    }
    if (c.office.isNull())
        c.office = QString::fromLatin1("");
}

int CaseFields::rowCount(const Case &c, const QString &list)
{
    return withList(c, list, 0, [](auto &rows, const auto &) { return static_cast<int>(rows.size()); });
}

bool CaseFields::appendRow(Case &c, const QString &list)
{
    return withList(c, list, false, [](auto &rows, const auto &) {
        rows.append(typename std::decay_t<decltype(rows)>::value_type{});
        return true;
    });
}

bool CaseFields::removeRow(Case &c, const QString &list, int row)
{
    return withList(c, list, false, [row](auto &rows, const auto &) {
        if (row < 0 || row >= rows.size())
            return false;
        rows.removeAt(row);
        return true;
    });
}

} // namespace exitdesk::ui
