// The first start of an empty database: no one can log in yet, so this dialog creates the
// administrator account (login, full name, password typed twice) through AccountRepository
// with the setup actor, and the person who created it is then logged in as that administrator.
#pragma once

#include "AppContext.h"
#include "accounts/Actor.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace exitdesk::ui {

class LanguageSwitch;
class PasswordFields;

class FirstStartDialog : public QDialog
{
    Q_OBJECT
public:
    FirstStartDialog(AppContext context, QString workstation, QWidget *parent = nullptr);
    ~FirstStartDialog() override;

    // The new administrator, logged in; set when the dialog was accepted.
    std::optional<Actor> actor() const { return m_actor; }
    // Someone (another workstation) created the first account meanwhile: log in instead.
    bool accountsAppeared() const { return m_accountsAppeared; }

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *fullNameEdit() const { return m_fullName; }
    PasswordFields *passwordFields() const { return m_passwords; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *createButton() const { return m_ok; }

public slots:
    // Checks the fields and creates the administrator; accepts the dialog on success.
    bool submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The first thing wrong with what was typed, in the language of the screens, and the field
    // it is about (nullptr: nothing wrong).
    struct Problem
    {
        QString message;
        QWidget *field = nullptr;
    };
    Problem inputProblem();
    // What is wrong with one field (login, full name, or the password pair); empty: nothing.
    QString problemWith(QWidget *field);

    void retranslate();
    // Shows text() (called again on a change of language) and focuses focus; field: the input
    // the message is about, re-checked as it is edited (nullptr: a message about the database).
    void fail(std::function<QString()> text, QWidget *focus, QWidget *field);
    void clearMessage();
    // Something was typed: the message about a field goes once that field is right.
    void edited();

    AppContext m_context;
    QString m_workstation;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_loginLabel;
    QLabel *m_fullNameLabel;
    QLabel *m_passwordLabel;
    QLabel *m_repeatLabel;
    QLineEdit *m_login;
    QLineEdit *m_fullName;
    PasswordFields *m_passwords;
    QLabel *m_message;
    LanguageSwitch *m_languageSwitch;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    bool m_accountsAppeared = false;
    std::function<QString()> m_messageText; // what the message line says, in the current language
    QWidget *m_messageField = nullptr;      // the input it is about, if any
    std::optional<Actor> m_actor;
};

} // namespace exitdesk::ui
