// The register's filters: period of submission (from / to), stage, office, destination country
// and executor; the choices of the last three are read from the database. Apply (or Enter)
// emits applied().
#pragma once

#include "ledger/LedgerFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace exitdesk {
class Database;
}

namespace exitdesk::ui {

class RegisterFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterFilterBar(Database *db, QWidget *parent = nullptr);

    LedgerFilter filter() const;
    void setFilter(const LedgerFilter &filter);
    // Reads the offices, countries and executors again.
    void reloadChoices();

signals:
    void applied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillStages();

    Database *m_db;
    QCheckBox *m_fromOn;
    QDateEdit *m_from;
    QCheckBox *m_toOn;
    QDateEdit *m_to;
    QLabel *m_stageLabel;
    QComboBox *m_stage;
    QLabel *m_officeLabel;
    QComboBox *m_office;
    QLabel *m_countryLabel;
    QComboBox *m_country;
    QLabel *m_executorLabel;
    QComboBox *m_executor;
    QPushButton *m_apply;
};

} // namespace exitdesk::ui
