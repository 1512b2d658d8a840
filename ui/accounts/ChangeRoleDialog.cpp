#include "accounts/ChangeRoleDialog.h"

#include "accounts/AccountRepository.h"
#include "accounts/AccountsUiSupport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace exitdesk::ui {

ChangeRoleDialog::ChangeRoleDialog(AppContext context, Actor actor, QString login, Role current,
                                   QWidget *parent)
    : AccountFormDialog(context, std::move(actor), parent), m_login(std::move(login))
{
    setObjectName(QStringLiteral("changeRoleDialog"));
    m_accountLabel = new QLabel(this);
    m_account = new QLabel(m_login, this);
    m_account->setTextFormat(Qt::PlainText);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (const Role r : allRoles())
        m_role->addItem(QString(), roleKey(r));
    m_role->setCurrentIndex(m_role->findData(roleKey(current)));
    m_roleLabel = new QLabel(this);
    m_roleLabel->setBuddy(m_role);
    form()->addRow(m_accountLabel, m_account);
    form()->addRow(m_roleLabel, m_role);
    m_role->setFocus();
    finishSetup();
}

bool ChangeRoleDialog::submit()
{
    Role role = Role::Operator;
    roleFromKey(m_role->currentData().toString(), &role);
    Finding finding;
    if (!AccountRepository::setRole(*m_context.database, m_actor, *m_context.clock, m_login, role,
                                    &finding)) {
        fail(finding, m_role);
        return false;
    }
    return true;
}

void ChangeRoleDialog::retranslate()
{
    setWindowTitle(tr("Change the role"));
    m_accountLabel->setText(tr("Account:"));
    m_roleLabel->setText(tr("New &role:"));
    const QString lang = accounts::uiLang();
    for (int i = 0; i < m_role->count(); ++i) {
        Role r = Role::Operator;
        roleFromKey(m_role->itemData(i).toString(), &r);
        m_role->setItemText(i, roleName(r, lang));
    }
    okButton()->setText(tr("&Change"));
}

} // namespace exitdesk::ui
