#include "ui/common/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ab {

namespace AppSettings {

AuditorIdentity storedAuditor()
{
    QSettings settings;
    return {settings.value(QStringLiteral("auditor/name")).toString(),
            settings.value(QStringLiteral("auditor/email")).toString(),
            settings.value(QStringLiteral("auditor/firm")).toString()};
}

bool auditorIsSet()
{
    // AUDITBENCH_USER is a choice someone made (as on the command line); the OS account is only a fallback.
    return !storedAuditor().isEmpty() || !qEnvironmentVariable("AUDITBENCH_USER").trimmed().isEmpty();
}

AuditorIdentity auditor()
{
    AuditorIdentity identity = storedAuditor();
    // Nothing set yet: the same default as the command line (AUDITBENCH_USER or the OS user name). The
    // GUI asks before the first import, verification or new workspace (AuditorDialog::ensure), so the OS
    // account only reaches what a programme drives without asking.
    if (identity.isEmpty()) {
        const AuditorIdentity fallback = AuditorIdentity::fromEnvironment();
        identity.name = fallback.name;
        identity.email = fallback.email;
        if (identity.firm.isEmpty())
            identity.firm = fallback.firm;
    }
    return identity;
}

void setAuditor(const AuditorIdentity &identity)
{
    QSettings settings;
    settings.setValue(QStringLiteral("auditor/name"), identity.name.trimmed());
    settings.setValue(QStringLiteral("auditor/email"), identity.email.trimmed());
    settings.setValue(QStringLiteral("auditor/firm"), identity.firm.trimmed());
}

ReportBranding branding()
{
    QSettings settings;
    return ReportBranding::fromSettings(settings);
}

BrandingSettings brandingSettings()
{
    QSettings s;
    const ReportBranding defaults = ReportBranding::defaults();
    return {s.value(QStringLiteral("branding/organisation"), defaults.organisation).toString(),
            s.value(QStringLiteral("branding/logo")).toString(),
            s.value(QStringLiteral("branding/accent_colour"), defaults.accent.name()).toString(),
            s.value(QStringLiteral("branding/footer"), defaults.footer).toString()};
}

void setBrandingSettings(const BrandingSettings &branding)
{
    QSettings s;
    s.setValue(QStringLiteral("branding/organisation"), branding.organisation.trimmed());
    s.setValue(QStringLiteral("branding/logo"), branding.logoPath.trimmed());
    s.setValue(QStringLiteral("branding/accent_colour"), branding.accentColour.trimmed());
    s.setValue(QStringLiteral("branding/footer"), branding.footer.trimmed());
}

QString language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

QString reportLanguage()
{
    return QSettings().value(QStringLiteral("report/language")).toString();
}

void setReportLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("report/language"), code);
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

QStringList hiddenAuditLogColumns(const QStringList &defaults)
{
    const QSettings settings;
    const QString key = QStringLiteral("auditlog/hidden_columns");
    return settings.contains(key) ? settings.value(key).toStringList() : defaults;
}

void setHiddenAuditLogColumns(const QStringList &keys)
{
    // An empty list is kept as such (every column shown), not as "never chosen".
    QSettings().setValue(QStringLiteral("auditlog/hidden_columns"),
                         keys.isEmpty() ? QStringList{QString()} : keys);
}

} // namespace AppSettings
} // namespace ab
