#include "accounts/LoginFlow.h"

#include "MessageBox.h"
#include "accounts/AccountRepository.h"
#include "accounts/FirstStartDialog.h"
#include "accounts/LoginDialog.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace exitdesk::ui {

QString LoginFlow::workstation()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("unknown") : host;
}

std::optional<Actor> LoginFlow::run(AppContext &context, QWidget *parent)
{
    QString error;
    const int accounts = AccountRepository::count(*context.database, &error);
    if (accounts < 0) {
        MessageBox::warning(parent, QCoreApplication::translate("exitdesk::ui::LoginFlow", "ExitDesk"),
                            QCoreApplication::translate("exitdesk::ui::LoginFlow",
                                                        "The accounts cannot be read from the database: %1")
                                .arg(error));
        return std::nullopt;
    }
    if (accounts == 0) {
        FirstStartDialog first(context, workstation(), parent);
        if (first.exec() == QDialog::Accepted)
            return first.actor();
        if (!first.accountsAppeared())
            return std::nullopt;
    }
    LoginDialog login(context, workstation(), parent);
    if (login.exec() == QDialog::Accepted)
        return login.actor();
    return std::nullopt;
}

} // namespace exitdesk::ui
