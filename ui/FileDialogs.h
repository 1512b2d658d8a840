// Qt's own file dialog, set up the way the program shows it: never the desktop's native one
// (which speaks the desktop's language, not the one chosen in ExitDesk; Qt's own is translated
// by translations/qt and switches with the screens), and dates in the list as dd.MM.yyyy HH:mm
// rather than in the system locale (the C locale under a bare X server shows «21 Nov»).
#pragma once

#include <QFileDialog>
#include <QString>

namespace exitdesk::ui {

class FileDialogs
{
public:
    // Makes `dialog` non-native and gives its list the program's date and size formats.
    static void prepare(QFileDialog &dialog);

    // Like QFileDialog::getSaveFileName, on a prepared dialog; `path` may name a folder or a
    // suggested file (folder + name). Empty when cancelled.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                                   const QString &filter, QFileDialog::Options options = {});
    // Like QFileDialog::getOpenFileName, on a prepared dialog. Empty when cancelled.
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &path,
                                   const QString &filter);
};

} // namespace exitdesk::ui
