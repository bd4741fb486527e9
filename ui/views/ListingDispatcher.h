#pragma once
// Evidence listings of the filtered views (audit log, OCSF, runtime) leaving the workbench: Export PDF (the
// same landscape PDF as `auditbench-cli listing`, written and logged by core/report/EvidenceListing), Print
// and Print Preview (through ReportOutput, on the paper the print dialog chose). Every listing that reaches a
// file or a printer is recorded in the workspace's activity log.

#include "core/report/EvidenceListing.h"
#include "ui/issues/Issue.h"
#include "ui/reports/ReportOutput.h"

#include <QObject>

#include <functional>

class QWidget;

namespace ab {

class WorkspaceStore;

class ListingDispatcher : public QObject
{
    Q_OBJECT
public:
    // `store` gives the open workspace (or null) whenever asked: a print job that ends after the workspace
    // was closed or switched logs nothing.
    ListingDispatcher(QWidget *window, ReportOutput *output, std::function<WorkspaceStore *()> store);

    // `pdfPath` empty: asked for (Pdf mode). False when nothing left the workbench (no workspace, cancelled,
    // failed: the reason goes to the issues dock).
    bool output(ReportMode mode, ListingRequest request, const QString &pdfPath = {});
    // "listing-<kind>_<filter values>_<period>.pdf", file-name-safe (core/export/ExportProvenance).
    static QString defaultFileName(const ListingRequest &request);

signals:
    void issuesReported(const QList<ab::Issue> &issues);

private:
    QWidget *m_window;
    ReportOutput *m_output;
    std::function<WorkspaceStore *()> m_store;
};

} // namespace ab
