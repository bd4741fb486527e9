#include "ui/common/FilterBar.h"

#include "ui/common/FlowLayout.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace ab {

FilterBar::FilterBar(QWidget *parent) : QWidget(parent), m_flow(new FlowLayout(this, 12, 4))
{
    m_flow->setContentsMargins(0, 0, 0, 0);
}

QLineEdit *FilterBar::newLineEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QComboBox *FilterBar::newComboBox(const QString &objectName, int minimumLength)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    if (minimumLength > 0) {
        combo->setMinimumContentsLength(minimumLength);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    return combo;
}

void FilterBar::addField(const QString &labelText, QWidget *field)
{
    auto *label = new QLabel(labelText, this);
    label->setBuddy(field);
    m_flow->addGroup({label, field});
}

void FilterBar::addGroup(const QList<QWidget *> &widgets)
{
    m_flow->addGroup(widgets);
}

void FilterBar::finish()
{
    m_flow->chainTabOrder();
}

} // namespace ab
