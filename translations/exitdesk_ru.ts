<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>CardActions</name>
        <message>
            <source>Registered by the office…</source>
            <translation>Зарегистрировано в канцелярии…</translation>
        </message>
        <message>
            <source>Completeness checked…</source>
            <translation>Полнота проверена…</translation>
        </message>
        <message>
            <source>Entered in the system…</source>
            <translation>Внесено в ИС МП…</translation>
        </message>
        <message>
            <source>Requests sent…</source>
            <translation>Запросы направлены…</translation>
        </message>
        <message>
            <source>Sent to the PD…</source>
            <translation>Направлено в ДП…</translation>
        </message>
        <message>
            <source>Answer received…</source>
            <translation>Получен ответ…</translation>
        </message>
        <message>
            <source>Decision…</source>
            <translation>Решение…</translation>
        </message>
        <message>
            <source>Decision signed and recorded…</source>
            <translation>Решение подписано и внесено…</translation>
        </message>
        <message>
            <source>Preliminary decision sent…</source>
            <translation>Предварительное решение направлено…</translation>
        </message>
        <message>
            <source>Hearing notice sent…</source>
            <translation>Уведомление о заслушивании направлено…</translation>
        </message>
        <message>
            <source>Hearing held…</source>
            <translation>Заслушивание проведено…</translation>
        </message>
        <message>
            <source>Refusal issued…</source>
            <translation>Отказ выдан…</translation>
        </message>
        <message>
            <source>Notice to the military office…</source>
            <translation>Уведомление в МОВУ…</translation>
        </message>
        <message>
            <source>Military deregistration…</source>
            <translation>Снятие с воинского учёта…</translation>
        </message>
        <message>
            <source>Applicant notified…</source>
            <translation>Заявитель уведомлён…</translation>
        </message>
        <message>
            <source>ID card handed over…</source>
            <translation>Удостоверение личности сдано…</translation>
        </message>
        <message>
            <source>Decision issued…</source>
            <translation>Решение выдано…</translation>
        </message>
        <message>
            <source>Complaint received…</source>
            <translation>Поступила жалоба…</translation>
        </message>
        <message>
            <source>Complaint forwarded…</source>
            <translation>Жалоба направлена…</translation>
        </message>
        <message>
            <source>Complaint satisfied…</source>
            <translation>Жалоба удовлетворена…</translation>
        </message>
        <message>
            <source>Complaint answered…</source>
            <translation>На жалобу дан ответ…</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSettingsChange</name>
        <message>
            <source>Log in as an administrator to change the database settings.</source>
            <translation>Чтобы изменить настройки базы данных, войдите как администратор.</translation>
        </message>
        <message>
            <source>The change is saved but could not be written to the audit log: neither the database open now nor the new one can be reached.
%1</source>
            <translation>Изменение сохранено, но не записано в журнал аудита: недоступна ни открытая сейчас база данных, ни новая.
%1</translation>
        </message>
    </context>
    <context>
        <name>DocumentIssuer</name>
        <message>
            <source>Questionnaire (Annex 1)</source>
            <translation>Анкета (приложение 1)</translation>
        </message>
        <message>
            <source>Registration request (Annex 3)</source>
            <translation>Заявление о регистрации (приложение 3)</translation>
        </message>
        <message>
            <source>Receipt (Annex 4)</source>
            <translation>Расписка (приложение 4)</translation>
        </message>
        <message>
            <source>Refusal to accept (Annex 5)</source>
            <translation>Отказ в приёме (приложение 5)</translation>
        </message>
        <message>
            <source>Refusal notice (Annex 6)</source>
            <translation>Уведомление об отказе (приложение 6)</translation>
        </message>
        <message>
            <source>Refusal notice, electronic (Annex 7)</source>
            <translation>Уведомление об отказе, электронное (приложение 7)</translation>
        </message>
        <message>
            <source>Decision (Annex 8)</source>
            <translation>Решение (приложение 8)</translation>
        </message>
        <message>
            <source>Decision, electronic (Annex 9)</source>
            <translation>Решение, электронное (приложение 9)</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>На казахском</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>На русском</translation>
        </message>
        <message>
            <source>Kazakh and Russian</source>
            <translation>На казахском и русском</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>База данных не открыта.</translation>
        </message>
        <message>
            <source>The data of the form cannot be read: %1</source>
            <translation>Не удалось прочитать данные формы: %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>The document was printed but not recorded: %1</source>
            <translation>Документ напечатан, но не записан: %1</translation>
        </message>
    </context>
    <context>
        <name>EventSummary</name>
        <message>
            <source>to the service provider</source>
            <translation>услугодателю</translation>
        </message>
        <message>
            <source>to the body assessing the quality of public services</source>
            <translation>в орган по оценке качества оказания государственных услуг</translation>
        </message>
        <message>
            <source>to the reviewing body</source>
            <translation>в орган рассмотрения</translation>
        </message>
        <message>
            <source>package complete</source>
            <translation>пакет полный</translation>
        </message>
        <message>
            <source>package incomplete</source>
            <translation>пакет неполный</translation>
        </message>
        <message>
            <source>to every body</source>
            <translation>во все органы</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>отрицательный</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>положительный</translation>
        </message>
        <message>
            <source>No. %1</source>
            <translation>№ %1</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>от %1</translation>
        </message>
        <message>
            <source>refusal</source>
            <translation>отказ</translation>
        </message>
        <message>
            <source>approval</source>
            <translation>одобрение</translation>
        </message>
        <message>
            <source>grounds: %1</source>
            <translation>основания: %1</translation>
        </message>
        <message>
            <source>hearing on %1</source>
            <translation>заслушивание: %1</translation>
        </message>
        <message>
            <source>the applicant attended</source>
            <translation>заявитель явился</translation>
        </message>
        <message>
            <source>the applicant did not attend</source>
            <translation>заявитель не явился</translation>
        </message>
        <message>
            <source>removed from the military register</source>
            <translation>снят с воинского учёта</translation>
        </message>
        <message>
            <source>not removed from the military register</source>
            <translation>не снят с воинского учёта</translation>
        </message>
        <message>
            <source>satisfied</source>
            <translation>удовлетворена</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>отклонена</translation>
        </message>
        <message>
            <source>complaint %1</source>
            <translation>жалоба %1</translation>
        </message>
    </context>
    <context>
        <name>FormPreview</name>
        <message>
            <source>Save as PDF…</source>
            <translation>Сохранить как PDF…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Сохранить как PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Файлы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>Не удалось записать PDF: %1</translation>
        </message>
        <message>
            <source>Printer offsets…</source>
            <translation>Смещения принтера…</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>Предварительный просмотр: %1</translation>
        </message>
    </context>
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
        <name>LocalDrafts</name>
        <message>
            <source>The database server cannot be reached, and the questionnaire could not be kept on this workstation either (%1). Do not close the questionnaire; save it again when the server is back.

