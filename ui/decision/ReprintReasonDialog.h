// Asks why a document already issued for the case is printed again (a reprint is recorded
// with its reason and the next copy number). The usual reasons are offered; any other can
// be typed. OK stays disabled while the reason is empty.
#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;

namespace exitdesk::ui {

class ReprintReasonDialog : public QDialog
{
    Q_OBJECT
public:
    // what: the document's name; copies: how many were issued so far; last: who and when.
    ReprintReasonDialog(const QString &what, int copies, const QString &last, QWidget *parent = nullptr);

    QString reason() const;
    QComboBox *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }

private:
    QComboBox *m_reason;
    QPushButton *m_ok;
};

} // namespace exitdesk::ui
