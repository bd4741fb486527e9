#include "ui/issues/IssueModel.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

namespace ab {

int IssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int IssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IssueModel::severityText(Issue::Severity severity)
{
    switch (severity) {
    case Issue::Severity::Info:
        return tr("Info");
    case Issue::Severity::Warning:
        return tr("Warning");
    case Issue::Severity::Error:
        return tr("Error");
    }
    return {};
}

QString IssueModel::originText(Issue::Origin origin)
{
    switch (origin) {
    case Issue::Origin::Import:
        return tr("Import");
    case Issue::Origin::Verify:
        return tr("Verify");
    case Issue::Origin::Generate:
        return tr("Generate");
    case Issue::Origin::Export:
        return tr("Export");
    case Issue::Origin::Workspace:
        return tr("Workspace");
    }
    return {};
}

static QString locationText(const JumpTarget &target)
{
    switch (target.kind) {
    case JumpTarget::Kind::None:
        return {};
    case JumpTarget::Kind::AuditRecord:
        if (target.event > 0)
            return IssueModel::tr("Event %1 (%2)").arg(target.event).arg(target.id);
        return target.id;
    case JumpTarget::Kind::VerificationRun:
        return IssueModel::tr("Verification run %1").arg(target.id);
    case JumpTarget::Kind::Package:
        return IssueModel::tr("Package %1").arg(target.id.left(8));
    case JumpTarget::Kind::File:
        if (target.line > 0)
            return QStringLiteral("%1:%2:%3")
                .arg(QFileInfo(target.file).fileName())
                .arg(target.line)
                .arg(target.column);
        return QFileInfo(target.file).fileName();
    }
    return {};
}

QVariant IssueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size())
        return {};
    const Issue &issue = m_issues.at(index.row());
    if (role == JumpTargetRole)
        return QVariant::fromValue(issue.target);
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return severityText(issue.severity);
        if (role == Qt::DecorationRole) {
            const QStyle::StandardPixmap pixmap =
                issue.severity == Issue::Severity::Error     ? QStyle::SP_MessageBoxCritical
                : issue.severity == Issue::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                             : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(pixmap);
        }
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return issue.message;
        break;
    case OriginColumn:
        if (role == Qt::DisplayRole)
            return originText(issue.origin);
        if (role == Qt::ToolTipRole)
            return issue.when.toLocalTime().toString(Qt::ISODate);
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole)
            return locationText(issue.target);
        if (role == Qt::ToolTipRole && issue.target.isValid())
            return tr("Double-click to jump there");
        break;
    }
    return {};
}

QVariant IssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    case OriginColumn:
        return tr("From");
    case LocationColumn:
        return tr("Location");
    }
    return {};
}

void IssueModel::add(const Issue &issue)
{
    add(QList<Issue>{issue});
}

void IssueModel::add(const QList<Issue> &issues)
{
    if (issues.isEmpty())
        return;
    beginInsertRows({}, int(m_issues.size()), int(m_issues.size() + issues.size() - 1));
    m_issues.append(issues);
    endInsertRows();
    emit countsChanged();
}

void IssueModel::clear(Issue::Origin origin)
{
    for (int row = int(m_issues.size()) - 1; row >= 0; --row) {
        if (m_issues.at(row).origin != origin)
            continue;
        int first = row;
        while (first > 0 && m_issues.at(first - 1).origin == origin)
            --first;
        beginRemoveRows({}, first, row);
        m_issues.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
    emit countsChanged();
}

void IssueModel::clearAll()
{
    beginResetModel();
    m_issues.clear();
    endResetModel();
    emit countsChanged();
}

int IssueModel::count(Issue::Severity severity) const
{
    return int(std::count_if(m_issues.begin(), m_issues.end(),
                             [severity](const Issue &issue) { return issue.severity == severity; }));
}

} // namespace ab