%2</source>
            <translation>Сервер базы данных недоступен, и сохранить анкету на этом рабочем месте тоже не удалось (%1). Не закрывайте анкету; сохраните её снова, когда сервер станет доступен.

%2</translation>
        </message>
        <message>
            <source>The database server cannot be reached, so the questionnaire is not saved in the database yet. It is kept on this workstation (%1): nothing is lost. Save again when the server is back; the program also offers to save it at its next start.

%2</source>
            <translation>Сервер базы данных недоступен, поэтому анкета ещё не сохранена в базе данных. Она сохранена на этом рабочем месте (%1): ничего не потеряно. Сохраните снова, когда сервер станет доступен; программа также предложит сохранить её при следующем запуске.

%2</translation>
        </message>
        <message>
            <source>Questionnaire of %1 %2 (kept %3): %4</source>
            <translation>Анкета %1 %2 (сохранена %3): %4</translation>
        </message>
        <message>
            <source>Saved as draft #%1, but the local copy could not be removed: %2</source>
            <translation>Сохранено как черновик #%1, но удалить локальную копию не удалось: %2</translation>
        </message>
    </context>
    <context>
        <name>LocalDraftsPrompt</name>
        <message>
            <source>Questionnaires kept on this workstation</source>
            <translation>Анкеты, сохранённые на этом рабочем месте</translation>
        </message>
        <message>
            <source>Questionnaires that could not be saved while the database server was unreachable are kept on this workstation: %1. Save them to the database now? They are saved as drafts; if not now, they stay here and are offered again at the next start.</source>
            <translation>Анкеты, которые не удалось сохранить, пока сервер базы данных был недоступен, хранятся на этом рабочем месте: %1. Сохранить их в базу данных сейчас? Они сохраняются как черновики; если не сейчас, они останутся здесь и будут предложены снова при следующем запуске.</translation>
        </message>
        <message>
            <source>Saved as drafts: %1. Open them from the list of cases.</source>
            <translation>Сохранены как черновики: %1. Откройте их из списка дел.</translation>
        </message>
        <message>
            <source>Still kept on this workstation:</source>
            <translation>Всё ещё хранятся на этом рабочем месте:</translation>
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
        <name>exitdesk::ui::AccountFormDialog</name>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::AuditDialog</name>
        <message>
            <source>The audit log cannot be read: %1</source>
            <translation>Не удаётся прочитать журнал аудита: %1</translation>
        </message>
        <message>
            <source>The newest %1 records are shown; narrow the filters to see older ones.</source>
            <translation>Показаны %1 самых новых записей; чтобы увидеть более старые, уточните фильтры.</translation>
        </message>
        <message>
            <source>Records: %1</source>
            <translation>Записей: %1</translation>
        </message>
        <message>
            <source>Select a record to see what it changed.</source>
            <translation>Выберите запись, чтобы увидеть, что она изменила.</translation>
        </message>
        <message>
            <source>Record No. %1 changed no field.</source>
            <translation>Запись № %1 не изменила ни одного поля.</translation>
        </message>
        <message>
            <source>Record No. %1: %2, %3 by %4 — the fields that changed:</source>
            <translation>Запись № %1: %2, %3, исполнитель — %4 — изменённые поля:</translation>
        </message>
        <message>
            <source>The chain is intact: %1 records checked. Last hash: %2</source>
            <translation>Цепочка цела: проверено записей: %1. Последний хэш: %2</translation>
        </message>
        <message>
            <source>(none, the log is empty)</source>
            <translation>(нет, журнал пуст)</translation>
        </message>
        <message>
            <source>The chain is broken at record No. %1 (id %2): %3</source>
            <translation>Цепочка нарушена на записи № %1 (id %2): %3</translation>
        </message>
        <message>
            <source>The chain is broken: %1</source>
            <translation>Цепочка нарушена: %1</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Журнал аудита</translation>
        </message>
        <message>
            <source>&amp;Entity:</source>
            <translation>&amp;Объект:</translation>
        </message>
        <message>
            <source>any</source>
            <translation>любой</translation>
        </message>
        <message>
            <source>N&amp;umber or key:</source>
            <translation>Но&amp;мер или ключ:</translation>
        </message>
        <message>
            <source>case number, login, year…</source>
            <translation>номер дела, логин, год…</translation>
        </message>
        <message>
            <source>U&amp;ser:</source>
            <translation>По&amp;льзователь:</translation>
        </message>
        <message>
            <source>anyone</source>
            <translation>любой</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Обнов&amp;ить</translation>
        </message>
        <message>
            <source>Read the records again (F5)</source>
            <translation>Перечитать записи (F5)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>До</translation>
        </message>
        <message>
            <source>After</source>
            <translation>После</translation>
        </message>
        <message>
            <source>&amp;Verify the chain</source>
            <translation>&amp;Проверить цепочку</translation>
        </message>
        <message>
            <source>Recompute every record's hash and check that none was changed or removed</source>
            <translation>Пересчитать хэш каждой записи и проверить, что ни одна не изменена и не удалена</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Audit records</source>
            <translation>Записи аудита</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::AuditModel</name>
        <message>
            <source>case</source>
            <translation>дело</translation>
        </message>
        <message>
            <source>account</source>
            <translation>учётная запись</translation>
        </message>
        <message>
            <source>calendar</source>
            <translation>календарь</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>настройка</translation>
        </message>
        <message>
            <source>destruction act</source>
            <translation>акт уничтожения</translation>
        </message>
        <message>
            <source>database</source>
            <translation>база данных</translation>
        </message>
        <message>
            <source>account added</source>
            <translation>учётная запись добавлена</translation>
        </message>
        <message>
            <source>account locked</source>
            <translation>учётная запись заблокирована</translation>
        </message>
        <message>
            <source>account unlocked</source>
            <translation>учётная запись разблокирована</translation>
        </message>
        <message>
            <source>role changed</source>
            <translation>роль изменена</translation>
        </message>
        <message>
            <source>password changed</source>
            <translation>пароль изменён</translation>
        </message>
        <message>
            <source>locked out after wrong passwords</source>
            <translation>заблокирована после неверных паролей</translation>
        </message>
        <message>
            <source>draft saved</source>
            <translation>черновик сохранён</translation>
        </message>
        <message>
            <source>case changed</source>
            <translation>дело изменено</translation>
        </message>
        <message>
            <source>case accepted</source>
            <translation>дело принято</translation>
        </message>
        <message>
            <source>refused at intake</source>
            <translation>отказано в приёме</translation>
        </message>
        <message>
            <source>case imported</source>
            <translation>дело импортировано</translation>
        </message>
        <message>
            <source>case stage recorded</source>
            <translation>этап дела записан</translation>
        </message>
        <message>
            <source>personal data destroyed</source>
            <translation>персональные данные уничтожены</translation>
        </message>
        <message>
            <source>calendar year changed</source>
            <translation>год календаря изменён</translation>
        </message>
        <message>
            <source>calendar replaced</source>
            <translation>календарь заменён</translation>
        </message>
        <message>
            <source>calendar imported</source>
            <translation>календарь импортирован</translation>
        </message>
        <message>
            <source>calendar year confirmed</source>
            <translation>год календаря подтверждён</translation>
        </message>
        <message>
            <source>setting changed</source>
            <translation>настройка изменена</translation>
        </message>
        <message>
            <source>destruction act drawn up</source>
            <translation>составлен акт уничтожения</translation>
        </message>
        <message>
            <source>destruction act confirmed</source>
            <translation>акт уничтожения подтверждён</translation>
        </message>
        <message>
            <source>register exported</source>
            <translation>реестр выгружен</translation>
        </message>
        <message>
            <source>backup made</source>
            <translation>сделана резервная копия</translation>
        </message>
        <message>
            <source>database restored</source>
            <translation>база данных восстановлена</translation>
        </message>
        <message>
            <source>first start</source>
            <translation>первый запуск</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Рабочее место</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Объект</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::CalendarEditorDialog</name>
        <message>
            <source>Production calendar</source>
            <translation>Производственный календарь</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Год:</translation>
        </message>
        <message>
            <source>Selected day</source>
            <translation>Выбранный день</translation>
        </message>
        <message>
            <source>&amp;Note for a new transfer (decree):</source>
            <translation>&amp;Примечание к новому переносу (постановление):</translation>
        </message>
        <message>
            <source>e.g. Government decree No. … of …</source>
            <translation>например, постановление Правительства № … от …</translation>
        </message>
        <message>
            <source>Set as the first day of &amp;Kurban Ait</source>
            <translation>Сделать первым днём &amp;Курбан айта</translation>
        </message>
        <message>
            <source>Clear Kurban Ait</source>
            <translation>Очистить Курбан айт</translation>
        </message>
        <message>
            <source>Kurban Ait</source>
            <translation>Курбан айт</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>О&amp;чистить</translation>
        </message>
        <message>
            <source>Confirmation</source>
            <translation>Подтверждение</translation>
        </message>
        <message>
            <source>Year file</source>
            <translation>Файл года</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Year view: arrow keys move between days, Enter toggles a transfer</source>
            <translation>Вид года: стрелки перемещают по дням, Enter добавляет или снимает перенос</translation>
        </message>
        <message>
            <source>The calendar cannot be read from the database: %1</source>
            <translation>Не удаётся прочитать календарь из базы данных: %1</translation>
        </message>
        <message>
            <source>The calendar of %1 is incomplete: %2. Deadlines that fall into this year carry a warning and may still move.</source>
            <translation>Календарь %1 года неполон: %2. Сроки, приходящиеся на этот год, помечаются предупреждением и ещё могут сдвинуться.</translation>
        </message>
        <message>
            <source>The calendar of %1 is complete and confirmed.</source>
            <translation>Календарь %1 года полон и подтверждён.</translation>
        </message>
        <message>
            <source>not entered</source>
            <translation>не внесён</translation>
        </message>
        <message>
            <source>Confirmed by %1 on %2.</source>
            <translation>Подтверждено: %1, %2.</translation>
        </message>
        <message>
            <source>Confirmed by %1.</source>
            <translation>Подтверждено: %1.</translation>
        </message>
        <message>
            <source>Not confirmed.</source>
            <translation>Не подтверждён.</translation>
        </message>
        <message>
            <source>Make a &amp;day off (transfer)</source>
            <translation>Сделать &amp;выходным (перенос)</translation>
        </message>
        <message>
            <source>&amp;Remove the transfer</source>
            <translation>&amp;Снять перенос</translation>
        </message>
        <message>
            <source>No transfer on a holiday</source>
            <translation>На праздник перенос невозможен</translation>
        </message>
        <message>
            <source>The day cannot be changed</source>
            <translation>День нельзя изменить</translation>
        </message>
        <message>
            <source>%1 is now a day off by transfer.</source>
            <translation>%1 теперь выходной по переносу.</translation>
        </message>
        <message>
            <source>%1 is now a working day by transfer.</source>
            <translation>%1 теперь рабочий день по переносу.</translation>
        </message>
        <message>
            <source>The transfer on %1 was removed.</source>
            <translation>Перенос на %1 снят.</translation>
        </message>
        <message>
            <source>Kurban Ait cannot be set</source>
            <translation>Курбан айт нельзя установить</translation>
        </message>
        <message>
            <source>The first day of Kurban Ait %1 is %2.</source>
            <translation>Первый день Курбан айта %1 года — %2.</translation>
        </message>
        <message>
            <source>Kurban Ait cannot be cleared</source>
            <translation>Курбан айт нельзя очистить</translation>
        </message>
        <message>
            <source>Kurban Ait %1 was cleared.</source>
            <translation>Курбан айт %1 года очищен.</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>администратор</translation>
        </message>
        <message>
            <source>The year cannot be confirmed</source>
            <translation>Год нельзя подтвердить</translation>
        </message>
        <message>
            <source>The calendar of %1 is confirmed.</source>
            <translation>Календарь %1 года подтверждён.</translation>
        </message>
        <message>
            <source>Import a calendar year</source>
            <translation>Импорт года календаря</translation>
        </message>
        <message>
            <source>Calendar files (*.json);;All files (*)</source>
            <translation>Файлы календаря (*.json);;Все файлы (*)</translation>
        </message>
        <message>
            <source>The file was not imported</source>
            <translation>Файл не импортирован</translation>
        </message>
        <message>
            <source>The calendar of %1 was imported.</source>
            <translation>Календарь %1 года импортирован.</translation>
        </message>
        <message>
            <source>The calendar of %1 was imported; it must be confirmed again.</source>
            <translation>Календарь %1 года импортирован; его нужно подтвердить заново.</translation>
        </message>
        <message>
            <source>Export the calendar year</source>
            <translation>Экспорт года календаря</translation>
        </message>
        <message>
            <source>The file was not written</source>
            <translation>Файл не записан</translation>
        </message>
        <message>
            <source>The calendar of %1 was exported to %2.</source>
            <translation>Календарь %1 года экспортирован в %2.</translation>
        </message>
        <message>
            <source>Con&amp;firm the year</source>
            <translation>По&amp;дтвердить год</translation>
        </message>
        <message>
            <source>Make a wor&amp;king day (transfer)</source>
            <translation>Сделать &amp;рабочим (перенос)</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::CalendarLegend</name>
        <message>
            <source>working day</source>
            <translation>рабочий день</translation>
        </message>
        <message>
            <source>working day by transfer</source>
            <translation>рабочий день по переносу</translation>
        </message>
        <message>
            <source>weekend</source>
            <translation>выходной</translation>
        </message>
        <message>
            <source>public holiday</source>
            <translation>праздничный день</translation>
        </message>
        <message>
            <source>carried-over day off</source>
            <translation>перенесённый выходной</translation>
        </message>
        <message>
            <source>day off by transfer</source>
            <translation>выходной по переносу</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::CaseCard</name>
        <message>
            <source>No database is open.</source>
            <translation>База данных не открыта.</translation>
        </message>
        <message>
            <source>The case cannot be read: %1</source>
            <translation>Не удалось прочитать дело: %1</translation>
        </message>
        <message>
            <source>The steps of the case cannot be read: %1</source>
            <translation>Не удалось прочитать шаги дела: %1</translation>
        </message>
        <message>
            <source>A recorded step no longer fits the workflow: %1</source>
            <translation>Записанный шаг больше не соответствует порядку работы: %1</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>Дело %1</translation>
        </message>
        <message>
            <source>(no number)</source>
            <translation>(без номера)</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Ход дела</translation>
        </message>
        <message>
            <source>Due dates</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Следующие шаги</translation>
        </message>
        <message>
            <source>&amp;Other step…</source>
            <translation>&amp;Другой шаг…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Обновить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>The case is not accepted: it has no workflow.</source>
            <translation>Дело не принято: у него нет этапов.</translation>
        </message>
        <message>
            <source>Recorded: %1, %2.</source>
            <translation>Записано: %1, %2.</translation>
        </message>
        <message>
            <source>%1: your role cannot record this step</source>
            <translation>%1: ваша роль не может записать этот шаг</translation>
        </message>
        <message>
            <source>The document is printed by the operator or the head.</source>
            <translation>Документ печатает оператор или руководитель.</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::CaseHeader</name>
        <message>
            <source>(no number)</source>
            <translation>(без номера)</translation>
        </message>
        <message>
            <source>IIN:</source>
            <translation>ИИН:</translation>
        </message>
        <message>
            <source>Destination:</source>
            <translation>Страна выезда:</translation>
        </message>
        <message>
            <source>Children:</source>
            <translation>Дети:</translation>
        </message>
        <message>
            <source>%1, born %2</source>
            <translation>%1, дата рождения %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Stage:</source>
            <translation>Этап:</translation>
        </message>
        <message>
            <source>Service due:</source>
            <translation>Срок оказания услуги:</translation>
        </message>
        <message>
            <source>draft: not accepted</source>
            <translation>черновик: не принято</translation>
        </message>
        <message>
            <source>refused at intake: no workflow</source>
            <translation>отказано в приёме: этапов нет</translation>
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
        <message>
            <source>All cases</source>
            <translation>Все дела</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Черновики</translation>
        </message>
        <message>
            <source>Refused at intake</source>
            <translation>Отказано в приёме</translation>
        </message>
        <message>
            <source>Accepted (any stage)</source>
            <translation>Принятые (любой этап)</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>Только п&amp;росроченные</translation>
        </message>
        <message>
            <source>Only cases whose current step is past its due date</source>
            <translation>Только дела, у которых истёк срок текущего этапа</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>п&amp;о:</translation>
        </message>
        <message>
            <source>Day of submission, dd.MM.yyyy; "—" for no bound</source>
            <translation>День подачи, дд.мм.гггг; «—» — без ограничения</translation>
        </message>
        <message>
            <source>Sta&amp;ge:</source>
            <translation>&amp;Этап:</translation>
        </message>
        <message>
            <source>Su&amp;bmitted from:</source>
            <translation>Под&amp;ано с:</translation>
        </message>
        <message>
            <source>Clear filt&amp;ers</source>
            <translation>Сбросить &amp;фильтры</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::ChangeRoleDialog</name>
        <message>
            <source>Change the role</source>
            <translation>Изменение роли</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Учётная запись:</translation>
        </message>
        <message>
            <source>New &amp;role:</source>
            <translation>Новая &amp;роль:</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>&amp;Изменить</translation>
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
        <message>
            <source>expiry date missing</source>
            <translation>не указан срок действия</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::DatabaseSettingsDialog</name>
        <message>
            <source>Choose the database file.</source>
            <translation>Выберите файл базы данных.</translation>
        </message>
        <message>
            <source>Enter the server's name or address.</source>
            <translation>Введите имя или адрес сервера.</translation>
        </message>
        <message>
            <source>Enter the name of the database on the server.</source>
            <translation>Введите имя базы данных на сервере.</translation>
        </message>
        <message>
            <source>Enter the database user.</source>
            <translation>Введите пользователя базы данных.</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Файл базы данных</translation>
        </message>
        <message>
            <source>ExitDesk database (*.sqlite *.db);;All files (*)</source>
            <translation>База данных ExitDesk (*.sqlite *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Подключение…</translation>
        </message>
        <message>
            <source>The file does not exist yet: the program will create a new, empty database there.</source>
            <translation>Файла ещё нет: программа создаст в нём новую пустую базу данных.</translation>
        </message>
        <message>
            <source>Connected to %1 (schema version %2).</source>
            <translation>Подключено к %1 (версия схемы %2).</translation>
        </message>
        <message>
            <source>The database server cannot be reached: check the server name, the port and the network, and that the server is running.</source>
            <translation>Сервер базы данных недоступен: проверьте имя сервера, порт, сеть и то, что сервер запущен.</translation>
        </message>
        <message>
            <source>The server refused the user or the password.</source>
            <translation>Сервер отклонил пользователя или пароль.</translation>
        </message>
        <message>
            <source>The server has no database of that name.</source>
            <translation>На сервере нет базы данных с таким именем.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist or cannot be written to.</source>
            <translation>Папка %1 не существует или недоступна для записи.</translation>
        </message>
        <message>
            <source>The database cannot be opened.</source>
            <translation>Не удаётся открыть базу данных.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Подробности: %1</translation>
        </message>
        <message>
            <source>These settings do not make a valid database address: %1</source>
            <translation>Из этих настроек не получается правильный адрес базы данных: %1</translation>
        </message>
        <message>
            <source>Database settings</source>
            <translation>Настройки базы данных</translation>
        </message>
        <message>
            <source>Where this workstation keeps the cases: its own database file, or the office's PostgreSQL server shared by all workstations.</source>
            <translation>Где это рабочее место хранит дела: в собственном файле базы данных или на общем для всех рабочих мест сервере PostgreSQL отделения.</translation>
        </message>
        <message>
            <source>Open now: %1</source>
            <translation>Сейчас открыта: %1</translation>
        </message>
        <message>
            <source>&amp;Database file on this computer (SQLite)</source>
            <translation>&amp;Файл базы данных на этом компьютере (SQLite)</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>Ф&amp;айл:</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Сервер</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Хост:</translation>
        </message>
        <message>
            <source>name or address, e.g. db.office.local</source>
            <translation>имя или адрес, например db.office.local</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>П&amp;орт:</translation>
        </message>
        <message>
            <source>Data&amp;base:</source>
            <translation>&amp;База данных:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Пользователь:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Паро&amp;ль:</translation>
        </message>
        <message>
            <source>Leave empty to use the PostgreSQL password file (pgpass) of this computer</source>
            <translation>Оставьте пустым, чтобы использовать файл паролей PostgreSQL (pgpass) этого компьютера</translation>
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation>&amp;Шифрование:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>only if the server insists</source>
            <translation>только если сервер требует</translation>
        </message>
        <message>
            <source>if the server offers it</source>
            <translation>если сервер предлагает</translation>
        </message>
        <message>
            <source>always</source>
            <translation>всегда</translation>
        </message>
        <message>
            <source>always, with a verified certificate</source>
            <translation>всегда, с проверкой сертификата</translation>
        </message>
        <message>
            <source>always, with a verified certificate and server name</source>
            <translation>всегда, с проверкой сертификата и имени сервера</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Проверить по&amp;дключение</translation>
        </message>
        <message>
            <source>The program opens the saved database on its next start.</source>
            <translation>Программа откроет сохранённую базу данных при следующем запуске.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>Об&amp;зор…</translation>
        </message>
        <message>
            <source>Office se&amp;rver (PostgreSQL)</source>
            <translation>Се&amp;рвер отделения (PostgreSQL)</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::DeadlineTable</name>
        <message>
            <source>due today</source>
            <translation>срок сегодня</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Рабочие дни</translation>
        </message>
        <message>
            <source>the applicant's step</source>
            <translation>шаг заявителя</translation>
        </message>
        <message>
            <source>Service term (20 working days)</source>
            <translation>Срок оказания услуги (20 рабочих дней)</translation>
        </message>
        <message>
            <source>working days left: %1</source>
            <translation>осталось рабочих дней: %1</translation>
        </message>
        <message>
            <source>working days late: %1</source>
            <translation>просрочено рабочих дней: %1</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::DeadlinesDashboard</name>
        <message>
            <source>No database is open.</source>
            <translation>База данных не открыта.</translation>
        </message>
        <message>
            <source>Deadlines on %1</source>
            <translation>Сроки на %1</translation>
        </message>
        <message>
            <source>The deadlines cannot be read: %1</source>
            <translation>Не удаётся прочитать сроки: %1</translation>
        </message>
        <message>
            <source>Open deadlines: %1; overdue: %2; due within one working day: %3.</source>
            <translation>Открытых сроков: %1; просрочено: %2; истекают в течение рабочего дня: %3.</translation>
        </message>
        <message>
            <source>Loading… cases read: %1.</source>
            <translation>Загрузка… прочитано дел: %1.</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <source>&amp;Only overdue and at risk</source>
            <translation>&amp;Только просроченные и под угрозой</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>просрочено</translation>
        </message>
        <message>
            <source>due within one working day</source>
            <translation>срок в течение рабочего дня</translation>
        </message>
        <message>
            <source>the calendar of the year is incomplete, or the date on the receipt differs</source>
            <translation>календарь года неполон или дата в расписке отличается</translation>
        </message>
        <message>
            <source>Cases by stage; Enter opens the case</source>
            <translation>Дела по этапам; Enter открывает дело</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::DeadlinesModel</name>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Заявитель</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Stage due</source>
            <translation>Срок этапа</translation>
        </message>
        <message>
            <source>Working days left</source>
            <translation>Осталось рабочих дней</translation>
        </message>
        <message>
            <source>Service due</source>
            <translation>Срок услуги</translation>
        </message>
        <message>
            <source>On the receipt</source>
            <translation>В расписке</translation>
        </message>
        <message>
            <source>Working days to the stage's due date; negative: working days late</source>
            <translation>Рабочих дней до срока этапа; отрицательное число — дней просрочки</translation>
        </message>
        <message>
            <source>The 20th working day after the day of submission, with the current calendar</source>
            <translation>20-й рабочий день после дня подачи, по текущему календарю</translation>
        </message>
        <message>
            <source>The service due date printed on the receipt, shown when the calendar changed after the receipt was printed</source>
            <translation>Срок услуги, напечатанный в расписке; показывается, если календарь изменился после печати расписки</translation>
        </message>
        <message>
            <source>%1 — cases: %2, overdue: %3, at risk: %4</source>
            <translation>%1 — дел: %2, просрочено: %3, под угрозой: %4</translation>
        </message>
        <message>
            <source>%1 (complaint %2)</source>
            <translation>%1 (жалоба %2)</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>не записан</translation>
        </message>
        <message>
            <source>Overdue: %1 working days late.</source>
            <translation>Просрочено рабочих дней: %1.</translation>
        </message>
        <message>
            <source>At risk: due today.</source>
            <translation>Под угрозой: срок сегодня.</translation>
        </message>
        <message>
            <source>At risk: due within one working day.</source>
            <translation>Под угрозой: срок в течение одного рабочего дня.</translation>
        </message>
        <message>
            <source>On time: %1 working days left.</source>
            <translation>В срок: осталось рабочих дней: %1.</translation>
        </message>
        <message>
            <source>The service term ends earlier, so the stage is due on %1.</source>
            <translation>Срок оказания услуги истекает раньше, поэтому срок этапа — %1.</translation>
        </message>
        <message>
            <source>Warning: the calendar of %1 is incomplete; this date may still move.</source>
            <translation>Внимание: календарь %1 года неполон; эта дата ещё может сдвинуться.</translation>
        </message>
        <message>
            <source>Service due date with the current calendar: %1.</source>
            <translation>Срок услуги по текущему календарю: %1.</translation>
        </message>
        <message>
            <source>The calendar changed after the receipt was printed; the receipt says %1.</source>
            <translation>Календарь изменился после печати расписки; в расписке указано %1.</translation>
        </message>
        <message>
            <source>The calendar changed after the receipt was printed; the date printed on it was not recorded.</source>
            <translation>Календарь изменился после печати расписки; напечатанная в ней дата не записана.</translation>
        </message>
        <message>
            <source>Warning: a recorded event no longer fits the workflow; check the case's timeline.</source>
            <translation>Внимание: записанное событие больше не соответствует порядку работы; проверьте хронологию дела.</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::DecisionDialog</name>
        <message>
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <source>&amp;Approve: issue the decision (Annex 8, electronic Annex 9)</source>
            <translation>&amp;Одобрить: выдать решение (приложение 8, электронное — приложение 9)</translation>
        </message>
        <message>
            <source>&amp;Refuse on the grounds ticked below (notice: Annex 6, electronic Annex 7)</source>
            <translation>Отка&amp;зать по отмеченным ниже основаниям (уведомление: приложение 6, электронное — приложение 7)</translation>
        </message>
        <message>
            <source>The package was found incomplete: only a refusal can be prepared.</source>
            <translation>Пакет признан неполным: может быть подготовлен только отказ.</translation>
        </message>
        <message>
            <source>&amp;Grounds for refusal (Space ticks a ground, F2 edits its «until» text):</source>
            <translation>Основания отказа (&amp;пробел отмечает основание, F2 — правка текста «до»):</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>E&amp;xecutor:</source>
            <translation>&amp;Исполнитель:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>При&amp;мечание:</translation>
        </message>
        <message>
            <source>&amp;Open the document for printing</source>
            <translation>Открыть документ для п&amp;ечати</translation>
        </message>
        <message>
            <source>Record the decision</source>
            <translation>Записать решение</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>The document is printed by the operator or the head.</source>
            <translation>Документ печатает оператор или руководитель.</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::DocumentsPanel</name>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Form &amp;language:</source>
            <translation>&amp;Язык формы:</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Экземпляр</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Выдача</translation>
        </message>
        <message>
            <source>Reprinted: %1</source>
            <translation>Повторная печать: %1</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::EventDialog</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <source>E&amp;xecutor:</source>
            <translation>&amp;Исполнитель:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>При&amp;мечание:</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Записать</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>The package of documents is &amp;complete</source>
            <translation>Пакет документов &amp;полный</translation>
        </message>
        <message>
            <source>&amp;Hearing on:</source>
            <translation>&amp;Заслушивание:</translation>
        </message>
        <message>
            <source>refusal</source>
            <translation>отказ</translation>
        </message>
        <message>
            <source>approval</source>
            <translation>одобрение</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>Ито&amp;г:</translation>
        </message>
        <message>
            <source>The applicant &amp;attended</source>
            <translation>Заявитель &amp;явился</translation>
        </message>
        <message>
            <source>&amp;Removed from the military register</source>
            <translation>&amp;Снят с воинского учёта</translation>
        </message>
        <message>
            <source>&amp;Addressed:</source>
            <translation>&amp;Куда подана:</translation>
        </message>
        <message>
            <source>Registration n&amp;umber:</source>
            <translation>Регистрационный &amp;номер:</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>отклонена</translation>
        </message>
        <message>
            <source>satisfied</source>
            <translation>удовлетворена</translation>
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation>&amp;Результат:</translation>
        </message>
        <message>
            <source>Requests sent to:</source>
            <translation>Запросы направлены в:</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Орган:</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>положительный</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>отрицательный</translation>
        </message>
        <message>
            <source>&amp;Answer dated:</source>
            <translation>Д&amp;ата ответа:</translation>
        </message>
        <message>
            <source>Answer n&amp;umber:</source>
            <translation>&amp;Номер ответа:</translation>
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
        <name>exitdesk::ui::FirstStartDialog</name>
        <message>
            <source>Enter the administrator's full name.</source>
            <translation>Введите ФИО администратора.</translation>
        </message>
        <message>
            <source>The accounts cannot be read from the database: %1</source>
            <translation>Не удаётся прочитать учётные записи из базы данных: %1</translation>
        </message>
        <message>
            <source>Meanwhile an account was created in this database on another workstation. Close this window and log in.</source>
            <translation>Тем временем в этой базе данных на другом рабочем месте создана учётная запись. Закройте это окно и войдите в систему.</translation>
        </message>
        <message>
            <source>ExitDesk: first start</source>
            <translation>ExitDesk: первый запуск</translation>
        </message>
        <message>
            <source>Create the administrator</source>
            <translation>Создание администратора</translation>
        </message>
        <message>
            <source>This database has no accounts yet. Create the account of the administrator, who then adds the accounts of the operators, officers and the head.
Database: %1</source>
            <translation>В этой базе данных ещё нет учётных записей. Создайте учётную запись администратора; затем он добавит учётные записи операторов, сотрудников и руководителя.
База данных: %1</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>Latin letters and digits, e.g. admin</source>
            <translation>латинские буквы и цифры, например admin</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;ФИО:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>&amp;Repeat the password:</source>
            <translation>Повто&amp;рите пароль:</translation>
        </message>
        <message>
            <source>&amp;Create and log in</source>
            <translation>&amp;Создать и войти</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::GroundsTable</name>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Ground</source>
            <translation>Основание</translation>
        </message>
        <message>
            <source>Until (Kazakh)</source>
            <translation>До (на казахском)</translation>
        </message>
        <message>
            <source>Until (Russian)</source>
            <translation>До (на русском)</translation>
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
            <translation>При&amp;нять</translation>
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
        <message>
            <source>copies %1–%2</source>
            <translation>экземпляры %1–%2</translation>
        </message>
        <message>
            <source>copy %1</source>
            <translation>экземпляр %1</translation>
        </message>
        <message>
            <source>%1 printed: %2.</source>
            <translation>%1 — напечатано: %2.</translation>
        </message>
        <message>
            <source>%1 was not printed: print it with "Print receipt".</source>
            <translation>%1 — не напечатано: напечатайте кнопкой «Печать расписки».</translation>
        </message>
        <message>
            <source>Enter whom the registration request is about (full name and kinship).</source>
            <translation>Укажите, в отношении кого заявление о регистрации (ФИО и родство).</translation>
        </message>
        <message>
            <source>Print re&amp;ceipt</source>
            <translation>Печать &amp;расписки</translation>
        </message>
        <message>
            <source>Prints the receipt of this intake again; a reprint asks for its reason.</source>
            <translation>Повторно печатает расписку этого приёма; для повторной печати запрашивается причина.</translation>
        </message>
        <message>
            <source>Registration request (Annex 3) a&amp;bout:</source>
            <translation>Заявление о регистрации (приложение 3) &amp;в отношении:</translation>
        </message>
        <message>
            <source>full name and kinship of the person whose registration is asked</source>
            <translation>ФИО и родство лица, о регистрации которого запрашивается</translation>
        </message>
        <message>
            <source>Print re&amp;quest</source>
            <translation>Печать &amp;заявления</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::LanguageSwitch</name>
        <message>
            <source>Language:</source>
            <translation>Язык:</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::LoginDialog</name>
        <message>
            <source>Enter your login.</source>
            <translation>Введите свой логин.</translation>
        </message>
        <message>
            <source>ExitDesk: log in</source>
            <translation>ExitDesk: вход</translation>
        </message>
        <message>
            <source>Log in to ExitDesk</source>
            <translation>Вход в ExitDesk</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>Log &amp;in</source>
            <translation>&amp;Войти</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>База данных: %1</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::LoginFlow</name>
        <message>
            <source>ExitDesk</source>
            <translation>ExitDesk</translation>
        </message>
        <message>
            <source>The accounts cannot be read from the database: %1</source>
            <translation>Не удаётся прочитать учётные записи из базы данных: %1</translation>
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
        <message>
            <source>&amp;Deadlines dashboard</source>
            <translation>Панель &amp;сроков</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Настройки</translation>
        </message>
        <message>
            <source>Production &amp;calendar…</source>
            <translation>Производственный &amp;календарь…</translation>
        </message>
        <message>
            <source>&amp;Users…</source>
            <translation>&amp;Пользователи…</translation>
        </message>
        <message>
            <source>&amp;Audit log…</source>
            <translation>&amp;Журнал аудита…</translation>
        </message>
        <message>
            <source>&amp;Database settings…</source>
            <translation>&amp;Настройки базы данных…</translation>
        </message>
        <message>
            <source>&amp;Register of exit cases…</source>
            <translation>&amp;Реестр дел на выезд…</translation>
        </message>
        <message>
            <source>Fin&amp;d</source>
            <translation>На&amp;йти</translation>
        </message>
        <message>
            <source>Change &amp;user…</source>
            <translation>Сменить &amp;пользователя…</translation>
        </message>
        <message>
            <source>&amp;Printer offsets…</source>
            <translation>&amp;Смещения принтера…</translation>
        </message>
        <message>
            <source>Logged in: %1 (%2)</source>
            <translation>Вход выполнен: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::NewAccountDialog</name>
        <message>
            <source>Enter the full name.</source>
            <translation>Введите ФИО.</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>Новая учётная запись</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>Latin letters and digits, e.g. a.ivanova</source>
            <translation>латинские буквы и цифры, например a.ivanova</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;ФИО:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Добавить</translation>
        </message>
        <message>
            <source>R&amp;epeat the password:</source>
            <translation>П&amp;овторите пароль:</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::PasswordFields</name>
        <message>
            <source>The two passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
        <message>
            <source>At least 8 characters; letters, digits and signs may be mixed.</source>
            <translation>Не менее 8 символов; можно сочетать буквы, цифры и знаки.</translation>
        </message>
        <message>
            <source>Type the password again.</source>
            <translation>Введите пароль ещё раз.</translation>
        </message>
        <message>
            <source>The password is acceptable.</source>
            <translation>Пароль подходит.</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::PrinterOffsetsDialog</name>
        <message>
            <source>Printer offsets</source>
            <translation>Смещения принтера</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> мм</translation>
        </message>
        <message>
            <source>Moves everything printed on this printer, to meet the lines of pre-printed or stamped paper: right and down are positive. The preview and PDF files are not moved.</source>
            <translation>Сдвигает всё, что печатается на этом принтере, чтобы попасть в линии бланка или проштампованной бумаги: вправо и вниз — положительные значения. Предпросмотр и файлы PDF не сдвигаются.</translation>
        </message>
        <message>
            <source>&amp;Printer:</source>
            <translation>&amp;Принтер:</translation>
        </message>
        <message>
            <source>&amp;Right by:</source>
            <translation>Вп&amp;раво на:</translation>
        </message>
        <message>
            <source>&amp;Down by:</source>
            <translation>В&amp;низ на:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Choose the printer.</source>
            <translation>Выберите принтер.</translation>
        </message>
        <message>
            <source>The offsets could not be stored.</source>
            <translation>Не удалось сохранить смещения.</translation>
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
        <name>exitdesk::ui::RegisterExportDialog</name>
        <message>
            <source>Export the register to Excel</source>
            <translation>Экспорт реестра в Excel</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Казахский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Kazakh and Russian</source>
            <translation>Казахский и русский</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспортировать</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Language of the headers</source>
            <translation>Язык заголовков</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::RegisterFilterBar</name>
        <message>
            <source>in progress</source>
            <translation>в работе</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>завершённые</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>просроченные</translation>
        </message>
        <message>
            <source>any stage</source>
            <translation>любой этап</translation>
        </message>
        <message>
            <source>any office</source>
            <translation>любой отдел</translation>
        </message>
        <message>
            <source>any country</source>
            <translation>любая страна</translation>
        </message>
        <message>
            <source>any executor</source>
            <translation>любой исполнитель</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Отдел</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Executor</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Применить</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::RegisterStatisticsView</name>
        <message>
            <source>Counting…</source>
            <translation>Подсчёт…</translation>
        </message>
        <message>
            <source>The database or its calendar is not available.</source>
            <translation>База данных или её календарь недоступны.</translation>
        </message>
        <message>
            <source>The totals could not be counted: %1</source>
            <translation>Не удалось подсчитать итоги: %1</translation>
        </message>
        <message>
            <source>Cases: %1, of them overdue: %2</source>
            <translation>Дел: %1, из них просрочено: %2</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <source>Register statistics</source>
            <translation>Статистика реестра</translation>
        </message>
        <message>
            <source>Cases by stage</source>
            <translation>Дела по этапам</translation>
        </message>
        <message>
            <source>Cases by destination country</source>
            <translation>Дела по стране выезда</translation>
        </message>
        <message>
            <source>Cases by month of submission</source>
            <translation>Дела по месяцу подачи</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::RegisterView</name>
        <message>
            <source>at most %1</source>
            <translation>не более %1</translation>
        </message>
        <message>
            <source>Page %1 of %2 (cases: %3)</source>
            <translation>Страница %1 из %2 (дел: %3)</translation>
        </message>
        <message>
            <source>The register could not be read: %1</source>
            <translation>Не удалось прочитать реестр: %1</translation>
        </message>
        <message>
            <source>Export the register to Excel</source>
            <translation>Экспорт реестра в Excel</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Запись %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Экспорт отменён; файл не записан.</translation>
        </message>
        <message>
            <source>Export failed.</source>
            <translation>Экспорт не удался.</translation>
        </message>
        <message>
            <source>The register could not be exported to %1:
%2</source>
            <translation>Не удалось экспортировать реестр в %1:
%2</translation>
        </message>
        <message>
            <source>Exported %1 lines to %2.</source>
            <translation>Экспортировано строк: %1 в %2.</translation>
        </message>
        <message>
            <source>Register of exit cases</source>
            <translation>Реестр дел о выезде</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Первая</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Предыдущая</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Следующая</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Последняя</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Экспорт в Excel…</translation>
        </message>
        <message>
            <source>Statistics…</source>
            <translation>Статистика…</translation>
        </message>
        <message>
            <source>%1 of %2 lines</source>
            <translation>%1 из %2 строк</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::ReprintReasonDialog</name>
        <message>
            <source>Reprint</source>
            <translation>Повторная печать</translation>
        </message>
        <message>
            <source>%1 was already issued for this case (copies so far: %2; the last one: %3). It will be recorded as copy %4.</source>
            <translation>%1 по этому делу уже выдавался (выдано экземпляров: %2; последний: %3). Он будет записан как экземпляр %4.</translation>
        </message>
        <message>
            <source>&amp;Reason for the reprint:</source>
            <translation>&amp;Причина повторной печати:</translation>
        </message>
        <message>
            <source>the printed copy was spoilt</source>
            <translation>напечатанный экземпляр испорчен</translation>
        </message>
        <message>
            <source>the applicant lost the document</source>
            <translation>заявитель утратил документ</translation>
        </message>
        <message>
            <source>another copy was requested</source>
            <translation>запрошен ещё один экземпляр</translation>
        </message>
        <message>
            <source>Print again</source>
            <translation>Напечатать снова</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::ResetPasswordDialog</name>
        <message>
            <source>New password</source>
            <translation>Новый пароль</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Учётная запись:</translation>
        </message>
        <message>
            <source>New &amp;password:</source>
            <translation>Новый &amp;пароль:</translation>
        </message>
        <message>
            <source>&amp;Set the password</source>
            <translation>&amp;Задать пароль</translation>
        </message>
        <message>
            <source>R&amp;epeat the password:</source>
            <translation>П&amp;овторите пароль:</translation>
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
    <context>
        <name>exitdesk::ui::TimelineTable</name>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Шаг</translation>
        </message>
        <message>
            <source>Executor</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>not accepted by the workflow</source>
            <translation>не принято порядком работы</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::UsersDialog</name>
        <message>
            <source>The account %1 was added.</source>
            <translation>Учётная запись %1 добавлена.</translation>
        </message>
        <message>
            <source>The role of %1 was changed.</source>
            <translation>Роль %1 изменена.</translation>
        </message>
        <message>
            <source>A new password was set for %1.</source>
            <translation>Для %1 задан новый пароль.</translation>
        </message>
        <message>
            <source>The account %1 was locked.</source>
            <translation>Учётная запись %1 заблокирована.</translation>
        </message>
        <message>
            <source>The account %1 was unlocked.</source>
            <translation>Учётная запись %1 разблокирована.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Пользователи</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Добавить…</translation>
        </message>
        <message>
            <source>Add an account (Insert)</source>
            <translation>Добавить учётную запись (Insert)</translation>
        </message>
        <message>
            <source>Change the &amp;role…</source>
            <translation>Изменить &amp;роль…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Заблокировать</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>Р&amp;азблокировать</translation>
        </message>
        <message>
            <source>New &amp;password…</source>
            <translation>Новый &amp;пароль…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>Учётные записи сотрудников</translation>
        </message>
        <message>
            <source>The role of %1 was not changed.</source>
            <translation>Роль %1 не изменена.</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::UsersModel</name>
        <message>
            <source>locked by the administrator</source>
            <translation>заблокирована администратором</translation>
        </message>
        <message>
            <source>locked out until %1 (wrong passwords)</source>
            <translation>заблокирована до %1 (неверные пароли)</translation>
        </message>
        <message>
            <source>active</source>
            <translation>действует</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Создана</translation>
        </message>
    </context>
</TS>
