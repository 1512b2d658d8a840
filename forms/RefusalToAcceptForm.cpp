#include "RefusalToAcceptForm.h"

#include "NoticeParts.h"

namespace exitdesk::forms {

namespace {
BiText t(const char *key)
{
    return NoticeParts::text("annex5", key);
}
} // namespace

void RefusalToAcceptForm::build(FormBuilder &b) const
{
    const FormData &d = data();
    b.heading(5, NoticeParts::common("form"));
    b.title(t("title"));
    const QString department = d.office.departmentNumber.isEmpty() ? QStringLiteral("____") : d.office.departmentNumber;
    ParagraphBlock::Style lead = FormBuilder::bodyStyle();
    lead.keepWithNext = true;
    for (FormLanguage l : b.languages()) {
        b.paragraphIn(l, {{t("body1").in(l) + QLatin1Char(' '), false},
                          {department, true},
                          {QLatin1Char(' ') + t("body1end").in(l), false}},
                      lead);
    }
    b.blank(BiText(), d.office.address, t("addressCaption"));
    b.paragraph(t("body2"));
    ParagraphBlock::Style list = NoticeParts::plainStyle();
    list.keepWithNext = true;
    b.paragraph(t("missingTitle"), list);
    list.leftIndentMm = 5;
    list.spaceAfterMm = 1;
    const BiText expired = NoticeParts::common("expired");
    for (int i = 0; i < d.missingDocuments.size(); ++i) {
        const MissingDocument &m = d.missingDocuments.at(i);
        BiText name{m.nameKk, m.nameRu};
        if (m.expired) {
            name.kk += QStringLiteral(" (") + expired.kk + QLatin1Char(')');
            name.ru += QStringLiteral(" (") + expired.ru + QLatin1Char(')');
        }
        const QString end = i + 1 < d.missingDocuments.size() ? QStringLiteral(";") : QStringLiteral(".");
        list.keepWithNext = i + 1 < d.missingDocuments.size() && i == 0;
        b.paragraphIn(b.language(), {{QStringLiteral("%1) ").arg(i + 1), false}, {name.in(b.language()) + end, false}},
                      list);
    }
    b.space(2);
    b.paragraph(t("twoCopies"));
    b.space(3);
    b.blank(BiText(), d.office.executorName, t("employeeCaption"));
    NoticeParts::executorLines(b, NoticeParts::common("executor"), NoticeParts::common("fio"), d.office.executorName,
                               d.office.phone);
    NoticeParts::receivedLine(b, applicantName());
    NoticeParts::dateLine(b, t("dateBlank"), d.issueDate);
}

QStringList RefusalToAcceptForm::contentFacts() const
{
    QStringList facts;
    for (const MissingDocument &m : data().missingDocuments)
        facts << m.nameKk + QLatin1Char('|') + m.nameRu + (m.expired ? QStringLiteral("|expired") : QString());
    return facts;
}

} // namespace exitdesk::forms
