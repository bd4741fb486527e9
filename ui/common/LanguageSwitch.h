#pragma once

#include <QString>
#include <QStringList>

namespace ab {

class MainWindow;

// The workbench's languages: which translators are installed, and changing them while it runs.
//
// Interface: AuditBench's catalogue (":/i18n/auditbench_<code>.qm", compiled in) and Qt's own
// (qtbase_<code>.qm from Debian's qt6-translations-l10n, so standard dialogs and buttons match). Reports: a
// separate report language for the headings and labels of printed reports only (the report classes' tr()
// contexts); what a report shows of the evidence is never translated, because it is not in tr() at all.
//
// A new interface language is applied by rebuilding the main window rather than retranslating it: every page
// sets its texts in its constructor, so a fresh window is complete in the new language by construction, while
// retranslation would need a changeEvent() in every widget class and silently leave any forgotten label in
// the old language. The rebuilt window reopens the same workspace (a file: nothing in it is lost) on the same
// page, with the same geometry. What lived only in the old window's memory (a loaded keyring, by design never
// stored; unsaved form entries) is not carried over, and the settings dialog says so.
namespace LanguageSwitch {
// "en" (the source language) and every compiled-in catalogue's code, sorted.
QStringList available();
// The language a setting resolves to: the code itself when a catalogue exists, for an empty code the
// system language when one exists, else "en".
QString resolve(const QString &code);
// Installs the interface translators for `code` (empty: the system language) and the report translator for
// `reportCode` (empty: the same as the interface), replacing what was installed before. Returns the
// interface language now in use.
QString apply(const QString &code, const QString &reportCode = {});
QString current();
QString currentReportLanguage();
// The report classes' translation contexts: these follow the report language.
bool isReportContext(const char *context);
// Replaces `window` by a new one in the current language, showing the same workspace and page; `window` is
// deleted later. While a background task runs the switch waits for it to end (the task belongs to the old
// window's pages). Returns the new window, or nullptr when it waits.
MainWindow *rebuild(MainWindow *window);
} // namespace LanguageSwitch

} // namespace ab
