// A new password typed twice, with a hint under it that says at once whether core will take
// it (PasswordHasher::acceptable) and whether the two agree. Used by the first-start,
// new-account and reset-password dialogs; the owner puts the three widgets into its form.
#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace exitdesk::ui {

class PasswordFields : public QObject
{
    Q_OBJECT
public:
    // The widgets are created as children of parent (object names "password", "passwordRepeat",
    // "passwordHint").
    explicit PasswordFields(QWidget *parent);

    QLineEdit *password() const { return m_password; }
    QLineEdit *repeat() const { return m_repeat; }
    QLabel *hint() const { return m_hint; }

    QString text() const;
    // True when the password is acceptable and typed the same twice; else *reason (in the
    // language of the screens) says what is wrong.
    // The caller shows the reason in its own message line, so the hint stops repeating it
    // until the passwords are edited again.
    bool check(QString *reason);
    void clear();
    void retranslate();

private:
    void updateHint();
    void edited();


    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_hint;
    QString m_reported; // the reason the dialog's message line shows
};

} // namespace exitdesk::ui
