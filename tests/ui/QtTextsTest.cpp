// Everything a user sees is in the language of the screens, Qt's own texts included: the file
// dialog (labels, buttons, column titles, dates), the standard buttons of button boxes and
// message boxes, the line edit's context menu — in Kazakh and in Russian, switched at run time
// (translations/qt). Also: Save as PDF suggests a file name and folder, the first-start dialog
// words its message again on a change of language and drops it once the input is right, and
// the program's window gets the keyboard back when a dialog closes.
#include "AccountsUiTestSupport.h"
#include "FileDialogs.h"
#include "FormFactory.h"
#include "FormPreview.h"
#include "OfficialForm.h"
#include "UiTestSupport.h"
#include "WindowActivator.h"

#include "accounts/AccountRepository.h"
#include "accounts/FirstStartDialog.h"
#include "accounts/LoginDialog.h"
#include "accounts/PasswordFields.h"
#include "decision/DocumentIssuer.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmlStreamReader>

using namespace exitdesk;
using namespace exitdesk::ui;

namespace {

const QString kk = QStringLiteral("kk");
const QString ru = QStringLiteral("ru");

// Qt posts the change of language to the windows: they follow once the events are handled.
void switchLanguage(Language &language, const QString &code)
{
    language.setLanguage(code, false);
    QCoreApplication::processEvents();
}

class QtTextsTest : public test::UiTest
{
};

QAbstractButton *acceptButton(QFileDialog &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    if (!box)
        return nullptr;
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return b;
    return nullptr;
}

QString labelText(QFileDialog &dialog, const char *name)
{
    auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(no label %1)").arg(QLatin1String(name));
}

TEST_F(QtTextsTest, TheFileDialogSpeaksTheLanguageOfTheScreensAndSwitchesWithIt)
{
    switchLanguage(*language, kk);
    QFileDialog dialog(nullptr, QStringLiteral("PDF"));
    FileDialogs::prepare(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    test::snapshot(&dialog, QStringLiteral("qt-file-dialog"));

    EXPECT_EQ(labelText(dialog, "fileNameLabel"), QStringLiteral("Файл &атауы:"));
    EXPECT_EQ(labelText(dialog, "lookInLabel"), QStringLiteral("Қайда:"));
    EXPECT_EQ(labelText(dialog, "fileTypeLabel"), QStringLiteral("Файл түрі:"));
    QAbstractButton *save = acceptButton(dialog);
    ASSERT_TRUE(save);
    EXPECT_EQ(save->text(), QStringLiteral("&Сақтау"));
    auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    ASSERT_TRUE(box && box->button(QDialogButtonBox::Cancel));
    EXPECT_EQ(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Болдырмау"));
    QAbstractItemModel *model = dialog.proxyModel();
    ASSERT_TRUE(model);
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Атауы"));
    EXPECT_EQ(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Өзгертілген күні"));

    // Switched at run time, like the program's own screens.
    switchLanguage(*language, ru);
    EXPECT_EQ(labelText(dialog, "fileNameLabel"), QStringLiteral("&Имя файла:"));
    // The button box words it again as Qt's standard Save (without the mnemonic): Russian all the same.
    EXPECT_EQ(save->text().remove(QLatin1Char('&')), QStringLiteral("Сохранить"));
    EXPECT_EQ(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Отмена"));
    EXPECT_EQ(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Дата изменения"));
}

TEST_F(QtTextsTest, TheFileDialogShowsDatesAsOnPaperNotInTheSystemLocale)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("anketa.pdf"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n");
        f.flush(); // else closing writes and stamps the file now
        ASSERT_TRUE(f.setFileTime(QDateTime(QDate(2026, 11, 21), QTime(10, 15)), QFileDevice::FileModificationTime));
    }
    switchLanguage(*language, ru);
    QFileDialog dialog(nullptr, QStringLiteral("PDF"), dir.path());
    FileDialogs::prepare(dialog);
    dialog.setDirectory(dir.path());
    auto *files = dialog.findChild<QFileSystemModel *>();
    ASSERT_TRUE(files);
    const QModelIndex source = files->index(path);
    QAbstractProxyModel *proxy = dialog.proxyModel();
    ASSERT_TRUE(proxy);
    // The model reads the folder in the background.
    QString shown;
    EXPECT_TRUE(QTest::qWaitFor([&] {
        shown = proxy->mapFromSource(files->index(path, 3)).data().toString();
        return !shown.isEmpty();
    }, 5000));
    EXPECT_TRUE(source.isValid());
    EXPECT_EQ(shown, QStringLiteral("21.11.2026 10:15")) << "not «21 Nov 2026»: month names follow no language";
}

TEST_F(QtTextsTest, StandardButtonsAreInKazakhAndInRussian)
{
    switchLanguage(*language, kk);
    QDialogButtonBox box(QDialogButtonBox::Yes | QDialogButtonBox::No | QDialogButtonBox::Save
                         | QDialogButtonBox::Cancel | QDialogButtonBox::Close | QDialogButtonBox::Discard
                         | QDialogButtonBox::Apply | QDialogButtonBox::Ok);
    const auto text = [&box](QDialogButtonBox::StandardButton b) { return box.button(b)->text(); };
    EXPECT_EQ(text(QDialogButtonBox::Yes), QStringLiteral("&Иә"));
    EXPECT_EQ(text(QDialogButtonBox::No), QStringLiteral("&Жоқ"));
    EXPECT_EQ(text(QDialogButtonBox::Save), QStringLiteral("Сақтау"));
    EXPECT_EQ(text(QDialogButtonBox::Cancel), QStringLiteral("Болдырмау"));
    EXPECT_EQ(text(QDialogButtonBox::Close), QStringLiteral("Жабу"));
    EXPECT_EQ(text(QDialogButtonBox::Discard), QStringLiteral("Сақтамау"));
    EXPECT_EQ(text(QDialogButtonBox::Apply), QStringLiteral("Қолдану"));
    EXPECT_EQ(text(QDialogButtonBox::Ok), QStringLiteral("ОК"));

    // A button box already on screen follows a change of language.
    switchLanguage(*language, ru);
    EXPECT_EQ(text(QDialogButtonBox::Yes), QStringLiteral("&Да"));
    EXPECT_EQ(text(QDialogButtonBox::No), QStringLiteral("&Нет"));
    EXPECT_EQ(text(QDialogButtonBox::Save), QStringLiteral("Сохранить"));
    EXPECT_EQ(text(QDialogButtonBox::Cancel), QStringLiteral("Отмена"));
    EXPECT_EQ(text(QDialogButtonBox::Close), QStringLiteral("Закрыть"));
    EXPECT_EQ(text(QDialogButtonBox::Apply), QStringLiteral("Применить"));

    // The About box's and a message box's OK.
    switchLanguage(*language, kk);
    QMessageBox message(QMessageBox::Information, QStringLiteral("ExitDesk"), QStringLiteral("…"), QMessageBox::Ok);
    EXPECT_EQ(message.button(QMessageBox::Ok)->text(), QStringLiteral("ОК"));
}

TEST_F(QtTextsTest, TheLineEditContextMenuIsTranslated)
{
    QLineEdit edit;
    for (const QString &lang : {kk, ru}) {
        switchLanguage(*language, lang);
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList texts;
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                texts << a->text().section(QLatin1Char('\t'), 0, 0);
        if (lang == kk) {
            EXPECT_TRUE(texts.contains(QStringLiteral("&Болдырмау"))) << texts.join(QLatin1Char('|')).toStdString();
            EXPECT_TRUE(texts.contains(QStringLiteral("&Қою")));
            EXPECT_TRUE(texts.contains(QStringLiteral("Барлығын таңдау")));
        } else {
            EXPECT_TRUE(texts.contains(QStringLiteral("&Отменить действие"))) << texts.join(QLatin1Char('|')).toStdString();
            EXPECT_TRUE(texts.contains(QStringLiteral("В&ставить")));
        }
        EXPECT_FALSE(texts.contains(QStringLiteral("&Paste"))) << lang.toStdString();
    }
}

// The hand-made translations of Qt's texts: every entry translated (none unfinished or
// empty), and the Kazakh file covers what the Russian one does.
TEST(QtTranslationFiles, EveryEntryIsTranslatedInBothLanguages)
{
    QMap<QString, QSet<QString>> sources; // lang -> context|source|comment
    for (const QString &lang : {kk, ru}) {
        QFile file(QStringLiteral(EXITDESK_SOURCE_DIR "/translations/qt/qtbase_%1.ts").arg(lang));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        QXmlStreamReader xml(&file);
        QString context, source, comment, translation, type;
        bool sawLanguage = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("TS")) {
                    EXPECT_EQ(xml.attributes().value(QLatin1String("language")).toString(), lang);
                    sawLanguage = true;
                } else if (name == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (name == QLatin1String("message")) {
                    source.clear();
                    comment.clear();
                    translation.clear();
                    type.clear();
                } else if (name == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (name == QLatin1String("comment")) {
                    comment = xml.readElementText();
                } else if (name == QLatin1String("translation")) {
                    type = xml.attributes().value(QLatin1String("type")).toString();
                    translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                EXPECT_TRUE(type.isEmpty()) << lang.toStdString() << " " << context.toStdString() << ": "
                                            << source.toStdString() << " is " << type.toStdString();
                EXPECT_FALSE(translation.isEmpty())
                    << lang.toStdString() << " " << context.toStdString() << ": " << source.toStdString();
                sources[lang].insert(context + QLatin1Char('|') + source + QLatin1Char('|') + comment);
            }
        }
        EXPECT_FALSE(xml.hasError()) << file.fileName().toStdString() << ": " << xml.errorString().toStdString();
        EXPECT_TRUE(sawLanguage);
    }
    EXPECT_GT(sources[kk].size(), 200);
    for (const QString &key : sources[ru])
        EXPECT_TRUE(sources[kk].contains(key)) << "no Kazakh for " << key.toStdString();
}

class SavePdfTest : public test::UiTest
{
protected:
    std::unique_ptr<forms::OfficialForm> questionnaire(const QString &number)
    {
        forms::FormData d;
        d.caseData.number = number;
        d.caseData.applicant.surname = QStringLiteral("Сейітқали");
        d.caseData.applicant.name = QStringLiteral("Айгерім");
        d.issueDate = QDate(2026, 11, 20);
        return forms::FormFactory::make(forms::FormKind::Questionnaire, d);
    }
};

TEST_F(SavePdfTest, TheSuggestedNameIsTheCaseNumberAndTheFormInTheLanguageOfTheScreens)
{
    switchLanguage(*language, ru);
    const auto form = questionnaire(QStringLiteral("2026-000001"));
    EXPECT_EQ(FormPreview::suggestedPdfName(*form), QStringLiteral("2026-000001 Анкета (приложение 1).pdf"));
    switchLanguage(*language, kk);
    EXPECT_EQ(FormPreview::suggestedPdfName(*form),
              QStringLiteral("2026-000001 ") + DocumentIssuer::formName(forms::FormKind::Questionnaire)
                  + QStringLiteral(".pdf"));
    EXPECT_NE(DocumentIssuer::formName(forms::FormKind::Questionnaire), QStringLiteral("Анкета (приложение 1)"));

    // Characters a file system refuses are not offered.
    const auto odd = questionnaire(QStringLiteral("2026/0:01*?\"<>|\\"));
    const QString name = FormPreview::suggestedPdfName(*odd);
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        EXPECT_FALSE(name.contains(c)) << name.toStdString();
    EXPECT_TRUE(name.startsWith(QStringLiteral("2026 0 01 "))) << name.toStdString();
    // A draft has no number yet: the form's name alone.
    EXPECT_EQ(FormPreview::suggestedPdfName(*questionnaire(QString())),
              DocumentIssuer::formName(forms::FormKind::Questionnaire) + QStringLiteral(".pdf"));
}

TEST_F(SavePdfTest, TheFolderIsDocumentsFirstThenTheOneLastUsed)
{
    const auto form = questionnaire(QStringLiteral("2026-000002"));
    const QString name = FormPreview::suggestedPdfName(*form);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(documents);
    EXPECT_EQ(FormPreview::suggestedPdfPath(*form), QDir(documents).filePath(name));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FormPreview::rememberPdfFolder(dir.filePath(QStringLiteral("earlier.pdf")));
    EXPECT_EQ(FormPreview::suggestedPdfPath(*form), QDir(dir.path()).filePath(name));
}

TEST_F(SavePdfTest, SaveAsPdfOpensInTheLastFolderWithTheSuggestedNameInKazakh)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FormPreview::rememberPdfFolder(dir.filePath(QStringLiteral("earlier.pdf")));
    switchLanguage(*language, kk);
    const auto form = questionnaire(QStringLiteral("2026-000003"));
    const QString expected = FormPreview::suggestedPdfName(*form);
    QString typed, folder, saveText, label;
    QTimer::singleShot(0, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(preview);
        QAction *pdf = preview->findChild<QAction *>(QStringLiteral("savePdfAction"));
        ASSERT_TRUE(pdf);
        QTimer::singleShot(0, [&] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(files);
            test::snapshot(files, QStringLiteral("save-pdf-dialog"));
            auto *edit = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            typed = edit ? edit->text() : QString();
            folder = files->directory().absolutePath();
            label = labelText(*files, "fileNameLabel");
            QAbstractButton *save = acceptButton(*files);
            saveText = save ? save->text() : QString();
            static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, through the public base
        });
        pdf->trigger();
    });
    const FormPreview::Result r = FormPreview::show(nullptr, *form);
    EXPECT_EQ(typed, expected);
    EXPECT_EQ(folder, QDir(dir.path()).absolutePath());
    EXPECT_EQ(label, QStringLiteral("Файл &атауы:"));
    EXPECT_EQ(saveText, QStringLiteral("&Сақтау"));
    EXPECT_EQ(r.outcome, FormPreview::Outcome::SavedPdf);
    EXPECT_EQ(r.target, QDir(dir.path()).filePath(expected));
    EXPECT_TRUE(QFile::exists(QDir(dir.path()).filePath(expected)));
}

class FirstStartMessageTest : public test::AccountsUiTest
{
};

TEST_F(FirstStartMessageTest, TheMessageFollowsTheLanguageAndGoesOnceTheInputIsRight)
{
    switchLanguage(*language, kk);
    FirstStartDialog dialog(context(), QStringLiteral("ws-1"));
    dialog.show();
    // No login: refused, in Kazakh.
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.messageLabel()->isVisible());
    Finding finding;
    QString login;
    ASSERT_FALSE(AccountRepository::normalizeLogin(QString(), &login, &finding));
    EXPECT_EQ(dialog.messageLabel()->text(), finding.message(kk));

    switchLanguage(*language, ru);
    EXPECT_EQ(dialog.messageLabel()->text(), finding.message(ru)) << "the message stayed in Kazakh";

    // A login typed: the message about it goes; the next field is not nagged about yet.
    QTest::keyClicks(dialog.loginEdit(), QStringLiteral("admin"));
    EXPECT_FALSE(dialog.messageLabel()->isVisible()) << dialog.messageLabel()->text().toStdString();

    // The full name missing: said on Create, in Russian; in Kazakh after a switch; gone once typed.
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.messageLabel()->isVisible());
    const QString russian = dialog.messageLabel()->text();
    switchLanguage(*language, kk);
    EXPECT_NE(dialog.messageLabel()->text(), russian);
    EXPECT_FALSE(dialog.messageLabel()->text().isEmpty());
    test::typeText(dialog.fullNameEdit(), QStringLiteral("Әлия"));
    EXPECT_FALSE(dialog.messageLabel()->isVisible());

