#include "calendareditor/CalendarEditorDialog.h"
#include "FileDialogs.h"

#include "Clock.h"
#include "Language.h"
#include "MessageBox.h"
#include "calendareditor/CalendarLegend.h"
#include "calendareditor/CalendarYearEditor.h"
#include "calendareditor/YearView.h"
#include "session/Deadlines.h"

#include <QDir>
#include <QStandardPaths>
#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace exitdesk::ui {

namespace {

QString uiDate(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return b;
}

} // namespace

CalendarEditorDialog::CalendarEditorDialog(AppContext context, QWidget *parent)
    : QDialog(parent), m_context(context),
      m_editor(std::make_unique<CalendarYearEditor>(*context.database, *context.clock, context.actor)),
      m_userName(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")))
{
    setObjectName(QStringLiteral("calendarEditor"));
    buildUi();
    if (!m_editor->reload(&m_loadError))
        m_editor->setYear(m_context.clock->today().year());
    const int year = m_context.clock->today().year();
    m_yearSpin->setRange(m_editor->calendar().firstDate().year(), m_editor->calendar().lastDate().year());
    retranslate();
    showYear(year);
    m_view->setCurrentDate(m_context.clock->today());
    m_view->setFocus();
    resize(1280, 720);
}

CalendarEditorDialog::~CalendarEditorDialog() = default;

void CalendarEditorDialog::buildUi()
{
    m_toggleAction = new QAction(this);
    m_toggleAction->setObjectName(QStringLiteral("toggleTransferAction"));
    connect(m_toggleAction, &QAction::triggered, this, &CalendarEditorDialog::toggleCurrentDay);
    m_kurbanAction = new QAction(this);
    m_kurbanAction->setObjectName(QStringLiteral("kurbanAitAction"));
    m_kurbanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_kurbanAction, &QAction::triggered, this, &CalendarEditorDialog::setKurbanAitToCurrentDay);
    m_clearKurbanAction = new QAction(this);
    m_clearKurbanAction->setObjectName(QStringLiteral("clearKurbanAitAction"));
    connect(m_clearKurbanAction, &QAction::triggered, this, &CalendarEditorDialog::clearKurbanAit);
    addAction(m_kurbanAction);

    // The year selector.
    m_yearLabel = new QLabel(this);
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("yearSpin"));
    m_yearSpin->setMinimumWidth(90);
    m_yearLabel->setBuddy(m_yearSpin);
    connect(m_yearSpin, &QSpinBox::valueChanged, this, &CalendarEditorDialog::showYear);
    auto *top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_yearSpin);
    top->addStretch();

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("yearBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(8);

    m_view = new YearView(this);
    connect(m_view, &YearView::currentDateChanged, this, &CalendarEditorDialog::onCurrentDateChanged);
    // The same slot as the context menu's action; called directly so that Enter on a holiday
    // says why nothing happens instead of being swallowed by the disabled action.
    connect(m_view, &YearView::activated, this, &CalendarEditorDialog::toggleCurrentDay);
    connect(m_view, &YearView::contextMenuRequested, this, &CalendarEditorDialog::showContextMenu);
    m_legend = new CalendarLegend(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("calendarStatus"));
    m_status->setWordWrap(true);

    // The selected day.
    m_dayGroup = new QGroupBox(this);
    m_dayDate = new QLabel(m_dayGroup);
    QFont bold = m_dayDate->font();
    bold.setBold(true);
    m_dayDate->setFont(bold);
    m_dayKind = new QLabel(m_dayGroup);
    m_dayKind->setWordWrap(true);
    m_noteLabel = new QLabel(m_dayGroup);
    m_note = new QLineEdit(m_dayGroup);
    m_note->setObjectName(QStringLiteral("transferNote"));
    m_noteLabel->setBuddy(m_note);
    // "Примечание к новому переносу (постановление):" is wider than the side panel.
    m_noteLabel->setWordWrap(true);
    m_toggleButton = actionButton(m_toggleAction, m_dayGroup);
    m_kurbanButton = actionButton(m_kurbanAction, m_dayGroup);
    auto *dayLayout = new QVBoxLayout(m_dayGroup);
    dayLayout->addWidget(m_dayDate);
    dayLayout->addWidget(m_dayKind);
    dayLayout->addWidget(m_noteLabel);
    dayLayout->addWidget(m_note);
    dayLayout->addWidget(m_toggleButton);
    dayLayout->addWidget(m_kurbanButton);

    // Kurban Ait.
    m_kurbanGroup = new QGroupBox(this);
    m_kurbanDate = new QLabel(m_kurbanGroup);
    m_kurbanDate->setObjectName(QStringLiteral("kurbanAitDate"));
    m_clearKurban = new QPushButton(m_kurbanGroup);
    connect(m_clearKurban, &QPushButton::clicked, m_clearKurbanAction, &QAction::trigger);
    auto *kurbanLayout = new QHBoxLayout(m_kurbanGroup);
    kurbanLayout->addWidget(m_kurbanDate, 1);
    kurbanLayout->addWidget(m_clearKurban);

    // The confirmation.
    m_confirmGroup = new QGroupBox(this);
    m_confirmation = new QLabel(m_confirmGroup);
    m_confirmation->setObjectName(QStringLiteral("confirmationLabel"));
    m_confirmation->setWordWrap(true);
    m_confirmButton = new QPushButton(m_confirmGroup);
    m_confirmButton->setObjectName(QStringLiteral("confirmYearButton"));
    m_confirmButton->setAutoDefault(false);
    connect(m_confirmButton, &QPushButton::clicked, this, &CalendarEditorDialog::confirmYear);
    auto *confirmLayout = new QVBoxLayout(m_confirmGroup);
    confirmLayout->addWidget(m_confirmation);
    confirmLayout->addWidget(m_confirmButton);

    // The year as a file.
    m_fileGroup = new QGroupBox(this);
    m_importButton = new QPushButton(m_fileGroup);
    m_importButton->setObjectName(QStringLiteral("importYearButton"));
    m_importButton->setAutoDefault(false);
    connect(m_importButton, &QPushButton::clicked, this, [this] { importYear(); });
    m_exportButton = new QPushButton(m_fileGroup);
    m_exportButton->setObjectName(QStringLiteral("exportYearButton"));
    m_exportButton->setAutoDefault(false);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportYear(); });
    auto *fileLayout = new QHBoxLayout(m_fileGroup);
    fileLayout->addWidget(m_importButton);
    fileLayout->addWidget(m_exportButton);

    for (QPushButton *b : {m_clearKurban, m_confirmButton, m_importButton, m_exportButton})
        b->setAutoDefault(false);

    auto *side = new QVBoxLayout;
    side->addWidget(m_dayGroup);
    side->addWidget(m_kurbanGroup);
    side->addWidget(m_confirmGroup);
    side->addWidget(m_fileGroup);
    side->addStretch();
    auto *sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    sideWidget->setFixedWidth(300);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addWidget(sideWidget);

    auto *buttons = new QDialogButtonBox(this);
    m_closeButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_closeButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_legend, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    layout->addLayout(bottom);

    setTabOrder(m_yearSpin, m_view);
}

