// Edits the offsets of a printer (x/y millimetres, to align the forms with pre-printed or
// stamped paper): the printer is chosen among the installed ones (and those with stored
// offsets), the change is stored as the logged-in person through core's SettingChange
// (SettingsEdit, audited). Opened from the print preview ("Printer offsets…") and from the
// Settings menu (PrinterOffsetsDialog::edit).
#pragma once

#include "AppContext.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace exitdesk {
struct Actor;
class Clock;
class Database;
} // namespace exitdesk

namespace exitdesk::ui {

class PrinterOffsetsDialog : public QDialog
{
    Q_OBJECT
public:
    PrinterOffsetsDialog(Database &db, const Clock &clock, const Actor &actor, const QString &printer,
                         QWidget *parent = nullptr);

    // Opens the dialog (through DialogRunner, so tests can drive it); true when offsets were
    // stored. `printer` preselects one (empty: the default printer).
    static bool edit(QWidget *parent, Database &db, const Clock &clock, const Actor &actor,
                     const QString &printer = QString());
    // For the Settings menu: as the context's logged-in person (the setup actor on a database
    // without accounts). False when nothing was stored or no database is open.
    static bool edit(QWidget *parent, const AppContext &context);

    QComboBox *printerBox() const { return m_printer; }
    QDoubleSpinBox *xBox() const { return m_x; }
    QDoubleSpinBox *yBox() const { return m_y; }
    QString error() const { return m_error; }

    // Stores the offsets shown for the printer shown. False with error() when refused.
    bool save();

public slots:
    void accept() override;

private:
    void showStored();

    Database &m_db;
    const Clock &m_clock;
    const Actor &m_actor;
    QComboBox *m_printer;
    QDoubleSpinBox *m_x;
    QDoubleSpinBox *m_y;
    QLabel *m_message;
    QString m_error;
    bool m_saved = false;
};

} // namespace exitdesk::ui
