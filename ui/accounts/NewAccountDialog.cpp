#include "accounts/NewAccountDialog.h"

#include "accounts/AccountRepository.h"
#include "accounts/AccountsUiSupport.h"
#include "accounts/PasswordFields.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace exitdesk::ui {

NewAccountDialog::NewAccountDialog(AppContext context, Actor actor, QWidget *parent)
    : AccountFormDialog(context, std::move(actor), parent)
{
    setObjectName(QStringLiteral("newAccountDialog"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setMaxLength(64);
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_fullName->setMaxLength(200);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (const Role r : allRoles())
        m_role->addItem(QString(), roleKey(r));
    m_passwords = new PasswordFields(this);

    m_loginLabel = new QLabel(this);
    m_loginLabel->setBuddy(m_login);
    m_fullNameLabel = new QLabel(this);
    m_fullNameLabel->setBuddy(m_fullName);
    m_roleLabel = new QLabel(this);
    m_roleLabel->setBuddy(m_role);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_passwords->password());
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_passwords->repeat());

    form()->addRow(m_loginLabel, m_login);
    form()->addRow(m_fullNameLabel, m_fullName);
    form()->addRow(m_roleLabel, m_role);
    form()->addRow(m_passwordLabel, m_passwords->password());
    form()->addRow(m_repeatLabel, m_passwords->repeat());
    form()->addRow(QString(), m_passwords->hint());
    m_login->setFocus();
    finishSetup();
}

bool NewAccountDialog::submit()
{
    if (m_fullName->text().trimmed().isEmpty()) {
        fail(tr("Enter the full name."), m_fullName);
        return false;
    }
    QString reason;
    if (!m_passwords->check(&reason)) {
        fail(reason, m_passwords->password());
        return false;
    }
    Role role = Role::Operator;
    roleFromKey(m_role->currentData().toString(), &role);
    Finding finding;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<Account> account =
        AccountRepository::add(*m_context.database, m_actor, *m_context.clock, m_login->text(),
                               m_fullName->text(), role, m_passwords->text(), &finding);
    QApplication::restoreOverrideCursor();
    if (!account) {
        fail(finding, m_login);
        return false;
    }
    m_added = account->login;
    return true;
}

void NewAccountDialog::retranslate()
{
    setWindowTitle(tr("New account"));
    m_loginLabel->setText(tr("&Login:"));
    m_login->setPlaceholderText(tr("Latin letters and digits, e.g. a.ivanova"));
    m_fullNameLabel->setText(tr("&Full name:"));
    m_roleLabel->setText(tr("&Role:"));
    const QString lang = accounts::uiLang();
    for (int i = 0; i < m_role->count(); ++i) {
        Role r = Role::Operator;
        roleFromKey(m_role->itemData(i).toString(), &r);
        m_role->setItemText(i, roleName(r, lang));
    }
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("R&epeat the password:"));
    okButton()->setText(tr("&Add"));
    m_passwords->retranslate();
}

} // namespace exitdesk::ui
