<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>IntakeController</name>
        <message>
            <source>No database is open.</source>
            <translation>База данных не открыта.</translation>
        </message>
        <message>
            <source>The case cannot be accepted yet: correct the errors, confirm the warnings and tick every required document.</source>
            <translation>Дело пока нельзя принять: исправьте ошибки, подтвердите предупреждения и отметьте каждый требуемый документ.</translation>
        </message>
        <message>
            <source>On the day of submission the case has new problems; look at the list of findings.</source>
            <translation>На день подачи в деле появились новые замечания; посмотрите список замечаний.</translation>
        </message>
        <message>
            <source>Every required document was presented: there is nothing to refuse.</source>
            <translation>Все требуемые документы представлены: отказывать не в чем.</translation>
        </message>
    </context>
    <context>
        <name>MessageBox</name>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Do not save</source>
            <translation>Не сохранять</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>ExitDesk</source>
            <translation>ExitDesk</translation>
        </message>
        <message>
            <source>Cannot open the database %1:
%2</source>
            <translation>Не удаётся открыть базу данных %1:
%2</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::CaseListModel</name>
        <message>
            <source>draft</source>
            <translation>черновик</translation>
        </message>
        <message>
            <source>refused at intake</source>
            <translation>отказано в приёме</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Страна выезда</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Working days left</source>
            <translation>Осталось рабочих дней</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::CaseListPanel</name>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Поиск:</translation>
        </message>
        <message>
            <source>IIN, name or case number</source>
            <translation>ИИН, ФИО или номер дела</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::ChecklistPanel</name>
        <message>
            <source>presented</source>
            <translation>представлен</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>просрочен</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <source>The package is complete.</source>
            <translation>Пакет документов полный.</translation>
        </message>
        <message>
            <source>Missing or expired documents: %1.</source>
            <translation>Отсутствующих или просроченных документов: %1.</translation>
        </message>
        <message>
            <source>Documents required for this case (derived from the questionnaire). Tick each one the applicant presents; enter the expiry date where the document has one.</source>
            <translation>Документы, требуемые по этому делу (определяются по анкете). Отметьте каждый документ, представленный заявителем; для документов со сроком действия введите срок.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Presented</source>
            <translation>Представлен</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Действителен до</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::FieldBinder</name>
        <message>
            <source>No such date: type the day, month and year as dd.mm.yyyy.</source>
            <translation>Такой даты нет: введите день, месяц и год в виде дд.мм.гггг.</translation>
        </message>
        <message>
            <source>Confirmed: </source>
            <translation>Подтверждено: </translation>
        </message>
        <message>
            <source>Warning: </source>
            <translation>Предупреждение: </translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::FindingsPanel</name>
        <message>
            <source>No problems found.</source>
            <translation>Замечаний нет.</translation>
        </message>
        <message>
            <source>Errors: %1. Warnings to confirm: %2 (tick each warning you checked).</source>
            <translation>Ошибок: %1. Предупреждений к подтверждению: %2 (отметьте каждое проверенное предупреждение).</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::IntakeWindow</name>
        <message>
            <source>Draft saved.</source>
            <translation>Черновик сохранён.</translation>
        </message>
        <message>
            <source>Accepted: case %1.</source>
            <translation>Принято: дело %1.</translation>
        </message>
        <message>
            <source>Refused at intake: the receipt lists the missing documents.</source>
            <translation>Отказано в приёме: в расписке перечислены недостающие документы.</translation>
        </message>
        <message>
            <source>Ready to accept.</source>
            <translation>Готово к приёму.</translation>
        </message>
        <message>
            <source>Errors: %1 · warnings to confirm: %2 · documents missing: %3</source>
            <translation>Ошибок: %1 · предупреждений к подтверждению: %2 · недостаёт документов: %3</translation>
        </message>
        <message>
            <source>Case %1 — %2</source>
            <translation>Дело %1 — %2</translation>
        </message>
        <message>
            <source>Questionnaire — %1</source>
            <translation>Анкета — %1</translation>
        </message>
        <message>
            <source>New questionnaire</source>
            <translation>Новая анкета</translation>
        </message>
        <message>
            <source>Print &amp;in:</source>
            <translation>&amp;Язык печати:</translation>
        </message>
        <message>
            <source>&amp;Print questionnaire</source>
            <translation>&amp;Печать анкеты</translation>
        </message>
        <message>
            <source>Save &amp;draft</source>
            <translation>Сохранить &amp;черновик</translation>
        </message>
        <message>
            <source>&amp;Refuse at intake</source>
            <translation>&amp;Отказать в приёме</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Принять</translation>
        </message>
        <message>
            <source>Stores the case with its number and opens the receipt (Annex 4).</source>
            <translation>Сохраняет дело с номером и открывает расписку (приложение 4).</translation>
        </message>
        <message>
            <source>Opens the receipt of refusal to accept (Annex 5) naming the missing documents.</source>
            <translation>Открывает расписку об отказе в приёме (приложение 5) с перечнем недостающих документов.</translation>
        </message>
        <message>
            <source>Unsaved questionnaire</source>
            <translation>Несохранённая анкета</translation>
        </message>
        <message>
            <source>Save the questionnaire as a draft before closing?</source>
            <translation>Сохранить анкету как черновик перед закрытием?</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::MainWindow</name>
        <message>
            <source>About ExitDesk</source>
            <translation>О программе ExitDesk</translation>
        </message>
        <message>
            <source>ExitDesk %1
Registration of documents for leaving Kazakhstan for permanent residence abroad.</source>
            <translation>ExitDesk %1
Оформление документов на выезд за пределы Республики Казахстан на постоянное место жительства.</translation>
        </message>
        <message>
            <source>ExitDesk — exit cases</source>
            <translation>ExitDesk — дела на выезд</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Дело</translation>
        </message>
        <message>
            <source>&amp;New questionnaire</source>
            <translation>&amp;Новая анкета</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <source>&amp;Refresh list</source>
            <translation>&amp;Обновить список</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;About ExitDesk</source>
            <translation>&amp;О программе ExitDesk</translation>
        </message>
        <message>
            <source>Cannot open the case</source>
            <translation>Не удаётся открыть дело</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::QuestionnaireEditor</name>
        <message>
            <source>1–7. Personal data</source>
            <translation>1–7. Личные данные</translation>
        </message>
        <message>
            <source>8. Place of birth, citizenship</source>
            <translation>8. Место рождения, гражданство</translation>
        </message>
        <message>
            <source>Identity documents, address</source>
            <translation>Документы, удостоверяющие личность, адрес</translation>
        </message>
        <message>
            <source>9–10. Departure</source>
            <translation>9–10. Выезд</translation>
        </message>
        <message>
            <source>11–14. Social data</source>
            <translation>11–14. Социальные сведения</translation>
        </message>
        <message>
            <source>Children leaving with the applicant</source>
            <translation>Дети, выезжающие с заявителем</translation>
        </message>
        <message>
            <source>15. Close relatives</source>
            <translation>15. Близкие родственники</translation>
        </message>
        <message>
            <source>16. Work in the last 5 years</source>
            <translation>16. Трудовая деятельность за 5 лет</translation>
        </message>
        <message>
            <source>Warnings and consents</source>
            <translation>Предупреждения и согласия</translation>
        </message>
        <message>
            <source>Documents presented</source>
            <translation>Представленные документы</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::RowTableEditor</name>
        <message>
            <source>&amp;Add row</source>
            <translation>&amp;Добавить строку</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Удалить строку</translation>
        </message>
    </context>
</TS>
