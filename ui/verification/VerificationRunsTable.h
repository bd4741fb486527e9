#pragma once

#include "ui/verification/VerificationRunSummary.h"

#include <QGroupBox>
#include <QList>

class QTableWidget;

namespace ab {

// The workspace's stored verification runs, newest first (when, verdict, events, who, which chain);
// choosing one shows it. The run the page shows is the one selected.
class VerificationRunsTable : public QGroupBox
{
    Q_OBJECT
public:
    explicit VerificationRunsTable(QWidget *parent = nullptr);

    void setRuns(const QList<VerificationRunSummary> &runs);
    // Selects the run with `id` when listed, else nothing.
    void selectRun(const QString &id);
    QTableWidget *table() const { return m_runs; }
    // The chain a run's scope names, as the Chain column shows it.
    static QString chainName(const QString &scope);

signals:
    void runActivated(const ab::VerificationRunSummary &run);

private:
    QTableWidget *m_runs = nullptr;
    QList<VerificationRunSummary> m_runList;
    QString m_selectedId;
};

} // namespace ab
