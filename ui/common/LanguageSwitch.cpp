#include "ui/common/LanguageSwitch.h"

#include "core/common/EnglishPlurals.h"

#include "ui/MainWindow.h"
#include "ui/common/TaskPanel.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace ab {

namespace {

const QString CatalogueDir = QStringLiteral(":/i18n");

// Answers the report contexts, and only those, in the report language; every other context falls through
// to the interface translators installed before it. For English it answers with the source text itself, so an
// English report under a German interface stays English.
class ReportTranslator : public QTranslator
{
public:
    explicit ReportTranslator(const QString &language)
    {
        // No catalogue (English, the source language): every report string answers as its source text.
        if (language != QLatin1String("en") &&
            !m_catalogue.load(QStringLiteral("auditbench_") + language, CatalogueDir))
            qWarning("no report catalogue for %s", qPrintable(language));
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        if (!LanguageSwitch::isReportContext(context))
            return {};
        const QString text =
            m_catalogue.isEmpty() ? QString() : m_catalogue.translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty())
            return text;
        return n >= 0 ? englishPluralForm(QString::fromUtf8(sourceText), n) : QString::fromUtf8(sourceText);
    }

private:
    QTranslator m_catalogue;
};

struct Installed
{
    std::unique_ptr<QTranslator> qt, app, report;
    QString language = QStringLiteral("en");
    QString reportLanguage = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
    translator.reset();
}

std::unique_ptr<QTranslator> load(const QString &name, const QString &language, const QString &dir)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QLocale(language), name, QStringLiteral("_"), dir))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace

QStringList LanguageSwitch::available()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(CatalogueDir).entryList({QStringLiteral("auditbench_*.qm")});
    for (const QString &file : files) {
        const QString code = file.mid(11, file.size() - 14); // auditbench_<code>.qm
        if (!codes.contains(code))
            codes << code;
    }
    codes.sort();
    return codes;
}

QString LanguageSwitch::resolve(const QString &code)
{
    const QStringList codes = available();
    if (!code.isEmpty())
        return codes.contains(code) ? code : QStringLiteral("en");
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString language = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (codes.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString LanguageSwitch::apply(const QString &code, const QString &reportCode)
{
    // English forms of the %n strings ("1 record", "2 records"), installed once and first, so every catalogue
    // installed below is asked before it.
    static EnglishPlurals englishPlurals;
    static const bool pluralsInstalled = QCoreApplication::installTranslator(&englishPlurals);
    Q_UNUSED(pluralsInstalled);
    Installed &state = installed();
    remove(state.report);
    remove(state.app);
    remove(state.qt);
    state.language = resolve(code);
    state.reportLanguage = reportCode.isEmpty() ? state.language : resolve(reportCode);
    if (state.language != QLatin1String("en")) {
        // Qt's own first, so AuditBench's catalogue (installed later, asked first) wins for its own contexts.
        state.qt = load(QStringLiteral("qtbase"), state.language,
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        state.app = load(QStringLiteral("auditbench"), state.language, CatalogueDir);
    }
    if (state.reportLanguage != state.language) {
        state.report = std::make_unique<ReportTranslator>(state.reportLanguage);
        QCoreApplication::installTranslator(state.report.get());
    }
    return state.language;
}

QString LanguageSwitch::current()
{
    return installed().language;
}

QString LanguageSwitch::currentReportLanguage()
{
    return installed().reportLanguage;
}

bool LanguageSwitch::isReportContext(const char *context)
{
    static const char *const contexts[] = {"ab::VerificationReport", "ab::PackageReport", "ab::PackageTrail",
                                           "ab::ReportWriter", "ab::WorkspaceReports"};
    if (!context)
        return false;
    for (const char *c : contexts)
        if (std::strcmp(c, context) == 0)
            return true;
    return false;
}

MainWindow *LanguageSwitch::rebuild(MainWindow *window)
{
    if (window->taskPanel()->isBusy()) {
        // The task's results go to the old window's pages: switch when it has ended.
        QPointer<MainWindow> old(window);
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(window->taskPanel(), &TaskPanel::busyChanged, window,
                                       [old, connection](bool busy) {
                                           if (busy || !old)
                                               return;
                                           QObject::disconnect(*connection);
                                           QTimer::singleShot(0, old, [old]() { rebuild(old); });
                                       });
        return nullptr;
    }
    const QString path = window->workspacePath();
    const MainWindow::Page page = window->currentPage();
    const QByteArray geometry = window->saveGeometry();
    const QByteArray state = window->saveState();
    const bool visible = window->isVisible();
    const bool deleteOnClose = window->testAttribute(Qt::WA_DeleteOnClose);
    // One window at a time holds the workspace open.
    window->closeWorkspace();

    auto *fresh = new MainWindow;
    fresh->setAttribute(Qt::WA_DeleteOnClose, deleteOnClose);
    fresh->restoreGeometry(geometry);
    fresh->restoreState(state);
    if (!path.isEmpty())
        fresh->openWorkspace(path);
    fresh->showPage(page);
    if (visible)
        fresh->show();
    window->hide();
    window->deleteLater();
    return fresh;
}

} // namespace ab
