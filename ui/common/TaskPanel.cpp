#include "ui/common/TaskPanel.h"

#include <QApplication>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QProgressDialog>
#include <QToolButton>

namespace ab {

TaskPanel::TaskPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the running task; nothing half-done is kept"));
    m_cancel->setObjectName(QStringLiteral("taskCancelButton"));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &TaskPanel::cancel);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &TaskPanel::refresh);
    setVisible(false);
}

bool TaskPanel::begin(const QString &title, std::shared_ptr<TaskProgress> progress)
{
    if (m_progress)
        return false;
    m_progress = std::move(progress);
    m_title = title;
    m_cancel->setEnabled(true);
    m_bar->setRange(0, 0);
    m_label->setText(title);
    setVisible(true);
    m_timer.start();
    emit busyChanged(true);
    return true;
}

void TaskPanel::end()
{
    m_timer.stop();
    m_progress.reset();
    setVisible(false);
    emit busyChanged(false);
}

void TaskPanel::cancel()
{
    if (!m_progress)
        return;
    m_progress->cancel();
    m_label->setText(tr("%1: cancelling…").arg(m_title));
    m_cancel->setEnabled(false);
}

void TaskPanel::cancelAndWait()
{
    if (!isBusy())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Shown only when the rollback takes longer than a moment; no Cancel button: there is nothing to undo.
    QProgressDialog note(tr("Cancelling “%1”; nothing half-done is kept…").arg(m_title), QString(), 0, 0,
                         window());
    note.setObjectName(QStringLiteral("cancellingTask"));
    note.setWindowTitle(tr("Cancelling"));
    note.setWindowModality(Qt::WindowModal);
    note.setMinimumDuration(300);
    note.setValue(0);
    QEventLoop loop;
    connect(this, &TaskPanel::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    // A task's end may start the next one (the demo's evidence, then its import): cancel that one too.
    while (isBusy()) {
        cancel();
        loop.exec();
    }
    note.reset();
    QApplication::restoreOverrideCursor();
}

void TaskPanel::refresh()
{
    if (!m_progress || m_progress->isCancelled())
        return;
    const QString stage = m_progress->stageLabel();
    m_label->setText(stage.isEmpty() ? m_title : tr("%1: %2").arg(m_title, stage));
    const qint64 total = m_progress->total();
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    // QProgressBar is int-based; scale to per-mille so billions of bytes still fit.
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(qBound(qint64(0), m_progress->done() * 1000 / total, qint64(1000))));
}

} // namespace ab
