#include "FormTestData.h"

namespace exitdesk::test {

using namespace exitdesk::forms;

Case sampleCase()
{
    Case c;
    c.status = CaseStatus::Accepted;
    c.number = QStringLiteral("2026-000123");
    c.office = QStringLiteral("Алматы қ., Алмалы ауданы ХҚКО №2");
    c.submittedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 15));
    Applicant &a = c.applicant;
    a.surname = QStringLiteral("Сейітқали");
    a.name = QStringLiteral("Айгерім");
    a.patronymic = QStringLiteral("Бекқызы");
    a.birthDate = QDate(1987, 10, 8);
    a.iin = QStringLiteral("871008401427");
    a.sex = QStringLiteral("F");
    a.birthPlace = Place{QStringLiteral("KZ"), QStringLiteral("Алматы облысы"), QString(), QString(), QStringLiteral("Қаскелең")};
    a.nationality = QStringLiteral("қазақ");
    a.citizenship = QStringLiteral("KZ");
    a.identityDocument = IdentityDocument{QStringLiteral("id-card"), QStringLiteral("045123987"), QDate(2019, 3, 1),
                                          QStringLiteral("ҚР ІІМ"), QDate(2029, 3, 1)};
    a.passport = Passport{QStringLiteral("N12345678"), QDate(2021, 5, 5), QDate(2031, 5, 5)};
    a.address = QStringLiteral("Алматы қ., Абай даңғылы 10, 5-пәтер");
    a.phone = QStringLiteral("+7 701 123 4567");
    a.socialCategory = 1;
    a.education = 1;
    a.specialty = 4;
    a.maritalStatus = 2;
    c.from = Place{QStringLiteral("KZ"), QStringLiteral("Алматы қ."), QStringLiteral("Алмалы ауданы"), QString(), QStringLiteral("Алматы")};
    c.to = Place{QStringLiteral("DE"), QString(), QString(), QString(), QStringLiteral("Berlin")};
    c.purpose = 4;
    Child child;
    child.surname = QStringLiteral("Сейітқали");
    child.name = QStringLiteral("Әлия");
    child.patronymic = QStringLiteral("Ерланқызы");
    child.iin = QStringLiteral("150402600123");
    child.birthDate = QDate(2015, 4, 2);
    child.passportNumber = QStringLiteral("N87654321");
    child.sex = QStringLiteral("F");
    c.children << child;
    c.relatives << Relative{QStringLiteral("Сейітқали Бек Нұрұлы"), QStringLiteral("600101300111"), QStringLiteral("әкесі / отец"),
                            QStringLiteral("01.01.1960, Алматы"), QStringLiteral("Қазақстан, Алматы қ."), QStringLiteral("зейнеткер"), QString()};
    c.workHistory << WorkRecord{2019, 2026, QStringLiteral("«Алатау» ЖШС"), QStringLiteral("Алматы қ., Сәтбаев к. 5"),
                                QStringLiteral("бухгалтерия"), QStringLiteral("бас бухгалтер"),
                                QStringLiteral("допуск к государственным секретам не имел")};
    c.consents = Consents{true, true};
    return c;
}

