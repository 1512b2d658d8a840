#include "editor/QuestionnairePages.h"

#include "editor/RowTableEditor.h"
#include "editor/WrappingLabel.h"
#include "session/CaseEditSession.h"
#include "session/FormLabels.h"

#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace exitdesk::ui::pages {

namespace {

QString L(const QString &key)
{
    return FormLabels::bilingual(key);
}

QFormLayout *addGroup(QVBoxLayout *page, const QString &titleKey)
{
    // The heading is a wrapping label, not the group's title: a title never wraps, and a
    // long one (items 11-14) would make the part wider than its pane.
    auto *group = new QGroupBox;
    group->setObjectName(titleKey);
    auto *form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *heading = new WrappingLabel(L(titleKey));
    heading->setObjectName(titleKey + QStringLiteral("#heading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    form->addRow(heading);
    page->addWidget(group);
    return form;
}

// A page scrolls: the form is taller than a counter's screen.
QWidget *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

QVBoxLayout *newPage(QWidget **content)
{
    *content = new QWidget;
    auto *layout = new QVBoxLayout(*content);
    return layout;
}

} // namespace

Choices countries()
{
    static const Choices list = [] {
        Choices out;
        QFile f(QStringLiteral(":/forms/countries.json"));
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
            for (auto it = root.begin(); it != root.end(); ++it) {
                if (!it.value().isObject())
                    continue;
                const QJsonObject o = it.value().toObject();
                out << qMakePair(QVariant(it.key()), it.key() + QStringLiteral(" — ")
                                                         + o.value(QLatin1String("kk")).toString()
                                                         + QStringLiteral(" / ") + o.value(QLatin1String("ru")).toString());
            }
        }
        if (out.isEmpty()) {
            for (const char *code : {"KZ", "RU", "DE", "US", "IL", "UZ", "KG", "TR", "CN", "BY", "UA"})
                out << qMakePair(QVariant(QString::fromLatin1(code)), QString::fromLatin1(code));
        }
        return out;
    }();
    return list;
}

Choices numberedChoices(const QString &group, const QList<int> &codes)
{
    Choices out;
    for (int code : codes)
        out << qMakePair(QVariant(code), QString::number(code) + QStringLiteral(". ")
                                             + L(QStringLiteral("choice.") + group + QLatin1Char('.')
                                                 + QString::number(code)));
    return out;
}

QWidget *personal(FieldBinder *b)
{
    QWidget *content;
    QVBoxLayout *page = newPage(&content);
    QFormLayout *form = addGroup(page, QStringLiteral("section.personal"));
    b->addText(form, QStringLiteral("applicant.surname"), L(QStringLiteral("applicant.surname")));
    b->addText(form, QStringLiteral("applicant.name"), L(QStringLiteral("applicant.name")));
    b->addText(form, QStringLiteral("applicant.patronymic"), L(QStringLiteral("applicant.patronymic")));
    b->addText(form, QStringLiteral("applicant.previousNames"), L(QStringLiteral("applicant.previousNames")));
    b->addDate(form, QStringLiteral("applicant.birthDate"), L(QStringLiteral("applicant.birthDate")));
    b->addIin(form, QStringLiteral("applicant.iin"), L(QStringLiteral("applicant.iin")));
    b->addChoice(form, QStringLiteral("applicant.sex"), L(QStringLiteral("applicant.sex")),
                 {{QStringLiteral("M"), L(QStringLiteral("choice.sex.M"))},
                  {QStringLiteral("F"), L(QStringLiteral("choice.sex.F"))}});
    page->addStretch(1);
    return scrolled(content);
}

QWidget *birthPlace(FieldBinder *b)
{
    QWidget *content;
    QVBoxLayout *page = newPage(&content);
    QFormLayout *form = addGroup(page, QStringLiteral("section.birthPlace"));
    b->addSearchableChoice(form, QStringLiteral("applicant.birthPlace.country"),
                 L(QStringLiteral("applicant.birthPlace.country")), countries());
    for (const char *f : {"region", "district", "okrug", "settlement"}) {
        const QString path = QStringLiteral("applicant.birthPlace.") + QString::fromLatin1(f);
        b->addText(form, path, L(path));
    }
    for (const char *f : {"nationality", "citizenship", "militaryDuty", "previousCitizenship"}) {
        const QString path = QStringLiteral("applicant.") + QString::fromLatin1(f);
        b->addText(form, path, L(path));
    }
    page->addStretch(1);
    return scrolled(content);
}

QWidget *documents(FieldBinder *b)
{
    QWidget *content;
    QVBoxLayout *page = newPage(&content);
    QFormLayout *form = addGroup(page, QStringLiteral("section.documents"));
    const QString id = QStringLiteral("applicant.identityDocument.");
    Choices kinds;
    for (const char *k : {"id-card", "residence-permit", "stateless-certificate"}) {
        const QString key = QString::fromLatin1(k);
        kinds << qMakePair(QVariant(key), L(QStringLiteral("choice.identityDocument.") + key));
    }
    b->addChoice(form, id + QStringLiteral("kind"), L(id + QStringLiteral("kind")), kinds);
    b->addText(form, id + QStringLiteral("number"), L(id + QStringLiteral("number")));
    b->addDate(form, id + QStringLiteral("issuedOn"), L(id + QStringLiteral("issuedOn")));
    b->addText(form, id + QStringLiteral("issuedBy"), L(id + QStringLiteral("issuedBy")));
    b->addDate(form, id + QStringLiteral("expiresOn"), L(id + QStringLiteral("expiresOn")));
    const QString pass = QStringLiteral("applicant.passport.");
    b->addText(form, pass + QStringLiteral("number"), L(pass + QStringLiteral("number")));
    b->addDate(form, pass + QStringLiteral("issuedOn"), L(pass + QStringLiteral("issuedOn")));
    b->addDate(form, pass + QStringLiteral("expiresOn"), L(pass + QStringLiteral("expiresOn")));
    b->addText(form, QStringLiteral("applicant.address"), L(QStringLiteral("applicant.address")));
    b->addText(form, QStringLiteral("applicant.phone"), L(QStringLiteral("applicant.phone")));
    page->addStretch(1);
    return scrolled(content);
}

QWidget *departure(FieldBinder *b)
{
    QWidget *content;
    QVBoxLayout *page = newPage(&content);
    auto *intro = new QLabel(QStringLiteral("9. ") + L(QStringLiteral("section.departure")));
    intro->setWordWrap(true);
    page->addWidget(intro);
    QFormLayout *from = addGroup(page, QStringLiteral("section.from"));
    b->addSearchableChoice(from, QStringLiteral("from.country"), L(QStringLiteral("from.country")), countries());
    for (const char *f : {"region", "district", "okrug", "settlement"}) {
        const QString path = QStringLiteral("from.") + QString::fromLatin1(f);
        b->addText(from, path, L(path));
    }
    QFormLayout *to = addGroup(page, QStringLiteral("section.to"));
    b->addSearchableChoice(to, QStringLiteral("to.country"), L(QStringLiteral("to.country")), countries());
    b->addText(to, QStringLiteral("to.settlement"), L(QStringLiteral("to.settlement")));
    auto *purposeForm = new QFormLayout;
    page->addLayout(purposeForm);
    b->addChoice(purposeForm, QStringLiteral("purpose"), L(QStringLiteral("purpose")),
                 numberedChoices(QStringLiteral("purpose"), {1, 2, 3, 4, 5}));
    page->addStretch(1);
    return scrolled(content);
}

QWidget *social(FieldBinder *b)
{
    QWidget *content;
    QVBoxLayout *page = newPage(&content);
    QFormLayout *form = addGroup(page, QStringLiteral("section.social"));
    // The options of items 11-14 are long («…/ Наемный (оплачиваемый) работник»): each choice
    // goes on its own line under its caption, at the pane's full width, so the chosen one is
    // read whole in the closed box.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    b->addChoice(form, QStringLiteral("applicant.socialCategory"), L(QStringLiteral("applicant.socialCategory")),
                 numberedChoices(QStringLiteral("socialCategory"), {1, 2, 3, 4, 5, 9}));
    b->addChoice(form, QStringLiteral("applicant.education"), L(QStringLiteral("applicant.education")),
                 numberedChoices(QStringLiteral("education"), {1, 2, 3, 4}));
    b->addChoice(form, QStringLiteral("applicant.specialty"), L(QStringLiteral("applicant.specialty")),
                 numberedChoices(QStringLiteral("specialty"), {1, 2, 3, 4, 5, 6, 7, 8}));
    b->addChoice(form, QStringLiteral("applicant.maritalStatus"), L(QStringLiteral("applicant.maritalStatus")),
                 numberedChoices(QStringLiteral("maritalStatus"), {1, 2, 3, 4}));
    page->addStretch(1);
    return scrolled(content);
}

