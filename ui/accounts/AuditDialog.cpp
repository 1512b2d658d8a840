#include "accounts/AuditDialog.h"

#include "accounts/AccountRepository.h"
#include "accounts/AccountsUiSupport.h"
#include "accounts/AuditDiff.h"
#include "accounts/AuditModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace exitdesk::ui {

namespace {

const QStringList &entityKinds()
{
    static const QStringList kinds{
        QStringLiteral("case"),    QStringLiteral("account"),         QStringLiteral("calendar"),
        QStringLiteral("setting"), QStringLiteral("destruction-act"), QStringLiteral("database")};
    return kinds;
}

} // namespace

AuditDialog::AuditDialog(AppContext context, Actor actor, QWidget *parent)
    : QDialog(parent), m_context(context), m_actor(std::move(actor)), m_model(new AuditModel(this))
{
    setObjectName(QStringLiteral("auditDialog"));

    // Filters.
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("entityKindFilter"));
    m_kind->addItem(QString(), QString());
    for (const QString &k : entityKinds())
        m_kind->addItem(QString(), k);
    m_kindLabel = new QLabel(this);
    m_kindLabel->setBuddy(m_kind);
    m_entityId = new QLineEdit(this);
    m_entityId->setObjectName(QStringLiteral("entityIdFilter"));
    m_entityId->setClearButtonEnabled(true);
    m_entityId->setMaxLength(100);
    m_entityIdLabel = new QLabel(this);
    m_entityIdLabel->setBuddy(m_entityId);
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->setMinimumContentsLength(14);
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setAutoDefault(false);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_entityId, &QLineEdit::editingFinished, this, &AuditDialog::reload);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_user->lineEdit(), &QLineEdit::editingFinished, this, &AuditDialog::reload);
    connect(m_refresh, &QPushButton::clicked, this, &AuditDialog::reload);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_entityIdLabel);
    filters->addWidget(m_entityId, 1);
    filters->addWidget(m_userLabel);
    filters->addWidget(m_user);
    filters->addWidget(m_refresh);

    // The records and the selected one's changes.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditDialog::showSelected);

    m_diffTitle = new QLabel(this);
    m_diffTitle->setTextFormat(Qt::PlainText);
    m_diff = new QTableWidget(0, 3, this);
    m_diff->setObjectName(QStringLiteral("auditDiff"));
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setTabKeyNavigation(false);
    m_diff->verticalHeader()->hide();
    m_diff->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_diff->horizontalHeader()->setStretchLastSection(true);
    m_diff->setWordWrap(true);
    auto *diffBox = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diff, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(diffBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    // The verification.
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setAutoDefault(false);
    connect(m_verify, &QPushButton::clicked, this, [this] { verifyChain(); });
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::PlainText);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_verifyResult->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_verify);
    bottom->addWidget(m_verifyResult, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(bottom);

    retranslate();
    fillUsers();
    reload();
    m_table->setFocus();
    resize(1100, 700);
}

AuditDialog::~AuditDialog() = default;

void AuditDialog::fillUsers()
{
    // The accounts of today plus "(setup)"; someone looking for a removed login types it.
    QStringList logins{QString(), QStringLiteral("(setup)")};
    Finding ignored;
    for (const Account &a : AccountRepository::list(*m_context.database, m_actor, &ignored))
        logins << a.login;
    const QSignalBlocker block(m_user);
    m_user->clear();
    m_user->addItems(logins);
    m_user->setCurrentIndex(0);
}

Actor AuditDialog::actorNow() const
{
    Actor a = m_actor;
    a.lang = accounts::uiLang();
    return a;
}

void AuditDialog::reload()
{
    AuditFilter filter;
    filter.entityKind = m_kind->currentData().toString();
    filter.entityId = m_entityId->text().trimmed();
    filter.actorLogin = m_user->currentText().trimmed().toLower();
    filter.limit = kLimit;
    QString error;
    bool refused = false;
    // Core checks the permission (AuditView); its refusal is shown in the screens' language.
    const QList<AuditRecord> records =
        AuditLog::list(*m_context.database, actorNow(), filter, &error, &refused);
    if (refused) {
        m_model->setRecords({});
        accounts::showStatus(m_status, error, true);
        m_verify->setEnabled(false);
        showSelected();
        return;
    }
    const qint64 keep =
        m_table->currentIndex().isValid() ? m_table->currentIndex().data(Qt::UserRole).toLongLong() : 0;
    m_model->setRecords(records);
    m_table->resizeColumnsToContents();
    if (!error.isEmpty())
        accounts::showStatus(m_status, tr("The audit log cannot be read: %1").arg(error), true);
    else if (records.size() >= kLimit)
        accounts::showInfo(
            m_status,
            tr("The newest %1 records are shown; narrow the filters to see older ones.").arg(kLimit));
    else
        accounts::showInfo(m_status, tr("Records: %1").arg(records.size()));
    const int row = keep ? m_model->rowOfId(keep) : -1;
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    showSelected();
}

