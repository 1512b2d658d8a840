// The audit view of the administrator: the audit records newest first, filtered by entity
// (kind and id) and by user; the selected record's before/after shown as the fields that
// changed; and "Verify the chain", which runs AuditLog::verify and tells either that the chain
// is intact (with the last hash, to be written down) or which record was changed or removed.
#pragma once

#include "AppContext.h"
#include "accounts/Actor.h"
#include "accounts/AuditLog.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace exitdesk::ui {

class AuditModel;

class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    // How many of the newest records are read at most: enough to browse, quick to load.
    static constexpr int kLimit = 2000;

    AuditDialog(AppContext context, Actor actor, QWidget *parent = nullptr);
    ~AuditDialog() override;

    AuditModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *diffTable() const { return m_diff; }
    QComboBox *entityKindCombo() const { return m_kind; }
    QLineEdit *entityIdEdit() const { return m_entityId; }
    QComboBox *userCombo() const { return m_user; }
    QPushButton *verifyButton() const { return m_verify; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *verifyLabel() const { return m_verifyResult; }

public slots:
    // Reads the records again with the current filters.
    void reload();
    // Verifies the whole chain and shows the result; returns whether it is intact.
    bool verifyChain();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The logged-in person with the screens' language, for core's refusals.
    Actor actorNow() const;
    void retranslate();
    void showSelected();
    void fillUsers();

    AppContext m_context;
    Actor m_actor;
    AuditModel *m_model;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_entityIdLabel;
    QLineEdit *m_entityId;
    QLabel *m_userLabel;
    QComboBox *m_user;
    QPushButton *m_refresh;
    QTableView *m_table;
    QLabel *m_diffTitle;
    QTableWidget *m_diff;
    QLabel *m_status;
    QPushButton *m_verify;
    QLabel *m_verifyResult;
    QPushButton *m_close;
    // The last verification, kept so that it can be shown again in another language.
    std::optional<AuditVerification> m_verification;
    void showVerification();
};

} // namespace exitdesk::ui
