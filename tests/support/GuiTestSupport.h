#pragma once
// Shared set-up for GUI tests: settings isolated from the user's, application identity fixed.

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ab::test {

// Points QSettings at a throw-away directory so tests never read or write the auditor's real settings.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AuditBenchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AuditBenchGuiTests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
    // The workbench asks who is auditing before the first import or run (AuditorDialog): tests name one,
    // unless a test names its own, so no question waits for an answer nobody gives.
    if (qEnvironmentVariableIsEmpty("AUDITBENCH_USER"))
        qputenv("AUDITBENCH_USER", "GUI Test Auditor <gui-tests@auditbench.invalid>");
}

} // namespace ab::test
