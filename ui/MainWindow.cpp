#include "MainWindow.h"

#include "auditbench_version.h"

#include <QLabel>

namespace ab {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("AuditBench %1").arg(QStringLiteral(AUDITBENCH_VERSION)));
    auto *label = new QLabel(tr("Open a workspace or drop audit exports here."), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1100, 720);
}

} // namespace ab
