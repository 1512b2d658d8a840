#include "PrinterOffsetsDialog.h"

#include "Language.h"
#include "PrinterOffsetsStore.h"
#include "casecard/DialogRunner.h"

#include "accounts/Actor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace exitdesk::ui {

PrinterOffsetsDialog::PrinterOffsetsDialog(Database &db, const Clock &clock, const Actor &actor,
                                           const QString &printer, QWidget *parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_actor(actor), m_printer(new QComboBox(this)),
      m_x(new QDoubleSpinBox(this)), m_y(new QDoubleSpinBox(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("printerOffsetsDialog"));
    setWindowTitle(tr("Printer offsets"));
    m_printer->setObjectName(QStringLiteral("printer"));
    m_printer->setEditable(true);
    m_printer->setInsertPolicy(QComboBox::NoInsert);
    QStringList printers = QPrinterInfo::availablePrinterNames();
    for (const QString &name : forms::PrinterOffsetsStore(db).all().keys()) {
        if (!printers.contains(name))
            printers << name;
    }
    const QString chosen = printer.isEmpty() ? QPrinterInfo::defaultPrinterName() : printer;
    if (!chosen.isEmpty() && !printers.contains(chosen))
        printers.prepend(chosen);
    m_printer->addItems(printers);
    m_printer->setCurrentText(chosen);
    for (QDoubleSpinBox *box : {m_x, m_y}) {
        const double limit = forms::PrinterOffsetsStore::limitMm();
        box->setRange(-limit, limit);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setSuffix(tr(" mm"));
    }
    m_x->setObjectName(QStringLiteral("offsetX"));
    m_y->setObjectName(QStringLiteral("offsetY"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *explain = new QLabel(tr("Moves everything printed on this printer, to meet the lines of pre-printed or "
                                  "stamped paper: right and down are positive. The preview and PDF files are not "
                                  "moved."),
                               this);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Printer:"), m_printer);
    form->addRow(tr("&Right by:"), m_x);
    form->addRow(tr("&Down by:"), m_y);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PrinterOffsetsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_printer, &QComboBox::currentTextChanged, this, &PrinterOffsetsDialog::showStored);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    showStored();
}

void PrinterOffsetsDialog::showStored()
{
    const forms::PrintOffsets o = forms::PrinterOffsetsStore(m_db).offsets(m_printer->currentText().trimmed());
    m_x->setValue(o.xMm);
    m_y->setValue(o.yMm);
}

bool PrinterOffsetsDialog::save()
{
    Actor actor = m_actor;
    actor.lang = Language::current();
    const QString printer = m_printer->currentText().trimmed();
    m_error.clear();
    if (printer.isEmpty())
        m_error = tr("Choose the printer.");
    else if (!forms::PrinterOffsetsStore(m_db).setOffsets(actor, m_clock, printer, {m_x->value(), m_y->value()},
                                                          &m_error) && m_error.isEmpty())
        m_error = tr("The offsets could not be stored.");
    m_message->setText(m_error);
    m_message->setVisible(!m_error.isEmpty());
    m_saved = m_error.isEmpty();
    return m_saved;
}

void PrinterOffsetsDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool PrinterOffsetsDialog::edit(QWidget *parent, Database &db, const Clock &clock, const Actor &actor,
                                const QString &printer)
{
    PrinterOffsetsDialog dialog(db, clock, actor, printer, parent);
    if (!DialogRunner::run(dialog))
        return false;
    // A test's driver answers without pressing Save: store what it filled in then.
    return dialog.m_saved || dialog.save();
}

bool PrinterOffsetsDialog::edit(QWidget *parent, const AppContext &context)
{
    if (!context.database || !context.clock)
        return false;
    const QString host = QSysInfo::machineHostName();
    const Actor actor = context.actor ? *context.actor
                                      : Actor::setupActor(host.isEmpty() ? QStringLiteral("unknown") : host);
    return edit(parent, *context.database, *context.clock, actor);
}

} // namespace exitdesk::ui
