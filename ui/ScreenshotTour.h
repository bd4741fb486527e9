#pragma once

#include <QString>

namespace ab {

class MainWindow;

// The documentation screenshots (`auditbench --screenshot DIR`): walks the window's pages the way an
// auditor would (a verification, the audit log and its charts, every package section, Settings, the
// package's print preview) and writes a picture of each into DIR.
struct ScreenshotTour
{
    static void save(MainWindow &window, const QString &dir);
};

} // namespace ab
