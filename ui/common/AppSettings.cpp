#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ab {

QString AuditorIdentity::displayName() const
{
    QString who = name.trimmed();
    if (!email.trimmed().isEmpty())
        who = who.isEmpty() ? email.trimmed() : QStringLiteral("%1 <%2>").arg(who, email.trimmed());
    if (who.isEmpty())
        who = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return who;
}

QString AuditorIdentity::userId() const
{
    if (!email.trimmed().isEmpty())
        return email.trimmed();
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

namespace AppSettings {

AuditorIdentity auditor()
{
    QSettings settings;
    return {settings.value(QStringLiteral("auditor/name")).toString(),
            settings.value(QStringLiteral("auditor/email")).toString(),
            settings.value(QStringLiteral("auditor/firm")).toString()};
}

void setAuditor(const AuditorIdentity &identity)
{
    QSettings settings;
    settings.setValue(QStringLiteral("auditor/name"), identity.name.trimmed());
    settings.setValue(QStringLiteral("auditor/email"), identity.email.trimmed());
    settings.setValue(QStringLiteral("auditor/firm"), identity.firm.trimmed());
}

QString language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

QStringList recentWorkspaces()
{
    return QSettings().value(QStringLiteral("recent/workspaces")).toStringList();
}

void addRecentWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentWorkspaces();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecentWorkspaces)
        list.removeLast();
    QSettings().setValue(QStringLiteral("recent/workspaces"), list);
}

void removeRecentWorkspace(const QString &path)
{
    QStringList list = recentWorkspaces();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("recent/workspaces"), list);
}

} // namespace AppSettings
} // namespace ab
