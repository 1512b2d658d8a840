#include "accounts/ResetPasswordDialog.h"

#include "accounts/AccountRepository.h"
#include "accounts/PasswordFields.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace exitdesk::ui {

ResetPasswordDialog::ResetPasswordDialog(AppContext context, Actor actor, QString login, QWidget *parent)
    : AccountFormDialog(context, std::move(actor), parent), m_login(std::move(login))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    m_accountLabel = new QLabel(this);
    m_account = new QLabel(m_login, this);
    m_account->setTextFormat(Qt::PlainText);
    m_passwords = new PasswordFields(this);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_passwords->password());
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_passwords->repeat());
    form()->addRow(m_accountLabel, m_account);
    form()->addRow(m_passwordLabel, m_passwords->password());
    form()->addRow(m_repeatLabel, m_passwords->repeat());
    form()->addRow(QString(), m_passwords->hint());
    m_passwords->password()->setFocus();
    finishSetup();
}

bool ResetPasswordDialog::submit()
{
    QString reason;
    if (!m_passwords->check(&reason)) {
        fail(reason, m_passwords->password());
        return false;
    }
    Finding finding;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = AccountRepository::setPassword(*m_context.database, m_actor, *m_context.clock, m_login,
                                                   m_passwords->text(), &finding);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        fail(finding, m_passwords->password());
        return false;
    }
    m_passwords->clear();
    return true;
}

void ResetPasswordDialog::retranslate()
{
    setWindowTitle(tr("New password"));
    m_accountLabel->setText(tr("Account:"));
    m_passwordLabel->setText(tr("New &password:"));
    m_repeatLabel->setText(tr("R&epeat the password:"));
    okButton()->setText(tr("&Set the password"));
    m_passwords->retranslate();
}

} // namespace exitdesk::ui
