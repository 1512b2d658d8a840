#include "register/RegisterFilterBar.h"

#include "DateField.h"
#include "Language.h"
#include "ledger/LedgerWords.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>

namespace exitdesk::ui {

namespace {

QStringList distinctValues(Database *db, const QString &sql)
{
    QStringList values;
    if (!db)
        return values;
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    if (q.exec(sql)) {
        while (q.next()) {
            const QString v = q.value(0).toString();
            if (!v.isEmpty())
                values << v;
        }
    }
    return values;
}

void fillCombo(QComboBox *combo, const QString &anyText, const QList<QPair<QString, QString>> &items)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(anyText, QString());
    for (const auto &item : items)
        combo->addItem(item.second, item.first);
    const int at = combo->findData(current);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void selectData(QComboBox *combo, const QString &value)
{
    int at = combo->findData(value);
    if (at < 0) {
        // A value not in the database (yet): offer it anyway so the filter says what it does.
        combo->addItem(value, value);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(value.isEmpty() ? 0 : at);
}

LedgerLanguage uiLedgerLanguage()
{
    return Language::current() == QLatin1String("ru") ? LedgerLanguage::Russian : LedgerLanguage::Kazakh;
}

} // namespace

RegisterFilterBar::RegisterFilterBar(Database *db, QWidget *parent)
    : QWidget(parent), m_db(db), m_fromOn(new QCheckBox(this)), m_from(new DateField(this)),
      m_toOn(new QCheckBox(this)), m_to(new DateField(this)), m_stageLabel(new QLabel(this)),
      m_stage(new QComboBox(this)), m_officeLabel(new QLabel(this)), m_office(new QComboBox(this)),
      m_countryLabel(new QLabel(this)), m_country(new QComboBox(this)), m_executorLabel(new QLabel(this)),
      m_executor(new QComboBox(this)), m_apply(new QPushButton(this))
{
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &RegisterFilterBar::applied);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_fromOn, 0, 0);
    grid->addWidget(m_from, 0, 1);
    grid->addWidget(m_toOn, 0, 2);
    grid->addWidget(m_to, 0, 3);
    grid->addWidget(m_stageLabel, 0, 4);
    grid->addWidget(m_stage, 0, 5);
    grid->addWidget(m_officeLabel, 1, 0);
    grid->addWidget(m_office, 1, 1);
    grid->addWidget(m_countryLabel, 1, 2);
    grid->addWidget(m_country, 1, 3);
    grid->addWidget(m_executorLabel, 1, 4);
    grid->addWidget(m_executor, 1, 5);
    grid->addWidget(m_apply, 0, 6, 2, 1);
    grid->setColumnStretch(5, 1);

    retranslate();
}

LedgerFilter RegisterFilterBar::filter() const
{
    LedgerFilter f;
    if (m_fromOn->isChecked())
        f.from = m_from->date();
    if (m_toOn->isChecked())
        f.to = m_to->date();
    f.stage = m_stage->currentData().toString();
    f.office = m_office->currentData().toString();
    f.country = m_country->currentData().toString();
    f.executor = m_executor->currentData().toString();
    return f;
}

void RegisterFilterBar::setFilter(const LedgerFilter &f)
{
    m_fromOn->setChecked(f.from.isValid());
    if (f.from.isValid())
        m_from->setDate(f.from);
    m_toOn->setChecked(f.to.isValid());
    if (f.to.isValid())
        m_to->setDate(f.to);
    selectData(m_stage, f.stage);
    selectData(m_office, f.office);
    selectData(m_country, f.country.toUpper());
    selectData(m_executor, f.executor);
}

void RegisterFilterBar::fillStages()
{
    const LedgerLanguage lang = uiLedgerLanguage();
    QList<QPair<QString, QString>> items;
    for (const QString &key : LedgerFilter::stageKeys()) {
        QString text;
        if (key == QLatin1String("in-progress"))
            text = tr("in progress");
        else if (key == QLatin1String("finished"))
            text = tr("finished");
        else if (key == QLatin1String("overdue"))
            text = tr("overdue");
        else
            text = LedgerWords::stage(key, lang);
        items << qMakePair(key, text);
    }
    fillCombo(m_stage, tr("any stage"), items);
}

void RegisterFilterBar::reloadChoices()
{
    const LedgerLanguage lang = uiLedgerLanguage();
    QList<QPair<QString, QString>> offices, countries, executors;
    for (const QString &v :
         distinctValues(m_db, QStringLiteral("SELECT DISTINCT office FROM cases WHERE status <> 'draft' ORDER BY 1")))
        offices << qMakePair(v, v);
    for (const QString &v : distinctValues(
             m_db, QStringLiteral("SELECT DISTINCT to_country FROM cases WHERE status <> 'draft' ORDER BY 1")))
        countries << qMakePair(v, QStringLiteral("%1 (%2)").arg(LedgerWords::country(v, lang), v));
    for (const QString &v :
         distinctValues(m_db, QStringLiteral("SELECT DISTINCT executor FROM case_events ORDER BY 1")))
        executors << qMakePair(v, v);
    fillCombo(m_office, tr("any office"), offices);
    fillCombo(m_country, tr("any country"), countries);
    fillCombo(m_executor, tr("any executor"), executors);
}

void RegisterFilterBar::retranslate()
{
    m_fromOn->setText(tr("From"));
    m_toOn->setText(tr("To"));
    m_stageLabel->setText(tr("Stage"));
    m_officeLabel->setText(tr("Office"));
    m_countryLabel->setText(tr("Country"));
    m_executorLabel->setText(tr("Executor"));
    m_apply->setText(tr("Apply"));
    fillStages();
    reloadChoices();
}

void RegisterFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace exitdesk::ui
