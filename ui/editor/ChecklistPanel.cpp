#include "editor/ChecklistPanel.h"

#include "Language.h"
#include "editor/FieldBinder.h"
#include "session/CaseEditSession.h"
#include "validation/DocumentChecklist.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace exitdesk::ui {

namespace {

// Expiry dates are typed through the same mask as every other date. The editor opens as
// soon as the cell becomes current; Space in it (never part of a date) is the panel's.
class ExpiryDelegate : public QStyledItemDelegate
{
public:
    ExpiryDelegate(QObject *keys, QObject *parent) : QStyledItemDelegate(parent), m_keys(keys) {}
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setInputMask(QStringLiteral("99.99.9999;_"));
        edit->installEventFilter(m_keys);
        return edit;
    }

private:
    QObject *m_keys;
};

} // namespace

ChecklistPanel::ChecklistPanel(CaseEditSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_intro(new QLabel(this)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("checklistPanel"));
    m_table->setObjectName(QStringLiteral("checklist"));
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->hide();
    // The short columns fit their header and contents in any language; the name takes the
    // rest and wraps, and every row is as tall as its wrapped name at the current width.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->setItemDelegateForColumn(ExpiryColumn, new ExpiryDelegate(this, m_table));
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    // Tab moves on to the next control, as everywhere in the form; arrows move between cells.
    m_table->setTabKeyNavigation(false);
    // The same focus mark as the list of parts: the style alone does not show it.
    m_table->setStyleSheet(QStringLiteral("QTableWidget:focus { border: 2px solid palette(highlight); }"));
    m_table->installEventFilter(this);
    m_intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_table, &QTableWidget::itemChanged, this, &ChecklistPanel::itemChanged);
    connect(m_session, &CaseEditSession::checklistChanged, this, &ChecklistPanel::refresh);
    retranslate();
    refresh();
}

QTableWidgetItem *ChecklistPanel::cell(int row, int column)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        m_table->setItem(row, column, item);
    }
    return item;
}

void ChecklistPanel::refresh()
{
    // Items are updated in place: this also runs from inside the table's own itemChanged.
    const bool wasFilling = m_filling;
    m_filling = true;
    const QString lang = Language::current();
    const QList<ChecklistItem> &items = m_session->checklist();
    m_table->setRowCount(items.size());
    int missing = 0;
    for (int r = 0; r < items.size(); ++r) {
        const ChecklistItem &i = items.at(r);
        QTableWidgetItem *name = cell(r, NameColumn);
        name->setText(i.document.name(lang));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QTableWidgetItem *presented = cell(r, PresentedColumn);
        presented->setFlags(m_readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                       : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        presented->setCheckState(i.presented ? Qt::Checked : Qt::Unchecked);
        QTableWidgetItem *expiry = cell(r, ExpiryColumn);
        if (i.document.expires) {
            QDate d;
            for (const PresentedDocument &p : m_session->caseData().documents) {
                if (p.kind == i.document.kind && p.child == i.document.child)
                    d = p.expiresOn;
            }
            // The applicant's identity card / passport: the expiry typed on the questionnaire,
            // until one is entered here.
            if (!d.isValid())
                d = DocumentChecklist::questionnaireExpiry(m_session->caseData(), i.document);
            expiry->setText(d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString());
            expiry->setFlags(m_readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                        : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        } else {
            expiry->setFlags(Qt::ItemIsEnabled);
            expiry->setText(QStringLiteral("—"));
        }
        QTableWidgetItem *status = cell(r, StatusColumn);
        const bool good = i.ok() && !i.expiryMissing;
        status->setText(!i.ok() ? (i.expired ? tr("expired") : tr("missing"))
                                : (i.expiryMissing ? tr("expiry date missing") : tr("presented")));
        status->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        status->setForeground(good ? QColor(0x2e, 0x6b, 0x2e) : QColor(0xb0, 0x00, 0x20));
        missing += i.ok() ? 0 : 1;
    }
    m_summary->setText(missing == 0 ? tr("The package is complete.")
                                    : tr("Missing or expired documents: %1.").arg(missing));
    m_filling = wasFilling;
}

void ChecklistPanel::itemChanged(QTableWidgetItem *item)
{
    if (m_filling)
        return;
    const int row = item->row();
    const QTableWidgetItem *presented = m_table->item(row, PresentedColumn);
    const QTableWidgetItem *expiry = m_table->item(row, ExpiryColumn);
    if (!presented || !expiry || row >= m_session->checklist().size())
        return;
    const bool expires = m_session->checklist().at(row).document.expires;
    m_session->setPresented(row, presented->checkState() == Qt::Checked,
                            expires ? FieldBinder::parseDate(expiry->text()) : QDate());
}

bool ChecklistPanel::focusPath(const QString &path)
{
    const QList<ChecklistItem> &items = m_session->checklist();
    for (int r = 0; r < items.size() && r < m_table->rowCount(); ++r) {
        if (DocumentChecklist::documentPath(items.at(r).document) != path)
            continue;
        const bool expiry = items.at(r).presented && items.at(r).document.expires;
        m_table->setFocus(Qt::OtherFocusReason);
        m_table->setCurrentCell(r, expiry ? ExpiryColumn : PresentedColumn);
        m_table->scrollToItem(m_table->item(r, NameColumn));
        return true;
    }
    return false;
}

void ChecklistPanel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    refresh();
}

bool ChecklistPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The table's own keys, and those of an expiry date's editor (see ExpiryDelegate).
    const bool cellEditor = watched != m_table && qobject_cast<QLineEdit *>(watched);
    if ((watched == m_table || cellEditor) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && !(key->modifiers() & ~Qt::KeypadModifier)) {
            const int row = m_table->currentRow();
            QTableWidgetItem *presented = row >= 0 ? m_table->item(row, PresentedColumn) : nullptr;
            if (presented && !m_readOnly)
                presented->setCheckState(presented->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChecklistPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ChecklistPanel::retranslate()
{
    m_intro->setText(tr("Documents required for this case (derived from the questionnaire). Tick each one "
                        "the applicant presents; enter the expiry date where the document has one."));
    m_table->setHorizontalHeaderLabels({tr("Document"), tr("Presented"), tr("Valid until"), tr("Status")});
}

} // namespace exitdesk::ui
