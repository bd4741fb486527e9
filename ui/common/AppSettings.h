#pragma once

#include "core/report/ReportBranding.h"
#include "core/workspace/AuditorIdentity.h"

#include <QString>
#include <QStringList>

namespace ab {

// The workbench's persistent preferences (QSettings). Never holds keys or secrets: a keyring is chosen
// per verification and stays in memory.
namespace AppSettings {
// The auditor for what is recorded: the one set in Settings, else the environment's (AUDITBENCH_USER, else
// the OS account, see AuditorIdentity::fromEnvironment).
AuditorIdentity auditor();
// Only what Settings (or the first-run question) stored; empty when nobody has said who is auditing.
AuditorIdentity storedAuditor();
// Someone said who is auditing: stored in Settings, or AUDITBENCH_USER. The OS account alone is not enough.
bool auditorIsSet();
void setAuditor(const AuditorIdentity &identity);
// How printed reports look: group "branding" (organisation, logo path, accent_colour, footer); what is
// not set keeps the shipped neutral default.
ReportBranding branding();
struct BrandingSettings
{
    QString organisation, logoPath, accentColour, footer;
};
BrandingSettings brandingSettings();
void setBrandingSettings(const BrandingSettings &branding);
QString language(); // empty: the system language
void setLanguage(const QString &code);
// The language of printed reports' headings and labels (ui/common/LanguageSwitch.h); empty: the interface's.
QString reportLanguage();
void setReportLanguage(const QString &code);
QStringList recentWorkspaces();
void addRecentWorkspace(const QString &path);
void removeRecentWorkspace(const QString &path);
constexpr int MaxRecentWorkspaces = 8;
// The audit log's hidden columns by key (AuditLogModel::columnKey); `defaults` until the auditor chose.
QStringList hiddenAuditLogColumns(const QStringList &defaults);
void setHiddenAuditLogColumns(const QStringList &keys);
} // namespace AppSettings

} // namespace ab
