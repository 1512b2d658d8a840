// The calendar editor (administrator settings): one year of the production calendar at a time,
// its twelve months with holidays, carried-over days off and transfers told apart, a banner
// while the year is incomplete (no Kurban Ait, not confirmed), the year's confirmation, and
// the import and export of a year file. Every change is saved at once to the database through
// CalendarStore (via CalendarYearEditor), and the program's deadlines are reloaded.
#pragma once

#include "AppContext.h"

#include <QDate>
#include <QDialog>

#include <memory>

class QAction;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace exitdesk {
struct CalendarError;
using CalendarErrors = QList<CalendarError>;
} // namespace exitdesk

namespace exitdesk::ui {

class CalendarLegend;
class CalendarYearEditor;
class YearView;

class CalendarEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // context.database and context.clock are required; context.deadlines, when set, is
    // reloaded after every change so that the open screens count with the new calendar.
    explicit CalendarEditorDialog(AppContext context, QWidget *parent = nullptr);
    ~CalendarEditorDialog() override;

    // Who confirms a year (the signed-in staff member); the system user name until set.
    void setUserName(const QString &name) { m_userName = name; }
    // What the signed-in staff member may do (Permission::CalendarEdit, CalendarConfirm);
    // both allowed until set. Without them the year is shown read-only.
    void setAllowed(bool edit, bool confirm);

    CalendarYearEditor *editor() const { return m_editor.get(); }
    YearView *yearView() const { return m_view; }
    QLabel *banner() const { return m_banner; }
    QLabel *confirmationLabel() const { return m_confirmation; }
    QAction *toggleAction() const { return m_toggleAction; }
    QAction *kurbanAitAction() const { return m_kurbanAction; }
    QPushButton *confirmButton() const { return m_confirmButton; }
    // The last change's outcome, shown under the year view.
    QLabel *statusLabel() const { return m_status; }

public slots:
    void showYear(int year);
    // Toggles the transfer of the day under the cursor (Enter / Space / the context menu).
    void toggleCurrentDay();
    // Makes the day under the cursor the first day of Kurban Ait.
    void setKurbanAitToCurrentDay();
    void clearKurbanAit();
    void confirmYear();
    // Without a path: asks for one. Return whether the file was imported / written.
    bool importYear(const QString &path = QString());
    bool exportYear(const QString &path = QString());

signals:
    // The calendar in the database changed (a transfer, Kurban Ait, an import, a confirmation).
    void calendarChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void refresh();        // the view, the banner and the panels from the editor's data
    void refreshDayPanel(); // the selected day and the actions that apply to it
    void onCurrentDateChanged(const QDate &date);
    void showContextMenu(const QDate &date, const QPoint &globalPos);
    void changed();
    void showErrors(const QString &title, const CalendarErrors &errors);

    AppContext m_context;
    std::unique_ptr<CalendarYearEditor> m_editor;
    QString m_userName;
    QString m_loadError;
    bool m_canEdit = true;
    bool m_canConfirm = true;

    QLabel *m_yearLabel = nullptr;
    QSpinBox *m_yearSpin = nullptr;
    QLabel *m_banner = nullptr;
    YearView *m_view = nullptr;
    CalendarLegend *m_legend = nullptr;
    QGroupBox *m_dayGroup = nullptr;
    QLabel *m_dayDate = nullptr;
    QLabel *m_dayKind = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QToolButton *m_toggleButton = nullptr;
    QToolButton *m_kurbanButton = nullptr;
    QGroupBox *m_kurbanGroup = nullptr;
    QLabel *m_kurbanDate = nullptr;
    QPushButton *m_clearKurban = nullptr;
    QGroupBox *m_confirmGroup = nullptr;
    QGroupBox *m_fileGroup = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_confirmation = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QAction *m_toggleAction = nullptr;
    QAction *m_kurbanAction = nullptr;
    QAction *m_clearKurbanAction = nullptr;
};

} // namespace exitdesk::ui
