#pragma once

#include <QString>
#include <QStringList>

namespace ab {

// Who the auditor is: written into the activity log, packages (generated_by) and reports.
struct AuditorIdentity
{
    QString name;
    QString email;
    QString firm;

    // "Jane Doe <jane@firm.example>" or whatever part is known; the OS user name as a last resort.
    QString displayName() const;
    // What `generated_by` and the activity log record: the e-mail when known, else the display name.
    QString userId() const;
};

// The workbench's persistent preferences (QSettings). Never holds keys or secrets: a keyring is chosen
// per verification and stays in memory.
namespace AppSettings {
AuditorIdentity auditor();
void setAuditor(const AuditorIdentity &identity);
QString language(); // empty: the system language
void setLanguage(const QString &code);
QStringList recentWorkspaces();
void addRecentWorkspace(const QString &path);
void removeRecentWorkspace(const QString &path);
constexpr int MaxRecentWorkspaces = 8;
} // namespace AppSettings

} // namespace ab
