// auditbench: the workbench window over the core and ui libraries.
//   auditbench [WORKSPACE]        opens a workspace (created when the file does not exist)
//   auditbench --demo             opens the demo workspace, creating it from demo-data/ on first run
//   auditbench --screenshot DIR   writes a picture of every page into DIR and quits (documentation)
#include "ui/MainWindow.h"

#include "auditbench_version.h"
#include "ui/ScreenshotTour.h"
#include "ui/common/AppSettings.h"
#include "ui/common/TaskPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("AuditBench"));
    QApplication::setApplicationVersion(QStringLiteral(AUDITBENCH_VERSION));
    QApplication::setOrganizationName(QStringLiteral("AuditBench"));

    // The language chosen in Settings, else the system's; catalogues are compiled in under :/i18n.
    const QString language = ab::AppSettings::language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(locale, QStringLiteral("auditbench"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Offline workbench for AI-platform audit evidence."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "The workspace to open (*.auditbench)."),
                                 QStringLiteral("[WORKSPACE]"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo workspace (created on first run)."));
    const QCommandLineOption demoData(
        QStringLiteral("demo-data"),
        QApplication::translate("main", "Where the demo evidence lives (default demo-data)."),
        QApplication::translate("main", "DIR"), QStringLiteral("demo-data"));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QApplication::translate("main", "Import FILE into the workspace after opening it."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of every page into DIR and quit."),
        QApplication::translate("main", "DIR"));
    parser.addOptions({demo, demoData, importOption, screenshot});
    parser.process(app);

    ab::MainWindow window;
    window.show();
    if (parser.isSet(demo))
        window.openDemo(parser.value(demoData));
    else if (!parser.positionalArguments().isEmpty())
        window.openWorkspace(parser.positionalArguments().constFirst());
    if (parser.isSet(importOption)) {
        const QStringList files = parser.values(importOption);
        QTimer::singleShot(0, &window, [&window, files]() {
            // After the demo's own import (if any) has finished.
            auto *timer = new QTimer(&window);
            QObject::connect(timer, &QTimer::timeout, &window, [&window, files, timer]() {
                if (window.taskPanel()->isBusy())
                    return;
                timer->deleteLater();
                window.importFiles(files);
            });
            timer->start(200);
        });
    }
    if (parser.isSet(screenshot)) {
        const QString dir = parser.value(screenshot);
        window.resize(1440, 900);
        QTimer::singleShot(1500, &window, [&window, dir]() {
            ab::ScreenshotTour::save(window, dir);
            QApplication::quit();
        });
    }
    return app.exec();
}
