// Choices of the questionnaire as the operator uses them: a country is found by typing any
// part of its Kazakh or Russian name (or its code) while the case keeps the ISO code, and the
// long options of items 11-14 are read whole in the closed boxes. Also the file dialog's
// detail columns, which must show the Kazakh type names and the dates uncut.
#include "FileDialogs.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "caselist/StorageCaseListSource.h"
#include "editor/QuestionnaireEditor.h"
#include "intake/IntakeWindow.h"
#include "session/CaseEditSession.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTreeView>

using namespace exitdesk;
using namespace exitdesk::ui;

namespace {

class ChoiceFieldsTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        openDatabase();
        window = std::make_unique<MainWindow>(context(), std::make_unique<StorageCaseListSource>(context()));
        window->show();
        intake = window->newCase();
        ASSERT_TRUE(intake);
        editor = intake->editor();
    }

    void TearDown() override
    {
        window.reset();
        test::UiTest::TearDown();
    }

    QComboBox *country(const QString &path)
    {
        EXPECT_TRUE(editor->jumpTo(path));
        auto *combo = intake->findChild<QComboBox *>(path);
        EXPECT_TRUE(combo);
        return combo;
    }

    // Replaces the box's text by `text`, typed key by key.
    static void retype(QComboBox *combo, const QString &text)
    {
        if (combo->completer())
            combo->completer()->popup()->hide();
        if (combo->lineEdit())
            combo->lineEdit()->selectAll();
        test::typeText(combo, text);
    }

    // The texts the list offers for what was typed.
    static QStringList offered(QComboBox *combo)
    {
        QStringList out;
        if (!combo->completer())
            return out;
        QAbstractItemModel *model = combo->completer()->completionModel();
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row, 0).data().toString();
        return out;
    }

    QVariant stored(const QString &path) const { return intake->session()->value(path); }

    std::unique_ptr<MainWindow> window;
    IntakeWindow *intake = nullptr;
    QuestionnaireEditor *editor = nullptr;
};

