// The desktop program's settings, each key declared once with its type and default, so that
// no string literal for a settings key is scattered through the screens.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace exitdesk::ui {

template <typename T>
class SettingsKey
{
public:
    SettingsKey(const char *key, T fallback) : m_key(QString::fromLatin1(key)), m_default(std::move(fallback)) {}

    T value() const
    {
        QSettings s;
        const QVariant v = s.value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void setValue(const T &v) const
    {
        QSettings s;
        s.setValue(m_key, QVariant::fromValue(v));
    }
    void reset() const
    {
        QSettings s;
        s.remove(m_key);
    }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

namespace settings {

// "kk" or "ru": the language of the menus and screens.
inline const SettingsKey<QString> language{"ui/language", QStringLiteral("kk")};
inline const SettingsKey<QByteArray> mainWindowGeometry{"ui/mainWindowGeometry", QByteArray()};
inline const SettingsKey<QByteArray> mainWindowState{"ui/mainWindowState", QByteArray()};

} // namespace settings

} // namespace exitdesk::ui
