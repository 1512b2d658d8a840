#include "OfficialForm.h"

#include "FormBuilder.h"
#include "FormFonts.h"
#include "FormTexts.h"
#include "QrCode.h"
#include "layout/BoxBlock.h"
#include "layout/TextBox.h"

namespace exitdesk::forms {

OfficialForm::OfficialForm(FormData data) : m_data(std::move(data)) {}

OfficialForm::~OfficialForm() = default;

QString OfficialForm::date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

const QList<LaidOutPage> &OfficialForm::pages() const
{
    if (!m_pages) {
        FormBuilder b(kind() == FormKind::Questionnaire ? FormLanguage::Both : m_data.language);
        build(b);
        const auto blocks = b.take();
        const QMarginsF m = marginsMm();
        const QSizeF page = pageSizeMm();
        m_pages = PageFlow::flow(blocks, page.width() - m.left() - m.right(), page.height() - m.top() - m.bottom());
    }
    return *m_pages;
}

int OfficialForm::pagesPerCopy() const
{
    return int(pages().size());
}

int OfficialForm::copies() const
{
    return std::clamp(m_data.copies, 1, 10);
}

void OfficialForm::paintPage(int page, QPainter &p) const
{
    const QList<LaidOutPage> &all = pages();
    const int n = int(all.size());
    if (page < 0 || page >= n * copies())
        return;
    const int index = page % n;
    const QMarginsF m = marginsMm();
    const double width = pageSizeMm().width() - m.left() - m.right();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::black);
    for (const PlacedSlice &s : all.at(index)) {
        if (s.slice.paint)
            s.slice.paint(p, m.left(), m.top() + s.y, width);
    }
    paintFooter(p, copyNumberOfPage(page), index, n);
    p.restore();
}

int OfficialForm::copyNumberOfPage(int page) const
{
    if (m_data.firstCopyNumber <= 0 || page < 0 || page >= pageCount())
        return 0;
    return m_data.firstCopyNumber + page / pagesPerCopy();
}

void OfficialForm::paintFooter(QPainter &p, int copy, int pageInCopy, int pagesInCopy) const
{
    const FormLanguage lang = kind() == FormKind::Questionnaire ? FormLanguage::Both : m_data.language;
    const QMarginsF m = marginsMm();
    const double width = pageSizeMm().width() - m.left() - m.right();
    const double y = pageSizeMm().height() - m.bottom() + 4;
    // The copy number on the left, the page number on the right, each in its own half.
    const double half = width / 2 - 2;
    if (copy > 0) {
        const BiText text = FormTexts::get(QStringLiteral("common"), QStringLiteral("copy")).arg(QString::number(copy));
        TextBox box(text.in(lang), FormFonts::font(9), half, Qt::AlignLeft);
        box.paint(p, m.left(), y);
    }
    if (pagesInCopy > 1) {
        const BiText text = FormTexts::get(QStringLiteral("common"), QStringLiteral("page"))
                                .arg(QString::number(pageInCopy + 1), QString::number(pagesInCopy));
        TextBox box(text.in(lang), FormFonts::font(9), half, Qt::AlignRight);
        box.paint(p, m.left() + width - half, y);
    }
}

QStringList OfficialForm::contentFacts() const
{
    return {};
}

QString OfficialForm::canonicalContent() const
{
    const Case &c = m_data.caseData;
    QStringList facts{formKindKey(kind()), c.number, applicantName(), c.applicant.iin,
                      c.applicant.birthDate.toString(Qt::ISODate), date(m_data.issueDate)};
    facts << contentFacts();
    return facts.join(QLatin1Char('\n'));
}

DocumentCode OfficialForm::code() const
{
    return DocumentCode::make(formKindKey(kind()), m_data.caseData.number, m_data.issueDate, canonicalContent(),
                              m_data.office.qrKey);
}

void OfficialForm::addCodeBlock(FormBuilder &b) const
{
    const QString payload = code().payload();
    const BiText caption = FormTexts::get(QStringLiteral("common"), QStringLiteral("qrCaption"));
    const BiText numberLabel = FormTexts::get(QStringLiteral("common"), QStringLiteral("caseNumber"));
    const QString text = caption.in(b.language()) + QLatin1Char('\n') + numberLabel.in(b.language())
        + QLatin1Char(' ') + m_data.caseData.number;
    auto qr = std::make_shared<QrCode>(payload.toUtf8());
    const double side = 30;
    b.add(std::make_unique<BoxBlock>(side, [qr, text, side](QPainter &p, const QRectF &r) {
        qr->paint(p, QRectF(r.x(), r.y(), side, side));
        TextBox label(text, FormFonts::font(9, false, true), r.width() - side - 4);
        label.paint(p, r.x() + side + 2, r.y() + (side - label.height()) / 2);
    }));
}

} // namespace exitdesk::forms
