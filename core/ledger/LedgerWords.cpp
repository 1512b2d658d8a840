#include "ledger/LedgerWords.h"

#include "workflow/Stage.h"

#include <QHash>

namespace exitdesk {

namespace {

// Made once with its table (the register asks for a word on every line).
struct Pair
{
    Pair(const char *k, const char *r) : kk(QString::fromUtf8(k)), ru(QString::fromUtf8(r)) {}
    QString kk;
    QString ru;
};

QString pick(const QHash<QString, Pair> &table, const QString &key, LedgerLanguage language)
{
    const auto it = table.constFind(key);
    if (it == table.constEnd())
        return key;
    return ledgerText(language, it->kk, it->ru);
}

} // namespace

QString LedgerWords::stage(const QString &key, LedgerLanguage language)
{
    // Cases that never entered the workflow have their storage status as stage.
    if (key == QLatin1String("draft") || key == QLatin1String("refused-at-intake"))
        return status(key, language);
    static const QHash<QString, LocalizedText> names = [] {
        QHash<QString, LocalizedText> h;
        for (int s = int(Stage::Registration); s <= int(Stage::ComplaintAwaitingAnswer); ++s)
            h.insert(stageKey(Stage(s)), stageName(Stage(s)));
        return h;
    }();
    const auto it = names.constFind(key);
    if (it == names.constEnd())
        return key;
    return ledgerText(language, it->kk, it->ru);
}

QString LedgerWords::ground(int number, LedgerLanguage language)
{
    // Short names of the grounds of SPEC.md §5 (rules, Annex 2 item 9), for a register column.
    static const Pair grounds[] = {
        {"мемлекеттік құпияларды білу", "осведомлённость о государственных секретах"},
        {"қылмыстық қудалау", "уголовное преследование"},
        {"сотталғандық", "осуждение за преступление"},
        {"сот жүктеген міндеттерден жалтару", "уклонение от обязательств, наложенных судом"},
        {"мерзімді әскери қызмет", "срочная воинская служба"},
        {"көрінеу жалған мәліметтер", "заведомо ложные сведения"},
        {"азаматтық іс бойынша жауапкер", "ответчик по гражданскому делу"},
        {"салық берешегі", "налоговая задолженность"},
        {"атқарушылық іс жүргізудегі борышкер", "должник по исполнительному производству"},
    };
    if (number < 1 || number > 9)
        return QString::number(number);
    const Pair &p = grounds[number - 1];
    return QStringLiteral("%1) ").arg(number) + ledgerText(language, p.kk, p.ru);
}

QString LedgerWords::country(const QString &isoCode, LedgerLanguage language)
{
    static const QHash<QString, Pair> countries = {
        {QStringLiteral("DE"), {"Германия", "Германия"}},
        {QStringLiteral("RU"), {"Ресей", "Россия"}},
        {QStringLiteral("US"), {"АҚШ", "США"}},
        {QStringLiteral("CA"), {"Канада", "Канада"}},
        {QStringLiteral("IL"), {"Израиль", "Израиль"}},
        {QStringLiteral("KR"), {"Корея Республикасы", "Республика Корея"}},
        {QStringLiteral("TR"), {"Түркия", "Турция"}},
        {QStringLiteral("PL"), {"Польша", "Польша"}},
        {QStringLiteral("CZ"), {"Чехия", "Чехия"}},
        {QStringLiteral("UA"), {"Украина", "Украина"}},
        {QStringLiteral("BY"), {"Беларусь", "Беларусь"}},
        {QStringLiteral("UZ"), {"Өзбекстан", "Узбекистан"}},
        {QStringLiteral("KG"), {"Қырғызстан", "Кыргызстан"}},
        {QStringLiteral("CN"), {"Қытай", "Китай"}},
        {QStringLiteral("MN"), {"Моңғолия", "Монголия"}},
        {QStringLiteral("GB"), {"Ұлыбритания", "Великобритания"}},
        {QStringLiteral("FR"), {"Франция", "Франция"}},
        {QStringLiteral("IT"), {"Италия", "Италия"}},
        {QStringLiteral("ES"), {"Испания", "Испания"}},
        {QStringLiteral("NL"), {"Нидерланд", "Нидерланды"}},
        {QStringLiteral("AT"), {"Австрия", "Австрия"}},
        {QStringLiteral("FI"), {"Финляндия", "Финляндия"}},
        {QStringLiteral("GR"), {"Грекия", "Греция"}},
        {QStringLiteral("AE"), {"Біріккен Араб Әмірліктері", "Объединённые Арабские Эмираты"}},
        {QStringLiteral("AU"), {"Австралия", "Австралия"}},
        {QStringLiteral("KZ"), {"Қазақстан", "Казахстан"}},
    };
    return pick(countries, isoCode, language);
}

QString LedgerWords::status(const QString &statusKey, LedgerLanguage language)
{
    static const QHash<QString, Pair> statuses = {
        {QStringLiteral("draft"), {"Жоба", "Черновик"}},
        {QStringLiteral("accepted"), {"Қабылданды", "Принято"}},
        {QStringLiteral("refused-at-intake"), {"Қабылдаудан бас тартылды", "Отказано в приёме"}},
    };
    return pick(statuses, statusKey, language);
}

QString LedgerWords::overdue(LedgerLanguage language)
{
    return ledgerText(language, QStringLiteral("Мерзімі өтті"), QStringLiteral("Просрочено"));
}

QString LedgerWords::total(LedgerLanguage language)
{
    return ledgerText(language, QStringLiteral("Барлығы"), QStringLiteral("Всего"));
}

} // namespace exitdesk
