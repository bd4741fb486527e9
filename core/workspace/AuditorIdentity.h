#pragma once

#include <QString>

namespace ab {

// Who is doing the work: recorded with every import, verification, package, verdict, export and print.
// The GUI's settings set it; the CLI (and the default) take it from the environment.
struct AuditorIdentity
{
    QString name;
    QString email;
    QString firm;

    // AUDITBENCH_USER (free text, e.g. "Ana Auditor <ana@firm.example>"), else the OS user name.
    // AUDITBENCH_USER_EMAIL and AUDITBENCH_FIRM fill the other members when set.
    static AuditorIdentity fromEnvironment();
    // "name <email>" (or what of it is known): the text stored in the workspace's user columns.
    QString display() const;
    bool isEmpty() const { return name.isEmpty() && email.isEmpty(); }
};

} // namespace ab
