#include "decision/DocumentsPanel.h"

#include "Language.h"
#include "decision/DocumentIssuer.h"
#include "issuance/IssuedDocumentLog.h"
#include "workflow/WorkflowState.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace exitdesk::ui {

namespace {
const QList<forms::FormKind> kKinds{forms::FormKind::Decision, forms::FormKind::DecisionElectronic,
                                    forms::FormKind::Refusal, forms::FormKind::RefusalElectronic};
}

DocumentsPanel::DocumentsPanel(AppContext context, Actor actor, QWidget *parent)
    : QGroupBox(parent), m_context(context), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("documents"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("formLanguage"));
    for (int i = 0; i < 3; ++i)
        m_language->addItem(QString());
    m_languageLabel->setBuddy(m_language);
    row->addWidget(m_languageLabel);
    row->addWidget(m_language);
    row->addStretch();
    layout->addLayout(row);
    auto *grid = new QGridLayout;
    for (int i = 0; i < kKinds.size(); ++i) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("issue.") + forms::formKindKey(kKinds.at(i)));
        button->setEnabled(false);
        const forms::FormKind kind = kKinds.at(i);
        connect(button, &QPushButton::clicked, this, [this, kind] { issue(kind); });
        m_buttons.insert(kind, button);
        // One column: the Kazakh and Russian names are long, and two side by side would
        // squeeze the timeline beside this panel.
        grid->addWidget(button, i, 0);
    }
    layout->addLayout(grid);
    // Three columns that fit the panel's width: the document with its language, the copy
    // numbers, and who issued it when (with the reason of a reprint), wrapped on lines.
    m_issued = new QTableWidget(0, 3, this);
    m_issued->setObjectName(QStringLiteral("issued"));
    m_issued->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issued->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issued->setWordWrap(true);
    m_issued->verticalHeader()->hide();
    m_issued->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_issued->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_issued->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_issued, 1);
    setFormLanguage(Language::current() == QLatin1String("ru") ? forms::FormLanguage::Russian
                                                              : forms::FormLanguage::Kazakh);
    retranslate();
}

forms::FormLanguage DocumentsPanel::formLanguage() const
{
    switch (m_language->currentIndex()) {
    case 1:
        return forms::FormLanguage::Russian;
    case 2:
        return forms::FormLanguage::Both;
    default:
        return forms::FormLanguage::Kazakh;
    }
}

void DocumentsPanel::setFormLanguage(forms::FormLanguage lang)
{
    m_language->setCurrentIndex(lang == forms::FormLanguage::Russian ? 1 : lang == forms::FormLanguage::Both ? 2 : 0);
}

void DocumentsPanel::retranslate()
{
    setTitle(tr("Documents"));
    m_languageLabel->setText(tr("Form &language:"));
    m_language->setItemText(0, DocumentIssuer::languageName(QStringLiteral("kk")));
    m_language->setItemText(1, DocumentIssuer::languageName(QStringLiteral("ru")));
    m_language->setItemText(2, DocumentIssuer::languageName(QStringLiteral("both")));
    for (auto it = m_buttons.constBegin(); it != m_buttons.constEnd(); ++it)
        it.value()->setText(DocumentIssuer::formName(it.key()) + QStringLiteral("…"));
    m_issued->setHorizontalHeaderLabels({tr("Document"), tr("Copy"), tr("Issued")});
    reloadIssued();
}

void DocumentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void DocumentsPanel::setCase(const Case &c, const WorkflowState *state)
{
    m_case = c;
    const bool prepared = state && state->decisionPreparedOn.isValid();
    const bool positive = prepared && state->outcome == Outcome::Positive;
    const bool refusal = prepared && state->outcome == Outcome::Refusal;
    m_buttons.value(forms::FormKind::Decision)->setEnabled(positive);
    m_buttons.value(forms::FormKind::DecisionElectronic)->setEnabled(positive);
    m_buttons.value(forms::FormKind::Refusal)->setEnabled(refusal);
    m_buttons.value(forms::FormKind::RefusalElectronic)->setEnabled(refusal);
    // Once the decision is prepared only its own pair is of use: the other pair would only
    // take the room of the issued documents.
    m_buttons.value(forms::FormKind::Decision)->setVisible(!refusal);
    m_buttons.value(forms::FormKind::DecisionElectronic)->setVisible(!refusal);
    m_buttons.value(forms::FormKind::Refusal)->setVisible(!positive);
    m_buttons.value(forms::FormKind::RefusalElectronic)->setVisible(!positive);
    reloadIssued();
}

void DocumentsPanel::reloadIssued()
{
    if (!m_context.database || m_case.id == 0) {
        m_issued->setRowCount(0);
        return;
    }
    QString error;
    const QList<IssuedDocument> documents = IssuedDocumentLog::list(*m_context.database, m_case.id, &error);
    m_issued->setRowCount(int(documents.size()));
    for (int row = 0; row < documents.size(); ++row) {
        const IssuedDocument &d = documents.at(row);
        const QString who = d.issuedByName.isEmpty() ? d.issuedBy : d.issuedByName;
        QString issuedText = who + QLatin1Char('\n') + d.issuedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        if (!d.reason.isEmpty())
            issuedText += QLatin1Char('\n') + tr("Reprinted: %1").arg(d.reason);
        const QStringList cells{DocumentIssuer::formName(d.formKind) + QLatin1Char('\n')
                                    + DocumentIssuer::languageName(d.lang),
                                d.copies > 1 ? QStringLiteral("%1–%2").arg(d.copyNumber).arg(d.lastCopyNumber())
                                             : QString::number(d.copyNumber),
                                issuedText};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            m_issued->setItem(row, col, item);
        }
    }
    // Room for up to three documents of three lines each besides the header (the first copy
    // and two reprints, say): with less the third row was cut off. More rows scroll in the
    // table; the card's right column scrolls when the window is too low for it.
    const int rowHeight = 3 * m_issued->fontMetrics().lineSpacing() + 8;
    const int rows = std::clamp(int(documents.size()), 1, 3);
    m_issued->setMinimumHeight(m_issued->horizontalHeader()->sizeHint().height() + rows * rowHeight
                               + 2 * m_issued->frameWidth() + 2);
}

bool DocumentsPanel::issue(forms::FormKind kind)
{
    DocumentIssuer issuer(m_context, m_actor, window());
    IssuedDocument record;
    QString message;
    const DocumentIssuer::Result result = issuer.issue(m_case, kind, formLanguage(), &record, &message);
    reloadIssued();
    if (result == DocumentIssuer::Failed)
        emit failed(message);
    if (result != DocumentIssuer::Issued)
        return false;
    emit documentIssued(record.formKind, record.copyNumber);
    return true;
}

} // namespace exitdesk::ui
