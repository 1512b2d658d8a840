// The screens the user guide shows (docs/user-guide-*.md), driven as the operator and the
// officer use them; with EXITDESK_SCREENSHOTS set (scripts/screenshots.sh) each one is saved.
#include "CaseCardFixture.h"
#include "accounts/LoginDialog.h"
#include "decision/DecisionDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace exitdesk;

namespace {

class GuideScreens : public test::CaseCardFixture
{
};

} // namespace

TEST_F(GuideScreens, LoginHidesThePassword)
{
    ui::LoginDialog dialog(context(), QStringLiteral("desk-7"));
    dialog.show();
    EXPECT_EQ(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    EXPECT_FALSE(dialog.messageLabel()->isVisible());
    test::snapshot(&dialog, QStringLiteral("login"));
}

TEST_F(GuideScreens, CaseCardOffersTheNextStepsThenTheDecision)
{
    openCard(head);
    card->resize(1100, 760);
    QPushButton *registered = card->stepButton(EventKind::Registered);
    ASSERT_TRUE(registered);
    EXPECT_TRUE(registered->isEnabled());
    test::snapshot(card.get(), QStringLiteral("case-card"));

    recordUpToTheAnswers();
    EXPECT_TRUE(card->state().allAnswered());
    bool seen = false;
    answer = [&seen](QDialog &dialog) {
        auto *decision = qobject_cast<ui::DecisionDialog *>(&dialog);
        if (!decision)
            return true;
        seen = true;
        // Every answer was positive: the dialog proposes to approve and to print.
        EXPECT_TRUE(decision->approveButton()->isChecked());
        EXPECT_TRUE(decision->okButton()->isEnabled());
        dialog.show();
        test::snapshot(&dialog, QStringLiteral("decision-dialog"));
        return true;
    };
    press(EventKind::DecisionPrepared);
    EXPECT_TRUE(seen);
    EXPECT_EQ(storedEvents().last().kind, EventKind::DecisionPrepared);
    test::snapshot(card.get(), QStringLiteral("case-card-decided"));
}
