#include "accounts/PasswordFields.h"

#include "accounts/AccountsUiSupport.h"
#include "accounts/PasswordHasher.h"

#include <QLabel>
#include <QLineEdit>

namespace exitdesk::ui {

PasswordFields::PasswordFields(QWidget *parent)
    : QObject(parent), m_password(new QLineEdit(parent)), m_repeat(new QLineEdit(parent)),
      m_hint(new QLabel(parent))
{
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("passwordRepeat"));
    m_hint->setObjectName(QStringLiteral("passwordHint"));
    for (QLineEdit *e : {m_password, m_repeat}) {
        e->setEchoMode(QLineEdit::Password);
        connect(e, &QLineEdit::textChanged, this, &PasswordFields::edited);
    }
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    updateHint();
}

QString PasswordFields::text() const
{
    return m_password->text();
}

namespace {

// PasswordHasher's verdict, with the reason in the language of the screens.
bool acceptable(const QString &password, QString *reason)
{
    QString en, ru, kk;
    if (PasswordHasher::acceptable(password, &en, &ru, &kk))
        return true;
    const QString lang = accounts::uiLang();
    *reason = lang == QLatin1String("ru") ? ru : lang == QLatin1String("kk") ? kk : en;
    return false;
}

} // namespace

bool PasswordFields::check(QString *reason)
{
    bool ok = acceptable(m_password->text(), reason);
    if (ok && m_repeat->text() != m_password->text()) {
        *reason = tr("The two passwords differ.");
        ok = false;
    }
    m_reported = ok ? QString() : *reason;
    updateHint();
    return ok;
}

void PasswordFields::edited()
{
    m_reported.clear();
    updateHint();
}

void PasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

void PasswordFields::retranslate()
{
    updateHint();
}

void PasswordFields::updateHint()
{
    const QString password = m_password->text();
    const QString repeat = m_repeat->text();
    QString reason;
    if (password.isEmpty())
        accounts::showInfo(m_hint, tr("At least 8 characters; letters, digits and signs may be mixed."));
    else if (!acceptable(password, &reason))
        // Not twice on screen: the dialog's message line already says it after a submit.
        accounts::showStatus(m_hint, reason == m_reported ? QString() : reason, true);
    else if (repeat.isEmpty() || (repeat != password && password.startsWith(repeat)))
        // The repeat is not typed yet or still being typed: no alarm yet.
        accounts::showInfo(m_hint, tr("Type the password again."));
    else if (repeat != password) {
        const QString differ = tr("The two passwords differ.");
        accounts::showStatus(m_hint, differ == m_reported ? QString() : differ, true);
    }
    else
        accounts::showStatus(m_hint, tr("The password is acceptable."), false);
}

} // namespace exitdesk::ui
