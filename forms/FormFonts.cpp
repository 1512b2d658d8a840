#include "FormFonts.h"

#include <QFontDatabase>
#include <QMutex>
#include <QStringList>
#include <QtDebug>

#include <cmath>

namespace exitdesk::forms {

namespace {

struct Registration
{
    QString family;
    bool ok = false;
};

const Registration &registration()
{
    static const Registration r = [] {
        Registration reg;
        const QStringList files{QStringLiteral(":/fonts/LiberationSerif-Regular.ttf"),
                                QStringLiteral(":/fonts/LiberationSerif-Bold.ttf"),
                                QStringLiteral(":/fonts/LiberationSerif-Italic.ttf")};
        reg.ok = true;
        for (const QString &file : files) {
            const int id = QFontDatabase::addApplicationFont(file);
            if (id < 0) {
                qWarning("forms: cannot register the font %s", qPrintable(file));
                reg.ok = false;
                continue;
            }
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (reg.family.isEmpty() && !families.isEmpty())
                reg.family = families.first();
        }
        if (reg.family.isEmpty())
            reg.family = QStringLiteral("Liberation Serif");
        return reg;
    }();
    return r;
}

} // namespace

QString FormFonts::family()
{
    return registration().family;
}

bool FormFonts::registered()
{
    return registration().ok;
}

QFont FormFonts::font(double points, bool bold, bool italic)
{
    QFont f(family());
    // Pixel sizes are in layout units: independent of the device's resolution.
    f.setPixelSize(int(std::lround(points * 25.4 / 72.0 * unitsPerMm)));
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

} // namespace exitdesk::forms
