#include "FileDialogs.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QTreeView>
#include <QFileSystemModel>
#include <QIdentityProxyModel>
#include <QLocale>

namespace exitdesk::ui {

namespace {

// The columns of QFileSystemModel.
constexpr int SizeColumn = 1;
constexpr int DateColumn = 3;

// Shows the file dialog's model with the modification date as on paper (dd.MM.yyyy, no month
// names at all) and sizes in the screens' number format; QFileSystemModel itself formats both
// with QLocale::system(), which neither follows the chosen language nor QLocale::setDefault.
class LocalFormatsProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (files && role == Qt::DisplayRole && index.isValid()) {
            const QModelIndex source = mapToSource(index);
            if (index.column() == DateColumn) {
                const QDateTime modified = files->lastModified(source);
                return modified.isValid() ? modified.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
            }
            if (index.column() == SizeColumn && !files->isDir(source))
                return QLocale().formattedDataSize(files->size(source), 1, QLocale::DataSizeTraditionalFormat);
        }
        return QIdentityProxyModel::data(index, role);
    }
};

// Opens in path's folder, with its file name (if any) typed in.
void startAt(QFileDialog &dialog, const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (info.isDir()) {
        dialog.setDirectory(info.absoluteFilePath());
        return;
    }
    dialog.setDirectory(info.absolutePath());
    dialog.selectFile(info.fileName());
}

QString runDialog(QFileDialog &dialog)
{
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

} // namespace

void FileDialogs::prepare(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    // The dialog owns the proxy; set after the option, which creates the widget-based dialog.
    dialog.setProxyModel(new LocalFormatsProxy(&dialog));
    // The detail view's columns keep Qt's fixed widths, which cut the Kazakh type names
    // («PD…ты») and the dates («21.11.2…6»): widen them to their text once a folder is read.
    auto *files = dialog.findChild<QFileSystemModel *>();
    auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    if (!files || !tree)
        return;
    QObject::connect(files, &QFileSystemModel::directoryLoaded, tree, [tree] {
        for (int col = SizeColumn; col < tree->header()->count(); ++col) {
            // Widened to the text, never narrowed below the width the dialog gave.
            const int given = tree->columnWidth(col);
            tree->resizeColumnToContents(col);
            if (tree->columnWidth(col) < given)
                tree->setColumnWidth(col, given);
        }
    }, Qt::QueuedConnection);
}

QString FileDialogs::getSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                                     const QString &filter, QFileDialog::Options options)
{
    QFileDialog dialog(parent, caption, QString(), filter);
    dialog.setOptions(options);
    prepare(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    startAt(dialog, path);
    return runDialog(dialog);
}

QString FileDialogs::getOpenFileName(QWidget *parent, const QString &caption, const QString &path,
                                     const QString &filter)
{
    QFileDialog dialog(parent, caption, QString(), filter);
    prepare(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    startAt(dialog, path);
    return runDialog(dialog);
}

} // namespace exitdesk::ui
