#include "accounts/Permission.h"

namespace exitdesk {

namespace {

struct PermissionText
{
    Permission permission;
    const char *key;
    const char *en;
    const char *ru;
    const char *kk;
};

// One row per permission: its key and what it allows in the three languages.
const PermissionText kTexts[] = {
    {Permission::CaseView, "case.view", "view cases", "просмотр дел", "істерді қарау"},
    {Permission::CaseEdit, "case.edit", "edit questionnaires", "редактирование анкет",
     "сауалнамаларды өңдеу"},
    {Permission::CaseImport, "case.import", "import cases", "импорт дел", "істерді импорттау"},
    {Permission::CaseAccept, "case.accept", "accept documents at the counter", "приём документов",
     "құжаттарды қабылдау"},
    {Permission::CaseRefuseAtIntake, "case.refuse-at-intake", "refuse to accept documents",
     "отказ в приёме документов", "құжаттарды қабылдаудан бас тарту"},
    {Permission::ReceiptIssue, "receipt.issue", "issue receipts", "выдача расписок", "қолхаттар беру"},
    {Permission::ResultIssue, "result.issue", "hand out results", "выдача результатов", "нәтижелерді беру"},
    {Permission::CaseCheck, "case.check", "check cases and record their steps",
     "проверка дел и отметка их этапов", "істерді тексеру және кезеңдерін белгілеу"},
    {Permission::DraftPrepare, "draft.prepare", "prepare drafts of decisions and refusals",
     "подготовка проектов решений и отказов", "шешімдер мен бас тарту жобаларын дайындау"},
    {Permission::DecisionSign, "decision.sign", "sign decisions and refusals", "подписание решений и отказов",
     "шешімдер мен бас тартуларға қол қою"},
    {Permission::LedgerExport, "ledger.export", "export the ledger", "выгрузка книги учёта",
     "есеп кітабын шығару"},
    {Permission::RetentionList, "retention.list", "list cases due for destruction",
     "просмотр дел, подлежащих уничтожению", "жойылуға жататын істерді қарау"},
    {Permission::RetentionAct, "retention.act", "draw up destruction acts",
     "составление актов об уничтожении", "жою актілерін жасау"},
    {Permission::RetentionDestroy, "retention.destroy", "destroy cases", "уничтожение дел", "істерді жою"},
    {Permission::CalendarEdit, "calendar.edit", "edit the calendar", "редактирование календаря",
     "күнтізбені өңдеу"},
    {Permission::CalendarConfirm, "calendar.confirm", "confirm a calendar year",
     "подтверждение года календаря", "күнтізбе жылын растау"},
    {Permission::SettingsEdit, "settings.edit", "change settings", "изменение настроек",
     "баптауларды өзгерту"},
    {Permission::AccountsManage, "accounts.manage", "manage accounts", "управление учётными записями",
     "есептік жазбаларды басқару"},
    {Permission::AuditView, "audit.view", "read the audit log", "просмотр журнала аудита",
     "аудит журналын қарау"},
    {Permission::AuditVerify, "audit.verify", "verify the audit log", "проверка журнала аудита",
     "аудит журналын тексеру"},
    {Permission::Backup, "backup", "make backups", "резервное копирование", "сақтық көшірме жасау"},
    {Permission::Restore, "restore", "restore backups", "восстановление из резервной копии",
     "сақтық көшірмеден қалпына келтіру"},
};

const PermissionText *textOf(Permission permission)
{
    for (const PermissionText &t : kTexts) {
        if (t.permission == permission)
            return &t;
    }
    return nullptr;
}

} // namespace

QList<Permission> allPermissions()
{
    QList<Permission> all;
    for (const PermissionText &t : kTexts)
        all << t.permission;
    return all;
}

QString permissionKey(Permission permission)
{
    const PermissionText *t = textOf(permission);
    return t ? QString::fromUtf8(t->key) : QString();
}

bool permissionFromKey(const QString &key, Permission *permission)
{
    for (const PermissionText &t : kTexts) {
        if (key == QLatin1String(t.key)) {
            *permission = t.permission;
            return true;
        }
    }
    return false;
}

QString permissionName(Permission permission, const QString &lang)
{
    const PermissionText *t = textOf(permission);
    if (!t)
        return QString();
    if (lang == QLatin1String("kk"))
        return QString::fromUtf8(t->kk);
    if (lang == QLatin1String("ru"))
        return QString::fromUtf8(t->ru);
    return QString::fromUtf8(t->en);
}

} // namespace exitdesk