QWidget *children(FieldBinder *b, CaseEditSession *session)
{
    auto *content = new QWidget;
    auto *page = new QVBoxLayout(content);
    auto *intro = new QLabel(L(QStringLiteral("section.children")));
    intro->setWordWrap(true);
    page->addWidget(intro);
    page->addWidget(new RowTableEditor(session, QStringLiteral("children")), 1);
    auto *form = new QFormLayout;
    page->addLayout(form);
    b->addFlag(form, QStringLiteral("alimonyEnforcement"), L(QStringLiteral("alimonyEnforcement")));
    b->addFlag(form, QStringLiteral("alimonyRecipientsRegistrationKnown"),
               L(QStringLiteral("alimonyRecipientsRegistrationKnown")));
    return content;
}

QWidget *table(CaseEditSession *session, const QString &list, const QString &titleKey)
{
    auto *content = new QWidget;
    auto *page = new QVBoxLayout(content);
    auto *intro = new QLabel(L(titleKey));
    intro->setWordWrap(true);
    page->addWidget(intro);
    page->addWidget(new RowTableEditor(session, list), 1);
    return content;
}

QWidget *consents(FieldBinder *b)
{
    QWidget *content;
    QVBoxLayout *page = newPage(&content);
    QFormLayout *form = addGroup(page, QStringLiteral("section.consents"));
    b->addFlag(form, QStringLiteral("consents.falseDataWarningSigned"),
               L(QStringLiteral("consents.falseDataWarningSigned")));
    b->addFlag(form, QStringLiteral("consents.dataUseConsentSigned"), L(QStringLiteral("consents.dataUseConsentSigned")));
    page->addStretch(1);
    return scrolled(content);
}

} // namespace exitdesk::ui::pages