void CalendarEditorDialog::setAllowed(bool edit, bool confirm)
{
    m_canEdit = edit;
    m_canConfirm = confirm;
    refresh();
}

void CalendarEditorDialog::retranslate()
{
    setWindowTitle(tr("Production calendar"));
    m_yearLabel->setText(tr("&Year:"));
    m_dayGroup->setTitle(tr("Selected day"));
    m_noteLabel->setText(tr("&Note for a new transfer (decree):"));
    m_note->setPlaceholderText(tr("e.g. Government decree No. … of …"));
    m_kurbanAction->setText(tr("Set as the first day of &Kurban Ait"));
    m_clearKurbanAction->setText(tr("Clear Kurban Ait"));
    m_kurbanGroup->setTitle(tr("Kurban Ait"));
    m_clearKurban->setText(tr("C&lear"));
    m_confirmGroup->setTitle(tr("Confirmation"));
    m_confirmButton->setText(tr("Con&firm the year"));
    m_fileGroup->setTitle(tr("Year file"));
    m_importButton->setText(tr("&Import…"));
    m_exportButton->setText(tr("&Export…"));
    m_closeButton->setText(tr("Close"));
    m_view->setAccessibleName(tr("Year view: arrow keys move between days, Enter toggles a transfer"));
    m_view->setToolTip(QString());
    refresh();
}

void CalendarEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CalendarEditorDialog::showYear(int year)
{
    if (m_yearSpin->value() != year) {
        m_yearSpin->setValue(year); // comes back here through valueChanged
        return;
    }
    m_editor->setYear(year);
    if (m_view->currentDate().year() != year) {
        const QDate today = m_context.clock->today();
        m_view->setDays(year, m_editor->calendar().yearDays(year));
        m_view->setCurrentDate(today.year() == year ? today : QDate(year, 1, 1));
    }
    refresh();
}

