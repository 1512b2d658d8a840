<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>CardActions</name>
        <message>
            <source>Registered by the office…</source>
            <translation>Кеңседе тіркелді…</translation>
        </message>
        <message>
            <source>Completeness checked…</source>
            <translation>Толықтығы тексерілді…</translation>
        </message>
        <message>
            <source>Entered in the system…</source>
            <translation>КҚП АЖ-ға енгізілді…</translation>
        </message>
        <message>
            <source>Requests sent…</source>
            <translation>Сұраулар жіберілді…</translation>
        </message>
        <message>
            <source>Sent to the PD…</source>
            <translation>ПД-ға жолданды…</translation>
        </message>
        <message>
            <source>Answer received…</source>
            <translation>Жауап алынды…</translation>
        </message>
        <message>
            <source>Decision…</source>
            <translation>Шешім…</translation>
        </message>
        <message>
            <source>Decision signed and recorded…</source>
            <translation>Шешімге қол қойылып, енгізілді…</translation>
        </message>
        <message>
            <source>Preliminary decision sent…</source>
            <translation>Алдын ала шешім жолданды…</translation>
        </message>
        <message>
            <source>Hearing notice sent…</source>
            <translation>Тыңдау туралы хабарлама жолданды…</translation>
        </message>
        <message>
            <source>Hearing held…</source>
            <translation>Тыңдау өткізілді…</translation>
        </message>
        <message>
            <source>Refusal issued…</source>
            <translation>Бас тарту берілді…</translation>
        </message>
        <message>
            <source>Notice to the military office…</source>
            <translation>ЖӘБО-ға хабарлама…</translation>
        </message>
        <message>
            <source>Military deregistration…</source>
            <translation>Әскери есептен шығару…</translation>
        </message>
        <message>
            <source>Applicant notified…</source>
            <translation>Өтініш беруші хабардар етілді…</translation>
        </message>
        <message>
            <source>ID card handed over…</source>
            <translation>Жеке куәлік тапсырылды…</translation>
        </message>
        <message>
            <source>Decision issued…</source>
            <translation>Шешім берілді…</translation>
        </message>
        <message>
            <source>Complaint received…</source>
            <translation>Шағым түсті…</translation>
        </message>
        <message>
            <source>Complaint forwarded…</source>
            <translation>Шағым жолданды…</translation>
        </message>
        <message>
            <source>Complaint satisfied…</source>
            <translation>Шағым қанағаттандырылды…</translation>
        </message>
        <message>
            <source>Complaint answered…</source>
            <translation>Шағымға жауап берілді…</translation>
        </message>
    </context>
    <context>
        <name>DatabaseSettingsChange</name>
        <message>
            <source>Log in as an administrator to change the database settings.</source>
            <translation>Дерекқор баптауларын өзгерту үшін әкімші ретінде кіріңіз.</translation>
        </message>
        <message>
            <source>The change is saved but could not be written to the audit log: neither the database open now nor the new one can be reached.
%1</source>
            <translation>Өзгеріс сақталды, бірақ аудит журналына жазылмады: қазір ашық дерекқорға да, жаңасына да қосылу мүмкін емес.
