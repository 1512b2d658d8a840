#include "OfficialPhrases.h"

namespace exitdesk::test {

using namespace exitdesk::forms;

namespace {

struct Phrases
{
    QStringList kk;
    QStringList ru;
};

Phrases phrasesOf(FormKind kind)
{
    switch (kind) {
    case FormKind::Questionnaire:
        return {{QStringLiteral("Өтініш-сауалнама"), QStringLiteral("10. Кету мақсаты"),
                 QStringLiteral("Біруақытта менің кәмелетке толмаған балаларыма шығуға құжаттарды ресімдеуді сұраймын"),
                 QStringLiteral("16. Соңғы 5 жыл ішіндегі қызметі"),
                 QStringLiteral("Сауалнама-өтініште көрінеу жалған деректер көрсеткен үшін жауапкершілік туралы ескерілдім "
                                "(Негіз: «Халықтың көші-қоны туралы» Қазақстан Республикасының Заңы)."),
                 QStringLiteral("Тіркелген күні")},
                {QStringLiteral("Заявление-анкета"), QStringLiteral("Цель выбытия"),
                 QStringLiteral("Одновременно прошу оформить документы на выезд моим несовершеннолетним детям"),
                 QStringLiteral("Трудовая деятельность за последние 5 лет"),
                 QStringLiteral("Предупрежден (-а) об ответственности за заведомо ложные данные в заявлении-анкете "
                                "(основание: Закон Республики Казахстан «О миграции населения»)."),
                 QStringLiteral("Согласен (-на) на использование сведений, составляющих охраняемую законом тайну, "
                                "содержащихся в информационных системах."),
                 QStringLiteral("Дата регистрации")}};
    case FormKind::RegistrationRequest:
        return {{QStringLiteral("3-қосымша"), QStringLiteral("Өтініш"),
                 QStringLiteral("«Жеке тұлғалар» Мемлекеттік деректер базасының мәліметтері негізінде азамат (ша)"),
                 QStringLiteral("Қазақстан Республикасының аумағында тіркеу туралы ақпаратты хабарлауды сұраймын."),
                 QStringLiteral("(ішкі істер органдарының атауы көрсетілсін)"), QStringLiteral("КОЛЫ")},
                {QStringLiteral("Приложение 3"), QStringLiteral("Заявление"),
                 QStringLiteral("прошу сообщить сведения о регистрации на территории Республики Казахстан гражданина(-ки)"),
                 QStringLiteral("на основании сведений государственной базы данных «Физические лица»."),
                 QStringLiteral("(наименование органа внутренних дел)"), QStringLiteral("Подпись")}};
    case FormKind::Receipt:
        return {{QStringLiteral("4-қосымша"), QStringLiteral("Көрсетілетін қызметті алушыдан құжаттарды қабылдау туралы қолхат"),
                 QStringLiteral("құжаттарды ресімдеу үшін құжаттарды қабылдағанын растайды."),
                 QStringLiteral("мемлекеттік көрсетілетін қызметті берушіге"),
                 QStringLiteral("Осы қолхат әр тарап үшін бір-бірден 2 данада жасалды."), QStringLiteral("Орындаған:"),
                 QStringLiteral("Алдым:")},
                {QStringLiteral("Приложение 4"), QStringLiteral("Расписка о приеме документов у услугополучателя"),
                 QStringLiteral("и подтверждает прием документов для оформления документов на выезд"),
                 QStringLiteral("необходимо явиться к услугодателю"),
                 QStringLiteral("Настоящая расписка составлена в 2 экземплярах, по одному для каждой стороны."),
                 QStringLiteral("Исполнил:"), QStringLiteral("Получил:")}};
    case FormKind::RefusalToAccept:
        return {{QStringLiteral("5-қосымша"), QStringLiteral("Құжаттарды қабылдаудан бас тарту туралы қолхат"),
                 QStringLiteral("«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасының Заңы 20-бабының "
                                "2-тармағын басшылыққа ала отырып"),
                 QStringLiteral("Жоқ құжаттардың атауы:"),
                 QStringLiteral("Осы қолхат әр тарап үшін бір-бірден 2 данада жасалды."), QStringLiteral("Орындаушы:")},
                {QStringLiteral("Приложение 5"), QStringLiteral("Расписка об отказе в приеме документов"),
                 QStringLiteral("Руководствуясь пунктом 2 статьи 20 Закона Республики Казахстан «О государственных услугах»"),
                 QStringLiteral("Наименование отсутствующих документов:"),
                 QStringLiteral("Настоящая расписка составлена в 2 экземплярах, по одному для каждой стороны."),
                 QStringLiteral("Исполнитель:")}};
    case FormKind::Refusal:
    case FormKind::RefusalElectronic:
        return {{QStringLiteral("Мемлекеттік көрсетілетін қызметті ұсынудан бас тарту туралы хабарлама"),
                 QStringLiteral("Осы мемлекеттік көрсетілетін қызмет тізілімнің 9-тармағында көзделген негіздерге, атап атқанда:"),
                 QStringLiteral("мемлекеттік қызметті көрсетуден бас тартылғаны туралы"), QStringLiteral("хабарлаймыз."),
                 QStringLiteral("Көрсетілетін қызметті алушы көрсетілген мемлекеттік қызметтің нәтижелерімен келіспеген "
                                "жағдайларда Қазақстан Республикасының заңнамасында белгіленген тәртіппен сотқа жүгінуге "
                                "құқығы бар.")},
                {QStringLiteral("Уведомление об отказе в оказании государственной услуги"),
                 QStringLiteral("В связи с основаниями, предусмотренными пунктом 9 перечня основных требований к "
                                "оказанию государственной услуги, а именно:"),
                 QStringLiteral("Услугополучатель в случаях несогласия с результатами оказанной государственной услуги "
                                "имеет право обратиться в суд в установленном законодательством Республики Казахстан порядке.")}};
    case FormKind::Decision:
    case FormKind::DecisionElectronic:
        return {{QStringLiteral("Қазақстан Республикасынан тыс жерлерге тұрақты тұру үшін шығуға арналған құжаттарды "
                                "ресімдеу туралы шешім"),
                 QStringLiteral("тұрақты тұру үшін шығуға арналған құжаттарды ресімдеуге байланысты"),
                 QStringLiteral("Қазақстан Республикасынан тыс жерлерге тұрақты тұру үшін шығуға рұқсат етілді."),
                 QStringLiteral("Онымен бірге балалары"), QStringLiteral("(шығу елі көрсетілсін)")},
                {QStringLiteral("Решение об оформлении документов на выезд за пределы Республики Казахстан на постоянное "
                                "место жительства"),
                 QStringLiteral("В связи с оформлением документов на выезд на постоянное место жительства в"),
                 QStringLiteral("разрешен выезд за пределы Республики Казахстан на постоянное место жительства."),
                 QStringLiteral("С ним (ней) выезжают дети"), QStringLiteral("(указать страну выезда)")}};
    }
    return {};
}

Phrases extraOf(FormKind kind)
{
    switch (kind) {
    case FormKind::Refusal:
        return {{QStringLiteral("6-қосымша"), QStringLiteral("Хабарлама әр тарап үшін бір-бірден 2 данада жасалған")},
                {QStringLiteral("Приложение 6"), QStringLiteral("Уведомление составлено в 2 экземплярах, по одному для каждой стороны.")}};
    case FormKind::RefusalElectronic:
        return {{QStringLiteral("7-қосымша"), QStringLiteral("Хабарламаны беру күні"),
                 QStringLiteral("АНЫҚТАМА ҰЛТТЫҚ ПАСПОРТТЫ ҰСЫНҒАН ЖАҒДАЙДА ЖАРАМДЫ")},
                {QStringLiteral("Приложение 7"), QStringLiteral("Дата выдачи уведомления"),
                 QStringLiteral("СПРАВКА ДЕЙСТВИТЕЛЬНА ПРИ ПРЕДЪЯВЛЕНИИ НАЦИОНАЛЬНОГО ПАСПОРТА")}};
    case FormKind::Decision:
        return {{QStringLiteral("8-қосымша"), QStringLiteral("М.О."), QStringLiteral("Орындаушы:"), QStringLiteral("Алдым:")},
                {QStringLiteral("Приложение 8"), QStringLiteral("М.П."), QStringLiteral("Исполнитель:"), QStringLiteral("Получил:")}};
    case FormKind::DecisionElectronic:
        return {{QStringLiteral("9-қосымша"), QStringLiteral("Хабарламаны беру күні"),
                 QStringLiteral("АНЫҚТАМА ҰЛТТЫҚ ПАСПОРТТЫ ҰСЫНҒАН ЖАҒДАЙДА ЖАРАМДЫ")},
                {QStringLiteral("Приложение 9"), QStringLiteral("Дата выдачи"),
                 QStringLiteral("СПРАВКА ДЕЙСТВИТЕЛЬНА ПРИ ПРЕДЪЯВЛЕНИИ НАЦИОНАЛЬНОГО ПАСПОРТА")}};
    default:
        return {};
    }
}

} // namespace

QStringList officialPhrases(FormKind kind, FormLanguage lang)
{
    const Phrases p = phrasesOf(kind);
    const Phrases e = extraOf(kind);
    QStringList all;
    if (lang != FormLanguage::Russian || kind == FormKind::Questionnaire)
        all << p.kk << e.kk;
    if (lang != FormLanguage::Kazakh || kind == FormKind::Questionnaire)
        all << p.ru << e.ru;
    return all;
}

QStringList forbiddenPhrases(FormKind kind, FormLanguage lang)
{
    QStringList f;
    if (kind == FormKind::RefusalElectronic || kind == FormKind::DecisionElectronic) {
        f << QStringLiteral("2 данада") << QStringLiteral("2 экземплярах") << QStringLiteral("М.О.") << QStringLiteral("М.П.");
    }
    if (kind != FormKind::Questionnaire) {
        if (lang == FormLanguage::Kazakh)
            f << QStringLiteral("Приложение");
        if (lang == FormLanguage::Russian)
            f << QStringLiteral("қосымша");
    }
    return f;
}

} // namespace exitdesk::test
