// The workbench in German and French (issue 18): the main window's menus, actions, tabs and docks read in the
// chosen language (no English source text left), shortcuts are the same in every language, no two entries of
// a menu (or of the Settings dialog) share a mnemonic, and Qt's own dialogs speak the language too.
#include "core/workspace/WorkspaceStore.h"
#include "core/workspace/WorkspaceTypes.h"
#include "support/GuiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/analytics/SampleDialog.h"
#include "ui/analytics/SampleSizeDialog.h"
#include "ui/analytics/WorkpaperDialogs.h"
#include "ui/common/AuditorDialog.h"
#include "ui/common/HelpDialogs.h"
#include "ui/common/LanguageSwitch.h"
#include "ui/common/SettingsDialog.h"
#include "ui/examination/VerifyPackDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace ab;

namespace {

// Everything a user reads on the window's frame: "menu" rows for menu titles, "menu/entry" for entries.
struct Frame
{
    QStringList keys;          // stable across languages: menu position and action position
    QStringList texts;         // as shown
    QList<QKeySequence> keysq; // each entry's shortcut
    QStringList tabs, docks;
};

void collectMenu(QMenu *menu, const QString &path, Frame &frame)
{
    int i = 0;
    for (QAction *action : menu->actions()) {
        ++i;
        if (action->isSeparator())
            continue;
        const QString key = path + QLatin1Char('/') + QString::number(i);
        frame.keys << key;
        frame.texts << action->text();
        frame.keysq << action->shortcut();
        if (action->menu())
            collectMenu(action->menu(), key, frame);
    }
}

Frame frameOf(MainWindow &window)
{
    Frame frame;
    int i = 0;
    for (QAction *top : window.menuBar()->actions()) {
        ++i;
        frame.keys << QString::number(i);
        frame.texts << top->text();
        frame.keysq << QKeySequence();
        collectMenu(top->menu(), QString::number(i), frame);
    }
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    for (int t = 0; t < tabs->count(); ++t)
        frame.tabs << tabs->tabText(t);
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        frame.docks << dock->windowTitle();
    frame.docks.sort();
    return frame;
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) { // "&&" is a literal ampersand
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// "File: &Open and &Quit both use o" style complaints for one list of entry texts.
QStringList collisions(const QString &where, const QStringList &texts)
{
    QHash<QChar, QString> seen;
    QStringList found;
    for (const QString &text : texts) {
        const QChar m = mnemonic(text);
        if (m.isNull())
            continue;
        if (seen.contains(m))
            found << QStringLiteral("%1: \"%2\" and \"%3\" both use '%4'").arg(where, seen[m], text, m);
        else
            seen.insert(m, text);
    }
    return found;
}

QStringList menuCollisions(QMenuBar *bar)
{
    QStringList titles, found;
    for (QAction *top : bar->actions()) {
        titles << top->text();
        QList<QMenu *> menus{top->menu()};
        while (!menus.isEmpty()) {
            QMenu *menu = menus.takeFirst();
            QStringList texts;
            for (QAction *a : menu->actions()) {
                if (!a->isSeparator())
                    texts << a->text();
                if (a->menu())
                    menus << a->menu();
            }
            found << collisions(menu->title(), texts);
        }
    }
    return found << collisions(QStringLiteral("menu bar"), titles);
}

// The texts whose mnemonic is live while `root` shows: its visible buttons, buddied labels, group boxes and
// tabs (a page's hidden siblings are not visible, so each page is its own scope). Toolbar buttons show their
// action's text without the mnemonic marker, so they never collide.
QStringList liveMnemonicTexts(QWidget *root)
{
    QStringList texts;
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        if (button->isVisible())
            texts << button->text();
    for (const QLabel *label : root->findChildren<QLabel *>())
        if (label->isVisible() && label->buddy())
            texts << label->text();
    for (const QGroupBox *box : root->findChildren<QGroupBox *>())
        if (box->isVisible())
            texts << box->title();
    for (const QTabWidget *tabs : root->findChildren<QTabWidget *>())
        if (tabs->isVisible())
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
    return texts;
}

// Labels that promise a key (a mnemonic) but have no buddy to take the focus: the key does nothing.
QStringList labelsWithoutBuddy(QWidget *root, const QString &where)
{
    QStringList found;
    for (const QLabel *label : root->findChildren<QLabel *>())
        if (label->textFormat() != Qt::RichText && !mnemonic(label->text()).isNull() && !label->buddy())
            found << QStringLiteral("%1: \"%2\"").arg(where, label->text());
    return found;
}

// Every dialog the workbench opens that can be made without a running task: walked like the window.
QList<QDialog *> makeDialogs(WorkspaceStore &store, QWidget *parent)
{
    QList<QDialog *> dialogs{new SettingsDialog(parent),
                             new AuditorDialog(parent),
                             new SampleSizeDialog(parent),
                             new VerifyPackDialog(parent),
                             new SampleDialog(store, AuditFilter{}, parent),
                             new NewWorkpaperDialog(store, parent),
                             new UserGuideDialog(parent),
                             new ShortcutsDialog({}, parent)};
    return dialogs;
}

} // namespace

class TestGuiI18nMenus : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    Frame m_english;

private slots:
    void initTestCase()
    {
        test::isolateSettings(m_settingsDir);
        QCOMPARE(LanguageSwitch::apply(QStringLiteral("en")), QStringLiteral("en"));
        MainWindow window;
        m_english = frameOf(window);
        QVERIFY(m_english.texts.contains(QStringLiteral("&File")));
        QCOMPARE(m_english.tabs,
                 (QStringList{"Overview", "Audit Log", "Verification", "Packages", "Examination", "Agents",
                              "Portfolio", "Analytics", "Bundles", "OCSF", "Runtime"}));
    }
    void cleanup() { LanguageSwitch::apply(QStringLiteral("en")); }

