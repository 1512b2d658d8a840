#include "Language.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace exitdesk::ui {

namespace {
Language *g_instance = nullptr;
}

Language::Language(QObject *parent) : QObject(parent)
{
    if (!g_instance)
        g_instance = this;
}

Language::~Language()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (g_instance == this)
        g_instance = nullptr;
}

QStringList Language::available()
{
    return {QStringLiteral("kk"), QStringLiteral("ru")};
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    return QStringLiteral("Қазақша");
}

Language *Language::instance()
{
    return g_instance;
}

QString Language::current()
{
    return g_instance && !g_instance->m_code.isEmpty() ? g_instance->m_code : QStringLiteral("kk");
}

bool Language::setLanguage(const QString &code, bool remember)
{
    if (!available().contains(code))
        return false;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());

    // Qt's own dialogs (print preview, message boxes): Debian ships Russian only; the Kazakh
    // strings of the Qt dialogs we use are in our own .ts (QtStrings.cpp).
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    else
        m_qt.reset();

    m_app = std::make_unique<QTranslator>();
    const bool loaded = m_app->load(QStringLiteral(":/i18n/exitdesk_") + code);
    // Installed last so that it wins over qtbase for the strings both translate.
    if (loaded)
        QCoreApplication::installTranslator(m_app.get());
    else
        m_app.reset();

    QLocale::setDefault(QLocale(code == QLatin1String("ru") ? QLocale::Russian : QLocale::Kazakh,
                                QLocale::Kazakhstan));
    m_code = code;
    if (remember)
        settings::language.setValue(code);
    emit changed(code);
    return loaded;
}

void Language::restore()
{
    const QString saved = settings::language.value();
    setLanguage(available().contains(saved) ? saved : QStringLiteral("kk"), false);
}

} // namespace exitdesk::ui
