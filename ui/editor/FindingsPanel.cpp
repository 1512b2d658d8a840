#include "editor/FindingsPanel.h"

#include "Language.h"
#include "session/CaseEditSession.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace exitdesk::ui {

namespace {
constexpr int PathRole = Qt::UserRole + 1;
constexpr int IndexRole = Qt::UserRole + 2;

// A tree view asks its delegate for row heights without the column's width, so wrapped text
// would be measured on one line and cut. This delegate measures it at the column's width, less
// the check box the style draws before it.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeWidget *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        int width = m_view->header()->sectionSize(index.column());
        if (index.data(Qt::CheckStateRole).isValid())
            width -= m_view->style()->pixelMetric(QStyle::PM_IndicatorWidth, &opt, m_view)
                + 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, m_view);
        opt.rect = QRect(0, 0, qMax(width, 40), 1);
        return QStyledItemDelegate::sizeHint(opt, index) + QSize(0, 4); // a little air between findings
    }

private:
    QTreeWidget *m_view;
};
} // namespace

FindingsPanel::FindingsPanel(CaseEditSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderHidden(true);
    // Findings often begin alike ("Applicant: …"): each is wrapped to the list's width, never
    // cut to a shared prefix.
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    m_list->setStyleSheet(QStringLiteral("QTreeWidget:focus { border: 2px solid palette(highlight); }"));
    // Row heights follow the width (a tree view keeps the heights it measured).
    connect(m_list->header(), &QHeaderView::sectionResized, m_list, &QTreeWidget::doItemsLayout);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    connect(m_session, &CaseEditSession::findingsChanged, this, &FindingsPanel::refresh);
    connect(m_list, &QTreeWidget::itemChanged, this, &FindingsPanel::itemChanged);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit jumpTo(item->data(0, PathRole).toString()); });
    refresh();
}

void FindingsPanel::refresh()
{
    // A confirmation ticked here changes only the summary; rebuilding the list would delete
    // the item whose signal is being handled.
    if (m_confirming) {
        updateSummary();
        return;
    }
    const QString lang = Language::current();
    m_filling = true;
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(0, PathRole).toString() : QString();
    m_list->clear();
    const Findings &findings = m_session->findings();
    // Errors first: they block acceptance; warnings only need a confirmation.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < findings.size(); ++i) {
            const Finding &f = findings.at(i);
            if (f.isError() != (pass == 0))
                continue;
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0, m_session->displayed(f).message(lang));
            item->setToolTip(0, f.path + QStringLiteral(" · ") + f.code);
            item->setData(0, PathRole, f.path);
            item->setData(0, IndexRole, i);
            item->setIcon(0, style()->standardIcon(f.isError() ? QStyle::SP_MessageBoxCritical
                                                               : QStyle::SP_MessageBoxWarning));
            if (!f.isError()) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(0, m_session->isConfirmed(f) ? Qt::Checked : Qt::Unchecked);
            }
            if (f.path == current)
                m_list->setCurrentItem(item);
        }
    }
    m_filling = false;
    updateSummary();
}

void FindingsPanel::updateSummary()
{
    const Findings &findings = m_session->findings();
    const int errors = m_session->errorCount();
    const int open = m_session->unconfirmedWarningCount();
    if (findings.isEmpty())
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(tr("Errors: %1. Warnings to confirm: %2 (tick each warning you checked).")
                               .arg(errors)
                               .arg(open));
}

void FindingsPanel::itemChanged(QTreeWidgetItem *item)
{
    if (m_filling)
        return;
    const int index = item->data(0, IndexRole).toInt();
    const Findings &findings = m_session->findings();
    if (index < 0 || index >= findings.size())
        return;
    m_confirming = true;
    m_session->confirmWarning(findings.at(index), item->checkState(0) == Qt::Checked);
    m_confirming = false;
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace exitdesk::ui
