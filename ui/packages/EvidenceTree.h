#pragma once

#include <QJsonObject>
#include <QTreeWidget>

namespace ab {

// A questionnaire answer's evidence and exceptions as a tree. Items that carry an id (an audit entry, a drift
// event) ask to be looked up in the audit log when activated.
class EvidenceTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit EvidenceTree(QWidget *parent = nullptr);
    // Shows the answer's "evidence" members and, highlighted, its "exceptions".
    void showAnswer(const QJsonObject &answer);

signals:
    void recordRequested(const QString &id);

private:
    void add(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value);
};

} // namespace ab
