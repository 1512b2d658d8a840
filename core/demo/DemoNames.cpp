#include "demo/DemoNames.h"

#include <QHash>

namespace exitdesk {

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList l;
    for (const char *s : items)
        l << QString::fromUtf8(s);
    return l;
}

const QStringList &kazakhMale()
{
    static const QStringList l =
        list({"Ерлан",   "Нұрлан",    "Асқар", "Бауыржан", "Ерғали",   "Әлихан", "Дәурен",
              "Қайрат",  "Мұрат",     "Серік", "Талғат",   "Ғалымжан", "Жандос", "Арман",
              "Ержан",   "Нұрсұлтан", "Әділ",  "Бекзат",   "Айбек",    "Олжас",  "Санжар",
              "Төлеген", "Ілияс",     "Үмбет", "Ақжол",    "Марат",    "Болат",  "Жәнібек"});
    return l;
}

const QStringList &kazakhFemale()
{
    static const QStringList l =
        list({"Айгерім", "Ұлжан", "Әсем",    "Гүлнар", "Жанар",    "Динара",  "Меруерт", "Аружан",
              "Балжан",  "Сәуле", "Гүлмира", "Айнұр",  "Қарлығаш", "Ақмарал", "Мөлдір",  "Назерке",
              "Әйгерім", "Дана",  "Жұлдыз",  "Іңкәр",  "Шынар",    "Үміт",    "Ботагөз", "Перизат"});
    return l;
}

const QStringList &kazakhSurnames()
{
    static const QStringList l = list(
        {"Нұрғалиев",     "Сейітқалиев",   "Жақсылықов", "Қасымов",   "Әбілов",   "Төлеубаев", "Омаров",
         "Серікбаев",     "Бекмұхамбетов", "Ахметов",    "Оспанов",   "Мұратов",  "Исабеков",  "Жұмабаев",
         "Құдайбергенов", "Үсенов",        "Ілиясов",    "Әлімжанов", "Байжанов", "Шәріпов",   "Сейітқали",
         "Құрманғазы",    "Нұрболат",      "Қасым",      "Әбдіғали",  "Тұрсын"});
    return l;
}

const QStringList &russianMale()
{
    static const QStringList l =
        list({"Сергей", "Александр", "Дмитрий", "Андрей", "Алексей", "Владимир", "Николай", "Игорь",
              "Евгений", "Виктор", "Михаил", "Павел", "Олег", "Юрий", "Иван"});
    return l;
}

const QStringList &russianFemale()
{
    static const QStringList l =
        list({"Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Екатерина",
              "Юлия", "Галина", "Людмила", "Валентина", "Оксана", "Ксения"});
    return l;
}

// The patronymics of russianMale(), male and female, in the same order.
const QStringList &russianPatronymicsMale()
{
    static const QStringList l = list({"Сергеевич", "Александрович", "Дмитриевич", "Андреевич", "Алексеевич",
                                       "Владимирович", "Николаевич", "Игоревич", "Евгеньевич", "Викторович",
                                       "Михайлович", "Павлович", "Олегович", "Юрьевич", "Иванович"});
    return l;
}

const QStringList &russianPatronymicsFemale()
{
    static const QStringList l = list({"Сергеевна", "Александровна", "Дмитриевна", "Андреевна", "Алексеевна",
                                       "Владимировна", "Николаевна", "Игоревна", "Евгеньевна", "Викторовна",
                                       "Михайловна", "Павловна", "Олеговна", "Юрьевна", "Ивановна"});
    return l;
}

const QStringList &surnames(DemoOrigin origin)
{
    static const QStringList russian =
        list({"Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов",
              "Новиков", "Фёдоров", "Морозов", "Волков", "Лебедев", "Козлов", "Степанов", "Никитин"});
    static const QStringList german = list(
        {"Шмидт", "Мюллер", "Вагнер", "Беккер", "Шульц", "Фишер", "Гергерт", "Браун", "Циммерман", "Вебер"});
    static const QStringList korean = list({"Ким", "Пак", "Ли", "Цой", "Тен", "Хан", "Югай", "Огай"});
    static const QStringList ukrainian =
        list({"Шевченко", "Бондаренко", "Коваленко", "Ткаченко", "Кравченко", "Мельник", "Лысенко"});
    static const QStringList jewish = list({"Кац", "Рабинович", "Гольдберг", "Левин", "Фридман", "Коган"});
    switch (origin) {
    case DemoOrigin::Kazakh:
        return kazakhSurnames();
    case DemoOrigin::Russian:
        return russian;
    case DemoOrigin::German:
        return german;
    case DemoOrigin::Korean:
        return korean;
    case DemoOrigin::Ukrainian:
        return ukrainian;
    case DemoOrigin::Jewish:
        break;
    }
    return jewish;
}

} // namespace

DemoOrigin DemoNames::origin(DemoRandom &rng)
{
    static const QList<int> weights{45, 30, 10, 6, 6, 3};
    return DemoOrigin(rng.weighted(weights));
}

QString DemoNames::familySurname(DemoRandom &rng, DemoOrigin origin)
{
    return rng.pick(surnames(origin));
}

QString DemoNames::maleName(DemoRandom &rng, DemoOrigin origin)
{
    return origin == DemoOrigin::Kazakh ? rng.pick(kazakhMale()) : rng.pick(russianMale());
}

