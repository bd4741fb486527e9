#pragma once
// The filter bar of the record pages (audit log, OCSF events, runtime entries): label-and-field groups in a
// FlowLayout that wraps on a narrow window, each label's mnemonic reaching its field, Tab moving row by row.
// The pages choose their fields; how the fields are made and laid out lives here once.

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace ab {

class FlowLayout;

class FilterBar : public QWidget
{
public:
    explicit FilterBar(QWidget *parent);

    // Fields owned by the bar, not yet placed (addField places them).
    QLineEdit *newLineEdit(const QString &objectName, const QString &placeholder);
    // `minimumLength` > 0: the combo box keeps room for that many characters whatever its items.
    QComboBox *newComboBox(const QString &objectName, int minimumLength = 0);

    // A label and its field, kept together on one row; the label's mnemonic reaches the field.
    void addField(const QString &labelText, QWidget *field);
    // Widgets kept together on one row (the period, the buttons and the counts).
    void addGroup(const QList<QWidget *> &widgets);
    // After the last group: Tab follows the groups in the order they were added.
    void finish();

private:
    FlowLayout *m_flow;
};

} // namespace ab
