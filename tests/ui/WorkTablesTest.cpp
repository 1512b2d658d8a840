// The questionnaire's tables (items 15 and 16) from the keyboard, and what the findings list
// says about a typed date that does not exist.
#include "UiTestSupport.h"
#include "editor/FindingsPanel.h"
#include "editor/QuestionnaireEditor.h"
#include "editor/RowTableEditor.h"
#include "session/CaseEditSession.h"
#include "session/CaseFields.h"
#include "validation/ValidationTexts.h"

#include <QApplication>
#include <QLineEdit>
#include <QTableWidget>
#include <QTreeWidget>

using namespace exitdesk;
using namespace exitdesk::ui;

namespace {

class WorkTablesTest : public test::UiTest
{
protected:
    // Opens the editor of a cell and returns it.
    static QLineEdit *editCell(RowTableEditor &editor, int row, int column)
    {
        QTableWidget *table = editor.table();
        table->setFocus();
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
        QCoreApplication::processEvents();
        const QList<QLineEdit *> edits = table->viewport()->findChildren<QLineEdit *>();
        for (QLineEdit *e : edits) {
            if (e->isVisible())
                return e;
        }
        return nullptr;
    }

    static bool hasCode(const Findings &findings, const QString &code)
    {
        for (const Finding &f : findings) {
            if (f.code == code)
                return true;
        }
        return false;
    }
};

} // namespace

TEST_F(WorkTablesTest, TabLeavesAnEmptyOrIncompleteIinCellAndTheNextTextGoesToTheNextCell)
{
    CaseEditSession session(clock);
    session.addRow(QStringLiteral("relatives"));
    RowTableEditor editor(&session, QStringLiteral("relatives"));
    editor.resize(1200, 300);
    editor.show();
    const int iin = CaseFields::rowFields(QStringLiteral("relatives")).indexOf(QStringLiteral("iin"));
    ASSERT_GE(iin, 0);

    // Empty (a relative abroad has no IIN): Tab moves on, nothing is reported.
    QLineEdit *cell = editCell(editor, 0, iin);
    ASSERT_NE(cell, nullptr);
    QTest::keyClick(cell, Qt::Key_Tab);
    QCoreApplication::processEvents();
    EXPECT_EQ(editor.table()->currentColumn(), iin + 1);
    EXPECT_TRUE(session.findingsAt(QStringLiteral("relatives[0].iin")).isEmpty());

    // Incomplete: kept as typed, reported by the checks, and Tab moves on.
    cell = editCell(editor, 0, iin);
    ASSERT_NE(cell, nullptr);
    QTest::keyClicks(cell, QStringLiteral("8805"));
    QTest::keyClick(cell, Qt::Key_Tab);
    QCoreApplication::processEvents();
    EXPECT_EQ(editor.table()->currentColumn(), iin + 1);
    EXPECT_EQ(session.value(QStringLiteral("relatives[0].iin")).toString(), QStringLiteral("8805"));
    EXPECT_FALSE(session.findingsAt(QStringLiteral("relatives[0].iin")).isEmpty());

    // The text typed next lands in the next cell, not in the IIN.
    QLineEdit *next = editCell(editor, 0, iin + 1);
    ASSERT_NE(next, nullptr);
    QTest::keyClicks(next, QStringLiteral("03041962"));
    QTest::keyClick(next, Qt::Key_Tab);
    QCoreApplication::processEvents();
    EXPECT_EQ(session.value(QStringLiteral("relatives[0].iin")).toString(), QStringLiteral("8805"));

    // Shift+Tab and Enter leave an incomplete cell as well.
    cell = editCell(editor, 0, iin);
    ASSERT_NE(cell, nullptr);
    QTest::keyClicks(cell, QStringLiteral("1"));
    QTest::keyClick(cell, Qt::Key_Backtab, Qt::ShiftModifier);
    QCoreApplication::processEvents();
    EXPECT_EQ(editor.table()->currentColumn(), iin - 1);
    cell = editCell(editor, 0, iin);
    ASSERT_NE(cell, nullptr);
    QTest::keyClick(cell, Qt::Key_Return);
    QCoreApplication::processEvents();
    bool editing = false;
    for (QLineEdit *e : editor.table()->viewport()->findChildren<QLineEdit *>())
        editing = editing || e->isVisible();
    EXPECT_FALSE(editing);
    EXPECT_EQ(session.value(QStringLiteral("relatives[0].iin")).toString(), QStringLiteral("1"));
    test::snapshot(&editor, QStringLiteral("relatives-table"));
}

