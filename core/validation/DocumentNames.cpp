#include "validation/DocumentNames.h"

#include <QStringList>

#include <array>

namespace exitdesk {

namespace {

struct NameRow
{
    const char16_t *key;
    const char16_t *en;
    const char16_t *ru;
    const char16_t *kk;
};

const std::array<NameRow, 12> kNames{{
    {u"questionnaire", u"Application questionnaire", u"Заявление-анкета", u"Өтініш-сауалнама"},
    {u"id-card", u"Identity card and passport of a citizen of the Republic of Kazakhstan",
     u"Удостоверение личности и паспорт гражданина Республики Казахстан",
     u"Қазақстан Республикасы азаматының жеке куәлігі мен паспорты"},
    {u"residence-permit", u"Foreigner's residence permit in the Republic of Kazakhstan",
     u"Вид на жительство иностранца в Республике Казахстан",
     u"Қазақстан Республикасындағы шетелдіктің тұруға ықтиярхаты"},
    {u"stateless-certificate", u"Stateless person's certificate", u"Удостоверение лица без гражданства",
     u"Азаматтығы жоқ адамның куәлігі"},
    {u"birth-certificate", u"Birth certificate", u"Свидетельство о рождении", u"Туу туралы куәлік"},
    {u"child-id-card", u"Identity card", u"Удостоверение личности", u"Жеке куәлік"},
    {u"child-identity", u"Birth certificate or identity card",
     u"Свидетельство о рождении или удостоверение личности", u"Туу туралы куәлік немесе жеке куәлік"},
    {u"alimony-agreement", u"Alimony agreement or court decision",
     u"Соглашение об уплате алиментов или решение суда",
     u"Алименттерді төлеу туралы келісім немесе соттың шешімі"},
    {u"guardianship-conclusion", u"Conclusion of the guardianship authority",
     u"Заключение органа опеки и попечительства", u"Қорғаншылық және қамқоршылық органдарының қорытындысы"},
    {u"other-parent-consent", u"Notarised consent of the other parent living in Kazakhstan",
     u"Нотариально удостоверенное согласие второго родителя, проживающего на территории Республики Казахстан",
     u"Қазақстан Республикасының аумағында тұратын ата-анасының екіншісінің нотариалды түрде расталған "
     u"келісімі"},
    {u"state-duty-receipt", u"Copy of the document confirming payment of the state duty",
     u"Копия документа, подтверждающего уплату государственной пошлины",
     u"Мемлекеттік баждың төленгенін растайтын құжаттың көшірмесі"},
    {u"registration-request",
     u"Application made when there is no information on registration in Kazakhstan (Annex 3)",
     u"Заявление при отсутствии сведений о регистрации на территории Республики Казахстан (приложение 3)",
     u"Қазақстан Республикасының аумағында тіркеу туралы мәліметтер болмаған жағдайдағы өтініш (3-қосымша)"},
}};

QString russianYears(int n)
{
    const int mod10 = n % 10;
    const int mod100 = n % 100;
    if (mod10 == 1 && mod100 != 11)
        return QStringLiteral("%1 год").arg(n);
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14))
        return QStringLiteral("%1 года").arg(n);
    return QStringLiteral("%1 лет").arg(n);
}

} // namespace

Text3 DocumentNames::name(const QString &key)
{
    for (const NameRow &row : kNames) {
        if (key == QString::fromUtf16(row.key))
            return Text3{QString::fromUtf16(row.en), QString::fromUtf16(row.ru), QString::fromUtf16(row.kk)};
    }
    return Text3();
}

Text3 DocumentNames::age(int years)
{
    if (years == 0)
        return Text3{QStringLiteral("under 1"), QStringLiteral("до 1 года"),
                     QStringLiteral("1 жасқа толмаған")};
    return Text3{QStringLiteral("age %1").arg(years), russianYears(years),
                 QStringLiteral("%1 жас").arg(years)};
}

Text3 DocumentNames::forChild(const QString &key, const Child &child, int index, int age)
{
    const Text3 base = name(key);
    QString who = QStringList{child.surname.trimmed(), child.name.trimmed()}.join(QLatin1Char(' ')).trimmed();
    Text3 holder = Text3::same(who);
    if (who.isEmpty()) {
        const QString n = QString::number(index + 1);
        holder = Text3{QStringLiteral("child %1").arg(n), QStringLiteral("ребёнок %1").arg(n),
                       QStringLiteral("%1-бала").arg(n)};
    }
    const Text3 years = age >= 0 ? DocumentNames::age(age) : Text3();
    const auto compose = [](const QString &b, const QString &h, const QString &y) {
        return b + QStringLiteral(" (") + h + (y.isEmpty() ? QString() : QStringLiteral(", ") + y) +
               QLatin1Char(')');
    };
    return Text3{compose(base.en, holder.en, years.en), compose(base.ru, holder.ru, years.ru),
                 compose(base.kk, holder.kk, years.kk)};
}

} // namespace exitdesk