void AuditDialog::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const AuditRecord *r = rows.isEmpty() ? nullptr : m_model->record(rows.first().row());
    m_diff->setRowCount(0);
    if (!r) {
        m_diffTitle->setText(tr("Select a record to see what it changed."));
        return;
    }
    const QList<AuditDiffRow> diff = AuditDiff::compare(r->beforeJson, r->afterJson);
    m_diffTitle->setText(
        diff.isEmpty() ? tr("Record No. %1 changed no field.").arg(r->seq)
                       : tr("Record No. %1: %2, %3 by %4 — the fields that changed:")
                             .arg(r->seq)
                             .arg(AuditModel::actionName(r->action),
                                  AuditModel::entityKindName(r->entityKind) + QLatin1Char(' ') + r->entityId,
                                  r->actorLogin));
    m_diff->setRowCount(int(diff.size()));
    const QColor removed(0xfd, 0xe2, 0xe1);
    const QColor added(0xe3, 0xf4, 0xe1);
    for (int i = 0; i < diff.size(); ++i) {
        const AuditDiffRow &d = diff.at(i);
        auto *path = new QTableWidgetItem(d.path);
        auto *before = new QTableWidgetItem(d.existedBefore ? d.before : QStringLiteral("—"));
        auto *after = new QTableWidgetItem(d.existsAfter ? d.after : QStringLiteral("—"));
        before->setBackground(removed);
        after->setBackground(added);
        m_diff->setItem(i, 0, path);
        m_diff->setItem(i, 1, before);
        m_diff->setItem(i, 2, after);
    }
    m_diff->resizeColumnToContents(0);
    m_diff->resizeRowsToContents();
}

bool AuditDialog::verifyChain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AuditVerification v = AuditLog::verify(*m_context.database, actorNow());
    QApplication::restoreOverrideCursor();
    if (v.refused) {
        m_verification.reset();
        accounts::showStatus(m_verifyResult, v.error, true);
        return false;
    }
    m_verification = v;
    showVerification();
    if (!m_verification->ok && m_verification->firstBadId > 0) {
        // Bring the bad record into view when the filters let it through.
        const int row = m_model->rowOfId(m_verification->firstBadId);
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        }
    }
    return m_verification->ok;
}

void AuditDialog::showVerification()
{
    if (!m_verification)
        return;
    const AuditVerification &v = *m_verification;
    if (!v.error.isEmpty()) {
        accounts::showStatus(m_verifyResult, tr("The audit log cannot be read: %1").arg(v.error), true);
    } else if (v.ok) {
        accounts::showStatus(m_verifyResult,
                             tr("The chain is intact: %1 records checked. Last hash: %2")
                                 .arg(v.records)
                                 .arg(v.headHash.isEmpty() ? tr("(none, the log is empty)") : v.headHash),
                             false);
    } else {
        const QString lang = accounts::uiLang();
        const QString reason = lang == QLatin1String("ru")   ? v.reasonRu
                               : lang == QLatin1String("kk") ? v.reasonKk
                                                             : v.reasonEn;
        accounts::showStatus(m_verifyResult,
                             v.firstBadSeq > 0 ? tr("The chain is broken at record No. %1 (id %2): %3")
                                                     .arg(v.firstBadSeq)
                                                     .arg(v.firstBadId)
                                                     .arg(reason)
                                               : tr("The chain is broken: %1").arg(reason),
                             true);
    }
}

void AuditDialog::retranslate()
{
    setWindowTitle(tr("Audit log"));
    m_kindLabel->setText(tr("&Entity:"));
    m_kind->setItemText(0, tr("any"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, AuditModel::entityKindName(m_kind->itemData(i).toString()));
    m_entityIdLabel->setText(tr("N&umber or key:"));
    m_entityId->setPlaceholderText(tr("case number, login, year…"));
    m_userLabel->setText(tr("U&ser:"));
    m_user->lineEdit()->setPlaceholderText(tr("anyone"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the records again (F5)"));
    m_diff->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_verify->setText(tr("&Verify the chain"));
    m_verify->setToolTip(tr("Recompute every record's hash and check that none was changed or removed"));
    m_close->setText(tr("Close"));
    m_table->setAccessibleName(tr("Audit records"));
    m_model->retranslate();
    showSelected();
    showVerification();
}

void AuditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // the counts under the table
    }
    QDialog::changeEvent(event);
}

} // namespace exitdesk::ui