void CalendarEditorDialog::refresh()
{
    const int year = m_editor->year();
    m_view->setDays(year, m_editor->calendar().yearDays(year));
    const QString lang = Language::current();
    const CalendarYear y = m_editor->currentYear();

    const QList<YearGap> gaps = m_editor->gaps();
    if (!m_loadError.isEmpty()) {
        m_banner->setText(tr("The calendar cannot be read from the database: %1").arg(m_loadError));
        m_banner->setProperty("incomplete", true);
    } else if (!gaps.isEmpty()) {
        QStringList what;
        for (YearGap g : gaps)
            what << yearGapText(g).in(lang);
        m_banner->setText(tr("The calendar of %1 is incomplete: %2. Deadlines that fall into this year carry a "
                             "warning and may still move.")
                              .arg(year)
                              .arg(what.join(QStringLiteral("; "))));
        m_banner->setProperty("incomplete", true);
    } else {
        m_banner->setText(tr("The calendar of %1 is complete and confirmed.").arg(year));
        m_banner->setProperty("incomplete", false);
    }
    m_banner->setStyleSheet(m_banner->property("incomplete").toBool()
                                ? QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; "
                                                 "border-radius: 3px; font-weight: bold; }")
                                : QStringLiteral("QLabel { background: #d1e7dd; color: #0f5132; border: 1px solid #a3cfbb; "
                                                 "border-radius: 3px; }"));

    m_kurbanDate->setText(y.kurbanAit.isValid() ? uiDate(y.kurbanAit) : tr("not entered"));
    m_clearKurbanAction->setEnabled(m_canEdit && y.kurbanAit.isValid());
    m_clearKurban->setEnabled(m_canEdit && y.kurbanAit.isValid());
    m_importButton->setEnabled(m_canEdit);

    if (y.confirmed()) {
        m_confirmation->setText(y.confirmedAt.isValid()
                                    ? tr("Confirmed by %1 on %2.")
                                          .arg(y.confirmedBy, y.confirmedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")))
                                    : tr("Confirmed by %1.").arg(y.confirmedBy));
    } else {
        m_confirmation->setText(tr("Not confirmed."));
    }
    m_confirmButton->setEnabled(m_canConfirm && m_loadError.isEmpty());
    refreshDayPanel();
}

void CalendarEditorDialog::refreshDayPanel()
{
    const QDate d = m_view->currentDate();
    const DayInfo info = m_view->dayInfo(d);
    m_dayDate->setText(m_view->dayText(d).section(QLatin1Char('\n'), 0, 0));
    m_dayKind->setText(m_view->dayText(d).section(QLatin1Char('\n'), 1));
    switch (m_editor->toggleKind(d)) {
    case CalendarYearEditor::Toggle::AddDayOff:
        m_toggleAction->setText(tr("Make a &day off (transfer)"));
        m_toggleAction->setEnabled(true);
        break;
    case CalendarYearEditor::Toggle::AddWorkingDay:
        m_toggleAction->setText(tr("Make a wor&king day (transfer)"));
        m_toggleAction->setEnabled(true);
        break;
    case CalendarYearEditor::Toggle::RemoveTransfer:
        m_toggleAction->setText(tr("&Remove the transfer"));
        m_toggleAction->setEnabled(true);
        break;
    case CalendarYearEditor::Toggle::NotPossible:
        m_toggleAction->setText(tr("No transfer on a holiday"));
        m_toggleAction->setEnabled(false);
        break;
    }
    m_toggleAction->setEnabled(m_canEdit && m_toggleAction->isEnabled());
    m_note->setEnabled(m_canEdit
                       && (m_editor->toggleKind(d) == CalendarYearEditor::Toggle::AddDayOff
                           || m_editor->toggleKind(d) == CalendarYearEditor::Toggle::AddWorkingDay));
    const bool isKurban = d == m_editor->currentYear().kurbanAit;
    m_kurbanAction->setEnabled(m_canEdit && d.isValid() && !isKurban && info.kind != DayKind::Holiday
                               && !m_editor->transferOn(d));
}

void CalendarEditorDialog::onCurrentDateChanged(const QDate &date)
{
    if (date.year() != m_editor->year()) {
        showYear(date.year());
        return;
    }
    refreshDayPanel();
}

void CalendarEditorDialog::showContextMenu(const QDate &date, const QPoint &globalPos)
{
    Q_UNUSED(date)
    QMenu menu(this);
    menu.addAction(m_toggleAction);
    menu.addAction(m_kurbanAction);
    menu.addAction(m_clearKurbanAction);
    menu.exec(globalPos);
}

void CalendarEditorDialog::changed()
{
    if (m_context.deadlines)
        m_context.deadlines->calendarChanged();
    refresh();
    emit calendarChanged();
}

