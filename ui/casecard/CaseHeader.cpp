#include "casecard/CaseHeader.h"

#include "FormTexts.h"

#include <QGridLayout>
#include <QLabel>

namespace exitdesk::ui {

namespace {
QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}
} // namespace

CaseHeader::CaseHeader(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("header.title"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_title, 0, 0, 1, 4);
    m_iin = addRow(1, &m_iinCaption);
    m_to = addRow(2, &m_toCaption);
    m_children = addRow(3, &m_childrenCaption);
    m_stage = addRow(4, &m_stageCaption);
    m_service = addRow(5, &m_serviceCaption);
    m_iin->setObjectName(QStringLiteral("header.iin"));
    m_to->setObjectName(QStringLiteral("header.destination"));
    m_children->setObjectName(QStringLiteral("header.children"));
    m_stage->setObjectName(QStringLiteral("header.stage"));
    m_service->setObjectName(QStringLiteral("header.serviceDue"));
    grid->setColumnStretch(1, 1);
}

QLabel *CaseHeader::addRow(int row, QLabel **caption)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    *caption = new QLabel(this);
    (*caption)->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(*caption, row, 0);
    grid->addWidget(value, row, 1);
    return value;
}

void CaseHeader::setCase(const Case &c, const WorkflowState *state, const QString &lang)
{
    const QString number = c.number.isEmpty() ? tr("(no number)") : c.number;
    m_title->setText(number + QStringLiteral("  —  ") + c.applicantFullName());
    m_iinCaption->setText(tr("IIN:"));
    m_iin->setText(c.applicant.iin);

    m_toCaption->setText(tr("Destination:"));
    const forms::BiText country = forms::FormTexts::country(c.to.country);
    QString to = lang == QLatin1String("ru") ? country.ru : country.kk;
    if (!c.to.settlement.isEmpty())
        to += QStringLiteral(", ") + c.to.settlement;
    m_to->setText(to);

    m_childrenCaption->setText(tr("Children:"));
    QStringList children;
    for (const Child &child : c.children)
        children << tr("%1, born %2").arg(child.fullName(), dmy(child.birthDate));
    m_children->setText(children.isEmpty() ? tr("none") : children.join(QLatin1Char('\n')));

    m_stageCaption->setText(tr("Stage:"));
    m_serviceCaption->setText(tr("Service due:"));
    if (state) {
        m_stage->setText(stageTitle(state->stage, lang));
        m_service->setText(dmy(state->service.dueDate()));
    } else {
        m_stage->setText(c.status == CaseStatus::Draft ? tr("draft: not accepted")
                                                       : tr("refused at intake: no workflow"));
        m_service->setText(QStringLiteral("—"));
    }
}

} // namespace exitdesk::ui
