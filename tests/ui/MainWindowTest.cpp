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
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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

    // A case stored as accepted (numbered) or refused at intake, handed in at `submitted`.
    void storeSubmitted(const QString &surname, const QString &iin, const QDateTime &submitted, bool accepted)
    {
        Case c;
        c.applicant.surname = surname;
        c.applicant.name = QStringLiteral("Тест");
        c.applicant.iin = iin;
        c.office = QStringLiteral("Алматы қ. ХҚКО №2");
        c.to.country = QStringLiteral("DE");
        c.submittedAt = submitted;
        CaseFields::fillNullTexts(c);
        StorageError error;
        CaseRepository repo(*db, clock);
        ASSERT_TRUE(accepted ? repo.accept(c, &error) : repo.saveRefusedAtIntake(c, &error))
            << error.messageEn.toStdString();
    }

    static QStringList surnames(const CaseListModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.row(r).fullName.section(QLatin1Char(' '), 0, 0);
        out.sort();
        return out;
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

TEST_F(MainWindowTest, FilterBarNarrowsByStatusStageOverdueAndSubmissionDates)
{
    storeDraft(QStringLiteral("Жоба"), QStringLiteral("Тест"), QStringLiteral("871008401407"));
    storeSubmitted(QStringLiteral("Қайтарылған"), QStringLiteral("900101300018"), QDateTime(QDate(2026, 11, 19), QTime(11, 0)), false);
    // Handed in seven weeks before the clock's day, with no step recorded: registration is late.
    storeSubmitted(QStringLiteral("Ескі"), QStringLiteral("150402500107"), QDateTime(QDate(2026, 10, 1), QTime(10, 0)), true);
    storeSubmitted(QStringLiteral("Жаңа"), QStringLiteral("880512400123"), QDateTime(QDate(2026, 11, 20), QTime(10, 0)), true);
    auto w = makeWindow();
    CaseListPanel *panel = w->caseList();
    CaseListModel *model = panel->model();
    ASSERT_EQ(model->rowCount(), 4);

    // Keyboard: Tab leads from the search field into the filter bar.
    // The next widget Tab stops at (the line edit's clear button is in the chain but takes no focus).
    auto nextTabStop = [](QWidget *w) {
        do
            w = w->nextInFocusChain();
        while (!(w->focusPolicy() & Qt::TabFocus));
        return w;
    };
    EXPECT_EQ(nextTabStop(panel->searchField()), panel->stageFilter());
    EXPECT_EQ(nextTabStop(panel->stageFilter()), panel->overdueFilter());
    EXPECT_TRUE(panel->fromFilter()->isAncestorOf(nextTabStop(panel->overdueFilter()))
                || nextTabStop(panel->overdueFilter()) == panel->fromFilter());
    EXPECT_EQ(panel->fromFilter()->displayFormat(), QStringLiteral("dd.MM.yyyy"));

    // Down in the combo: drafts, then refusals at intake (filtered by status in SQL).
    QTest::keyClick(panel->stageFilter(), Qt::Key_Down);
    EXPECT_EQ(surnames(*model), QStringList{QStringLiteral("Жоба")});
    QTest::keyClick(panel->stageFilter(), Qt::Key_Down);
    EXPECT_EQ(surnames(*model), QStringList{QStringLiteral("Қайтарылған")});

    // A workflow stage: only accepted cases at that stage.
    panel->stageFilter()->setCurrentIndex(panel->stageFilter()->findData(int(Stage::Registration)));
    EXPECT_EQ(surnames(*model), (QStringList{QStringLiteral("Ескі"), QStringLiteral("Жаңа")}));
    for (int r = 0; r < model->rowCount(); ++r)
        EXPECT_EQ(model->row(r).stageKind, Stage::Registration);
    panel->stageFilter()->setCurrentIndex(panel->stageFilter()->findData(int(Stage::Hearing)));
    EXPECT_EQ(model->rowCount(), 0);

    // Overdue only (Space on the check box), any stage.
    panel->stageFilter()->setCurrentIndex(0);
    ASSERT_EQ(model->rowCount(), 4);
    QTest::keyClick(panel->overdueFilter(), Qt::Key_Space);
    ASSERT_TRUE(panel->overdueFilter()->isChecked());
    EXPECT_EQ(surnames(*model), QStringList{QStringLiteral("Ескі")});
    ASSERT_TRUE(model->row(0).workingDaysLeft);
    EXPECT_LT(*model->row(0).workingDaysLeft, 0);
    QTest::keyClick(panel->overdueFilter(), Qt::Key_Space);
    ASSERT_EQ(model->rowCount(), 4);

    // Submitted from 01.11.2026 (the draft has no day of submission), then up to 19.11.2026.
    panel->fromFilter()->setDate(QDate(2026, 11, 1));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 2000);
    EXPECT_EQ(surnames(*model), (QStringList{QStringLiteral("Жаңа"), QStringLiteral("Қайтарылған")}));
    panel->toFilter()->setDate(QDate(2026, 11, 19));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 2000);
    EXPECT_EQ(model->row(0).fullName.section(QLatin1Char(' '), 0, 0), QStringLiteral("Қайтарылған"));

    // The filters combine with the search words; "clear filters" keeps the search.
    test::typeText(panel->searchField(), QStringLiteral("жаңа"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 2000);
    panel->clearFilters();
    EXPECT_EQ(panel->fromFilter()->date(), CaseListPanel::noDate());
    EXPECT_EQ(surnames(*model), QStringList{QStringLiteral("Жаңа")});
    test::snapshot(w.get(), QStringLiteral("case-list-filters"));
}

TEST_F(MainWindowTest, SubmissionDateFiltersTakeOneTabStopEachAndTakeTypedDates)
{
    auto w = makeWindow();
    w->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w.get()));
    CaseListPanel *panel = w->caseList();
    auto focusIn = [](QWidget *x) {
        QWidget *f = QApplication::focusWidget();
        return f && (f == x || x->isAncestorOf(f));
    };
    auto press = [](int key, Qt::KeyboardModifiers m = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), m);
    };
    QWidget *clear = panel->findChild<QWidget *>(QStringLiteral("caseClearFilters"));
    ASSERT_TRUE(clear);
    QWidget *overdue = panel->findChild<QWidget *>(QStringLiteral("caseOverdueFilter"));
    ASSERT_TRUE(overdue);

    overdue->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Tab);
    ASSERT_TRUE(focusIn(panel->fromFilter()));
    // Typed digits go to day, month and year of «Подано с».
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("01102026"));
    EXPECT_EQ(panel->fromFilter()->date(), QDate(2026, 10, 1));
    press(Qt::Key_Tab);
    EXPECT_TRUE(focusIn(panel->toFilter()));
    press(Qt::Key_Tab);
    EXPECT_TRUE(focusIn(clear));
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_TRUE(focusIn(panel->toFilter()));
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_TRUE(focusIn(panel->fromFilter()));
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_TRUE(focusIn(overdue));
    test::snapshot(w.get(), QStringLiteral("main-date-filters"));
}