Case longCase()
{
    Case c = sampleCase();
    c.number = QStringLiteral("2026-000777");
    const QStringList names{QStringLiteral("Әлия"), QStringLiteral("Нұрлан"), QStringLiteral("Ғалым"),
                            QStringLiteral("Өмір"), QStringLiteral("Ұлжан"), QStringLiteral("Іңкәр")};
    c.children.clear();
    for (int i = 0; i < 6; ++i) {
        Child ch;
        ch.surname = QStringLiteral("Сейітқали");
        ch.name = names.at(i);
        ch.patronymic = i % 2 ? QStringLiteral("Ерланұлы") : QStringLiteral("Ерланқызы");
        ch.iin = QStringLiteral("1%1040260012%2").arg(i).arg(i);
        ch.birthDate = QDate(2010 + i, 4, 2 + i);
        ch.passportNumber = QStringLiteral("N8765432%1").arg(i);
        ch.sex = i % 2 ? QStringLiteral("M") : QStringLiteral("F");
        c.children << ch;
    }
    c.relatives.clear();
    for (int i = 0; i < 12; ++i) {
        c.relatives << Relative{QStringLiteral("Туысы%1 Қайрат Болатұлы").arg(i + 1), QStringLiteral("6001013001%1").arg(10 + i),
                                QStringLiteral("ағасы / брат"), QStringLiteral("0%1.02.1965, Шымкент қ.").arg(i % 9 + 1),
                                QStringLiteral("Қазақстан, Шымкент қ., Тәуке хан даңғылы %1").arg(i + 1),
                                QStringLiteral("«Оңтүстік» АҚ, инженер"), i == 0 ? QStringLiteral("Шымкент қ. АХАЖ") : QString()};
    }
    c.workHistory.clear();
    for (int i = 0; i < 10; ++i) {
        c.workHistory << WorkRecord{2016 + i, 2017 + i, QStringLiteral("«Ұйым-%1» ЖШС").arg(i + 1),
                                    QStringLiteral("Алматы қ., Төле би к. %1").arg(10 + i), QStringLiteral("бөлім %1").arg(i + 1),
                                    QStringLiteral("маман"), QStringLiteral("допуск к государственным секретам не имел")};
    }
    return c;
}

OfficeSettings sampleOffice()
{
    OfficeSettings o;
    o.name = QStringLiteral("Алматы қаласы ПД Көші-қон қызметі басқармасы");
    o.address = QStringLiteral("Алматы қ., Төле би к. 155");
    o.departmentNumber = QStringLiteral("7");
    o.phone = QStringLiteral("+7 727 254 4000");
    o.executorName = QStringLiteral("Жұмабекова Гүлназ Серікқызы");
    o.headName = QStringLiteral("Әбілқасымов Нұржан Қайратұлы");
    o.internalAffairsBody = QStringLiteral("Алматы қаласы Полиция департаменті");
    o.qrKey = QByteArrayLiteral("test-office-key-0001");
    return o;
}

QList<RefusalGround> allGrounds()
{
    QList<RefusalGround> grounds;
    for (int i = 1; i <= 9; ++i)
        grounds << RefusalGround{i, QString(), QString()};
    return grounds;
}

FormData formData(FormKind kind, FormLanguage lang, const Case &c)
{
    FormData d;
    d.caseData = c;
    d.office = sampleOffice();
    d.language = lang;
    d.issueDate = QDate(2026, 12, 18);
    d.dueDate = QDate(2026, 12, 18);
    // As issued: the copy number at the foot of the page (checked for margins and overlaps too).
    d.firstCopyNumber = 1;
    switch (kind) {
    case FormKind::RegistrationRequest:
        d.caseData.alimonyEnforcement = true;
        d.caseData.alimonyRecipientsRegistrationKnown = false;
        d.registrationSubject = QStringLiteral("Ахметов Ерлан Серікұлы, бұрынғы жұбайы / бывший супруг");
        d.issueDate = QDate(2026, 11, 20);
        break;
    case FormKind::Receipt:
        d.issueDate = QDate(2026, 11, 20);
        break;
    case FormKind::RefusalToAccept:
        d.caseData.status = CaseStatus::RefusedAtIntake;
        d.caseData.number.clear();
        d.issueDate = QDate(2026, 11, 20);
        d.missingDocuments << MissingDocument{QStringLiteral("Мемлекеттік баждың төленгенін растайтын құжаттың көшірмесі"),
                                              QStringLiteral("Копия документа, подтверждающего уплату государственной пошлины"), false}
                           << MissingDocument{QStringLiteral("Паспорт"), QStringLiteral("Паспорт"), true};
        break;
    case FormKind::Refusal:
    case FormKind::RefusalElectronic:
        d.grounds << RefusalGround{8, QString(), QString()}
                  << RefusalGround{5, QStringLiteral("2027 жылғы 1 мамырға дейін"), QStringLiteral("до 01.05.2027")};
        break;
    default:
        break;
    }
    return d;
}

} // namespace exitdesk::test
