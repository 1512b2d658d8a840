#include "accounts/UsersDialog.h"

#include "Clock.h"
#include "accounts/AccountRepository.h"
#include "accounts/AccountsUiSupport.h"
#include "accounts/ChangeRoleDialog.h"
#include "accounts/NewAccountDialog.h"
#include "accounts/ResetPasswordDialog.h"
#include "accounts/UsersModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace exitdesk::ui {

UsersDialog::UsersDialog(AppContext context, Actor actor, QWidget *parent)
    : QDialog(parent), m_context(context), m_actor(std::move(actor)), m_model(new UsersModel(this))
{
    setObjectName(QStringLiteral("usersDialog"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersDialog::updateButtons);
    connect(m_table, &QTableView::activated, this, [this] { changeRole(); });

    auto makeButton = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    m_add = makeButton("addAccountButton");
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_role = makeButton("changeRoleButton");
    m_lock = makeButton("lockButton");
    m_unlock = makeButton("unlockButton");
    m_password = makeButton("resetPasswordButton");
    connect(m_add, &QPushButton::clicked, this, [this] { addAccount(); });
    connect(m_role, &QPushButton::clicked, this, [this] { changeRole(); });
    connect(m_lock, &QPushButton::clicked, this, [this] { lockSelected(); });
    connect(m_unlock, &QPushButton::clicked, this, [this] { unlockSelected(); });
    connect(m_password, &QPushButton::clicked, this, [this] { resetPassword(); });

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_role, m_lock, m_unlock, m_password})
        side->addWidget(b);
    side->addStretch();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("usersStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    retranslate();
    reload();
    m_table->setFocus();
    resize(900, 480);
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::reload()
{
    const QString keep = selectedLogin();
    Finding finding;
    const QList<Account> accounts = AccountRepository::list(*m_context.database, m_actor, &finding);
    if (!finding.code.isEmpty())
        accounts::showStatus(m_status, finding.message(accounts::uiLang()), true);
    m_model->setAccounts(accounts, m_context.clock->now());
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectLogin(keep);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

QString UsersDialog::selectedLogin() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

bool UsersDialog::selectLogin(const QString &login)
{
    const int row = m_model->rowOf(login);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void UsersDialog::updateButtons()
{
    const int row = m_model->rowOf(selectedLogin());
    const bool selected = row >= 0;
    const Account account = selected ? m_model->accounts().at(row) : Account();
    m_role->setEnabled(selected);
    m_password->setEnabled(selected);
    // Unlocking also ends an automatic lockout after wrong passwords.
    m_lock->setEnabled(selected && !account.disabled);
    m_unlock->setEnabled(selected && (account.disabled || account.lockedOutAt(m_context.clock->now())));
}

bool UsersDialog::addAccount()
{
    NewAccountDialog dialog(m_context, m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    selectLogin(dialog.addedLogin());
    accounts::showStatus(m_status, tr("The account %1 was added.").arg(dialog.addedLogin()), false);
    return true;
}

bool UsersDialog::changeRole()
{
    const int row = m_model->rowOf(selectedLogin());
    if (row < 0)
        return false;
    const Account account = m_model->accounts().at(row);
    ChangeRoleDialog dialog(m_context, m_actor, account.login, account.role, this);
    // The same role again is no change: OK stays grey (Enter does nothing, Esc cancels) so that
    // nothing is written to the account or the audit log and nothing is reported as changed.
    QComboBox *roles = dialog.roleCombo();
    const int unchanged = roles->currentIndex();
    QPushButton *ok = dialog.okButton();
    auto syncOk = [roles, ok, unchanged] { ok->setEnabled(roles->currentIndex() != unchanged); };
    connect(roles, &QComboBox::currentIndexChanged, ok, syncOk);
    syncOk();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    const int after = m_model->rowOf(account.login);
    if (after >= 0 && m_model->accounts().at(after).role == account.role) {
        accounts::showStatus(m_status, tr("The role of %1 was not changed.").arg(account.login), false);
        return false;
    }
    accounts::showStatus(m_status, tr("The role of %1 was changed.").arg(account.login), false);
    return true;
}

bool UsersDialog::resetPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return false;
    ResetPasswordDialog dialog(m_context, m_actor, login, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    reload();
    accounts::showStatus(m_status, tr("A new password was set for %1.").arg(login), false);
    return true;
}

bool UsersDialog::lockSelected()
{
    return setDisabled(true);
}

bool UsersDialog::unlockSelected()
{
    return setDisabled(false);
}

bool UsersDialog::setDisabled(bool disabled)
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return false;
    Finding finding;
    if (!AccountRepository::setDisabled(*m_context.database, m_actor, *m_context.clock, login, disabled,
                                        &finding)) {
        accounts::showStatus(m_status, finding.message(accounts::uiLang()), true);
        return false;
    }
    reload();
    accounts::showStatus(m_status,
                         disabled ? tr("The account %1 was locked.").arg(login)
                                  : tr("The account %1 was unlocked.").arg(login),
                         false);
    return true;
}

void UsersDialog::retranslate()
{
    setWindowTitle(tr("Users"));
    m_add->setText(tr("&Add…"));
    m_add->setToolTip(tr("Add an account (Insert)"));
    m_role->setText(tr("Change the &role…"));
    m_lock->setText(tr("&Lock"));
    m_unlock->setText(tr("&Unlock"));
    m_password->setText(tr("New &password…"));
    m_close->setText(tr("Close"));
    m_table->setAccessibleName(tr("Staff accounts"));
    m_model->retranslate();
}

void UsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace exitdesk::ui
