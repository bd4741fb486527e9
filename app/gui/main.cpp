// auditbench: the workbench window over the core and ui libraries.
//   auditbench [WORKSPACE]        opens a workspace (created when the file does not exist)
//   auditbench --demo             opens the demo workspace, creating it from demo-data/ on first run
//   auditbench --screenshot DIR   writes a picture of every page into DIR and quits (documentation)
//   auditbench --language CODE    this run in another language (de, en, fr), the setting unchanged
#include "ui/MainWindow.h"

#include "auditbench_version.h"
#include "ui/ScreenshotTour.h"
#include "ui/common/AppSettings.h"
#include "ui/common/LanguageSwitch.h"
#include "ui/common/TaskPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("AuditBench"));
    QApplication::setApplicationVersion(QStringLiteral(AUDITBENCH_VERSION));
    QApplication::setOrganizationName(QStringLiteral("AuditBench"));

    // The language chosen in Settings, else the system's; --language overrides both for this run. It is read
    // before the parser exists, because the parser's own help text is translated.
    QString language = ab::AppSettings::language();
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--language") && i + 1 < arguments.size())
            language = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--language=")))
            language = arguments[i].mid(11);
    }
    ab::LanguageSwitch::apply(language, ab::AppSettings::reportLanguage());

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
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Run in LANGUAGE (%1) without changing the setting.")
            .arg(ab::LanguageSwitch::available().join(QLatin1String(", "))),
        QApplication::translate("main", "LANGUAGE"));
    parser.addOptions({demo, demoData, importOption, screenshot, languageOption});
    parser.process(app);

    // On the heap: a change of language (Settings) replaces the window by a new one
    // (LanguageSwitch::rebuild).
    QPointer<ab::MainWindow> window = new ab::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (parser.isSet(demo))
        window->openDemo(parser.value(demoData));
    else if (!parser.positionalArguments().isEmpty())
        window->openWorkspace(parser.positionalArguments().constFirst());
    if (parser.isSet(importOption)) {
        const QStringList files = parser.values(importOption);
        auto *timer = new QTimer(window);
        // After the demo's own import (if any) has finished.
        QObject::connect(timer, &QTimer::timeout, window, [window, files, timer]() {
            if (window->taskPanel()->isBusy())
                return;
            timer->deleteLater();
            window->importFiles(files);
        });
        timer->start(200);
    }
    if (parser.isSet(screenshot)) {
        const QString dir = parser.value(screenshot);
        window->resize(1440, 900);
        QTimer::singleShot(1500, window, [window, dir]() {
            ab::ScreenshotTour::save(*window, dir);
            QApplication::quit();
        });
    }
    return app.exec();
}
