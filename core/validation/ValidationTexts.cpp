#include "validation/ValidationTexts.h"

#include <QRegularExpression>

#include <array>

namespace exitdesk {

namespace {

struct MessageRow
{
    const char16_t *code;
    Severity severity;
    bool ownerPrefix; // whether "Child 2: " etc. precedes the text
    const char16_t *en;
    const char16_t *ru;
    const char16_t *kk;
};

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;

// Every finding code, its severity and its text. {field} is the field's name from kFields.
const std::array<MessageRow, 28> kMessages{{
    {u"field.required", E, true, u"{field} is missing", u"не заполнено поле «{field}»",
     u"«{field}» өрісі толтырылмаған"},
    // A date typed that does not exist (31.02.1987): the field holds text, not "nothing".
    {u"date.invalid", E, true, u"{field}: no such date, type the day, month and year as dd.mm.yyyy",
     u"«{field}»: такой даты нет, введите день, месяц и год в виде дд.мм.гггг",
     u"«{field}»: мұндай күн жоқ, күнді, айды және жылды кк.аа.жжжж түрінде енгізіңіз"},
    {u"choice.required", E, true, u"{field}: no option chosen", u"не выбран вариант в пункте «{field}»",
     u"«{field}» тармағында нұсқа таңдалмаған"},
    {u"destination.domestic", E, true, u"the country of destination must be outside Kazakhstan",
     u"страна, куда выбывает заявитель, должна быть за пределами Республики Казахстан",
     u"өтініш беруші баратын ел Қазақстан Республикасынан тыс болуы керек"},
    {u"choice.invalid", E, true, u"{field}: “{value}” is not one of the options",
     u"«{field}»: значение «{value}» не входит в перечень вариантов",
     u"«{field}»: «{value}» мәні нұсқалар тізбесінде жоқ"},
    {u"iin.format", E, true, u"IIN must consist of 12 digits", u"ИИН должен состоять из 12 цифр",
     u"ЖСН 12 цифрдан тұруы керек"},
    {u"iin.checksum", E, true, u"IIN check digit is wrong", u"неверная контрольная цифра ИИН",
     u"ЖСН-нің бақылау цифры қате"},
    {u"iin.unassignable", E, true, u"no check digit exists for the first 11 digits of the IIN",
     u"для первых 11 цифр ИИН контрольная цифра не существует",
     u"ЖСН-нің алғашқы 11 цифры үшін бақылау цифры болмайды"},
    {u"iin.birthDateMismatch", W, true,
     u"the IIN gives the date of birth {iinDate}, but {date} is entered; confirm if the entered date is "
     u"right",
     u"по ИИН дата рождения {iinDate}, а указана {date}; подтвердите, если указанная дата верна",
     u"ЖСН бойынша туған күні {iinDate}, ал көрсетілгені {date}; көрсетілген күн дұрыс болса, растаңыз"},
    {u"iin.birthDateUnencoded", W, true,
     u"the IIN does not encode a date of birth (digits 1–7); confirm if the IIN is right",
     u"ИИН не содержит даты рождения (цифры 1–7); подтвердите, если ИИН верен",
     u"ЖСН-де туған күні көрсетілмеген (1–7 цифрлар); ЖСН дұрыс болса, растаңыз"},
    {u"iin.sexMismatch", W, true,
     u"the IIN gives the sex {iinSex}, but {sex} is entered; confirm if the entered sex is right",
     u"по ИИН пол {iinSex}, а указан {sex}; подтвердите, если указанный пол верен",
     u"ЖСН бойынша жынысы {iinSex}, ал көрсетілгені {sex}; көрсетілген жынысы дұрыс болса, растаңыз"},
    {u"name.invalidCharacters", E, true,
     u"{field} may contain only Cyrillic (Kazakh, Russian) or Latin letters, hyphen, apostrophe and space; "
     u"not allowed: {chars}",
     u"поле «{field}» может содержать только буквы кириллицы (казахского и русского алфавитов) или "
     u"латиницы, дефис, апостроф и пробел; недопустимо: {chars}",
     u"«{field}» өрісінде тек кирилл (қазақ және орыс әліпбилері) немесе латын әріптері, дефис, апостроф "
     u"және бос орын болуы мүмкін; рұқсат етілмеген: {chars}"},
    {u"name.mixedScripts", W, true, u"{field} mixes Cyrillic and Latin letters; check the spelling",
     u"в поле «{field}» смешаны буквы кириллицы и латиницы; проверьте написание",
     u"«{field}» өрісінде кирилл және латын әріптері араласқан; жазылуын тексеріңіз"},
    {u"date.future", E, true, u"{field} {date} is in the future (checked on {day})",
     u"«{field}»: {date} — дата в будущем (на {day})",
     u"«{field}»: {date} — болашақтағы күн ({day} күнгі жағдай бойынша)"},
    {u"date.expired", E, true, u"{field} {date} has passed: the document is expired (checked on {day})",
     u"«{field}»: {date} — срок действия документа истёк (на {day})",
     u"«{field}»: {date} — құжаттың жарамдылық мерзімі өткен ({day} күнгі жағдай бойынша)"},
    {u"date.issuedAfterExpiry", E, true, u"{field} {date} must be before the expiry date {expires}",
     u"«{field}»: {date} должна быть раньше даты окончания срока действия {expires}",
     u"«{field}»: {date} жарамдылық мерзімі аяқталатын күннен ({expires}) бұрын болуы керек"},
    {u"date.issuedBeforeBirth", E, true, u"{field} {date} is before the date of birth {birth}",
     u"«{field}»: {date} раньше даты рождения {birth}", u"«{field}»: {date} туған күнінен ({birth}) бұрын"},
    {u"child.adult", E, true, u"adult listed as a child: aged {age} on {day} (children must be under 18)",
     u"совершеннолетний указан как ребёнок: возраст на {day} — {age} (дети должны быть моложе 18 лет)",
     u"кәмелетке толған адам бала ретінде көрсетілген: {day} күнгі жасы — {age} (балалар 18 жасқа толмаған "
     u"болуы керек)"},
    {u"applicant.legalRepresentative", W, true,
     u"aged {age} on {day}: applies through a legal representative (alone only from 18, or from 16 if "
     u"married)",
     u"возраст на {day} — {age}: заявление подаётся через законного представителя (самостоятельно — с 18 "
     u"лет, "
     u"при состоянии в браке — с 16 лет)",
     u"{day} күнгі жасы — {age}: өтініш заңды өкіл арқылы беріледі (өз бетінше — 18 жастан, некеде тұрса — "
     u"16 жастан)"},
    {u"consent.missing", E, true, u"{field} is not signed", u"не подписано: {field}",
     u"қол қойылмаған: {field}"},
    {u"work.yearOrder", E, true, u"the year of joining {from} is after the year of leaving {to}",
     u"год поступления {from} позже года увольнения {to}",
     u"түскен жылы ({from}) босаған жылынан ({to}) кейін"},
    {u"work.futureYear", W, true, u"{field} {year} is after the current year {current}",
     u"«{field}»: {year} позже текущего года {current}",
     u"«{field}»: {year} ағымдағы жылдан ({current}) кейін"},
    {u"work.gap", W, true, u"years {years} of the last five years are not covered",
     u"не охвачены годы {years} из последних пяти лет", u"соңғы бес жылдың {years} жылдары қамтылмаған"},
    {u"work.overlap", W, true, u"years overlap with row {other} ({years})",
     u"годы пересекаются со строкой {other} ({years})", u"жылдары {other}-жолмен қиылысады ({years})"},
    {u"work.missing", W, false, u"work history for the last five years ({years}) is not filled in",
     u"не заполнена трудовая деятельность за последние пять лет ({years})",
     u"соңғы бес жылдағы еңбек қызметі ({years}) толтырылмаған"},
    {u"document.missing", E, false, u"missing document: {document}", u"не представлен документ: {document}",
     u"құжат ұсынылмаған: {document}"},
    {u"document.expired", E, false, u"expired document: {document}",
     u"срок действия документа истёк: {document}", u"құжаттың жарамдылық мерзімі өткен: {document}"},
    {u"document.expiryMissing", E, false, u"the expiry date of a presented document is not entered: {document}",
     u"не указан срок действия представленного документа: {document}",
     u"ұсынылған құжаттың жарамдылық мерзімі көрсетілмеген: {document}"},
}};

struct LabelRow
{
    const char16_t *key; // the path without its owner, e.g. "identityDocument.expiresOn"
    const char16_t *en;
    const char16_t *ru;
    const char16_t *kk;
};

// Field names in words. Russian and Kazakh are quoted in messages, so they follow the form's labels.
const std::array<LabelRow, 28> kFields{{
    {u"surname", u"surname", u"Фамилия", u"Тегі"},
    {u"name", u"name", u"Имя", u"Аты"},
    {u"patronymic", u"patronymic", u"Отчество", u"Әкесінің аты"},
    {u"birthDate", u"date of birth", u"Дата рождения", u"Туған күні"},
    {u"iin", u"IIN", u"ИИН", u"ЖСН"},
    {u"sex", u"sex", u"Пол", u"Жынысы"},
    {u"identityDocument.kind", u"identity document type", u"Вид документа, удостоверяющего личность",
     u"Жеке басын куәландыратын құжаттың түрі"},
    {u"identityDocument.number", u"identity document number", u"Номер документа, удостоверяющего личность",
     u"Жеке басын куәландыратын құжаттың нөмірі"},
    {u"identityDocument.issuedOn", u"identity document issue date",
     u"Дата выдачи документа, удостоверяющего личность", u"Жеке басын куәландыратын құжаттың берілген күні"},
    {u"identityDocument.expiresOn", u"identity document expiry date",
     u"Срок действия документа, удостоверяющего личность",
     u"Жеке басын куәландыратын құжаттың жарамдылық мерзімі"},
    {u"passport.number", u"passport number", u"Номер паспорта", u"Паспорт нөмірі"},
    {u"passport.issuedOn", u"passport issue date", u"Дата выдачи паспорта", u"Паспорттың берілген күні"},
    {u"passport.expiresOn", u"passport expiry date", u"Срок действия паспорта",
     u"Паспорттың жарамдылық мерзімі"},
    {u"to.country", u"item 9, country of destination", u"9. Куда выбывает: страна", u"9. Қайда кетеді: ел"},
    {u"to.settlement", u"item 9, place of destination", u"9. Куда выбывает: населённый пункт",
     u"9. Қайда кетеді: елді мекен"},
    {u"purpose", u"item 10, purpose of departure", u"10. Цель выбытия", u"10. Кету мақсаты"},
    {u"socialCategory", u"item 11, social category", u"11. Общественная категория", u"11. Қоғамдық санаты"},
    {u"education", u"item 12, level of education", u"12. Уровень образования", u"12. Білім деңгейі"},
    {u"specialty", u"item 13, specialty by education", u"13. Специальность по образованию",
     u"13. Білімі бойынша мамандығы"},
    {u"maritalStatus", u"item 14, marital status", u"14. Состояние в браке", u"14. Неке жағдайы"},
    {u"channel", u"channel of application", u"Канал подачи", u"Өтініш беру арнасы"},
    {u"consents.falseDataWarningSigned", u"the warning about liability for knowingly false data",
     u"предупреждение об ответственности за заведомо ложные данные",
     u"көрінеу жалған деректер үшін жауапкершілік туралы ескерту"},
    {u"consents.dataUseConsentSigned", u"the consent to the use of information protected by law",
     u"согласие на использование сведений, составляющих охраняемую законом тайну",
     u"заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға келісім"},
    {u"fromYear", u"year of joining", u"Год поступления", u"Түскен жылы"},
    {u"toYear", u"year of leaving", u"Год увольнения", u"Босаған жылы"},
    {u"fullName", u"full name", u"ФИО", u"Тегі, аты, әкесінің аты"},
    {u"stateSecretsClearance", u"clearance to state secrets", u"Наличие допуска к государственным секретам",
     u"Мемлекеттік құпияларға рұқсаты бар/жоқ"},
    {u"workHistory", u"work history for the last five years", u"Трудовая деятельность за последние 5 лет",
     u"Соңғы 5 жыл ішіндегі қызметі"},
}};

struct OwnerRow
{
    const char16_t *prefix; // "applicant" or a list name with an index
    const char16_t *en;
    const char16_t *ru;
    const char16_t *kk; // %1: the row number, counted from 1
};

const std::array<OwnerRow, 4> kOwners{{
    {u"applicant", u"Applicant", u"Заявитель", u"Өтініш беруші"},
    {u"children", u"Child %1", u"Ребёнок %1", u"%1-бала"},
    {u"relatives", u"Relative %1", u"Родственник %1", u"%1-туыс"},
    {u"workHistory", u"Work history, row %1", u"Трудовая деятельность, строка %1", u"Еңбек қызметі, %1-жол"},
}};

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

const MessageRow *findMessage(const QString &code)
{
    for (const MessageRow &row : kMessages) {
        if (code == str(row.code))
            return &row;
    }
    return nullptr;
}

// Splits "children[1].iin" into owner "children", index 1 and key "iin"; "applicant.sex" into
// "applicant", -1, "sex"; "purpose" into "", -1, "purpose".
struct PathParts
{
    QString owner;
    int index = -1;
    QString key;
};

PathParts splitPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^(applicant|[A-Za-z]+\\[(\\d+)\\])(?:\\.(.*))?$"));
    PathParts parts;
    const QRegularExpressionMatch m = re.match(path);
    if (!m.hasMatch()) {
        parts.key = path;
        return parts;
    }
    QString owner = m.captured(1);
    if (!m.captured(2).isEmpty()) {
        parts.index = m.captured(2).toInt();
        owner = owner.left(owner.indexOf(QLatin1Char('[')));
    }
    parts.owner = owner;
    parts.key = m.captured(3);
    return parts;
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

QString substitute(QString text, const QString &lang, const ValidationTexts::Args &args)
{
    for (const ValidationTexts::Arg &arg : args)
        text.replace(QLatin1Char('{') + arg.name + QLatin1Char('}'), arg.value.in(lang));
    return text;
}

} // namespace

Finding ValidationTexts::make(const QString &code, const QString &path, const Args &args)
{
    Finding f;
    f.code = code;
    f.path = path;
    const MessageRow *row = findMessage(code);
    Q_ASSERT_X(row, "ValidationTexts::make", "finding code missing from the message table");
    if (!row) {
        f.messageEn = f.messageRu = f.messageKk = code + QStringLiteral(" (") + path + QLatin1Char(')');
        return f;
    }
    f.severity = row->severity;

    Args all = args;
    all.append(Arg{QStringLiteral("field"), fieldLabel(path)});
    const Text3 who = row->ownerPrefix ? owner(path) : Text3();
    const auto compose = [&](const char16_t *tmpl, const QString &lang, const QString &ownerText) {
        const QString text = substitute(str(tmpl), lang, all);
        return ownerText.isEmpty() ? capitalised(text) : ownerText + QStringLiteral(": ") + text;
    };
    f.messageEn = compose(row->en, QStringLiteral("en"), who.en);
    f.messageRu = compose(row->ru, QStringLiteral("ru"), who.ru);
    f.messageKk = compose(row->kk, QStringLiteral("kk"), who.kk);
    return f;
}

bool ValidationTexts::hasCode(const QString &code)
{
    return findMessage(code) != nullptr;
}

QStringList ValidationTexts::codes()
{
    QStringList list;
    for (const MessageRow &row : kMessages)
        list << str(row.code);
    return list;
}

Severity ValidationTexts::severity(const QString &code)
{
    const MessageRow *row = findMessage(code);
    return row ? row->severity : Severity::Error;
}

Text3 ValidationTexts::owner(const QString &path)
{
    const PathParts parts = splitPath(path);
    for (const OwnerRow &row : kOwners) {
        if (parts.owner == str(row.prefix)) {
            const QString n = QString::number(parts.index + 1);
            if (parts.index < 0)
                return Text3{str(row.en), str(row.ru), str(row.kk)};
            return Text3{str(row.en).arg(n), str(row.ru).arg(n), str(row.kk).arg(n)};
        }
    }
    return Text3();
}

Text3 ValidationTexts::fieldLabel(const QString &path)
{
    const QString key = splitPath(path).key;
    for (const LabelRow &row : kFields) {
        if (key == str(row.key))
            return Text3{str(row.en), str(row.ru), str(row.kk)};
    }
    return Text3();
}

Text3 ValidationTexts::date(const QDate &date)
{
    return Text3::same(date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("—"));
}

Text3 ValidationTexts::sex(const QString &sex)
{
    if (sex == QLatin1String("M"))
        return Text3{QStringLiteral("male"), QStringLiteral("мужской"), QStringLiteral("ер")};
    if (sex == QLatin1String("F"))
        return Text3{QStringLiteral("female"), QStringLiteral("женский"), QStringLiteral("әйел")};
    return Text3::same(sex);
}

Text3 ValidationTexts::years(int from, int to)
{
    if (from == to)
        return Text3::same(QString::number(from));
    return Text3::same(QString::number(from) + QChar(0x2013) + QString::number(to));
}

} // namespace exitdesk