%1</translation>
        </message>
    </context>
    <context>
        <name>DocumentIssuer</name>
        <message>
            <source>Questionnaire (Annex 1)</source>
            <translation>Сауалнама (1-қосымша)</translation>
        </message>
        <message>
            <source>Registration request (Annex 3)</source>
            <translation>Тіркеу туралы өтініш (3-қосымша)</translation>
        </message>
        <message>
            <source>Receipt (Annex 4)</source>
            <translation>Қолхат (4-қосымша)</translation>
        </message>
        <message>
            <source>Refusal to accept (Annex 5)</source>
            <translation>Қабылдаудан бас тарту (5-қосымша)</translation>
        </message>
        <message>
            <source>Refusal notice (Annex 6)</source>
            <translation>Бас тарту туралы хабарлама (6-қосымша)</translation>
        </message>
        <message>
            <source>Refusal notice, electronic (Annex 7)</source>
            <translation>Бас тарту туралы хабарлама, электрондық (7-қосымша)</translation>
        </message>
        <message>
            <source>Decision (Annex 8)</source>
            <translation>Шешім (8-қосымша)</translation>
        </message>
        <message>
            <source>Decision, electronic (Annex 9)</source>
            <translation>Шешім, электрондық (9-қосымша)</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Қазақ тілінде</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Орыс тілінде</translation>
        </message>
        <message>
            <source>Kazakh and Russian</source>
            <translation>Қазақ және орыс тілдерінде</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>Дерекқор ашылмаған.</translation>
        </message>
        <message>
            <source>The data of the form cannot be read: %1</source>
            <translation>Нысанның деректерін оқу мүмкін емес: %1</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>The document was printed but not recorded: %1</source>
            <translation>Құжат басып шығарылды, бірақ тіркелмеді: %1</translation>
        </message>
    </context>
    <context>
        <name>EventSummary</name>
        <message>
            <source>to the service provider</source>
            <translation>көрсетілетін қызметті берушіге</translation>
        </message>
        <message>
            <source>to the body assessing the quality of public services</source>
            <translation>мемлекеттік қызметтер көрсету сапасын бағалау органына</translation>
        </message>
        <message>
            <source>to the reviewing body</source>
            <translation>қарайтын органға</translation>
        </message>
        <message>
            <source>package complete</source>
            <translation>топтама толық</translation>
        </message>
        <message>
            <source>package incomplete</source>
            <translation>топтама толық емес</translation>
        </message>
        <message>
            <source>to every body</source>
            <translation>барлық органдарға</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>теріс</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>оң</translation>
        </message>
        <message>
            <source>No. %1</source>
            <translation>№ %1</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>%1 күнгі</translation>
        </message>
        <message>
            <source>refusal</source>
            <translation>бас тарту</translation>
        </message>
        <message>
            <source>approval</source>
            <translation>келісу</translation>
        </message>
        <message>
            <source>grounds: %1</source>
            <translation>негіздері: %1</translation>
        </message>
        <message>
            <source>hearing on %1</source>
            <translation>тыңдау: %1</translation>
        </message>
        <message>
            <source>the applicant attended</source>
            <translation>өтініш беруші келді</translation>
        </message>
        <message>
            <source>the applicant did not attend</source>
            <translation>өтініш беруші келмеді</translation>
        </message>
        <message>
            <source>removed from the military register</source>
            <translation>әскери есептен шығарылды</translation>
        </message>
        <message>
            <source>not removed from the military register</source>
            <translation>әскери есептен шығарылмады</translation>
        </message>
        <message>
            <source>satisfied</source>
            <translation>қанағаттандырылды</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>қабылданбады</translation>
        </message>
        <message>
            <source>complaint %1</source>
            <translation>%1-шағым</translation>
        </message>
    </context>
    <context>
        <name>FormPreview</name>
        <message>
            <source>Save as PDF…</source>
            <translation>PDF ретінде сақтау…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>PDF ретінде сақтау</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF файлдары (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>PDF жазылмады: %1</translation>
        </message>
        <message>
            <source>Printer offsets…</source>
            <translation>Принтердің ығысуы…</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>Басып шығаруды алдын ала қарау: %1</translation>
        </message>
    </context>
    <context>
        <name>IntakeController</name>
        <message>
            <source>No database is open.</source>
            <translation>Дерекқор ашылмаған.</translation>
        </message>
        <message>
            <source>The case cannot be accepted yet: correct the errors, confirm the warnings and tick every required document.</source>
            <translation>Істі әзірге қабылдау мүмкін емес: қателерді түзетіңіз, ескертулерді растаңыз және әрбір қажетті құжатты белгілеңіз.</translation>
        </message>
        <message>
            <source>On the day of submission the case has new problems; look at the list of findings.</source>
            <translation>Тапсыру күні істе жаңа кемшіліктер табылды; тексеру нәтижелерінің тізімін қараңыз.</translation>
        </message>
        <message>
            <source>Every required document was presented: there is nothing to refuse.</source>
            <translation>Барлық қажетті құжаттар ұсынылды: бас тартуға негіз жоқ.</translation>
        </message>
    </context>
    <context>
        <name>LocalDrafts</name>
        <message>
            <source>The database server cannot be reached, and the questionnaire could not be kept on this workstation either (%1). Do not close the questionnaire; save it again when the server is back.

%2</source>
            <translation>Дерекқор серверіне қосылу мүмкін емес, сауалнаманы осы жұмыс орнында сақтау да мүмкін болмады (%1). Сауалнаманы жаппаңыз; сервер қайта қолжетімді болғанда оны қайта сақтаңыз.

%2</translation>
        </message>
        <message>
            <source>The database server cannot be reached, so the questionnaire is not saved in the database yet. It is kept on this workstation (%1): nothing is lost. Save again when the server is back; the program also offers to save it at its next start.

%2</source>
            <translation>Дерекқор серверіне қосылу мүмкін емес, сондықтан сауалнама дерекқорда әлі сақталған жоқ. Ол осы жұмыс орнында сақталды (%1): ештеңе жоғалмайды. Сервер қайта қолжетімді болғанда қайта сақтаңыз; бағдарлама келесі іске қосылғанда да оны сақтауды ұсынады.

%2</translation>
        </message>
        <message>
            <source>Questionnaire of %1 %2 (kept %3): %4</source>
            <translation>%1 %2 сауалнамасы (сақталған уақыты: %3): %4</translation>
        </message>
        <message>
            <source>Saved as draft #%1, but the local copy could not be removed: %2</source>
            <translation>#%1 жоба ретінде сақталды, бірақ жергілікті көшірмесін жою мүмкін болмады: %2</translation>
        </message>
    </context>
    <context>
        <name>LocalDraftsPrompt</name>
        <message>
            <source>Questionnaires kept on this workstation</source>
            <translation>Осы жұмыс орнында сақталған сауалнамалар</translation>
        </message>
        <message>
            <source>Questionnaires that could not be saved while the database server was unreachable are kept on this workstation: %1. Save them to the database now? They are saved as drafts; if not now, they stay here and are offered again at the next start.</source>
            <translation>Дерекқор сервері қолжетімсіз болған кезде сақталмаған сауалнамалар осы жұмыс орнында тұр: %1. Оларды қазір дерекқорға сақтау керек пе? Олар жоба ретінде сақталады; қазір болмаса, осында қалады және келесі іске қосылғанда қайта ұсынылады.</translation>
        </message>
        <message>
            <source>Saved as drafts: %1. Open them from the list of cases.</source>
            <translation>Жоба ретінде сақталды: %1. Оларды істер тізімінен ашыңыз.</translation>
        </message>
        <message>
            <source>Still kept on this workstation:</source>
            <translation>Осы жұмыс орнында әлі сақтаулы:</translation>
        </message>
    </context>
    <context>
        <name>MessageBox</name>
        <message>
            <source>OK</source>
            <translation>Жарайды</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <source>Do not save</source>
            <translation>Сақтамау</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
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
            <translation>%1 дерекқорын ашу мүмкін емес:
%2</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::AccountFormDialog</name>
        <message>
            <source>OK</source>
            <translation>Жарайды</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::AuditDialog</name>
        <message>
            <source>The audit log cannot be read: %1</source>
            <translation>Аудит журналын оқу мүмкін емес: %1</translation>
        </message>
        <message>
            <source>The newest %1 records are shown; narrow the filters to see older ones.</source>
            <translation>Ең жаңа %1 жазба көрсетілген; ескілерін көру үшін сүзгілерді нақтылаңыз.</translation>
        </message>
        <message>
            <source>Records: %1</source>
            <translation>Жазбалар: %1</translation>
        </message>
        <message>
            <source>Select a record to see what it changed.</source>
            <translation>Не өзгергенін көру үшін жазбаны таңдаңыз.</translation>
        </message>
        <message>
            <source>Record No. %1 changed no field.</source>
            <translation>№ %1 жазба ешбір өрісті өзгертпеген.</translation>
        </message>
        <message>
            <source>Record No. %1: %2, %3 by %4 — the fields that changed:</source>
            <translation>№ %1 жазба: %2, %3, орындаған %4 — өзгерген өрістер:</translation>
        </message>
        <message>
            <source>The chain is intact: %1 records checked. Last hash: %2</source>
            <translation>Тізбек бүтін: %1 жазба тексерілді. Соңғы хэш: %2</translation>
        </message>
        <message>
            <source>(none, the log is empty)</source>
            <translation>(жоқ, журнал бос)</translation>
        </message>
        <message>
            <source>The chain is broken at record No. %1 (id %2): %3</source>
            <translation>Тізбек № %1 жазбада үзілген (id %2): %3</translation>
        </message>
        <message>
            <source>The chain is broken: %1</source>
            <translation>Тізбек үзілген: %1</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Аудит журналы</translation>
        </message>
        <message>
            <source>&amp;Entity:</source>
            <translation>&amp;Нысан:</translation>
        </message>
        <message>
            <source>any</source>
            <translation>кез келген</translation>
        </message>
        <message>
            <source>N&amp;umber or key:</source>
            <translation>Нө&amp;мірі не кілті:</translation>
        </message>
        <message>
            <source>case number, login, year…</source>
            <translation>іс нөмірі, логин, жыл…</translation>
        </message>
        <message>
            <source>U&amp;ser:</source>
            <translation>Па&amp;йдаланушы:</translation>
        </message>
        <message>
            <source>anyone</source>
            <translation>кез келген</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Жаңарту</translation>
        </message>
        <message>
            <source>Read the records again (F5)</source>
            <translation>Жазбаларды қайта оқу (F5)</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Бұрын</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Кейін</translation>
        </message>
        <message>
            <source>&amp;Verify the chain</source>
            <translation>Тізбекті &amp;тексеру</translation>
        </message>
        <message>
            <source>Recompute every record's hash and check that none was changed or removed</source>
            <translation>Әр жазбаның хэшін қайта есептеп, ешбірі өзгертілмегенін не жойылмағанын тексеру</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>Audit records</source>
            <translation>Аудит жазбалары</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::AuditModel</name>
        <message>
            <source>case</source>
            <translation>іс</translation>
        </message>
        <message>
            <source>account</source>
            <translation>есептік жазба</translation>
        </message>
        <message>
            <source>calendar</source>
            <translation>күнтізбе</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>баптау</translation>
        </message>
        <message>
            <source>destruction act</source>
            <translation>жою актісі</translation>
        </message>
        <message>
            <source>database</source>
            <translation>дерекқор</translation>
        </message>
        <message>
            <source>account added</source>
            <translation>есептік жазба қосылды</translation>
        </message>
        <message>
            <source>account locked</source>
            <translation>есептік жазба бұғатталды</translation>
        </message>
        <message>
            <source>account unlocked</source>
            <translation>есептік жазба бұғаттан шығарылды</translation>
        </message>
        <message>
            <source>role changed</source>
            <translation>рөлі өзгертілді</translation>
        </message>
        <message>
            <source>password changed</source>
            <translation>құпиясөз өзгертілді</translation>
        </message>
        <message>
            <source>locked out after wrong passwords</source>
            <translation>қате құпиясөздерден кейін бұғатталды</translation>
        </message>
        <message>
            <source>draft saved</source>
            <translation>жоба сақталды</translation>
        </message>
        <message>
            <source>case changed</source>
            <translation>іс өзгертілді</translation>
        </message>
        <message>
            <source>case accepted</source>
            <translation>іс қабылданды</translation>
        </message>
        <message>
            <source>refused at intake</source>
            <translation>қабылдаудан бас тартылды</translation>
        </message>
        <message>
            <source>case imported</source>
            <translation>іс импортталды</translation>
        </message>
        <message>
            <source>case stage recorded</source>
            <translation>іс кезеңі тіркелді</translation>
        </message>
        <message>
            <source>personal data destroyed</source>
            <translation>дербес деректер жойылды</translation>
        </message>
        <message>
            <source>calendar year changed</source>
            <translation>күнтізбе жылы өзгертілді</translation>
        </message>
        <message>
            <source>calendar replaced</source>
            <translation>күнтізбе ауыстырылды</translation>
        </message>
        <message>
            <source>calendar imported</source>
            <translation>күнтізбе импортталды</translation>
        </message>
        <message>
            <source>calendar year confirmed</source>
            <translation>күнтізбе жылы расталды</translation>
        </message>
        <message>
            <source>setting changed</source>
            <translation>баптау өзгертілді</translation>
        </message>
        <message>
            <source>destruction act drawn up</source>
            <translation>жою актісі жасалды</translation>
        </message>
        <message>
            <source>destruction act confirmed</source>
            <translation>жою актісі расталды</translation>
        </message>
        <message>
            <source>register exported</source>
            <translation>тізілім экспортталды</translation>
        </message>
        <message>
            <source>backup made</source>
            <translation>сақтық көшірме жасалды</translation>
        </message>
        <message>
            <source>database restored</source>
            <translation>дерекқор қалпына келтірілді</translation>
        </message>
        <message>
            <source>first start</source>
            <translation>алғашқы іске қосу</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Уақыты</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пайдаланушы</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Рөлі</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Жұмыс орны</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Нысан</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::CalendarEditorDialog</name>
        <message>
            <source>Production calendar</source>
            <translation>Өндірістік күнтізбе</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Жыл:</translation>
        </message>
        <message>
            <source>Selected day</source>
            <translation>Таңдалған күн</translation>
        </message>
        <message>
            <source>&amp;Note for a new transfer (decree):</source>
            <translation>Жаңа ауыстыруға &amp;ескертпе (қаулы):</translation>
        </message>
        <message>
            <source>e.g. Government decree No. … of …</source>
            <translation>мысалы, Үкіметтің … жылғы № … қаулысы</translation>
        </message>
        <message>
            <source>Set as the first day of &amp;Kurban Ait</source>
            <translation>Құрбан айттың бірінші &amp;күні ету</translation>
        </message>
        <message>
            <source>Clear Kurban Ait</source>
            <translation>Құрбан айтты өшіру</translation>
        </message>
        <message>
            <source>Kurban Ait</source>
            <translation>Құрбан айт</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>Ө&amp;шіру</translation>
        </message>
        <message>
            <source>Confirmation</source>
            <translation>Растау</translation>
        </message>
        <message>
            <source>Year file</source>
            <translation>Жыл файлы</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Импорттау…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Экспорттау…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>Year view: arrow keys move between days, Enter toggles a transfer</source>
            <translation>Жыл көрінісі: бағыттауыш пернелер күндер арасында жылжытады, Enter ауыстыруды қосады не алып тастайды</translation>
        </message>
        <message>
            <source>The calendar cannot be read from the database: %1</source>
            <translation>Күнтізбені дерекқордан оқу мүмкін емес: %1</translation>
        </message>
        <message>
            <source>The calendar of %1 is incomplete: %2. Deadlines that fall into this year carry a warning and may still move.</source>
            <translation>%1 жылғы күнтізбе толық емес: %2. Осы жылға түсетін мерзімдер ескертумен белгіленеді және әлі өзгеруі мүмкін.</translation>
        </message>
        <message>
            <source>The calendar of %1 is complete and confirmed.</source>
            <translation>%1 жылғы күнтізбе толық және расталған.</translation>
        </message>
        <message>
            <source>not entered</source>
            <translation>енгізілмеген</translation>
        </message>
        <message>
            <source>Confirmed by %1 on %2.</source>
            <translation>Растаған: %1, %2.</translation>
        </message>
        <message>
            <source>Confirmed by %1.</source>
            <translation>Растаған: %1.</translation>
        </message>
        <message>
            <source>Not confirmed.</source>
            <translation>Расталмаған.</translation>
        </message>
        <message>
            <source>Make a &amp;day off (transfer)</source>
            <translation>&amp;Демалыс күні ету (ауыстыру)</translation>
        </message>
        <message>
            <source>&amp;Remove the transfer</source>
            <translation>Ауыстыруды &amp;алып тастау</translation>
        </message>
        <message>
            <source>No transfer on a holiday</source>
            <translation>Мереке күніне ауыстыру жасалмайды</translation>
        </message>
        <message>
            <source>The day cannot be changed</source>
            <translation>Күнді өзгерту мүмкін емес</translation>
        </message>
        <message>
            <source>%1 is now a day off by transfer.</source>
            <translation>%1 енді ауыстыру бойынша демалыс күні.</translation>
        </message>
        <message>
            <source>%1 is now a working day by transfer.</source>
            <translation>%1 енді ауыстыру бойынша жұмыс күні.</translation>
        </message>
        <message>
            <source>The transfer on %1 was removed.</source>
            <translation>%1 күнгі ауыстыру алынып тасталды.</translation>
        </message>
        <message>
            <source>Kurban Ait cannot be set</source>
            <translation>Құрбан айтты белгілеу мүмкін емес</translation>
        </message>
        <message>
            <source>The first day of Kurban Ait %1 is %2.</source>
            <translation>%1 жылғы Құрбан айттың бірінші күні — %2.</translation>
        </message>
        <message>
            <source>Kurban Ait cannot be cleared</source>
            <translation>Құрбан айтты өшіру мүмкін емес</translation>
        </message>
        <message>
            <source>Kurban Ait %1 was cleared.</source>
            <translation>%1 жылғы Құрбан айт өшірілді.</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>әкімші</translation>
        </message>
        <message>
            <source>The year cannot be confirmed</source>
            <translation>Жылды растау мүмкін емес</translation>
        </message>
        <message>
            <source>The calendar of %1 is confirmed.</source>
            <translation>%1 жылғы күнтізбе расталды.</translation>
        </message>
        <message>
            <source>Import a calendar year</source>
            <translation>Күнтізбе жылын импорттау</translation>
        </message>
        <message>
            <source>Calendar files (*.json);;All files (*)</source>
            <translation>Күнтізбе файлдары (*.json);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>The file was not imported</source>
            <translation>Файл импортталмады</translation>
        </message>
        <message>
            <source>The calendar of %1 was imported.</source>
            <translation>%1 жылғы күнтізбе импортталды.</translation>
        </message>
        <message>
            <source>The calendar of %1 was imported; it must be confirmed again.</source>
            <translation>%1 жылғы күнтізбе импортталды; оны қайта растау керек.</translation>
        </message>
        <message>
            <source>Export the calendar year</source>
            <translation>Күнтізбе жылын экспорттау</translation>
        </message>
        <message>
            <source>The file was not written</source>
            <translation>Файл жазылмады</translation>
        </message>
        <message>
            <source>The calendar of %1 was exported to %2.</source>
            <translation>%1 жылғы күнтізбе %2 файлына экспортталды.</translation>
        </message>
        <message>
            <source>Con&amp;firm the year</source>
            <translation>Жылды &amp;растау</translation>
        </message>
        <message>
            <source>Make a wor&amp;king day (transfer)</source>
            <translation>Жұ&amp;мыс күні ету (ауыстыру)</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::CalendarLegend</name>
        <message>
            <source>working day</source>
            <translation>жұмыс күні</translation>
        </message>
        <message>
            <source>working day by transfer</source>
            <translation>ауыстыру бойынша жұмыс күні</translation>
        </message>
        <message>
            <source>weekend</source>
            <translation>демалыс күні</translation>
        </message>
        <message>
            <source>public holiday</source>
            <translation>мереке күні</translation>
        </message>
        <message>
            <source>carried-over day off</source>
            <translation>ауыстырылған демалыс күні</translation>
        </message>
        <message>
            <source>day off by transfer</source>
            <translation>ауыстыру бойынша демалыс күні</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::CaseCard</name>
        <message>
            <source>No database is open.</source>
            <translation>Дерекқор ашылмаған.</translation>
        </message>
        <message>
            <source>The case cannot be read: %1</source>
            <translation>Істі оқу мүмкін емес: %1</translation>
        </message>
        <message>
            <source>The steps of the case cannot be read: %1</source>
            <translation>Іс қадамдарын оқу мүмкін емес: %1</translation>
        </message>
        <message>
            <source>A recorded step no longer fits the workflow: %1</source>
            <translation>Тіркелген қадам енді жұмыс тәртібіне сәйкес келмейді: %1</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>%1 ісі</translation>
        </message>
        <message>
            <source>(no number)</source>
            <translation>(нөмірсіз)</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Іс барысы</translation>
        </message>
        <message>
            <source>Due dates</source>
            <translation>Мерзімдер</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Келесі қадамдар</translation>
        </message>
        <message>
            <source>&amp;Other step…</source>
            <translation>&amp;Басқа қадам…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Жаңарту</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>The case is not accepted: it has no workflow.</source>
            <translation>Іс қабылданбаған: оның кезеңдері жоқ.</translation>
        </message>
        <message>
            <source>Recorded: %1, %2.</source>
            <translation>Тіркелді: %1, %2.</translation>
        </message>
        <message>
            <source>%1: your role cannot record this step</source>
            <translation>%1: сіздің рөліңіз бұл қадамды жаза алмайды</translation>
        </message>
        <message>
            <source>The document is printed by the operator or the head.</source>
            <translation>Құжатты оператор немесе басшы басып шығарады.</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::CaseHeader</name>
        <message>
            <source>(no number)</source>
            <translation>(нөмірсіз)</translation>
        </message>
        <message>
            <source>IIN:</source>
            <translation>ЖСН:</translation>
        </message>
        <message>
            <source>Destination:</source>
            <translation>Баратын елі:</translation>
        </message>
        <message>
            <source>Children:</source>
            <translation>Балалар:</translation>
        </message>
        <message>
            <source>%1, born %2</source>
            <translation>%1, туған күні %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>Stage:</source>
            <translation>Кезең:</translation>
        </message>
        <message>
            <source>Service due:</source>
            <translation>Қызмет көрсету мерзімі:</translation>
        </message>
        <message>
            <source>draft: not accepted</source>
            <translation>жоба: қабылданбаған</translation>
        </message>
        <message>
            <source>refused at intake: no workflow</source>
            <translation>қабылдаудан бас тартылған: кезеңдері жоқ</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::CaseListModel</name>
        <message>
            <source>draft</source>
            <translation>жоба</translation>
        </message>
        <message>
            <source>refused at intake</source>
            <translation>қабылдаудан бас тартылды</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Тегі, аты, әкесінің аты</translation>
        </message>
        <message>
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Баратын елі</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Кезеңі</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Working days left</source>
            <translation>Қалған жұмыс күндері</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::CaseListPanel</name>
        <message>
            <source>&amp;Search:</source>
            <translation>І&amp;здеу:</translation>
        </message>
        <message>
            <source>IIN, name or case number</source>
            <translation>ЖСН, аты-жөні немесе іс нөмірі</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>Барлық істер</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Жобалар</translation>
        </message>
        <message>
            <source>Refused at intake</source>
            <translation>Қабылдаудан бас тартылғандар</translation>
        </message>
        <message>
            <source>Accepted (any stage)</source>
            <translation>Қабылданғандар (кез келген кезең)</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>&amp;Мерзімі өткендер ғана</translation>
        </message>
        <message>
            <source>Only cases whose current step is past its due date</source>
            <translation>Ағымдағы кезеңінің мерзімі өтіп кеткен істер ғана</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;дейін:</translation>
        </message>
        <message>
            <source>Day of submission, dd.MM.yyyy; "—" for no bound</source>
            <translation>Тапсыру күні, кк.аа.жжжж; «—» — шектеусіз</translation>
        </message>
        <message>
            <source>Sta&amp;ge:</source>
            <translation>Кез&amp;еңі:</translation>
        </message>
        <message>
            <source>Su&amp;bmitted from:</source>
            <translation>Та&amp;псырылған күні, бастап:</translation>
        </message>
        <message>
            <source>Clear filt&amp;ers</source>
            <translation>&amp;Сүзгілерді тазарту</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::ChangeRoleDialog</name>
        <message>
            <source>Change the role</source>
            <translation>Рөлді өзгерту</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Есептік жазба:</translation>
        </message>
        <message>
            <source>New &amp;role:</source>
            <translation>Жаңа &amp;рөл:</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>&amp;Өзгерту</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::ChecklistPanel</name>
        <message>
            <source>presented</source>
            <translation>ұсынылды</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>мерзімі өткен</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>The package is complete.</source>
            <translation>Құжаттар топтамасы толық.</translation>
        </message>
        <message>
            <source>Missing or expired documents: %1.</source>
            <translation>Жоқ немесе мерзімі өткен құжаттар: %1.</translation>
        </message>
        <message>
            <source>Documents required for this case (derived from the questionnaire). Tick each one the applicant presents; enter the expiry date where the document has one.</source>
            <translation>Осы іс бойынша қажетті құжаттар (сауалнамадан анықталады). Өтініш беруші ұсынған әрбір құжатты белгілеңіз; жарамдылық мерзімі бар құжаттың мерзімін енгізіңіз.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <source>Presented</source>
            <translation>Ұсынылды</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Жарамдылық мерзімі</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <source>expiry date missing</source>
            <translation>жарамдылық мерзімі көрсетілмеген</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::DatabaseSettingsDialog</name>
        <message>
            <source>Choose the database file.</source>
            <translation>Дерекқор файлын таңдаңыз.</translation>
        </message>
        <message>
            <source>Enter the server's name or address.</source>
            <translation>Сервердің атауын не мекенжайын енгізіңіз.</translation>
        </message>
        <message>
            <source>Enter the name of the database on the server.</source>
            <translation>Сервердегі дерекқордың атауын енгізіңіз.</translation>
        </message>
        <message>
            <source>Enter the database user.</source>
            <translation>Дерекқор пайдаланушысын енгізіңіз.</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>Дерекқор файлы</translation>
        </message>
        <message>
            <source>ExitDesk database (*.sqlite *.db);;All files (*)</source>
            <translation>ExitDesk дерекқоры (*.sqlite *.db);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Қосылуда…</translation>
        </message>
        <message>
            <source>The file does not exist yet: the program will create a new, empty database there.</source>
            <translation>Файл әлі жоқ: бағдарлама онда жаңа, бос дерекқор жасайды.</translation>
        </message>
        <message>
            <source>Connected to %1 (schema version %2).</source>
            <translation>%1 дерекқорына қосылды (схема нұсқасы %2).</translation>
        </message>
        <message>
            <source>The database server cannot be reached: check the server name, the port and the network, and that the server is running.</source>
            <translation>Дерекқор серверіне қосылу мүмкін емес: сервер атауын, портты, желіні және сервердің жұмыс істеп тұрғанын тексеріңіз.</translation>
        </message>
        <message>
            <source>The server refused the user or the password.</source>
            <translation>Сервер пайдаланушыны не құпиясөзді қабылдамады.</translation>
        </message>
        <message>
            <source>The server has no database of that name.</source>
            <translation>Серверде мұндай атаулы дерекқор жоқ.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist or cannot be written to.</source>
            <translation>%1 қалтасы жоқ немесе оған жазу мүмкін емес.</translation>
        </message>
        <message>
            <source>The database cannot be opened.</source>
            <translation>Дерекқорды ашу мүмкін емес.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Толығырақ: %1</translation>
        </message>
        <message>
            <source>These settings do not make a valid database address: %1</source>
            <translation>Бұл баптаулардан дұрыс дерекқор мекенжайы шықпайды: %1</translation>
        </message>
        <message>
            <source>Database settings</source>
            <translation>Дерекқор баптаулары</translation>
        </message>
        <message>
            <source>Where this workstation keeps the cases: its own database file, or the office's PostgreSQL server shared by all workstations.</source>
            <translation>Осы жұмыс орны істерді қайда сақтайды: өз дерекқор файлында немесе барлық жұмыс орындарына ортақ кеңсенің PostgreSQL серверінде.</translation>
        </message>
        <message>
            <source>Open now: %1</source>
            <translation>Қазір ашық: %1</translation>
        </message>
        <message>
            <source>&amp;Database file on this computer (SQLite)</source>
            <translation>Осы компьютердегі &amp;дерекқор файлы (SQLite)</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
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
            <translation>атауы не мекенжайы, мысалы db.office.local</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>П&amp;орт:</translation>
        </message>
        <message>
            <source>Data&amp;base:</source>
            <translation>Дерек&amp;қор:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Пайдаланушы:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Құпиясө&amp;з:</translation>
        </message>
        <message>
            <source>Leave empty to use the PostgreSQL password file (pgpass) of this computer</source>
            <translation>Осы компьютердің PostgreSQL құпиясөздер файлын (pgpass) пайдалану үшін бос қалдырыңыз</translation>
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation>Шифрла&amp;у:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>only if the server insists</source>
            <translation>сервер талап етсе ғана</translation>
        </message>
        <message>
            <source>if the server offers it</source>
            <translation>сервер ұсынса</translation>
        </message>
        <message>
            <source>always</source>
            <translation>әрқашан</translation>
        </message>
        <message>
            <source>always, with a verified certificate</source>
            <translation>әрқашан, сертификат тексеріледі</translation>
        </message>
        <message>
            <source>always, with a verified certificate and server name</source>
            <translation>әрқашан, сертификат пен сервер атауы тексеріледі</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Қосылуды &amp;тексеру</translation>
        </message>
        <message>
            <source>The program opens the saved database on its next start.</source>
            <translation>Бағдарлама сақталған дерекқорды келесі іске қосылғанда ашады.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сақтау</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>&amp;Шолу…</translation>
        </message>
        <message>
            <source>Office se&amp;rver (PostgreSQL)</source>
            <translation>Кеңсе се&amp;рвері (PostgreSQL)</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::DeadlineTable</name>
        <message>
            <source>due today</source>
            <translation>мерзімі бүгін</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Жұмыс күндері</translation>
        </message>
        <message>
            <source>the applicant's step</source>
            <translation>өтініш берушінің қадамы</translation>
        </message>
        <message>
            <source>Service term (20 working days)</source>
            <translation>Қызмет көрсету мерзімі (20 жұмыс күні)</translation>
        </message>
        <message>
            <source>working days left: %1</source>
            <translation>қалған жұмыс күндері: %1</translation>
        </message>
        <message>
            <source>working days late: %1</source>
            <translation>кешіккен жұмыс күндері: %1</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::DeadlinesDashboard</name>
        <message>
            <source>No database is open.</source>
            <translation>Дерекқор ашылмаған.</translation>
        </message>
        <message>
            <source>Deadlines on %1</source>
            <translation>%1 күнгі мерзімдер</translation>
        </message>
        <message>
            <source>The deadlines cannot be read: %1</source>
            <translation>Мерзімдерді оқу мүмкін емес: %1</translation>
        </message>
        <message>
            <source>Open deadlines: %1; overdue: %2; due within one working day: %3.</source>
            <translation>Ашық мерзімдер: %1; мерзімі өткен: %2; бір жұмыс күні ішінде: %3.</translation>
        </message>
        <message>
            <source>Loading… cases read: %1.</source>
            <translation>Жүктелуде… оқылған істер: %1.</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Мерзімдер</translation>
        </message>
        <message>
            <source>&amp;Only overdue and at risk</source>
            <translation>Тек мерзімі өткен және &amp;қауіптілер</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Жаңарту</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>мерзімі өткен</translation>
        </message>
        <message>
            <source>due within one working day</source>
            <translation>бір жұмыс күні ішінде</translation>
        </message>
        <message>
            <source>the calendar of the year is incomplete, or the date on the receipt differs</source>
            <translation>жылдың күнтізбесі толық емес немесе қолхаттағы күн өзгеше</translation>
        </message>
        <message>
            <source>Cases by stage; Enter opens the case</source>
            <translation>Кезеңдер бойынша істер; Enter істі ашады</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::DeadlinesModel</name>
        <message>
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Өтініш беруші</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <source>Stage due</source>
            <translation>Кезең мерзімі</translation>
        </message>
        <message>
            <source>Working days left</source>
            <translation>Қалған жұмыс күндері</translation>
        </message>
        <message>
            <source>Service due</source>
            <translation>Қызмет мерзімі</translation>
        </message>
        <message>
            <source>On the receipt</source>
            <translation>Қолхатта</translation>
        </message>
        <message>
            <source>Working days to the stage's due date; negative: working days late</source>
            <translation>Кезең мерзіміне дейінгі жұмыс күндері; теріс сан — кешіктірілген жұмыс күндері</translation>
        </message>
        <message>
            <source>The 20th working day after the day of submission, with the current calendar</source>
            <translation>Тапсырылған күннен кейінгі 20-шы жұмыс күні, қазіргі күнтізбе бойынша</translation>
        </message>
        <message>
            <source>The service due date printed on the receipt, shown when the calendar changed after the receipt was printed</source>
            <translation>Қолхатта басылған қызмет мерзімі; қолхат басылғаннан кейін күнтізбе өзгерсе көрсетіледі</translation>
        </message>
        <message>
            <source>%1 — cases: %2, overdue: %3, at risk: %4</source>
            <translation>%1 — істер: %2, мерзімі өткен: %3, қауіпті: %4</translation>
        </message>
        <message>
            <source>%1 (complaint %2)</source>
            <translation>%1 (%2-шағым)</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>жазылмаған</translation>
        </message>
        <message>
            <source>Overdue: %1 working days late.</source>
            <translation>Мерзімі өткен: %1 жұмыс күні кешіктірілді.</translation>
        </message>
        <message>
            <source>At risk: due today.</source>
            <translation>Қауіпті: мерзімі бүгін.</translation>
        </message>
        <message>
            <source>At risk: due within one working day.</source>
            <translation>Қауіпті: мерзімі бір жұмыс күні ішінде.</translation>
        </message>
        <message>
            <source>On time: %1 working days left.</source>
            <translation>Мерзімінде: %1 жұмыс күні қалды.</translation>
        </message>
        <message>
            <source>The service term ends earlier, so the stage is due on %1.</source>
            <translation>Қызмет көрсету мерзімі ертерек аяқталады, сондықтан кезең мерзімі — %1.</translation>
        </message>
        <message>
            <source>Warning: the calendar of %1 is incomplete; this date may still move.</source>
            <translation>Назар аударыңыз: %1 жылғы күнтізбе толық емес; бұл күн әлі өзгеруі мүмкін.</translation>
        </message>
        <message>
            <source>Service due date with the current calendar: %1.</source>
            <translation>Қазіргі күнтізбе бойынша қызмет мерзімі: %1.</translation>
        </message>
        <message>
            <source>The calendar changed after the receipt was printed; the receipt says %1.</source>
            <translation>Қолхат басылғаннан кейін күнтізбе өзгерді; қолхатта %1 көрсетілген.</translation>
        </message>
        <message>
            <source>The calendar changed after the receipt was printed; the date printed on it was not recorded.</source>
            <translation>Қолхат басылғаннан кейін күнтізбе өзгерді; онда басылған күн жазылмаған.</translation>
        </message>
        <message>
            <source>Warning: a recorded event no longer fits the workflow; check the case's timeline.</source>
            <translation>Назар аударыңыз: жазылған оқиға енді жұмыс тәртібіне сәйкес келмейді; істің хронологиясын тексеріңіз.</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::DecisionDialog</name>
        <message>
            <source>Decision</source>
            <translation>Шешім</translation>
        </message>
        <message>
            <source>&amp;Approve: issue the decision (Annex 8, electronic Annex 9)</source>
            <translation>&amp;Келісу: шешім беру (8-қосымша, электрондық — 9-қосымша)</translation>
        </message>
        <message>
            <source>&amp;Refuse on the grounds ticked below (notice: Annex 6, electronic Annex 7)</source>
            <translation>Төменде белгіленген негіздер бойынша бас &amp;тарту (хабарлама: 6-қосымша, электрондық — 7-қосымша)</translation>
        </message>
        <message>
            <source>The package was found incomplete: only a refusal can be prepared.</source>
            <translation>Құжаттар топтамасы толық емес деп танылды: тек бас тарту дайындалады.</translation>
        </message>
        <message>
            <source>&amp;Grounds for refusal (Space ticks a ground, F2 edits its «until» text):</source>
            <translation>Бас тарту &amp;негіздері (бос орын пернесі негізді белгілейді, F2 — «дейін» мәтінін өзгертеді):</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>Күн&amp;і:</translation>
        </message>
        <message>
            <source>E&amp;xecutor:</source>
            <translation>&amp;Орындаушы:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Ескертпе:</translation>
        </message>
        <message>
            <source>&amp;Open the document for printing</source>
            <translation>Құжатты басып шығаруға &amp;ашу</translation>
        </message>
        <message>
            <source>Record the decision</source>
            <translation>Шешімді тіркеу</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <source>The document is printed by the operator or the head.</source>
            <translation>Құжатты оператор немесе басшы басып шығарады.</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::DocumentsPanel</name>
        <message>
            <source>Documents</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <source>Form &amp;language:</source>
            <translation>Нысан &amp;тілі:</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Дана</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Берілуі</translation>
        </message>
        <message>
            <source>Reprinted: %1</source>
            <translation>Қайта басылды: %1</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::EventDialog</name>
        <message>
            <source>&amp;Date:</source>
            <translation>Күн&amp;і:</translation>
        </message>
        <message>
            <source>E&amp;xecutor:</source>
            <translation>&amp;Орындаушы:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Ескертпе:</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Тіркеу</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <source>The package of documents is &amp;complete</source>
            <translation>Құжаттар топтамасы &amp;толық</translation>
        </message>
        <message>
            <source>&amp;Hearing on:</source>
            <translation>&amp;Тыңдау уақыты:</translation>
        </message>
        <message>
            <source>refusal</source>
            <translation>бас тарту</translation>
        </message>
        <message>
            <source>approval</source>
            <translation>келісу</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Нәтижесі:</translation>
        </message>
        <message>
            <source>The applicant &amp;attended</source>
            <translation>Өтініш беруші &amp;келді</translation>
        </message>
        <message>
            <source>&amp;Removed from the military register</source>
            <translation>Әскери есептен &amp;шығарылды</translation>
        </message>
        <message>
            <source>&amp;Addressed:</source>
            <translation>&amp;Кімге:</translation>
        </message>
        <message>
            <source>Registration n&amp;umber:</source>
            <translation>Тіркеу &amp;нөмірі:</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>қабылданбады</translation>
        </message>
        <message>
            <source>satisfied</source>
            <translation>қанағаттандырылды</translation>
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation>&amp;Нәтижесі:</translation>
        </message>
        <message>
            <source>Requests sent to:</source>
            <translation>Сұрау жіберілген органдар:</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>Ор&amp;ган:</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>оң</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>теріс</translation>
        </message>
        <message>
            <source>&amp;Answer dated:</source>
            <translation>Жауаптың &amp;күні:</translation>
        </message>
        <message>
            <source>Answer n&amp;umber:</source>
            <translation>Жауаптың нө&amp;мірі:</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::FieldBinder</name>
        <message>
            <source>No such date: type the day, month and year as dd.mm.yyyy.</source>
            <translation>Мұндай күн жоқ: күнді, айды және жылды кк.аа.жжжж түрінде енгізіңіз.</translation>
        </message>
        <message>
            <source>Confirmed: </source>
            <translation>Расталды: </translation>
        </message>
        <message>
            <source>Warning: </source>
            <translation>Ескерту: </translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::FindingsPanel</name>
        <message>
            <source>No problems found.</source>
            <translation>Кемшіліктер табылған жоқ.</translation>
        </message>
        <message>
            <source>Errors: %1. Warnings to confirm: %2 (tick each warning you checked).</source>
            <translation>Қателер: %1. Растауды күтетін ескертулер: %2 (тексерген әрбір ескертуді белгілеңіз).</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::FirstStartDialog</name>
        <message>
            <source>Enter the administrator's full name.</source>
            <translation>Әкімшінің аты-жөнін енгізіңіз.</translation>
        </message>
        <message>
            <source>The accounts cannot be read from the database: %1</source>
            <translation>Есептік жазбаларды дерекқордан оқу мүмкін емес: %1</translation>
        </message>
        <message>
            <source>Meanwhile an account was created in this database on another workstation. Close this window and log in.</source>
            <translation>Осы уақытта бұл дерекқорда басқа жұмыс орнында есептік жазба жасалды. Осы терезені жауып, жүйеге кіріңіз.</translation>
        </message>
        <message>
            <source>ExitDesk: first start</source>
            <translation>ExitDesk: алғашқы іске қосу</translation>
        </message>
        <message>
            <source>Create the administrator</source>
            <translation>Әкімшіні жасау</translation>
        </message>
        <message>
            <source>This database has no accounts yet. Create the account of the administrator, who then adds the accounts of the operators, officers and the head.
Database: %1</source>
            <translation>Бұл дерекқорда әлі есептік жазбалар жоқ. Әкімшінің есептік жазбасын жасаңыз; кейін ол операторлардың, қызметкерлердің және басшының есептік жазбаларын қосады.
Дерекқор: %1</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>Latin letters and digits, e.g. admin</source>
            <translation>латын әріптері мен цифрлар, мысалы admin</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Аты-жөні:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Құпиясөз:</translation>
        </message>
        <message>
            <source>&amp;Repeat the password:</source>
            <translation>Құпиясөзді қа&amp;йталаңыз:</translation>
        </message>
        <message>
            <source>&amp;Create and log in</source>
            <translation>&amp;Жасау және кіру</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
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
            <translation>Негіз</translation>
        </message>
        <message>
            <source>Until (Kazakh)</source>
            <translation>Дейін (қазақша)</translation>
        </message>
        <message>
            <source>Until (Russian)</source>
            <translation>Дейін (орысша)</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::IntakeWindow</name>
        <message>
            <source>Draft saved.</source>
            <translation>Жоба сақталды.</translation>
        </message>
        <message>
            <source>Accepted: case %1.</source>
            <translation>Қабылданды: іс %1.</translation>
        </message>
        <message>
            <source>Refused at intake: the receipt lists the missing documents.</source>
            <translation>Қабылдаудан бас тартылды: қолхатта жетіспейтін құжаттар көрсетілген.</translation>
        </message>
        <message>
            <source>Ready to accept.</source>
            <translation>Қабылдауға дайын.</translation>
        </message>
        <message>
            <source>Errors: %1 · warnings to confirm: %2 · documents missing: %3</source>
            <translation>Қателер: %1 · растауды күтетін ескертулер: %2 · жетіспейтін құжаттар: %3</translation>
        </message>
        <message>
            <source>Case %1 — %2</source>
            <translation>Іс %1 — %2</translation>
        </message>
        <message>
            <source>Questionnaire — %1</source>
            <translation>Сауалнама — %1</translation>
        </message>
        <message>
            <source>New questionnaire</source>
            <translation>Жаңа сауалнама</translation>
        </message>
        <message>
            <source>Print &amp;in:</source>
            <translation>Басып шығару &amp;тілі:</translation>
        </message>
        <message>
            <source>&amp;Print questionnaire</source>
            <translation>Сауалнаманы &amp;басып шығару</translation>
        </message>
        <message>
            <source>Save &amp;draft</source>
            <translation>&amp;Жоба ретінде сақтау</translation>
        </message>
        <message>
            <source>&amp;Refuse at intake</source>
            <translation>Қабылдаудан бас та&amp;рту</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Қабылдау</translation>
        </message>
        <message>
            <source>Stores the case with its number and opens the receipt (Annex 4).</source>
            <translation>Істі нөмірімен сақтайды және қолхатты ашады (4-қосымша).</translation>
        </message>
        <message>
            <source>Opens the receipt of refusal to accept (Annex 5) naming the missing documents.</source>
            <translation>Жетіспейтін құжаттар көрсетілген қабылдаудан бас тарту туралы қолхатты ашады (5-қосымша).</translation>
        </message>
        <message>
            <source>Unsaved questionnaire</source>
            <translation>Сақталмаған сауалнама</translation>
        </message>
        <message>
            <source>Save the questionnaire as a draft before closing?</source>
            <translation>Жабу алдында сауалнаманы жоба ретінде сақтау керек пе?</translation>
        </message>
        <message>
            <source>copies %1–%2</source>
            <translation>%1–%2-даналар</translation>
        </message>
        <message>
            <source>copy %1</source>
            <translation>%1-дана</translation>
        </message>
        <message>
            <source>%1 printed: %2.</source>
            <translation>%1 басып шығарылды: %2.</translation>
        </message>
        <message>
            <source>%1 was not printed: print it with "Print receipt".</source>
            <translation>%1 басып шығарылмады: оны «Қолхатты басып шығару» батырмасымен басып шығарыңыз.</translation>
        </message>
        <message>
            <source>Enter whom the registration request is about (full name and kinship).</source>
            <translation>Тіркеу туралы өтініш кім туралы екенін енгізіңіз (аты-жөні және туыстығы).</translation>
        </message>
        <message>
            <source>Print re&amp;ceipt</source>
            <translation>Қол&amp;хатты басып шығару</translation>
        </message>
        <message>
            <source>Prints the receipt of this intake again; a reprint asks for its reason.</source>
            <translation>Осы қабылдаудың қолхатын қайта басып шығарады; қайта басу себебі сұралады.</translation>
        </message>
        <message>
            <source>Registration request (Annex 3) a&amp;bout:</source>
            <translation>Тіркеу туралы өтініш (3-қосымша) &amp;кім туралы:</translation>
        </message>
        <message>
            <source>full name and kinship of the person whose registration is asked</source>
            <translation>тіркеуі сұралатын адамның аты-жөні және туыстығы</translation>
        </message>
        <message>
            <source>Print re&amp;quest</source>
            <translation>Өтінішті басып ш&amp;ығару</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::LanguageSwitch</name>
        <message>
            <source>Language:</source>
            <translation>Тіл:</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::LoginDialog</name>
        <message>
            <source>Enter your login.</source>
            <translation>Логиніңізді енгізіңіз.</translation>
        </message>
        <message>
            <source>ExitDesk: log in</source>
            <translation>ExitDesk: жүйеге кіру</translation>
        </message>
        <message>
            <source>Log in to ExitDesk</source>
            <translation>ExitDesk жүйесіне кіру</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Құпиясөз:</translation>
        </message>
        <message>
            <source>Log &amp;in</source>
            <translation>&amp;Кіру</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Дерекқор: %1</translation>
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
            <translation>Есептік жазбаларды дерекқордан оқу мүмкін емес: %1</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::MainWindow</name>
        <message>
            <source>About ExitDesk</source>
            <translation>ExitDesk туралы</translation>
        </message>
        <message>
            <source>ExitDesk %1
Registration of documents for leaving Kazakhstan for permanent residence abroad.</source>
            <translation>ExitDesk %1
Қазақстан Республикасынан тыс жерлерге тұрақты тұру үшін шығуға арналған құжаттарды ресімдеу.</translation>
        </message>
        <message>
            <source>ExitDesk — exit cases</source>
            <translation>ExitDesk — шығу істері</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Іс</translation>
        </message>
        <message>
            <source>&amp;New questionnaire</source>
            <translation>&amp;Жаңа сауалнама</translation>
        </message>
        <message>
            <source>&amp;Refresh list</source>
            <translation>Тізімді жаңар&amp;ту</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Ш&amp;ығу</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Тіл</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <source>&amp;About ExitDesk</source>
            <translation>ExitDesk &amp;туралы</translation>
        </message>
        <message>
            <source>Cannot open the case</source>
            <translation>Істі ашу мүмкін емес</translation>
        </message>
        <message>
            <source>&amp;Deadlines dashboard</source>
            <translation>&amp;Мерзімдер тақтасы</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Баптаулар</translation>
        </message>
        <message>
            <source>Production &amp;calendar…</source>
            <translation>Өндірістік &amp;күнтізбе…</translation>
        </message>
        <message>
            <source>&amp;Users…</source>
            <translation>&amp;Пайдаланушылар…</translation>
        </message>
        <message>
            <source>&amp;Audit log…</source>
            <translation>&amp;Аудит журналы…</translation>
        </message>
        <message>
            <source>&amp;Database settings…</source>
            <translation>&amp;Дерекқор баптаулары…</translation>
        </message>
        <message>
            <source>&amp;Register of exit cases…</source>
            <translation>Шығу істерінің &amp;тізілімі…</translation>
        </message>
        <message>
            <source>Fin&amp;d</source>
            <translation>І&amp;здеу</translation>
        </message>
        <message>
            <source>Change &amp;user…</source>
            <translation>Пайдаланушыны &amp;ауыстыру…</translation>
        </message>
        <message>
            <source>&amp;Printer offsets…</source>
            <translation>Принтердің &amp;ығысуы…</translation>
        </message>
        <message>
            <source>Logged in: %1 (%2)</source>
            <translation>Жүйеде: %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::NewAccountDialog</name>
        <message>
            <source>Enter the full name.</source>
            <translation>Аты-жөнін енгізіңіз.</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>Жаңа есептік жазба</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>&amp;Логин:</translation>
        </message>
        <message>
            <source>Latin letters and digits, e.g. a.ivanova</source>
            <translation>латын әріптері мен цифрлар, мысалы a.ivanova</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Аты-жөні:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Рөлі:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Құпиясөз:</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Қ&amp;осу</translation>
        </message>
        <message>
            <source>R&amp;epeat the password:</source>
            <translation>Құпиясөзді қа&amp;йталаңыз:</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::PasswordFields</name>
        <message>
            <source>The two passwords differ.</source>
            <translation>Екі құпиясөз бірдей емес.</translation>
        </message>
        <message>
            <source>At least 8 characters; letters, digits and signs may be mixed.</source>
            <translation>Кемінде 8 таңба; әріптер, цифрлар мен белгілерді араластыруға болады.</translation>
        </message>
        <message>
            <source>Type the password again.</source>
            <translation>Құпиясөзді қайта теріңіз.</translation>
        </message>
        <message>
            <source>The password is acceptable.</source>
            <translation>Құпиясөз жарамды.</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::PrinterOffsetsDialog</name>
        <message>
            <source>Printer offsets</source>
            <translation>Принтердің ығысуы</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> мм</translation>
        </message>
        <message>
            <source>Moves everything printed on this printer, to meet the lines of pre-printed or stamped paper: right and down are positive. The preview and PDF files are not moved.</source>
            <translation>Осы принтерде басылатынның бәрін алдын ала басылған немесе мөрленген қағаздың жолдарына сәйкестендіру үшін жылжытады: оңға және төмен — оң мәндер. Алдын ала қарау мен PDF файлдары жылжытылмайды.</translation>
        </message>
        <message>
            <source>&amp;Printer:</source>
            <translation>&amp;Принтер:</translation>
        </message>
        <message>
            <source>&amp;Right by:</source>
            <translation>&amp;Оңға:</translation>
        </message>
        <message>
            <source>&amp;Down by:</source>
            <translation>&amp;Төмен:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <source>Choose the printer.</source>
            <translation>Принтерді таңдаңыз.</translation>
        </message>
        <message>
            <source>The offsets could not be stored.</source>
            <translation>Ығысулар сақталмады.</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::QuestionnaireEditor</name>
        <message>
            <source>1–7. Personal data</source>
            <translation>1–7. Жеке деректер</translation>
        </message>
        <message>
            <source>8. Place of birth, citizenship</source>
            <translation>8. Туған жері, азаматтығы</translation>
        </message>
        <message>
            <source>Identity documents, address</source>
            <translation>Жеке басын куәландыратын құжаттар, мекенжай</translation>
        </message>
        <message>
            <source>9–10. Departure</source>
            <translation>9–10. Кету</translation>
        </message>
        <message>
            <source>11–14. Social data</source>
            <translation>11–14. Әлеуметтік деректер</translation>
        </message>
        <message>
            <source>Children leaving with the applicant</source>
            <translation>Өтініш берушімен бірге кететін балалар</translation>
        </message>
        <message>
            <source>15. Close relatives</source>
            <translation>15. Жақын туыстары</translation>
        </message>
        <message>
            <source>16. Work in the last 5 years</source>
            <translation>16. Соңғы 5 жылдағы қызметі</translation>
        </message>
        <message>
            <source>Warnings and consents</source>
            <translation>Ескертулер мен келісімдер</translation>
        </message>
        <message>
            <source>Documents presented</source>
            <translation>Ұсынылған құжаттар</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::RegisterExportDialog</name>
        <message>
            <source>Export the register to Excel</source>
            <translation>Тізілімді Excel-ге экспорттау</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Шолу…</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Қазақша</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Орысша</translation>
        </message>
        <message>
            <source>Kazakh and Russian</source>
            <translation>Қазақша және орысша</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорттау</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Language of the headers</source>
            <translation>Тақырыптар тілі</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel кітабы (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::RegisterFilterBar</name>
        <message>
            <source>in progress</source>
            <translation>орындалуда</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>аяқталған</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>мерзімі өткен</translation>
        </message>
        <message>
            <source>any stage</source>
            <translation>кез келген кезең</translation>
        </message>
        <message>
            <source>any office</source>
            <translation>кез келген бөлімше</translation>
        </message>
        <message>
            <source>any country</source>
            <translation>кез келген ел</translation>
        </message>
        <message>
            <source>any executor</source>
            <translation>кез келген орындаушы</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Бастап</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Дейін</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Бөлімше</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ел</translation>
        </message>
        <message>
            <source>Executor</source>
            <translation>Орындаушы</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Қолдану</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::RegisterStatisticsView</name>
        <message>
            <source>Counting…</source>
            <translation>Есептелуде…</translation>
        </message>
        <message>
            <source>The database or its calendar is not available.</source>
            <translation>Дерекқор немесе оның күнтізбесі қолжетімсіз.</translation>
        </message>
        <message>
            <source>The totals could not be counted: %1</source>
            <translation>Қорытындыларды есептеу мүмкін болмады: %1</translation>
        </message>
        <message>
            <source>Cases: %1, of them overdue: %2</source>
            <translation>Істер: %1, оның ішінде мерзімі өткен: %2</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Ел</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Ай</translation>
        </message>
        <message>
            <source>Register statistics</source>
            <translation>Тізілім статистикасы</translation>
        </message>
        <message>
            <source>Cases by stage</source>
            <translation>Кезең бойынша істер</translation>
        </message>
        <message>
            <source>Cases by destination country</source>
            <translation>Баратын ел бойынша істер</translation>
        </message>
        <message>
            <source>Cases by month of submission</source>
            <translation>Тапсырылған айы бойынша істер</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Топ</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Істер</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::RegisterView</name>
        <message>
            <source>at most %1</source>
            <translation>ең көбі %1</translation>
        </message>
        <message>
            <source>Page %1 of %2 (cases: %3)</source>
            <translation>%2 беттің %1-беті (істер: %3)</translation>
        </message>
        <message>
            <source>The register could not be read: %1</source>
            <translation>Тізілімді оқу мүмкін болмады: %1</translation>
        </message>
        <message>
            <source>Export the register to Excel</source>
            <translation>Тізілімді Excel-ге экспорттау</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>%1 жазылуда…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Тоқтатылуда…</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Экспорт тоқтатылды; файл жазылмады.</translation>
        </message>
        <message>
            <source>Export failed.</source>
            <translation>Экспорт сәтсіз аяқталды.</translation>
        </message>
        <message>
            <source>The register could not be exported to %1:
%2</source>
            <translation>Тізілімді %1 файлына экспорттау мүмкін болмады:
%2</translation>
        </message>
        <message>
            <source>Exported %1 lines to %2.</source>
            <translation>%2 файлына %1 жол экспортталды.</translation>
        </message>
        <message>
            <source>Register of exit cases</source>
            <translation>Шығу істерінің тізілімі</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Бірінші</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Алдыңғы</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Келесі</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Соңғы</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Excel-ге экспорттау…</translation>
        </message>
        <message>
            <source>Statistics…</source>
            <translation>Статистика…</translation>
        </message>
        <message>
            <source>%1 of %2 lines</source>
            <translation>%2 жолдың %1</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::ReprintReasonDialog</name>
        <message>
            <source>Reprint</source>
            <translation>Қайта басу</translation>
        </message>
        <message>
            <source>%1 was already issued for this case (copies so far: %2; the last one: %3). It will be recorded as copy %4.</source>
            <translation>%1 бұл іс бойынша бұрын берілген (берілген даналар: %2; соңғысы: %3). Ол %4-дана болып тіркеледі.</translation>
        </message>
        <message>
            <source>&amp;Reason for the reprint:</source>
            <translation>Қайта басу &amp;себебі:</translation>
        </message>
        <message>
            <source>the printed copy was spoilt</source>
            <translation>басылған дана бүлінді</translation>
        </message>
        <message>
            <source>the applicant lost the document</source>
            <translation>өтініш беруші құжатты жоғалтты</translation>
        </message>
        <message>
            <source>another copy was requested</source>
            <translation>тағы бір дана сұралды</translation>
        </message>
        <message>
            <source>Print again</source>
            <translation>Қайта басу</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::ResetPasswordDialog</name>
        <message>
            <source>New password</source>
            <translation>Жаңа құпиясөз</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Есептік жазба:</translation>
        </message>
        <message>
            <source>New &amp;password:</source>
            <translation>Жаңа &amp;құпиясөз:</translation>
        </message>
        <message>
            <source>&amp;Set the password</source>
            <translation>Құпиясөзді &amp;орнату</translation>
        </message>
        <message>
            <source>R&amp;epeat the password:</source>
            <translation>Құпиясөзді қ&amp;айталаңыз:</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::RowTableEditor</name>
        <message>
            <source>&amp;Add row</source>
            <translation>Жол &amp;қосу</translation>
        </message>
        <message>
            <source>Remove row</source>
            <translation>Жолды жою</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::TimelineTable</name>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Қадам</translation>
        </message>
        <message>
            <source>Executor</source>
            <translation>Орындаушы</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Толығырақ</translation>
        </message>
        <message>
            <source>not accepted by the workflow</source>
            <translation>жұмыс тәртібі қабылдамады</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::UsersDialog</name>
        <message>
            <source>The account %1 was added.</source>
            <translation>%1 есептік жазбасы қосылды.</translation>
        </message>
        <message>
            <source>The role of %1 was changed.</source>
            <translation>%1 рөлі өзгертілді.</translation>
        </message>
        <message>
            <source>A new password was set for %1.</source>
            <translation>%1 үшін жаңа құпиясөз орнатылды.</translation>
        </message>
        <message>
            <source>The account %1 was locked.</source>
            <translation>%1 есептік жазбасы бұғатталды.</translation>
        </message>
        <message>
            <source>The account %1 was unlocked.</source>
            <translation>%1 есептік жазбасы бұғаттан шығарылды.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Пайдаланушылар</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Қосу…</translation>
        </message>
        <message>
            <source>Add an account (Insert)</source>
            <translation>Есептік жазба қосу (Insert)</translation>
        </message>
        <message>
            <source>Change the &amp;role…</source>
            <translation>&amp;Рөлді өзгерту…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Бұғаттау</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>Бұғаттан &amp;шығару</translation>
        </message>
        <message>
            <source>New &amp;password…</source>
            <translation>&amp;Жаңа құпиясөз…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>Қызметкерлердің есептік жазбалары</translation>
        </message>
        <message>
            <source>The role of %1 was not changed.</source>
            <translation>%1 рөлі өзгертілген жоқ.</translation>
        </message>
    </context>
    <context>
        <name>exitdesk::ui::UsersModel</name>
        <message>
            <source>locked by the administrator</source>
            <translation>әкімші бұғаттаған</translation>
        </message>
        <message>
            <source>locked out until %1 (wrong passwords)</source>
            <translation>%1 дейін бұғатталған (қате құпиясөздер)</translation>
        </message>
        <message>
            <source>active</source>
            <translation>белсенді</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Логин</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Рөлі</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Жасалған</translation>
        </message>
    </context>
</TS>
