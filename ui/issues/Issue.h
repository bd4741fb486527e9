#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ab {

// Where an issue's "jump to" action takes the auditor.
struct JumpTarget
{
    enum class Kind
    {
        None,
        AuditRecord,
        VerificationRun,
        Package,
        File
    };
    Kind kind = Kind::None;
    QString id;       // record id, run id or package id
    qint64 event = 0; // AuditRecord: 1-based position in the verified sequence (0 when unknown)
    QString file;     // File: path; line/column when known
    qint64 line = 0;
    qint64 column = 0;

    bool isValid() const { return kind != Kind::None; }
};

// A warning or error from import, verify or generate, collected in the issues dock instead of a
// message box (as Tiled's Issues view does).
struct Issue
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };
    enum class Origin
    {
        Import,
        Verify,
        Generate,
        Export,
        Workspace
    };
    Severity severity = Severity::Error;
    Origin origin = Origin::Workspace;
    QString message;
    JumpTarget target;
    QDateTime when = QDateTime::currentDateTimeUtc();

    static Issue error(Origin origin, const QString &message, const JumpTarget &target = {})
    {
        return make(Severity::Error, origin, message, target);
    }
    static Issue warning(Origin origin, const QString &message, const JumpTarget &target = {})
    {
        return make(Severity::Warning, origin, message, target);
    }
    static Issue info(Origin origin, const QString &message, const JumpTarget &target = {})
    {
        return make(Severity::Info, origin, message, target);
    }

private:
    static Issue make(Severity severity, Origin origin, const QString &message, const JumpTarget &target)
    {
        Issue issue;
        issue.severity = severity;
        issue.origin = origin;
        issue.message = message;
        issue.target = target;
        return issue;
    }
};

} // namespace ab

Q_DECLARE_METATYPE(ab::JumpTarget)
