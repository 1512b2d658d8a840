// Set-up shared by the case card and decision tests: an accepted case with two children
// (tests/data/cases/valid-family.json, handed in at the counter on Friday 20.11.2026 10:15),
// the head of the office logged in, the card's dialogs answered by a driver instead of a
// modal loop, and the forms sent to the print preview collected.
#pragma once

#include "FormPreview.h"
#include "OfficialForm.h"
#include "UiTestSupport.h"
#include "casecard/CaseCard.h"
#include "casecard/DialogRunner.h"
#include "casecard/EventDialog.h"
#include "interchange/CaseJson.h"
#include "storage/CaseRepository.h"
#include "workflow/CaseEventStore.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>

#include <functional>

namespace exitdesk::test {

struct PreviewedForm
{
    forms::FormKind kind;
    forms::FormData data;
    QString content; // canonicalContent()
};

class CaseCardFixture : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        openDatabase();
        QFile file(dataPath(QStringLiteral("cases/valid-family.json")));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QList<Case> cases;
        Findings findings;
        ASSERT_TRUE(CaseJson::parseDocument(file.readAll(), &cases, &findings));
        accepted = cases.first();
        ASSERT_EQ(accepted.children.size(), 2);
        StorageError error;
        ASSERT_TRUE(CaseRepository(*db, clock).accept(accepted, &error)) << error.messageEn.toStdString();
        head.login = QStringLiteral("gulnar");
        head.fullName = QStringLiteral("Гүлнар Сейітова");
        head.role = Role::Head;
        head.workstation = QStringLiteral("desk-7");
        ui::DialogRunner::setDriver([this](QDialog &dialog) {
            dialogsSeen << QString::fromLatin1(dialog.metaObject()->className());
            return answer ? answer(dialog) : true;
        });
        ui::FormPreview::setInterceptor([this](const forms::OfficialForm &form) {
            previewed.push_back(PreviewedForm{form.kind(), form.data(), form.canonicalContent()});
        });
    }

    void TearDown() override
    {
        card.reset();
        ui::DialogRunner::setDriver(nullptr);
        ui::FormPreview::setInterceptor(nullptr);
        UiTest::TearDown();
    }

    void openCard(const Actor &actor)
    {
        card.reset(new ui::CaseCard(context(), actor, accepted.id));
        card->setAttribute(Qt::WA_DeleteOnClose, false);
        card->show();
    }

    // Presses the step's button as the user would; fails the test when it is not offered.
    void press(EventKind kind)
    {
        QPushButton *button = card->stepButton(kind);
        ASSERT_TRUE(button) << "not offered: " << eventKindKey(kind).toStdString();
        ASSERT_TRUE(button->isEnabled()) << eventKindKey(kind).toStdString();
        button->click();
    }

    // From registration to the bodies' answers through the card's buttons; the body named
    // answers negatively, the others positively.
    void recordUpToTheAnswers(const QString &negativeBody = QString())
    {
        for (EventKind kind : {EventKind::Registered, EventKind::CompletenessChecked, EventKind::EnteredInSystem,
                               EventKind::RequestsSent, EventKind::SentToPd})
            press(kind);
        answer = [negativeBody](QDialog &dialog) {
            auto *events = qobject_cast<ui::EventDialog *>(&dialog);
            if (events && events->kind() == EventKind::AnswerReceived) {
                auto *body = dialog.findChild<QComboBox *>(QStringLiteral("data.body"));
                auto *result = dialog.findChild<QComboBox *>(QStringLiteral("data.result"));
                if (body->currentData().toString() == negativeBody)
                    result->setCurrentIndex(result->findData(QStringLiteral("negative")));
            }
            return true;
        };
        for (int i = 0; i < 5 && card->stepButton(EventKind::AnswerReceived); ++i)
            press(EventKind::AnswerReceived);
        answer = nullptr;
    }

    QList<CaseEvent> storedEvents()
    {
        QList<CaseEvent> events;
        QString error;
        EXPECT_TRUE(CaseEventStore(*db).list(accepted.id, &events, &error)) << error.toStdString();
        return events;
    }

    Case accepted;
    Actor head;
    std::unique_ptr<ui::CaseCard> card;
    std::function<bool(QDialog &)> answer; // null: accept every dialog as it is
    QStringList dialogsSeen;
    std::vector<PreviewedForm> previewed;
};

} // namespace exitdesk::test
