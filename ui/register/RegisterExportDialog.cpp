#include "register/RegisterExportDialog.h"
#include "FileDialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace exitdesk::ui {

RegisterExportDialog::RegisterExportDialog(QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(this)), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Export the register to Excel"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &RegisterExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_language->addItem(tr("Kazakh"), QStringLiteral("kk"));
    m_language->addItem(tr("Russian"), QStringLiteral("ru"));
    m_language->addItem(tr("Kazakh and Russian"), QStringLiteral("both"));
    m_language->setCurrentIndex(2);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &RegisterExportDialog::updateOk);

    auto *form = new QFormLayout(this);
    form->addRow(tr("File"), pathRow);
    form->addRow(tr("Language of the headers"), m_language);
    form->addRow(buttons);
    setMinimumWidth(480);
    updateOk();
}

QString RegisterExportDialog::path() const
{
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && !p.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        p += QStringLiteral(".xlsx");
    return p;
}

void RegisterExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

LedgerLanguage RegisterExportDialog::language() const
{
    LedgerLanguage language = LedgerLanguage::Both;
    ledgerLanguageFromKey(m_language->currentData().toString(), &language);
    return language;
}

void RegisterExportDialog::setLanguage(LedgerLanguage language)
{
    m_language->setCurrentIndex(m_language->findData(ledgerLanguageKey(language)));
}

void RegisterExportDialog::browse()
{
    const QString chosen = FileDialogs::getSaveFileName(this, tr("Export the register to Excel"), m_path->text(),
                                                        tr("Excel workbook (*.xlsx)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void RegisterExportDialog::updateOk()
{
    m_ok->setEnabled(!m_path->text().trimmed().isEmpty());
}

} // namespace exitdesk::ui