    // A short password: the message stays while it is still short, goes once it is acceptable.
    QTest::keyClicks(dialog.passwordFields()->password(), QStringLiteral("short"));
    QTest::keyClicks(dialog.passwordFields()->repeat(), QStringLiteral("short"));
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.messageLabel()->isVisible());
    QTest::keyClicks(dialog.passwordFields()->password(), QStringLiteral("1"));
    EXPECT_TRUE(dialog.messageLabel()->isVisible());
    QTest::keyClicks(dialog.passwordFields()->password(), QStringLiteral("-password"));
    QTest::keyClicks(dialog.passwordFields()->repeat(), QStringLiteral("1-password"));
    EXPECT_FALSE(dialog.messageLabel()->isVisible()) << dialog.messageLabel()->text().toStdString();
}

TEST_F(FirstStartMessageTest, TheLoginDialogDropsEnterYourLoginOnceOneIsTyped)
{
    LoginDialog dialog(context(), QStringLiteral("ws-1"));
    dialog.show();
    QTest::mouseClick(dialog.loginButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog.messageLabel()->isVisible());
    const QString kazakh = dialog.messageLabel()->text();
    switchLanguage(*language, ru);
    EXPECT_NE(dialog.messageLabel()->text(), kazakh);
    QTest::keyClicks(dialog.loginEdit(), QStringLiteral("admin"));
    EXPECT_FALSE(dialog.messageLabel()->isVisible()) << dialog.messageLabel()->text().toStdString();
}

// Change of user: the main window hides, the login dialog (no parent) is answered and closes,
// the main window shows again — and must have the keyboard, without a window manager to give it
// (meaningful on xcb under Xvfb; the offscreen platform activates windows by itself).
TEST_F(QtTextsTest, TheMainWindowGetsTheKeyboardBackAfterTheLoginDialog)
{
    WindowActivator activator;
    QMainWindow window;
    window.resize(400, 300);
    WindowActivator::activate(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    window.hide();
    QDialog login;
    login.setModal(true);
    WindowActivator::activate(&login);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&login));
    login.hide();
    window.show();
    EXPECT_TRUE(QTest::qWaitFor([&window] { return QApplication::activeWindow() == &window; }, 3000));
}

} // namespace
