#include "editor/LocalDraftsPrompt.h"

#include "MessageBox.h"
#include "session/LocalDrafts.h"

#include <QStringList>

namespace exitdesk::ui {

int LocalDraftsPrompt::offer(AppContext context, QWidget *parent, const QString &directory)
{
    LocalDrafts drafts(context, directory.isEmpty() ? LocalDrafts::defaultDirectory() : directory);
    const int kept = drafts.pending().size();
    if (kept == 0)
        return 0;
    const QString title = tr("Questionnaires kept on this workstation");
    const MessageBox::Answer answer = MessageBox::question(
        parent, title,
        tr("Questionnaires that could not be saved while the database server was unreachable are kept on "
           "this "
           "workstation: %1. Save them to the database now? They are saved as drafts; if not now, they stay "
           "here and are offered again at the next start.")
            .arg(kept));
    if (answer != MessageBox::Yes)
        return 0;
    const LocalDrafts::SaveResult result = drafts.saveAll();
    QStringList ids;
    for (qint64 id : result.savedIds)
        ids << QStringLiteral("#%1").arg(id);
    QStringList lines;
    if (!ids.isEmpty())
        lines << tr("Saved as drafts: %1. Open them from the list of cases.")
                     .arg(ids.join(QStringLiteral(", ")));
    if (!result.problems.isEmpty())
        lines << tr("Still kept on this workstation:") + QLatin1Char('\n') +
                     result.problems.join(QLatin1Char('\n'));
    const QString text = lines.join(QStringLiteral("\n\n"));
    if (result.problems.isEmpty())
        MessageBox::information(parent, title, text);
    else
        MessageBox::warning(parent, title, text);
    return result.savedIds.size();
}

} // namespace exitdesk::ui
