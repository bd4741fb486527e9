#pragma once

#include "ui/issues/Issue.h"

#include <QAbstractTableModel>
#include <QList>

namespace ab {

class IssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        MessageColumn,
        OriginColumn,
        LocationColumn,
        ColumnCount
    };
    static constexpr int JumpTargetRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void add(const Issue &issue);
    void add(const QList<Issue> &issues);
    // Removes the issues of one origin (a new verification replaces the previous run's errors).
    void clear(Issue::Origin origin);
    void clearAll();
    const Issue &issue(int row) const { return m_issues.at(row); }
    int count(Issue::Severity severity) const;

    static QString severityText(Issue::Severity severity);
    static QString originText(Issue::Origin origin);

signals:
    void countsChanged();

private:
    QList<Issue> m_issues;
};

} // namespace ab
