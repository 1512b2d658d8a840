#include "decision/ReprintReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace exitdesk::ui {

ReprintReasonDialog::ReprintReasonDialog(const QString &what, int copies, const QString &last, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Reprint"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("%1 was already issued for this case (copies so far: %2; the last one: %3). "
                               "It will be recorded as copy %4.")
                                .arg(what)
                                .arg(copies)
                                .arg(last)
                                .arg(copies + 1),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *label = new QLabel(tr("&Reason for the reprint:"), this);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({QString(), tr("the printed copy was spoilt"), tr("the applicant lost the document"),
                        tr("another copy was requested")});
    m_reason->setCurrentIndex(0);
    label->setBuddy(m_reason);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Print again"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentTextChanged, this,
            [this](const QString &t) { m_ok->setEnabled(!t.trimmed().isEmpty()); });
    m_ok->setEnabled(false);
    m_reason->setFocus();
    resize(520, sizeHint().height());
}

QString ReprintReasonDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

} // namespace exitdesk::ui
