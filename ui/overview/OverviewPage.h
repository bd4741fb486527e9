#pragma once
// The Overview page (issue 19), the workbench's first tab: the engagement at a glance. Summary: the record
// counts, packages, evidence packs, samples, workpapers and open notes; the sources with their SHA-256; the
// newest verification of each chain with its coverage. Notes: the current note of every record, filterable
// by tag and text. Activity log: every row, filterable, with the hash chain's status as `log --verify`
// reports it. Every figure comes from core (annotations::EngagementOverview); the page holds no SQL. It reads
// the workspace again whenever it is shown or the workspace changes.

#include "core/annotations/EngagementOverview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTabWidget;

namespace ab {

class WorkspaceStore;

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    // The store must outlive the page's use of it (or be replaced with null first).
    void setStore(const WorkspaceStore *store);
    void reload();

    const annotations::EngagementOverview &overview() const { return m_overview; }
    QLabel *
    figure(const QString &name) const; // "gatewayRecords", "openNotes", ... (objectName figure_<name>)
    QTableWidget *sourcesTable() const { return m_sources; }
    QTableWidget *chainsTable() const { return m_chains; }
    QTableWidget *notesTable() const { return m_notes; }
    QComboBox *noteTagFilter() const { return m_tagFilter; }
    QLineEdit *noteTextFilter() const { return m_noteText; }
    QTableWidget *activityTable() const { return m_activity; }
    QLineEdit *activityFilter() const { return m_activityText; }
    QLabel *activityStatus() const { return m_activityStatus; }
    QTabWidget *sections() const { return m_sections; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeSummary();
    QWidget *makeNotes();
    QWidget *makeActivity();
    void fillSummary();
    void fillNotes();
    void fillActivity();

    const WorkspaceStore *m_store = nullptr;
    annotations::EngagementOverview m_overview;
    QTabWidget *m_sections = nullptr;
    QLabel *m_empty = nullptr;
    QList<QLabel *> m_figures;
    QTableWidget *m_sources = nullptr, *m_chains = nullptr, *m_notes = nullptr, *m_activity = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QLineEdit *m_noteText = nullptr, *m_activityText = nullptr;
    QLabel *m_activityStatus = nullptr;
};

} // namespace ab
