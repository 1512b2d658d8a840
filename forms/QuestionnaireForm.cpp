#include "QuestionnaireForm.h"

#include "FormBuilder.h"
#include "FormFonts.h"
#include "FormTexts.h"
#include "NoticeParts.h"
#include "layout/BoxBlock.h"
#include "layout/ChoiceBlock.h"
#include "layout/TableBlock.h"
#include "layout/TextBox.h"

namespace exitdesk::forms {

namespace {

// Every label of Annex 1 is printed «Kazakh / Russian».
QString t(const char *key)
{
    return NoticeParts::text("annex1", key).in(FormLanguage::Both);
}

QString placeValue(const Place &p, const QString &field)
{
    if (field == QLatin1String("country"))
        return p.country.isEmpty() ? QString() : FormTexts::country(p.country).in(FormLanguage::Both);
    if (field == QLatin1String("region"))
        return p.region;
    if (field == QLatin1String("district"))
        return p.district;
    if (field == QLatin1String("okrug"))
        return p.okrug;
    return p.settlement;
}

QString sexLabel(const QString &sex)
{
    if (sex == QLatin1String("M"))
        return t("sexM");
    if (sex == QLatin1String("F"))
        return t("sexF");
    return sex;
}

QStringList options(const char *prefix, const QList<int> &codes)
{
    QStringList list;
    for (int code : codes)
        list << t(QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(code).toLatin1().constData());
    return list;
}

ParagraphBlock::Style sectionStyle()
{
    ParagraphBlock::Style s;
    s.points = 9.5;
    s.bold = true;
    s.align = Qt::AlignLeft;
    s.keepWithNext = true;
    s.spaceAfterMm = 1;
    return s;
}

} // namespace

void QuestionnaireForm::build(FormBuilder &b) const
{
    const Case &c = data().caseData;
    const Applicant &a = c.applicant;
    b.heading(1, NoticeParts::common("form"));

    // The title on the left, the box for the photograph (35 x 45 mm) on the right.
    const QString title = NoticeParts::text("annex1", "title").in(FormLanguage::Both);
    const QString number = c.number.isEmpty() ? QString() : t("caseNumber") + QLatin1Char(' ') + c.number;
    const QString photo = t("photo") + QLatin1Char('\n') + NoticeParts::text("annex1", "photoSize").kk;
    b.add(std::make_unique<BoxBlock>(45, [title, number, photo](QPainter &p, const QRectF &r) {
        const QRectF box(r.right() - 35, r.y(), 35, 45);
        p.save();
        p.setPen(QPen(Qt::black, 0.3));
        p.drawRect(box);
        p.restore();
        TextBox photoText(photo, FormFonts::font(8, false, true), 31, Qt::AlignHCenter);
        photoText.paint(p, box.x() + 2, box.center().y() - photoText.height() / 2);
        const double width = r.width() - 45;
        TextBox heading(title, FormFonts::font(13, true), width, Qt::AlignHCenter);
        heading.paint(p, r.x(), r.y() + 16);
        if (!number.isEmpty()) {
            TextBox n(number, FormFonts::font(10), width, Qt::AlignHCenter);
            n.paint(p, r.x(), r.y() + 18 + heading.height());
        }
    }, 4));

    TableBlock::Style fields;
    fields.points = 9.5;
    fields.minRowHeightMm = 6.5;
    fields.spaceAfterMm = 3;
    const QString id = a.identityDocument.kind.isEmpty()
        ? QString()
        : QStringList{t(("idKind." + a.identityDocument.kind.toLatin1()).constData()),
                      QStringLiteral("№ ") + a.identityDocument.number, date(a.identityDocument.issuedOn),
                      a.identityDocument.issuedBy}
              .join(QStringLiteral(", "));
    QList<QStringList> rows{
        {t("surname"), a.surname},
        {t("name"), a.name},
        {t("patronymic"), a.patronymic},
        {t("previousNames"), a.previousNames},
        {t("birthDate"), date(a.birthDate)},
        {t("iin"), a.iin},
        {t("sex"), sexLabel(a.sex)},
        {t("birthPlace"), QString()},
    };
    for (const char *f : {"country", "region", "district", "okrug", "settlement"})
        rows << QStringList{QStringLiteral("    ") + t(f), placeValue(a.birthPlace, QLatin1String(f))};
    rows << QStringList{t("nationality"), a.nationality}
         << QStringList{t("citizenship"), a.citizenship.isEmpty() ? QString() : FormTexts::country(a.citizenship).in(FormLanguage::Both)}
         << QStringList{t("militaryDuty"), a.militaryDuty}
         << QStringList{t("previousCitizenship"), a.previousCitizenship}
         << QStringList{t("identityDocument"), id}
         << QStringList{t("passport"), a.passport.number}
         << QStringList{t("address"), a.address}
         << QStringList{t("phone"), a.phone};
    b.add(std::make_unique<TableBlock>(QList<double>{55, 45}, QStringList(), rows, fields));

    // Item 9: from where and to where.
    b.paragraph(BiText{t("item9"), QString()}, sectionStyle());
    QList<QStringList> places;
    const char *fromFields[] = {"country", "region", "district", "okrug", "settlement"};
    for (const char *f : fromFields) {
        const QString field = QLatin1String(f);
        const bool toHas = field == QLatin1String("country") || field == QLatin1String("settlement");
        places << QStringList{t(f) + QStringLiteral(": ") + placeValue(c.from, field),
                              toHas ? t(f) + QStringLiteral(": ") + placeValue(c.to, field) : QString()};
    }
    b.add(std::make_unique<TableBlock>(QList<double>{60, 40}, QStringList{t("from"), t("to")}, places, fields));

    b.add(std::make_unique<ChoiceBlock>(t("item10"), options("purpose", {1, 2, 3, 4, 5}), c.purpose - 1, 5,
                                        NoticeParts::text("annex1", "adultsNote").ru));
    const int social = a.socialCategory == 9 ? 5 : a.socialCategory - 1;
    b.add(std::make_unique<ChoiceBlock>(t("item11"), options("social", {1, 2, 3, 4, 5, 9}), social, 2));
    b.add(std::make_unique<ChoiceBlock>(t("item12"), options("education", {1, 2, 3, 4}), a.education - 1, 2,
                                        t("item12note")));
    b.add(std::make_unique<ChoiceBlock>(t("item13"), options("specialty", {1, 2, 3, 4, 5, 6, 7, 8}), a.specialty - 1, 4));
    b.add(std::make_unique<ChoiceBlock>(t("item14"), options("marital", {1, 2, 3, 4}), a.maritalStatus - 1, 4));

    TableBlock::Style table;
    table.points = 8.5;
    table.headerPoints = 7.5;
    const QStringList dash{QStringLiteral("—")};

    b.paragraph(BiText{t("childrenTitle"), QString()}, sectionStyle());
    QList<QStringList> children;
    for (const Child &ch : c.children)
        children << QStringList{ch.fullName(), ch.iin, date(ch.birthDate), ch.passportNumber, sexLabel(ch.sex)};
    if (children.isEmpty())
        children << dash;
    b.add(std::make_unique<TableBlock>(QList<double>{36, 18, 16, 16, 14},
                                       QStringList{t("colFio"), t("colIin"), t("colBirthDate"), t("colPassport"), t("colSex")},
                                       children, table));

    b.paragraph(BiText{t("item15") + QLatin1Char(' ') + t("item15note"), QString()}, sectionStyle());
    QList<QStringList> relatives;
    for (const Relative &r : c.relatives)
        relatives << QStringList{r.fullName, r.iin, r.kinship, r.birthDateAndPlace, r.countryAndAddress, r.workplace,
                                 r.marriageRegistrationPlace};
    if (relatives.isEmpty())
        relatives << dash;
    b.add(std::make_unique<TableBlock>(QList<double>{18, 14, 11, 15, 16, 13, 13},
                                       QStringList{t("colFio"), t("colIin"), t("colKinship"), t("colBirth"),
                                                   t("colResidence"), t("colWorkplace"), t("colMarriage")},
                                       relatives, table));

    b.paragraph(BiText{t("item16"), QString()}, sectionStyle());
    QList<QStringList> work;
    for (const WorkRecord &w : c.workHistory)
        work << QStringList{w.isCurrent() ? QStringLiteral("%1 – %2").arg(w.fromYear).arg(t("toPresent"))
                                          : QStringLiteral("%1–%2").arg(w.fromYear).arg(w.toYear),
                            w.organisation, w.address,
                            w.workplace, w.position, w.stateSecretsClearance};
    if (work.isEmpty())
        work << dash;
    b.add(std::make_unique<TableBlock>(QList<double>{11, 18, 17, 14, 13, 27},
                                       QStringList{t("colYears"), t("colOrganisation"), t("colOrgAddress"),
                                                   t("colWorkplace"), t("colPosition"), t("colClearance")},
                                       work, table));

    // Warnings and consents, each signed by hand with its date.
    ParagraphBlock::Style closing = FormBuilder::bodyStyle();
    closing.points = 10;
    closing.keepWithNext = true;
    closing.spaceAfterMm = 1;
    FieldBlock::Style sign = FormBuilder::fieldStyle();
    sign.points = 10;
    sign.lineWidthMm = 60;
    sign.spaceAfterMm = 4;
    const BiText signatureCaption = NoticeParts::text("annex1", "signatureCaption");
    const QString caption = signatureCaption.kk + QLatin1Char('/') + signatureCaption.ru;
    const QString dateBlank = QStringLiteral("«_____» _____ 20__ года");
    for (const char *key : {"warning", "consent"}) {
        const BiText text = NoticeParts::text("annex1", key);
        b.paragraph(BiText{text.kk, QString()}, closing);
        b.paragraph(BiText{text.ru, QString()}, closing);
        b.add(std::make_unique<FieldBlock>(QString(), QString(), caption, sign, dateBlank));
    }
    ParagraphBlock::Style registered = NoticeParts::plainStyle();
    registered.points = 10;
    const QString day = date(c.submissionDay());
    b.paragraphIn(FormLanguage::Both,
                  {{t("registered") + QLatin1Char(' '), false},
                   {day.isEmpty() ? QStringLiteral("«__» __ 20__ года") : day, !day.isEmpty()}},
                  registered);
}

} // namespace exitdesk::forms
