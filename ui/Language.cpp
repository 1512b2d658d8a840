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
    if (m_qtOwn)
        QCoreApplication::removeTranslator(m_qtOwn.get());
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
    if (m_qtOwn)
        QCoreApplication::removeTranslator(m_qtOwn.get());

    // Qt's own dialogs (file dialog, standard buttons, print dialogs, context menus): the
    // system's qtbase translation when there is one (Debian ships Russian only, in the optional
    // qt6-translations-l10n), then ours on top (translations/qt), which the program carries
    // for both languages so that nothing depends on that package.
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    else
        m_qt.reset();
    m_qtOwn = std::make_unique<QTranslator>();
    if (m_qtOwn->load(QStringLiteral(":/i18n/qtbase_") + code))
        QCoreApplication::installTranslator(m_qtOwn.get());
    else
        m_qtOwn.reset();

    m_app = std::make_unique<QTranslator>();
    const bool loaded = m_app->load(QStringLiteral(":/i18n/exitdesk_") + code);
    // Installed last so that it wins over qtbase for the strings both translate.
    if (loaded)
        QCoreApplication::installTranslator(m_app.get());
    else
        m_app.reset();

    // Month names, day names and number formats in Qt's widgets (calendar pop-ups, the file
    // dialog through FileDialogs) follow the screens. Only QLocale's default: the C library's
    // locale (printf in libxlsxwriter) and QString::number stay independent of it.
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