TEST_F(WorkTablesTest, LettersAreRefusedInYearCellsAndAnEmptyLeavingYearIsTheCurrentJob)
{
    CaseEditSession session(clock);
    session.addRow(QStringLiteral("workHistory"));
    RowTableEditor editor(&session, QStringLiteral("workHistory"));
    editor.resize(1200, 300);
    editor.show();
    const QStringList fields = CaseFields::rowFields(QStringLiteral("workHistory"));
    const int from = fields.indexOf(QStringLiteral("fromYear"));
    const int to = fields.indexOf(QStringLiteral("toYear"));

    QLineEdit *cell = editCell(editor, 0, from);
    ASSERT_NE(cell, nullptr);
    QTest::keyClicks(cell, QStringLiteral("20x19"));
    EXPECT_EQ(cell->text(), QStringLiteral("2019"));
    QTest::keyClick(cell, Qt::Key_Tab);
    QCoreApplication::processEvents();
    EXPECT_EQ(session.value(QStringLiteral("workHistory[0].fromYear")).toInt(), 2019);

    // The leaving year left empty: the job still held, no "missing" error, five years covered.
    cell = editCell(editor, 0, to);
    ASSERT_NE(cell, nullptr);
    QTest::keyClick(cell, Qt::Key_Tab);
    QCoreApplication::processEvents();
    EXPECT_EQ(editor.table()->currentColumn(), to + 1);
    EXPECT_TRUE(session.findingsAt(QStringLiteral("workHistory[0].toYear")).isEmpty());
    EXPECT_FALSE(hasCode(session.findings(), QStringLiteral("work.gap")));
    // The clearance must be written, «не имел» when there was none.
    EXPECT_FALSE(session.findingsAt(QStringLiteral("workHistory[0].stateSecretsClearance")).isEmpty());
}

TEST_F(WorkTablesTest, FindingsListSaysNoSuchDateForAnImpossibleTypedDate)
{
    CaseEditSession session(clock);
    QuestionnaireEditor editor(&session);
    editor.resize(1400, 800);
    editor.show();
    const QString path = QStringLiteral("applicant.birthDate");
    auto *edit = editor.findChild<QLineEdit *>(path);
    ASSERT_NE(edit, nullptr);
    auto *panel = editor.findChild<FindingsPanel *>();
    ASSERT_NE(panel, nullptr);
    const QString lang = Language::current();
    const QString missing = ValidationTexts::make(QStringLiteral("field.required"), path).message(lang);
    const QString noSuchDate = ValidationTexts::make(QStringLiteral("date.invalid"), path).message(lang);
    ASSERT_NE(missing, noSuchDate);
    const auto listed = [panel] {
        QStringList texts;
        for (int i = 0; i < panel->list()->topLevelItemCount(); ++i)
            texts << panel->list()->topLevelItem(i)->text(0);
        return texts;
    };
    EXPECT_TRUE(listed().contains(missing));

    edit->setFocus();
    edit->setCursorPosition(0);
    QTest::keyClicks(edit, QStringLiteral("31021987"));
    QCoreApplication::processEvents();
    EXPECT_TRUE(listed().contains(noSuchDate)) << listed().join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(listed().contains(missing)) << listed().join(QLatin1Char('\n')).toStdString();
    // Still an error that blocks acceptance.
    EXPECT_FALSE(session.findingsAt(path).isEmpty());
    test::snapshot(&editor, QStringLiteral("findings-no-such-date"));

    // Corrected: the date is taken and neither message stays.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("28021987"));
    QCoreApplication::processEvents();
    EXPECT_EQ(session.value(path).toDate(), QDate(1987, 2, 28));
    EXPECT_FALSE(listed().contains(noSuchDate));
    EXPECT_FALSE(listed().contains(missing));

    // Emptied: "not filled in" again.
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("31021987"));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QCoreApplication::processEvents();
    EXPECT_FALSE(listed().contains(noSuchDate)) << listed().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(listed().contains(missing));
}