QString DemoNames::surnameFor(const QString &familySurname, const QString &sex)
{
    if (sex != QLatin1String("F"))
        return familySurname;
    for (const char *ending : {"ов", "ев", "ёв", "ин"}) {
        if (familySurname.endsWith(QString::fromUtf8(ending)))
            return familySurname + QString::fromUtf8("а");
    }
    return familySurname; // Сейітқали, Ким, Шевченко, Шмидт
}

QString DemoNames::patronymic(DemoOrigin origin, const QString &fatherName, const QString &sex)
{
    const bool female = sex == QLatin1String("F");
    if (origin == DemoOrigin::Kazakh)
        return fatherName + (female ? QString::fromUtf8("қызы") : QString::fromUtf8("ұлы"));
    const int i = int(russianMale().indexOf(fatherName));
    if (i < 0)
        return QString();
    return female ? russianPatronymicsFemale().at(i) : russianPatronymicsMale().at(i);
}

DemoName DemoNames::person(DemoRandom &rng, DemoOrigin origin, const QString &sex,
                           const QString &familySurname, const QString &fatherName)
{
    DemoName n;
    n.surname = surnameFor(familySurname, sex);
    if (origin == DemoOrigin::Kazakh)
        n.name = sex == QLatin1String("F") ? rng.pick(kazakhFemale()) : rng.pick(kazakhMale());
    else
        n.name = sex == QLatin1String("F") ? rng.pick(russianFemale()) : rng.pick(russianMale());
    n.patronymic = patronymic(origin, fatherName, sex);
    return n;
}

QString DemoNames::nationality(DemoOrigin origin)
{
    switch (origin) {
    case DemoOrigin::Kazakh:
        return QString::fromUtf8("қазақ");
    case DemoOrigin::Russian:
        return QString::fromUtf8("орыс");
    case DemoOrigin::German:
        return QString::fromUtf8("неміс");
    case DemoOrigin::Korean:
        return QString::fromUtf8("кәріс");
    case DemoOrigin::Ukrainian:
        return QString::fromUtf8("украин");
    case DemoOrigin::Jewish:
        break;
    }
    return QString::fromUtf8("еврей");
}

QString DemoNames::destination(DemoRandom &rng, DemoOrigin origin)
{
    struct Choice
    {
        QStringList countries;
        QList<int> weights;
    };
    static const QHash<int, Choice> choices = {
        {int(DemoOrigin::Kazakh),
         {list({"TR", "KR", "US", "CA", "DE", "RU", "AE", "PL", "CZ", "GB", "CN", "MN"}),
          {16, 14, 14, 12, 10, 10, 6, 5, 4, 4, 3, 2}}},
        {int(DemoOrigin::Russian),
         {list({"RU", "DE", "PL", "CZ", "US", "CA", "FI", "IL"}), {55, 12, 8, 6, 6, 6, 4, 3}}},
        {int(DemoOrigin::German), {list({"DE", "AT", "RU", "CA"}), {80, 6, 8, 6}}},
        {int(DemoOrigin::Korean), {list({"KR", "RU", "US", "CA"}), {70, 12, 10, 8}}},
        {int(DemoOrigin::Ukrainian), {list({"RU", "PL", "DE", "CA", "CZ"}), {35, 25, 15, 15, 10}}},
        {int(DemoOrigin::Jewish), {list({"IL", "US", "DE", "CA"}), {70, 12, 10, 8}}},
    };
    const Choice &c = choices[int(origin)];
    return c.countries.at(rng.weighted(c.weights));
}

QString DemoNames::settlementIn(DemoRandom &rng, const QString &country)
{
    static const QHash<QString, QStringList> cities = {
        {QStringLiteral("DE"), list({"Berlin", "Köln", "Hannover", "Bielefeld", "Nürnberg", "Stuttgart"})},
        {QStringLiteral("RU"),
         list({"Москва", "Омск", "Новосибирск", "Екатеринбург", "Оренбург", "Санкт-Петербург"})},
        {QStringLiteral("US"), list({"New York", "Chicago", "Los Angeles", "Seattle"})},
        {QStringLiteral("CA"), list({"Toronto", "Vancouver", "Calgary", "Montréal"})},
        {QStringLiteral("IL"), list({"Tel Aviv", "Haifa", "Ashdod", "Beersheba"})},
        {QStringLiteral("KR"), list({"Seoul", "Busan", "Incheon", "Ansan"})},
        {QStringLiteral("TR"), list({"İstanbul", "Ankara", "Antalya", "İzmir"})},
        {QStringLiteral("PL"), list({"Warszawa", "Kraków", "Wrocław", "Gdańsk"})},
        {QStringLiteral("CZ"), list({"Praha", "Brno"})},
        {QStringLiteral("AE"), list({"Dubai", "Abu Dhabi"})},
        {QStringLiteral("GB"), list({"London", "Manchester"})},
        {QStringLiteral("CN"), list({"Ürümqi", "Beijing"})},
        {QStringLiteral("MN"), list({"Ölgii", "Ulaanbaatar"})},
        {QStringLiteral("FI"), list({"Helsinki", "Tampere"})},
        {QStringLiteral("AT"), list({"Wien", "Linz"})},
    };
    const auto it = cities.constFind(country);
    return it == cities.constEnd() ? QString() : rng.pick(*it);
}

} // namespace exitdesk
