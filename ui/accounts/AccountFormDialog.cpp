#include "accounts/AccountFormDialog.h"

#include "accounts/AccountsUiSupport.h"
#include "validation/Finding.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace exitdesk::ui {

AccountFormDialog::AccountFormDialog(AppContext context, Actor actor, QWidget *parent)
    : QDialog(parent), m_context(context), m_actor(std::move(actor)), m_form(new QFormLayout),
      m_message(new QLabel(this))
{
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountFormDialog::trySubmit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    // Grows the window when a message appears instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addStrut(460); // the minimum width (the constraint overrides setMinimumWidth)
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
}

AccountFormDialog::~AccountFormDialog() = default;

void AccountFormDialog::finishSetup()
{
    retranslateFrame();
    retranslate();
}

bool AccountFormDialog::trySubmit()
{
    if (!submit())
        return false;
    accept();
    return true;
}

void AccountFormDialog::fail(const QString &message, QWidget *focus)
{
    accounts::showStatus(m_message, message, true);
    if (focus)
        focus->setFocus();
}

void AccountFormDialog::fail(const Finding &finding, QWidget *focus)
{
    fail(finding.message(accounts::uiLang()), focus);
}

void AccountFormDialog::retranslateFrame()
{
    m_ok->setText(tr("OK"));
    m_cancel->setText(tr("Cancel"));
}

void AccountFormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateFrame();
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace exitdesk::ui
