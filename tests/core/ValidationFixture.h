// A complete, valid case for the validation tests (no finding at all on kReferenceDay), and
// small helpers to look findings up. Tests change one thing and assert what that change causes.
#pragma once

#include "model/Case.h"
#include "validation/Finding.h"
#include "validation/Iin.h"

#include <QDate>
#include <QString>

#include <algorithm>

namespace exitdesk::test {

inline const QDate kReferenceDay(2026, 11, 20);

// A valid IIN for a birth date and sex, built with the check digit (the digit itself is tested
// against hand-computed values in IinTest). Serials whose check digit does not exist are skipped.
inline QString makeIin(const QDate &birth, const QString &sex, int serial = 1)
{
    const int centuryBase = birth.year() >= 2000 ? 5 : birth.year() >= 1900 ? 3 : 1;
    const int centuryDigit = centuryBase + (sex == QLatin1String("F") ? 1 : 0);
    for (;; ++serial) {
        const QString first = birth.toString(QStringLiteral("yyMMdd")) + QString::number(centuryDigit) +
                              QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(first);
        if (check >= 0)
            return first + QString::number(check);
    }
}

inline Child makeChild(const QString &surname, const QString &name, const QDate &birth,
                       const QString &sex = QStringLiteral("M"))
{
    Child c;
    c.surname = surname;
    c.name = name;
    c.patronymic = QStringLiteral("Бекұлы");
    c.birthDate = birth;
    c.sex = sex;
    c.iin = makeIin(birth, sex);
    c.passportNumber = QStringLiteral("N10000001");
    return c;
}

inline PresentedDocument presented(DocumentKind kind, int child = -1, const QDate &expiresOn = QDate())
{
    PresentedDocument d;
    d.kind = kind;
    d.child = child;
    d.presented = true;
    d.expiresOn = expiresOn;
    return d;
}

inline Case validCase()
{
    Case c;
    c.office = QStringLiteral("Алматы қ., Алмалы ауданы ХҚКО №2");
    c.channel = QStringLiteral("counter");
    c.submittedAt = QDateTime(kReferenceDay, QTime(10, 15));
    Applicant &a = c.applicant;
    a.surname = QStringLiteral("Сейітқали");
    a.name = QStringLiteral("Айгерім");
    a.patronymic = QStringLiteral("Бекқызы");
    a.birthDate = QDate(1987, 10, 8);
    a.iin = QStringLiteral("871008401427");
    a.sex = QStringLiteral("F");
    a.identityDocument = {QStringLiteral("id-card"), QStringLiteral("045123987"), QDate(2019, 3, 1),
                          QStringLiteral("ҚР ІІМ"), QDate(2029, 3, 1)};
    a.passport = {QStringLiteral("N12345678"), QDate(2021, 5, 5), QDate(2031, 5, 5)};
    a.socialCategory = 1;
    a.education = 1;
    a.specialty = 4;
    a.maritalStatus = 2;
    c.purpose = 4;
    c.to.country = QStringLiteral("DE");
    c.to.settlement = QStringLiteral("Berlin");
    WorkRecord w;
    w.fromYear = 2019;
    w.toYear = 2026;
    w.organisation = QStringLiteral("«Қазпошта» АҚ");
    w.position = QStringLiteral("бухгалтер");
    w.stateSecretsClearance = QStringLiteral("допуск к государственным секретам не имел");
    c.workHistory << w;
    c.documents << presented(DocumentKind::Questionnaire) << presented(DocumentKind::Identity)
                << presented(DocumentKind::StateDutyReceipt);
    c.consents = {true, true};
    return c;
}

inline const Finding *findingAt(const Findings &findings, const QString &code, const QString &path)
{
    const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                 [&](const Finding &f) { return f.code == code && f.path == path; });
    return it == findings.cend() ? nullptr : &*it;
}

inline int countCode(const Findings &findings, const QString &code)
{
    return static_cast<int>(
        std::count_if(findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.code == code; }));
}

// "code @ path" lines, for readable assertion failures.
inline std::string describe(const Findings &findings)
{
    QString s;
    for (const Finding &f : findings)
        s += f.code + QStringLiteral(" @ ") + f.path + QStringLiteral(": ") + f.messageEn + QLatin1Char('\n');
    return s.toStdString();
}

} // namespace exitdesk::test
