// The real print preview (no interceptor): closing it reports "cancelled"; its tool bar has
// Save as PDF, which writes the form to the chosen file and reports "saved" with the file;
// the printer offsets are offered only to whoever may change settings.
#include "FormFactory.h"
#include "FormPreview.h"
#include "OfficialForm.h"
#include "UiTestSupport.h"

#include "accounts/Actor.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QTemporaryDir>
#include <QTimer>

using namespace exitdesk;
using namespace exitdesk::ui;

namespace {

class FormPreviewTest : public test::UiTest
{
protected:
    std::unique_ptr<forms::OfficialForm> questionnaire()
    {
        forms::FormData d;
        d.caseData.applicant.surname = QStringLiteral("Сейітқали");
        d.caseData.applicant.name = QStringLiteral("Айгерім");
        d.issueDate = QDate(2026, 11, 20);
        d.firstCopyNumber = 1;
        return forms::FormFactory::make(forms::FormKind::Questionnaire, d);
    }

    // Runs `step` on the preview once it is open (and shown modal).
    static void whenOpen(std::function<void(QPrintPreviewDialog &)> step)
    {
        QTimer::singleShot(0, [step] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(dialog);
            step(*dialog);
        });
    }
};

TEST_F(FormPreviewTest, ClosingThePreviewIsNotPrinting)
{
    const auto form = questionnaire();
    bool offered = true;
    whenOpen([&offered](QPrintPreviewDialog &dialog) {
        EXPECT_TRUE(dialog.findChild<QAction *>(QStringLiteral("savePdfAction")));
        offered = dialog.findChild<QAction *>(QStringLiteral("printerOffsetsAction")) != nullptr;
        dialog.reject();
    });
    Actor clerk;
    clerk.role = Role::Operator;
    openDatabase();
    FormPreview::Printing printing{db.get(), &clock, &clerk};
    const FormPreview::Result r = FormPreview::show(nullptr, *form, printing);
    EXPECT_EQ(r.outcome, FormPreview::Outcome::Cancelled);
    EXPECT_FALSE(r.done());
    EXPECT_FALSE(offered) << "an operator may not change the printers' offsets";
}

TEST_F(FormPreviewTest, SaveAsPdfWritesTheFileAndReportsIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("anketa"));
    const auto form = questionnaire();
    bool offered = false;
    whenOpen([path, &offered](QPrintPreviewDialog &dialog) {
        offered = dialog.findChild<QAction *>(QStringLiteral("printerOffsetsAction")) != nullptr;
        QAction *pdf = dialog.findChild<QAction *>(QStringLiteral("savePdfAction"));
        ASSERT_TRUE(pdf);
        // The file dialog opens modal on top of the preview: answer it, then it returns.
        QTimer::singleShot(0, [path] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(files);
            files->selectFile(path);
            static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, through the public base
        });
        pdf->trigger();
    });
    Actor admin;
    admin.role = Role::Administrator;
    openDatabase();
    FormPreview::Printing printing{db.get(), &clock, &admin};
    const FormPreview::Result r = FormPreview::show(nullptr, *form, printing);
    EXPECT_EQ(r.outcome, FormPreview::Outcome::SavedPdf);
    EXPECT_EQ(r.target, path + QStringLiteral(".pdf"));
    QFile pdf(path + QStringLiteral(".pdf"));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    EXPECT_TRUE(offered);
}

TEST_F(FormPreviewTest, PrintingAndSavingAreReachedFromTheKeyboard)
{
    const auto form = questionnaire();
    bool fileDialogOpened = false;
    whenOpen([&fileDialogOpened](QPrintPreviewDialog &dialog) {
        QAction *print = dialog.findChild<QAction *>(QStringLiteral("printAction"));
        ASSERT_TRUE(print) << "the preview's own Print action";
        EXPECT_EQ(print->shortcut(), QKeySequence(QKeySequence::Print));
        QAction *pdf = dialog.findChild<QAction *>(QStringLiteral("savePdfAction"));
        ASSERT_TRUE(pdf);
        EXPECT_EQ(pdf->shortcut(), QKeySequence(QKeySequence::Save));
        EXPECT_TRUE(pdf->toolTip().contains(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
        // Ctrl+S opens the file dialog; cancelling it leaves the preview, which is then closed.
        dialog.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&dialog));
        QTimer::singleShot(0, [&fileDialogOpened, &dialog] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            fileDialogOpened = files != nullptr;
            if (files)
                files->reject();
            QTimer::singleShot(0, [&dialog] { dialog.reject(); });
        });
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    });
    openDatabase();
    Actor clerk;
    clerk.role = Role::Operator;
    FormPreview::Printing printing{db.get(), &clock, &clerk};
    const FormPreview::Result r = FormPreview::show(nullptr, *form, printing);
    EXPECT_TRUE(fileDialogOpened) << "Ctrl+S in the preview opens Save as PDF";
    EXPECT_EQ(r.outcome, FormPreview::Outcome::Cancelled);
}

} // namespace