    void languagesAreCompiledIn()
    {
        QCOMPARE(LanguageSwitch::available(), (QStringList{"de", "en", "fr"}));
        QCOMPARE(LanguageSwitch::resolve(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(LanguageSwitch::resolve(QStringLiteral("xx")), QStringLiteral("en"));
    }

    void frameIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menuBar");
        QTest::addColumn<QStringList>("tabs");
        // Words that are the same in both languages and therefore may stay as they are.
        QTest::addColumn<QStringList>("sameInBoth");
        QTest::newRow("de")
            << "de" << QStringList{"&Datei", "&Prüfung", "&Ansicht", "&Hilfe"}
            << QStringList{"Übersicht", "Prüfprotokoll", "Verifizierung", "Pakete",  "Prüfungsunterlagen",
                           "Agenten",   "Portfolio",     "Analysen",      "Bundles", "OCSF",
                           "Laufzeit"}
            << QStringList{"Portfolio", "Bundles", "OCSF"};
        QTest::newRow("fr") << "fr" << QStringList{"&Fichier", "A&udit", "&Affichage", "Ai&de"}
                            << QStringList{"Vue d'ensemble", "Journal d'audit", "Vérification",
                                           "Dossiers",       "Examen",          "Agents",
                                           "Portefeuille",   "Analyses",        "Bundles",
                                           "OCSF",           "Exécution"}
                            << QStringList{"Sources", "Agents", "A&gents", "Bundles", "&Bundles", "OCSF"};
    }

    void frameIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menuBar);
        QFETCH(QStringList, tabs);
        QFETCH(QStringList, sameInBoth);
        QCOMPARE(LanguageSwitch::apply(language), language);
        MainWindow window;
        const Frame frame = frameOf(window);
        QCOMPARE(frame.keys, m_english.keys); // the same entries in the same places
        QStringList titles;
        for (QAction *top : window.menuBar()->actions())
            titles << top->text();
        QCOMPARE(titles, menuBar);
        QCOMPARE(frame.tabs, tabs);
        QStringList untranslated;
        for (int i = 0; i < frame.texts.size(); ++i) {
            if (frame.texts[i] == m_english.texts[i] && !sameInBoth.contains(frame.texts[i]))
                untranslated << frame.texts[i];
        }
        for (const QString &dock : frame.docks)
            if (m_english.docks.contains(dock) && !sameInBoth.contains(dock))
                untranslated << dock;
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1String(" | "))));
        // A translation never changes what a key does.
        QCOMPARE(frame.keysq, m_english.keysq);
        QVERIFY(!window.action(QStringLiteral("print"))->shortcut().isEmpty());
    }

    void noMnemonicCollides_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
        QTest::newRow("fr") << "fr";
    }

    void noMnemonicCollides()
    {
        QFETCH(QString, language);
        LanguageSwitch::apply(language);
        MainWindow window;
        const QStringList menus = menuCollisions(window.menuBar());
        QVERIFY2(menus.isEmpty(), qPrintable(menus.join(QLatin1Char('\n'))));
        // Every menu entry and the Settings dialog's labels have a mnemonic to collide with at all.
        int withMnemonic = 0;
        for (const QString &text : frameOf(window).texts)
            withMnemonic += mnemonic(text).isNull() ? 0 : 1;
        QVERIFY2(withMnemonic >= 20, qPrintable(QString::number(withMnemonic)));

        SettingsDialog dialog;
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            if (label->buddy())
                texts << label->text();
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
            texts << button->text();
        QVERIFY2(texts.size() >= 9, qPrintable(texts.join(QLatin1String(" | "))));
        const QStringList settings = collisions(QStringLiteral("Settings"), texts);
        QVERIFY2(settings.isEmpty(), qPrintable(settings.join(QLatin1Char('\n'))));
    }

    // Issue 19: on every page of the window (and on the welcome page) the live mnemonics, with the menu
    // bar's, are unique; so are every dialog's; and no label shows a mnemonic it cannot act on.
    void everyWindowHasUniqueMnemonics_data() { noMnemonicCollides_data(); }

    void everyWindowHasUniqueMnemonics()
    {
        QFETCH(QString, language);
        LanguageSwitch::apply(language);
        QTemporaryDir dir;
        auto store = WorkspaceStore::open(dir.filePath(QStringLiteral("w.auditbench")),
                                          WorkspaceStore::OpenMode::CreateIfMissing);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList menuTitles;
        for (QAction *top : window.menuBar()->actions())
            menuTitles << top->text();
        QStringList found;
        int scopes = 0, texts = 0;
        auto walk = [&](const QString &where) {
            QApplication::processEvents();
            const QStringList live = liveMnemonicTexts(&window);
            texts += int(live.size());
            ++scopes;
            found << collisions(where, menuTitles + live);
            found << labelsWithoutBuddy(&window, where);
        };
        QVERIFY(window.isWelcomeShown());
        walk(QStringLiteral("welcome page"));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pages"));
        for (int page = 0; page < tabs->count(); ++page) {
            window.showPage(MainWindow::Page(page));
            walk(tabs->tabText(page));
        }
        for (QDialog *dialog : makeDialogs(*store, &window)) {
            dialog->show();
            QApplication::processEvents();
            const QStringList live = liveMnemonicTexts(dialog);
            texts += int(live.size());
            ++scopes;
            found << collisions(dialog->objectName(), live)
                  << labelsWithoutBuddy(dialog, dialog->objectName());
            delete dialog;
        }
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        QCOMPARE(scopes, tabs->count() + 1 + 8);
        QVERIFY2(texts >= 150, qPrintable(QString::number(texts))); // the walk really saw the widgets
    }

    void qtOwnDialogsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("de") << "de"
                            << "&Abbrechen";
        QTest::newRow("fr") << "fr"
                            << "&Annuler";
        QTest::newRow("en") << "en"
                            << "&Cancel";
    }

    void qtOwnDialogsAreTranslated()
    {
        // Standard buttons come from Qt's catalogue (qtbase_XX.qm, Debian's qt6-translations-l10n).
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        LanguageSwitch::apply(language);
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QString text = box.button(QDialogButtonBox::Cancel)->text();
        if (!text.contains(QLatin1Char('&'))) // the platform theme may or may not give it a mnemonic
            cancel.remove(QLatin1Char('&'));
        QCOMPARE(text, cancel);
    }
};

QTEST_MAIN(TestGuiI18nMenus)
#include "tst_gui_i18n_menus.moc"
