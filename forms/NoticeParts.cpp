#include "NoticeParts.h"

#include "FormTexts.h"
#include "OfficialForm.h"

namespace exitdesk::forms {

BiText NoticeParts::text(const char *table, const char *key)
{
    return FormTexts::get(QString::fromLatin1(table), QString::fromLatin1(key));
}

double NoticeParts::columnWidth()
{
    const QMarginsF m = OfficialForm::marginsMm();
    return OfficialForm::pageSizeMm().width() - m.left() - m.right();
}

ParagraphBlock::Style NoticeParts::plainStyle()
{
    ParagraphBlock::Style s = FormBuilder::bodyStyle();
    s.firstIndentMm = 0;
    s.align = Qt::AlignLeft;
    return s;
}

void NoticeParts::dateLine(FormBuilder &b, const BiText &blankPattern, const QDate &date, Qt::Alignment align)
{
    ParagraphBlock::Style s = plainStyle();
    s.align = align;
    if (date.isValid())
        b.paragraphIn(b.language(), {{date.toString(QStringLiteral("dd.MM.yyyy")), true}}, s);
    else
        b.paragraphIn(b.language(), {{blankPattern.in(b.language()), false}}, s);
}

BiText NoticeParts::dateOrBlank(const BiText &blankPattern, const QDate &date)
{
    if (!date.isValid())
        return blankPattern;
    const QString text = date.toString(QStringLiteral("dd.MM.yyyy"));
    return BiText{text, text};
}

void NoticeParts::executorLines(FormBuilder &b, const BiText &executorLabel, const BiText &executorCaption,
                                const QString &executor, const QString &phone, const BiText &afterPhone)
{
    FieldBlock::Style s = FormBuilder::fieldStyle();
    b.blank(executorLabel, executor, executorCaption, s);
    s.lineWidthMm = 60;
    s.centreValue = false;
    b.blank(common("phone"), phone, BiText(), s, afterPhone);
}

void NoticeParts::receivedLine(FormBuilder &b, const QString &applicant, const BiText &after)
{
    b.blank(common("received"), applicant, common("receivedCaption"), FormBuilder::fieldStyle(), after);
}

void NoticeParts::electronicFooter(FormBuilder &b, const BiText &issueLabel, const QDate &issueDate)
{
    b.space(4);
    ParagraphBlock::Style s = plainStyle();
    s.keepWithNext = true;
    b.paragraphIn(b.language(),
                  {{issueLabel.in(b.language()) + QStringLiteral(": "), false},
                   {issueDate.toString(QStringLiteral("dd.MM.yyyy")), true}},
                  s);
    b.space(3);
    ParagraphBlock::Style caps = plainStyle();
    caps.bold = true;
    caps.align = Qt::AlignHCenter;
    caps.keepWithNext = true;
    b.paragraph(common("nationalPassport"), caps);
    b.space(3);
}

} // namespace exitdesk::forms
