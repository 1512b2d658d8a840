#include "demo/DemoOffice.h"

namespace exitdesk {

namespace {

DemoOffice office(const char *name, const char *region, const char *district, const char *settlement,
                  const char *street, std::initializer_list<const char *> executors, int weight)
{
    DemoOffice o;
    o.name = QString::fromUtf8(name);
    o.region = QString::fromUtf8(region);
    o.district = QString::fromUtf8(district);
    o.settlement = QString::fromUtf8(settlement);
    o.street = QString::fromUtf8(street);
    for (const char *e : executors)
        o.executors << QString::fromUtf8(e);
    o.weight = weight;
    return o;
}

} // namespace

const QList<DemoOffice> &DemoOffice::all()
{
    static const QList<DemoOffice> offices = {
        office("Алматы қ., Алмалы ауданы ХҚКО №2", "Алматы қ.", "Алмалы ауданы", "Алматы", "Абай даңғылы",
               {"Жақсылықова Г.Қ.", "Ким В.С.", "Оспанов Д.Е."}, 22),
        office("Алматы қ., Медеу ауданы ХҚКО", "Алматы қ.", "Медеу ауданы", "Алматы", "Достық даңғылы",
               {"Сүлейменова А.Б.", "Петренко И.Н."}, 12),
        office("Астана қ., Есіл ауданы ХҚКО", "Астана қ.", "Есіл ауданы", "Астана", "Мәңгілік Ел даңғылы",
               {"Нұрланов Е.С.", "Смирнова О.В.", "Әбілқасымова Ж.Т."}, 16),
        office("Шымкент қ., Әл-Фараби ауданы ХҚКО", "Шымкент қ.", "Әл-Фараби ауданы", "Шымкент",
               "Тәуке хан даңғылы", {"Исаев Б.Қ.", "Құлмағамбетова С.Р."}, 8),
        office("Қарағанды қ. ХҚКО №1", "Қарағанды облысы", "", "Қарағанды", "Бұқар жырау даңғылы",
               {"Волкова Н.А.", "Серікбаев Т.М."}, 10),
        office("Павлодар қ. ХҚКО", "Павлодар облысы", "", "Павлодар", "Торайғыров көшесі",
               {"Шульц А.А.", "Жұмабаева Г.С."}, 8),
        office("Өскемен қ. ХҚКО", "Шығыс Қазақстан облысы", "", "Өскемен", "Ушанов көшесі",
               {"Лебедев С.П.", "Қасымова Д.Н."}, 8),
        office("Қостанай қ. ХҚКО", "Қостанай облысы", "", "Қостанай", "Әл-Фараби даңғылы",
               {"Вагнер Е.Ф.", "Байжанов Р.О."}, 9),
        office("Ақтөбе қ. ХҚКО", "Ақтөбе облысы", "", "Ақтөбе", "Әбілқайыр хан даңғылы",
               {"Омарова Л.К.", "Ткаченко В.И."}, 7),
    };
    return offices;
}

} // namespace exitdesk