void CalendarEditorDialog::showErrors(const QString &title, const CalendarErrors &errors)
{
    QStringList lines;
    const QString lang = Language::current();
    for (const CalendarError &e : errors)
        lines << e.text(lang);
    m_status->setText(title + QStringLiteral(": ") + lines.join(QStringLiteral("; ")));
    MessageBox::warning(this, title, lines.join(QLatin1Char('\n')));
}

void CalendarEditorDialog::toggleCurrentDay()
{
    if (!m_canEdit)
        return;
    const QDate d = m_view->currentDate();
    const CalendarYearEditor::Toggle toggle = m_editor->toggleKind(d);
    CalendarErrors errors;
    if (toggle == CalendarYearEditor::Toggle::NotPossible) {
        // Not an error worth a dialog: the day simply cannot take a transfer.
        m_editor->toggleTransfer(d, QString(), &errors);
        QStringList lines;
        for (const CalendarError &e : errors)
            lines << e.message.in(Language::current());
        m_status->setText(lines.join(QStringLiteral("; ")));
        return;
    }
    if (!m_editor->toggleTransfer(d, m_note->text(), &errors)) {
        showErrors(tr("The day cannot be changed"), errors);
        return;
    }
    switch (toggle) {
    case CalendarYearEditor::Toggle::AddDayOff:
        m_status->setText(tr("%1 is now a day off by transfer.").arg(uiDate(d)));
        break;
    case CalendarYearEditor::Toggle::AddWorkingDay:
        m_status->setText(tr("%1 is now a working day by transfer.").arg(uiDate(d)));
        break;
    default:
        m_status->setText(tr("The transfer on %1 was removed.").arg(uiDate(d)));
        break;
    }
    m_note->clear();
    changed();
}

void CalendarEditorDialog::setKurbanAitToCurrentDay()
{
    if (!m_canEdit)
        return;
    const QDate d = m_view->currentDate();
    CalendarErrors errors;
    if (!m_editor->setKurbanAit(d, &errors)) {
        showErrors(tr("Kurban Ait cannot be set"), errors);
        return;
    }
    m_status->setText(tr("The first day of Kurban Ait %1 is %2.").arg(d.year()).arg(uiDate(d)));
    changed();
}

void CalendarEditorDialog::clearKurbanAit()
{
    if (!m_canEdit)
        return;
    CalendarErrors errors;
    if (!m_editor->setKurbanAit(QDate(), &errors)) {
        showErrors(tr("Kurban Ait cannot be cleared"), errors);
        return;
    }
    m_status->setText(tr("Kurban Ait %1 was cleared.").arg(m_editor->year()));
    changed();
}

void CalendarEditorDialog::confirmYear()
{
    if (!m_canConfirm)
        return;
    CalendarErrors errors;
    const QString by = m_userName.isEmpty() ? tr("administrator") : m_userName;
    if (!m_editor->confirm(by, &errors)) {
        showErrors(tr("The year cannot be confirmed"), errors);
        return;
    }
    m_status->setText(tr("The calendar of %1 is confirmed.").arg(m_editor->year()));
    changed();
}

bool CalendarEditorDialog::importYear(const QString &givenPath)
{
    if (!m_canEdit)
        return false;
    QString path = givenPath;
    if (path.isEmpty()) {
        path = FileDialogs::getOpenFileName(this, tr("Import a calendar year"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                            tr("Calendar files (*.json);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showErrors(tr("The file was not imported"),
                   {CalendarError{QString(), LocalizedText{file.errorString(), file.errorString(), file.errorString()}}});
        return false;
    }
    CalendarErrors errors;
    if (!m_editor->importFile(file.readAll(), &errors)) {
        showErrors(tr("The file was not imported"), errors);
        return false;
    }
    const int year = m_editor->year();
    m_view->setDays(year, m_editor->calendar().yearDays(year));
    showYear(year);
    m_status->setText(m_editor->currentYear().confirmed()
                          ? tr("The calendar of %1 was imported.").arg(year)
                          : tr("The calendar of %1 was imported; it must be confirmed again.").arg(year));
    changed();
    return true;
}

bool CalendarEditorDialog::exportYear(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty()) {
        path = FileDialogs::getSaveFileName(this, tr("Export the calendar year"),
                                            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                .filePath(QStringLiteral("calendar-%1.json").arg(m_editor->year())),
                                            tr("Calendar files (*.json);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->exportFile()) < 0 || !file.commit()) {
        const QString e = file.errorString();
        showErrors(tr("The file was not written"), {CalendarError{QString(), LocalizedText{e, e, e}}});
        return false;
    }
    m_status->setText(tr("The calendar of %1 was exported to %2.").arg(m_editor->year()).arg(path));
    return true;
}

} // namespace exitdesk::ui
