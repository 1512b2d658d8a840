// Asks where to write the Excel register and in which language its headers are: Kazakh,
// Russian or both. The file is chosen with the standard save dialog (Browse…).
#pragma once

#include "ledger/LedgerLanguage.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace exitdesk::ui {

class RegisterExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegisterExportDialog(QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    LedgerLanguage language() const;
    void setLanguage(LedgerLanguage language);

private:
    void browse();
    void updateOk();

    QLineEdit *m_path;
    QComboBox *m_language;
    QPushButton *m_ok = nullptr;
};

} // namespace exitdesk::ui
