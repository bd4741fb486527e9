#pragma once
// Shared set-up for GUI tests: settings isolated from the user's, application identity fixed; finding a
// child widget by object name, clicking a button, answering the next modal message box.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

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

// The child of `parent` with object name `name` (null when there is none).
template <class T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// A mouse click on `button`, as a user gives it (radio buttons and check boxes react to it, not to click()).
inline void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(5, button->height() / 2));
}

// What the next modal message box said and offered (answerNextPrompt fills it in).
struct Prompt
{
    bool shown = false;
    QString text;
    QStringList buttons; // object names of the buttons offered, sorted
    // Set when the prompt goes out of scope: its answerer stops looking (it must not answer, or write into,
    // a later test's prompt).
    std::shared_ptr<bool> gone = std::make_shared<bool>(false);
    ~Prompt() { *gone = true; }
};

// Answers the next modal message box (looking for two seconds) by clicking the button with object name
// `button`, recording in `prompt` what it said; a button that is not offered answers Cancel (Escape).
inline void answerNextPrompt(Prompt *prompt, const QString &button)
{
    auto attempt = std::make_shared<std::function<void(int)>>();
    const std::weak_ptr<std::function<void(int)>> self = attempt;
    *attempt = [prompt, button, self, gone = prompt->gone](int tries) {
        if (*gone)
            return;
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (tries < 200)
                if (const auto next = self.lock())
                    QTimer::singleShot(10, [next, tries]() { (*next)(tries + 1); });
            return;
        }
        prompt->shown = true;
        prompt->text = box->text();
        for (QAbstractButton *offered : box->buttons())
            prompt->buttons << offered->objectName();
        prompt->buttons.sort();
        if (auto *target = box->findChild<QAbstractButton *>(button))
            target->click();
        else
            box->reject();
    };
    QTimer::singleShot(0, [attempt]() { (*attempt)(0); });
}

} // namespace ab::test
