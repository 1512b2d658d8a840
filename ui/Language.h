// The language of the screens: Kazakh or Russian, chosen from the Language menu, remembered in
// the settings and switched at run time. Installing a translator makes Qt send
// QEvent::LanguageChange to every widget, which then retranslates itself.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace exitdesk::ui {

class Language : public QObject
{
    Q_OBJECT
public:
    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    // The languages offered: "kk", "ru".
    static QStringList available();
    // The language's own name as shown in the menu ("Қазақша", "Русский").
    static QString nativeName(const QString &code);

    // The application-wide instance (the one created first), for code that needs to know the
    // current language, e.g. to pick a finding's message.
    static Language *instance();
    // "kk" or "ru": the current language; "kk" when no instance exists.
    static QString current();

    QString code() const { return m_code; }
    // Loads and installs the translations; remembers the choice when remember is true.
    bool setLanguage(const QString &code, bool remember = true);
    // The remembered language (settings), or Kazakh.
    void restore();

signals:
    void changed(const QString &code);

private:
    QString m_code;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;     // Qt's own, when the system has it (Debian: Russian only)
    std::unique_ptr<QTranslator> m_qtOwn;  // ours for Qt's dialogs (translations/qt), both languages
};

} // namespace exitdesk::ui
