#include "accounts/LanguageSwitch.h"

#include "Language.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace exitdesk::ui {

LanguageSwitch::LanguageSwitch(Language *language, QWidget *parent)
    : QWidget(parent), m_language(language), m_label(new QLabel(this)), m_group(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    for (const QString &code : Language::available()) {
        // Each language is named in itself: someone who cannot read the current one still
        // finds his or her own.
        auto *b = new QPushButton(Language::nativeName(code), this);
        b->setObjectName(QStringLiteral("language_") + code);
        b->setCheckable(true);
        // Enter in the dialog must still submit it, even when this button has the focus.
        b->setAutoDefault(false);
        b->setEnabled(language != nullptr);
        m_group->addButton(b);
        m_buttons.insert(code, b);
        layout->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, code] {
            if (m_language && m_language->code() != code)
                m_language->setLanguage(code);
        });
    }
    layout->addStretch();
    m_group->setExclusive(true);
    if (m_language)
        connect(m_language, &Language::changed, this, &LanguageSwitch::sync);
    m_label->setText(tr("Language:"));
    sync();
}

void LanguageSwitch::sync()
{
    const QString current = m_language ? m_language->code() : Language::current();
    if (QPushButton *b = m_buttons.value(current))
        b->setChecked(true);
}

void LanguageSwitch::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_label->setText(tr("Language:"));
    QWidget::changeEvent(event);
}

} // namespace exitdesk::ui