TEST_F(ChoiceFieldsTest, ACountryIsFoundByPartOfItsNameInEitherLanguage)
{
    QComboBox *combo = country(QStringLiteral("to.country"));
    ASSERT_TRUE(combo);
    ASSERT_TRUE(combo->isEditable()) << "the country list cannot be typed into";

    // Russian, lower case, the start of the name.
    retype(combo, QStringLiteral("гер"));
    QStringList list = offered(combo);
    EXPECT_TRUE(list.filter(QStringLiteral("DE — ")).size() == 1) << list.join(QLatin1Char('|')).toStdString();
    // Kazakh letters, from the middle of the name.
    retype(combo, QStringLiteral("АҚСТАН"));
    list = offered(combo);
    EXPECT_TRUE(list.filter(QStringLiteral("KZ — ")).size() == 1) << list.join(QLatin1Char('|')).toStdString();
    for (const QString &entry : list)
        EXPECT_TRUE(entry.contains(QStringLiteral("ақстан"), Qt::CaseInsensitive)) << entry.toStdString();

    // Picked from the list that popped up: the case keeps the code.
    QAbstractItemView *popup = combo->completer()->popup();
    ASSERT_TRUE(popup->isVisible());
    const int kz = list.indexOf(list.filter(QStringLiteral("KZ — ")).value(0));
    for (int i = 0; i <= kz; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(stored(QStringLiteral("to.country")).toString(), QStringLiteral("KZ"));
    EXPECT_TRUE(combo->currentText().startsWith(QStringLiteral("KZ — ")));

    // A name typed that only one country has, and Enter.
    retype(combo, QStringLiteral("Германи"));
    QTest::keyClick(combo->completer()->popup(), Qt::Key_Return); // closes the list
    QTest::keyClick(combo, Qt::Key_Return);
    EXPECT_EQ(stored(QStringLiteral("to.country")).toString(), QStringLiteral("DE"));
    EXPECT_TRUE(combo->currentText().startsWith(QStringLiteral("DE — "))) << combo->currentText().toStdString();

    // The code still works, at once.
    retype(combo, QStringLiteral("kz"));
    EXPECT_EQ(stored(QStringLiteral("to.country")).toString(), QStringLiteral("KZ"));
}

TEST_F(ChoiceFieldsTest, TextNamingNoCountryIsNotStored)
{
    QComboBox *combo = country(QStringLiteral("applicant.birthPlace.country"));
    ASSERT_TRUE(combo);
    ASSERT_TRUE(combo->isEditable());
    retype(combo, QStringLiteral("DE"));
    ASSERT_EQ(stored(QStringLiteral("applicant.birthPlace.country")).toString(), QStringLiteral("DE"));

    retype(combo, QStringLiteral("Атлантида"));
    EXPECT_TRUE(offered(combo).isEmpty());
    QTest::keyClick(combo, Qt::Key_Return);
    EXPECT_EQ(stored(QStringLiteral("applicant.birthPlace.country")).toString(), QStringLiteral("DE"));
    EXPECT_TRUE(combo->currentText().startsWith(QStringLiteral("DE — "))) << combo->currentText().toStdString();
    EXPECT_EQ(combo->lineEdit()->text(), combo->currentText());
    EXPECT_EQ(combo->findText(QStringLiteral("Атлантида")), -1) << "nothing added to the list";

    // Several countries have «ия»: that names none of them.
    retype(combo, QStringLiteral("ия"));
    EXPECT_GT(offered(combo).size(), 1);
    combo->completer()->popup()->hide();
    QTest::keyClick(combo, Qt::Key_Return);
    EXPECT_EQ(stored(QStringLiteral("applicant.birthPlace.country")).toString(), QStringLiteral("DE"));
}

TEST_F(ChoiceFieldsTest, TheSocialChoicesShowTheChosenOptionWhole)
{
    const QStringList paths{QStringLiteral("applicant.socialCategory"), QStringLiteral("applicant.education"),
                            QStringLiteral("applicant.specialty"), QStringLiteral("applicant.maritalStatus")};
    for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru")}) {
        language->setLanguage(lang, false);
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            intake->resize(size);
            editor->showSection(QuestionnaireEditor::Social);
            QCoreApplication::processEvents();
            for (const QString &path : paths) {
                auto *combo = intake->findChild<QComboBox *>(path);
                ASSERT_TRUE(combo) << path.toStdString();
                ASSERT_TRUE(combo->isVisible());
                for (int i = 1; i < combo->count(); ++i) {
                    combo->setCurrentIndex(i);
                    QCoreApplication::processEvents();
                    QCoreApplication::processEvents();
                    const QString text = combo->currentText();
                    QStyleOptionComboBox opt;
                    opt.initFrom(combo);
                    opt.editable = combo->isEditable();
                    opt.frame = combo->hasFrame();
                    // The text's room in the closed box, its margins aside.
                    const QRect field = combo->style()
                                            ->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, combo)
                                            .adjusted(2, 0, -2, 0);
                    const QFontMetrics fm = combo->fontMetrics();
                    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                        EXPECT_LE(fm.horizontalAdvance(word), field.width()) << word.toStdString();
                    const QRect wrapped = fm.boundingRect(QRect(0, 0, field.width(), 100000), Qt::TextWordWrap, text);
                    EXPECT_LE(wrapped.height(), field.height())
                        << lang.toStdString() << " " << size.width() << ": «" << text.toStdString() << "» is "
                        << fm.horizontalAdvance(text) << " px in a box of " << field.width() << " x " << field.height();
                    // The box stays in its pane.
                    EXPECT_LE(combo->mapTo(intake, QPoint(combo->width(), 0)).x(), intake->width());
                }
            }
            auto *social = intake->findChild<QComboBox *>(paths.first());
            social->setCurrentIndex(social->count() - 1); // «9. Өзгелер (…) / Прочие (…)»
            QCoreApplication::processEvents();
            test::snapshot(intake, QStringLiteral("intake-social-choices-%1").arg(size.width()));
        }
    }
}

TEST_F(ChoiceFieldsTest, TheFileDialogColumnsFitTheirText)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const QString &name : {QStringLiteral("өтініш.pdf"), QStringLiteral("тізілім.xlsx")}) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    QFileDialog dialog(nullptr, QStringLiteral("test"), dir.path(), QString());
    FileDialogs::prepare(dialog);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.setDirectory(dir.path());
    dialog.resize(700, 450);
    dialog.show();
    auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    ASSERT_TRUE(tree);
    ASSERT_TRUE(QTest::qWaitFor([&] { return tree->model()->rowCount(tree->rootIndex()) == 2; }, 5000));
    // The list widens its columns once the folder is read.
    QTest::qWait(300);
    for (int col = 1; col < tree->header()->count(); ++col) {
        if (tree->isColumnHidden(col))
            continue;
        EXPECT_GE(tree->columnWidth(col), static_cast<QAbstractItemView *>(tree)->sizeHintForColumn(col))
            << "column " << col << " (" << tree->model()->headerData(col, Qt::Horizontal).toString().toStdString()
            << ") cuts " << tree->model()->index(0, col, tree->rootIndex()).data().toString().toStdString();
    }
    test::snapshot(&dialog, QStringLiteral("file-dialog-columns"));
}

} // namespace
