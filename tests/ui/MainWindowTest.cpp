// The main window on a fresh database: the list, the search, and the language switch.
#include "MainWindow.h"
#include "Settings.h"
#include "UiTestSupport.h"
#include "caselist/CaseListModel.h"
#include "caselist/CaseListPanel.h"
#include "caselist/StorageCaseListSource.h"
#include "session/CaseFields.h"
#include "storage/CaseRepository.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTest>

using namespace exitdesk;
using namespace exitdesk::ui;

namespace {

class MainWindowTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        openDatabase();
    }

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto w = std::make_unique<MainWindow>(context(), std::make_unique<StorageCaseListSource>(context()));
        w->show();
        return w;
    }

    void storeDraft(const QString &surname, const QString &name, const QString &iin)
    {
        Case c;
        c.applicant.surname = surname;
        c.applicant.name = name;
        c.applicant.iin = iin;
        c.office = QStringLiteral("Алматы қ. ХҚКО №2");
        c.to.country = QStringLiteral("DE");
        CaseFields::fillNullTexts(c); // as the intake stores cases
        StorageError error;
        ASSERT_TRUE(CaseRepository(*db, clock).saveDraft(c, &error)) << error.messageEn.toStdString();
    }

    // Every text the operator sees in the menu bar and the list's header.
    static QStringList visibleLabels(MainWindow &w)
    {
        QStringList out;
        for (QAction *top : w.menuBar()->actions()) {
            out << top->text();
            if (top->menu()) {
                for (QAction *a : top->menu()->actions()) {
                    if (!a->isSeparator() && !a->objectName().startsWith(QLatin1String("language_")))
                        out << a->text();
                }
            }
        }
        const CaseListModel *m = w.caseList()->model();
        for (int c = 0; c < m->columnCount(); ++c)
            out << m->headerData(c, Qt::Horizontal).toString();
        out << w.caseList()->searchField()->placeholderText();
        return out;
    }
};

} // namespace

TEST_F(MainWindowTest, StartsOnAnEmptyDatabaseWithTheCaseList)
{
    auto w = makeWindow();
    EXPECT_EQ(w->caseList()->model()->rowCount(), 0);
    EXPECT_EQ(w->caseList()->model()->columnCount(), 7);
}

TEST_F(MainWindowTest, SearchAsYouTypeFindsKazakhNamesInAnyCase)
{
    storeDraft(QStringLiteral("Сейітқали"), QStringLiteral("Айгерім"), QStringLiteral("871008401407"));
    storeDraft(QStringLiteral("Иванов"), QStringLiteral("Пётр"), QStringLiteral("900101300018"));
    storeDraft(QStringLiteral("Әбілқасым"), QStringLiteral("Ұлан"), QStringLiteral("150402500107"));
    auto w = makeWindow();
    CaseListModel *model = w->caseList()->model();
    ASSERT_EQ(model->rowCount(), 3);

    QLineEdit *search = w->caseList()->searchField();
    test::typeText(search, QStringLiteral("СЕЙІТҚ"));
    // The query waits for a pause in typing.
    EXPECT_EQ(model->rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 2000);
    EXPECT_EQ(model->row(0).fullName, QStringLiteral("Сейітқали Айгерім"));

    search->clear();
    test::typeText(search, QStringLiteral("ұлан"));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && model->row(0).iin == QStringLiteral("150402500107"), 2000);

    search->clear();
    test::typeText(search, QStringLiteral("9001013"));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && model->row(0).fullName == QStringLiteral("Иванов Пётр"), 2000);
}

TEST_F(MainWindowTest, LanguageSwitchRetranslatesEveryLabelAndIsRemembered)
{
    auto w = makeWindow();
    QMenu *caseMenu = w->findChild<QMenu *>(QStringLiteral("caseMenu"));
    ASSERT_TRUE(caseMenu);
    const CaseListModel *model = w->caseList()->model();

    const QStringList kk = visibleLabels(*w);
    EXPECT_EQ(caseMenu->title(), QStringLiteral("&Іс"));
    EXPECT_EQ(model->headerData(CaseListModel::NumberColumn, Qt::Horizontal).toString(), QStringLiteral("Нөмірі"));

    QAction *ru = w->findChild<QAction *>(QStringLiteral("language_ru"));
    ASSERT_TRUE(ru);
    ru->trigger();
    // Qt posts QEvent::LanguageChange to the windows.
    QCoreApplication::processEvents();
    const QStringList russian = visibleLabels(*w);
    EXPECT_EQ(caseMenu->title(), QStringLiteral("&Дело"));
    EXPECT_EQ(model->headerData(CaseListModel::NumberColumn, Qt::Horizontal).toString(), QStringLiteral("Номер"));
    EXPECT_TRUE(ru->isChecked());
    EXPECT_EQ(settings::language.value(), QStringLiteral("ru"));

    // Every label changed (none stayed in Kazakh), and none is left in English.
    ASSERT_EQ(kk.size(), russian.size());
    for (int i = 0; i < kk.size(); ++i)
        EXPECT_NE(kk.at(i), russian.at(i)) << kk.at(i).toStdString();
    language->setLanguage(QStringLiteral("en"), false); // not offered: nothing changes
    for (const QString &label : russian) {
        bool latin = false;
        // The program's name is the one Latin word on the screens.
        const QString text = QString(label).remove(QStringLiteral("ExitDesk"));
        for (const QChar ch : text)
            latin = latin || (ch.isLetter() && ch.unicode() < 0x80);
        EXPECT_FALSE(latin) << "untranslated: " << label.toStdString();
    }

    // Back to Kazakh from the menu, and a new start remembers it.
    w->findChild<QAction *>(QStringLiteral("language_kk"))->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(visibleLabels(*w), kk);
    Language other;
    other.restore();
    EXPECT_EQ(other.code(), QStringLiteral("kk"));
}
