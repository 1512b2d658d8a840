#include "ledger/LedgerColumns.h"

#include "ledger/LedgerWords.h"

#include <QStringList>

namespace exitdesk {

namespace {

LedgerColumnInfo column(LedgerColumn c, LedgerColumnInfo::Kind kind, const char *kk, const char *ru)
{
    return LedgerColumnInfo{c, kind, QString::fromUtf8(kk), QString::fromUtf8(ru)};
}

LedgerCell textCell(const QString &text)
{
    LedgerCell cell;
    cell.text = text;
    return cell;
}

LedgerCell dateCell(const QDate &date)
{
    LedgerCell cell;
    cell.kind = LedgerColumnInfo::Date;
    cell.date = date;
    return cell;
}

LedgerCell numberCell(double number)
{
    LedgerCell cell;
    cell.kind = LedgerColumnInfo::Number;
    cell.number = number;
    return cell;
}

QString noteText(const LedgerRow &row, LedgerLanguage language)
{
    QStringList parts;
    if (row.status == QLatin1String("refused-at-intake") || row.status == QLatin1String("draft"))
        parts << LedgerWords::status(row.status, language);
    if (row.overdue)
        parts << LedgerWords::overdue(language);
    if (!row.note.isEmpty())
        parts << row.note;
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString LedgerColumnInfo::header(LedgerLanguage language) const
{
    return ledgerText(language, headerKk, headerRu, true);
}

bool LedgerCell::empty() const
{
    switch (kind) {
    case LedgerColumnInfo::Text:
        return text.isEmpty();
    case LedgerColumnInfo::Date:
        return !date.isValid();
    case LedgerColumnInfo::Number:
        break;
    }
    return false;
}

QString LedgerCell::display() const
{
    switch (kind) {
    case LedgerColumnInfo::Text:
        return text;
    case LedgerColumnInfo::Date:
        return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
    case LedgerColumnInfo::Number:
        break;
    }
    return QString::number(number, 'g', 15);
}

const QList<LedgerColumnInfo> &LedgerColumns::all()
{
    using K = LedgerColumnInfo;
    // Headers of seed 000 Annex 3 («Шығу істерінің есеп кітабы»), one column per value so that
    // Excel can filter and sort by each.
    static const QList<LedgerColumnInfo> columns = {
        column(LedgerColumn::Sequence, K::Number, "№", "№"),
        column(LedgerColumn::Surname, K::Text, "Тегі", "Фамилия"),
        column(LedgerColumn::Name, K::Text, "Аты", "Имя"),
        column(LedgerColumn::Patronymic, K::Text, "Әкесінің аты", "Отчество"),
        column(LedgerColumn::BirthDate, K::Date, "Туған күні", "Дата рождения"),
        column(LedgerColumn::Iin, K::Text, "ЖСН", "ИИН"),
        column(LedgerColumn::PassportNumber, K::Text, "Паспорттың №", "№ паспорта"),
        column(LedgerColumn::IdentityCardNumber, K::Text, "Жеке куәліктің №", "№ удостоверения личности"),
        column(LedgerColumn::Country, K::Text, "Шығу елі", "Страна выезда"),
        column(LedgerColumn::SecurityAnswerDate, K::Date, "Ұлттық қауіпсіздік органының жауабы: күні",
               "Ответ органа национальной безопасности: дата"),
        column(LedgerColumn::SecurityAnswerNumber, K::Text, "Ұлттық қауіпсіздік органының жауабы: №",
               "Ответ органа национальной безопасности: №"),
        column(LedgerColumn::PermitDate, K::Date, "Ішкі істер органының рұқсаты: күні",
               "Разрешение органа внутренних дел: дата"),
        column(LedgerColumn::PermitCaseNumber, K::Text, "Ішкі істер органының рұқсаты: істің №",
               "Разрешение органа внутренних дел: № дела"),
        column(LedgerColumn::Note, K::Text, "Ескертпе", "Примечание"),
        column(LedgerColumn::SubmittedOn, K::Date, "Өтініш берілген күн", "Дата подачи"),
        column(LedgerColumn::DueDate, K::Date, "Қызмет көрсету мерзімі", "Срок оказания услуги"),
        column(LedgerColumn::Stage, K::Text, "Кезеңі", "Этап"),
        column(LedgerColumn::DecisionDate, K::Date, "Шешім немесе бас тарту күні", "Дата решения или отказа"),
        column(LedgerColumn::RefusalGrounds, K::Text, "Бас тарту негіздері", "Основания отказа"),
        column(LedgerColumn::Children, K::Text, "Бірге шығатын балалар", "Выезжающие дети"),
        column(LedgerColumn::ChildrenCount, K::Number, "Балалар саны", "Число детей"),
        column(LedgerColumn::Executor, K::Text, "Орындаушы", "Исполнитель"),
        column(LedgerColumn::Office, K::Text, "Қабылдаған орын", "Место приёма"),
    };
    return columns;
}

QString LedgerColumns::childrenText(const QList<LedgerChild> &children)
{
    QString text;
    for (const LedgerChild &child : children) {
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += child.fullName;
        if (child.birthDate.isValid())
            text += QStringLiteral(" (") + child.birthDate.toString(QStringLiteral("dd.MM.yyyy")) +
                    QLatin1Char(')');
    }
    return text;
}

LedgerCell LedgerColumns::cell(const LedgerRow &row, LedgerColumn column, qint64 sequence,
                               LedgerLanguage language)
{
    switch (column) {
    case LedgerColumn::Sequence:
        return numberCell(static_cast<double>(sequence));
    case LedgerColumn::Surname:
        return textCell(row.surname);
    case LedgerColumn::Name:
        return textCell(row.name);
    case LedgerColumn::Patronymic:
        return textCell(row.patronymic);
    case LedgerColumn::BirthDate:
        return dateCell(row.birthDate);
    case LedgerColumn::Iin:
        return textCell(row.iin); // text: an IIN may begin with 0 and is no quantity
    case LedgerColumn::PassportNumber:
        return textCell(row.passportNumber);
    case LedgerColumn::IdentityCardNumber:
        return textCell(row.identityCardNumber);
    case LedgerColumn::Country:
        return textCell(LedgerWords::country(row.toCountry, language));
    case LedgerColumn::SecurityAnswerDate:
        return dateCell(row.securityAnswerDate);
    case LedgerColumn::SecurityAnswerNumber:
        return textCell(row.securityAnswerNumber);
    case LedgerColumn::PermitDate:
        return dateCell(row.permitDate);
    case LedgerColumn::PermitCaseNumber:
        return textCell(row.permitCaseNumber);
    case LedgerColumn::Note:
        return textCell(noteText(row, language));
    case LedgerColumn::SubmittedOn:
        return dateCell(row.submittedOn);
    case LedgerColumn::DueDate:
        return dateCell(row.dueDate);
    case LedgerColumn::Stage:
        return textCell(LedgerWords::stage(row.stage, language));
    case LedgerColumn::DecisionDate:
        return dateCell(row.decisionDate);
    case LedgerColumn::RefusalGrounds: {
        QStringList grounds;
        for (int g : row.refusalGrounds)
            grounds << LedgerWords::ground(g, language);
        return textCell(grounds.join(QStringLiteral("; ")));
    }
    case LedgerColumn::Children:
        return textCell(childrenText(row.children));
    case LedgerColumn::ChildrenCount:
        return numberCell(row.children.size());
    case LedgerColumn::Executor:
        return textCell(row.executor);
    case LedgerColumn::Office:
        return textCell(row.office);
    }
    return LedgerCell();
}

} // namespace exitdesk
