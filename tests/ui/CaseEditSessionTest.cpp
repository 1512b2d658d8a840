// The editing state of the questionnaire, driven without a window.
#include "UiTestSupport.h"
#include "session/CaseEditSession.h"

using namespace exitdesk;
using namespace exitdesk::ui;

namespace {

bool hasFinding(const Findings &findings, const QString &path, Severity severity)
{
    for (const Finding &f : findings) {
        if (f.path == path && f.severity == severity)
            return true;
    }
    return false;
}

class CaseEditSessionTest : public test::UiTest
{
};

} // namespace

TEST_F(CaseEditSessionTest, ChecksRunAtEveryChange)
{
    CaseEditSession s(clock);
    QStringList changes;
    QObject::connect(&s, &CaseEditSession::changed, [&] { changes << QStringLiteral("x"); });
    ASSERT_TRUE(s.setValue(QStringLiteral("applicant.iin"), QStringLiteral("871008401408"))); // wrong check digit
    EXPECT_TRUE(hasFinding(s.findingsAt(QStringLiteral("applicant.iin")), QStringLiteral("applicant.iin"), Severity::Error));
    ASSERT_TRUE(s.setValue(QStringLiteral("applicant.iin"), QStringLiteral("871008401407")));
    EXPECT_FALSE(hasFinding(s.findings(), QStringLiteral("applicant.iin"), Severity::Error));
    EXPECT_EQ(changes.size(), 2);
    EXPECT_TRUE(s.isModified());
    EXPECT_FALSE(s.setValue(QStringLiteral("applicant.unknown"), 1));
}

TEST_F(CaseEditSessionTest, WarningsNeedAnExplicitConfirmationThatLastsWhileTheWarningDoes)
{
    CaseEditSession s(clock);
    s.setValue(QStringLiteral("applicant.iin"), QStringLiteral("871008401407")); // 8 October 1987, female
    s.setValue(QStringLiteral("applicant.sex"), QStringLiteral("F"));
    s.setValue(QStringLiteral("applicant.birthDate"), QDate(1987, 10, 9)); // disagrees with the IIN
    const Findings at = s.findingsAt(QStringLiteral("applicant.iin"));
    ASSERT_EQ(at.size(), 1);
    ASSERT_FALSE(at.first().isError()) << "an IIN that disagrees with the birth date is only a warning";
    const int before = s.unconfirmedWarningCount();
    ASSERT_GE(before, 1);
    s.confirmWarning(at.first());
    EXPECT_TRUE(s.isConfirmed(at.first()));
    EXPECT_EQ(s.unconfirmedWarningCount(), before - 1);

    // Corrected, the warning goes, and with it the confirmation: if it comes back, it is asked again.
    s.setValue(QStringLiteral("applicant.birthDate"), QDate(1987, 10, 8));
    EXPECT_TRUE(s.findingsAt(QStringLiteral("applicant.iin")).isEmpty());
    s.setValue(QStringLiteral("applicant.birthDate"), QDate(1987, 10, 9));
    EXPECT_FALSE(s.isConfirmed(s.findingsAt(QStringLiteral("applicant.iin")).first()));
}

TEST_F(CaseEditSessionTest, ChecklistFollowsTheChildrenAndRecordsWhatWasPresented)
{
    CaseEditSession s(clock);
    auto guardianship = [&s] {
        int n = 0;
        for (const ChecklistItem &i : s.checklist())
            n += i.document.kind == DocumentKind::GuardianshipConclusion ? 1 : 0;
        return n;
    };
    EXPECT_EQ(guardianship(), 0);
    ASSERT_EQ(s.addRow(QStringLiteral("children")), 0);
    s.setValue(QStringLiteral("children[0].birthDate"), QDate(2018, 11, 21)); // 7 on the reference day
    EXPECT_EQ(guardianship(), 0);
    s.setValue(QStringLiteral("children[0].birthDate"), QDate(2014, 3, 1)); // 12
    EXPECT_EQ(guardianship(), 1);

    const int missingBefore = s.missingOrExpired().size();
    int item = -1;
    for (int i = 0; i < s.checklist().size(); ++i) {
        if (s.checklist().at(i).document.kind == DocumentKind::GuardianshipConclusion)
            item = i;
    }
    ASSERT_GE(item, 0);
    s.setPresented(item, true);
    EXPECT_TRUE(s.checklist().at(item).presented);
    EXPECT_EQ(s.missingOrExpired().size(), missingBefore - 1);
    ASSERT_EQ(s.caseData().documents.size(), 1);
    EXPECT_EQ(s.caseData().documents.first().child, 0);

    // Removing the child removes its documents.
    ASSERT_TRUE(s.removeRow(QStringLiteral("children"), 0));
    EXPECT_TRUE(s.caseData().documents.isEmpty());
    EXPECT_EQ(guardianship(), 0);
}

TEST_F(CaseEditSessionTest, ReferenceDayIsTheSubmissionDayOnceHandedIn)
{
    CaseEditSession s(clock);
    EXPECT_EQ(s.referenceDay(), QDate(2026, 11, 20));
    Case c;
    c.submittedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0));
    s.setCase(c);
    EXPECT_EQ(s.referenceDay(), QDate(2026, 3, 2));
    EXPECT_FALSE(s.isModified());
}
