#pragma once
// The pages of the imported evidence beside the gateway log (issue 13): Bundles, OCSF and Runtime, appended
// to the window's tabs, following the open workspace, and the resolver that takes a questionnaire's evidence
// id to the right kind of record.

#include <QObject>

class QTabWidget;

namespace ab {

class BundlesView;
class OcsfView;
class RuntimeView;
class WorkspaceStore;

class EvidencePages : public QObject
{
    Q_OBJECT
public:
    explicit EvidencePages(QTabWidget *tabs);

    // The store must outlive the pages' use of it (or be replaced with null first).
    void setStore(const WorkspaceStore *store);
    // After an import.
    void reload();

    BundlesView *bundles() const { return m_bundles; }
    OcsfView *ocsf() const { return m_ocsf; }
    RuntimeView *runtime() const { return m_runtime; }

    // A questionnaire's evidence id resolved to the right kind of record (MainWindow tries the runtime
    // entries first, then the gateway log, then the OCSF events): each shows it on its page, made current, or
    // returns false when it holds no such record.
    bool showRuntimeEntry(const QString &id);
    bool showOcsfEvent(const QString &uid);

private:
    QTabWidget *m_tabs;
    BundlesView *m_bundles;
    OcsfView *m_ocsf;
    RuntimeView *m_runtime;
};

} // namespace ab
