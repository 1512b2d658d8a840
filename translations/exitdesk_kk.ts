<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
            <translation>Қабылдаудан бас &amp;тарту</translation>
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
            <source>&amp;Find</source>
            <translation>І&amp;здеу</translation>
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
</TS>
