// auditbench: the workbench window over the core and ui libraries.
#include "MainWindow.h"

#include "auditbench_version.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("AuditBench"));
    QApplication::setApplicationVersion(QStringLiteral(AUDITBENCH_VERSION));
    QApplication::setOrganizationName(QStringLiteral("AuditBench"));
    ab::MainWindow window;
    window.show();
    return app.exec();
}
