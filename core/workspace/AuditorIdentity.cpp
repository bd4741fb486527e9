#include "workspace/AuditorIdentity.h"

#include <QRegularExpression>
#include <QtGlobal>

namespace ab {

AuditorIdentity AuditorIdentity::fromEnvironment()
{
    AuditorIdentity id;
    const QString user = qEnvironmentVariable("AUDITBENCH_USER").trimmed();
    if (!user.isEmpty()) {
        // "Name <email>" is split; anything else is the name.
        static const QRegularExpression withEmail(QStringLiteral("^(.*?)\\s*<([^<>]+)>$"));
        const auto m = withEmail.match(user);
        if (m.hasMatch()) {
            id.name = m.captured(1).trimmed();
            id.email = m.captured(2).trimmed();
        } else {
            id.name = user;
        }
    } else {
        id.name = qEnvironmentVariable("USER");
        if (id.name.isEmpty())
            id.name = qEnvironmentVariable("USERNAME");
        if (id.name.isEmpty())
            id.name = qEnvironmentVariable("LOGNAME");
    }
    if (const QString email = qEnvironmentVariable("AUDITBENCH_USER_EMAIL").trimmed(); !email.isEmpty())
        id.email = email;
    id.firm = qEnvironmentVariable("AUDITBENCH_FIRM").trimmed();
    return id;
}

QString AuditorIdentity::display() const
{
    if (email.isEmpty())
        return name;
    if (name.isEmpty())
        return email;
    return QStringLiteral("%1 <%2>").arg(name, email);
}

} // namespace ab
