#include "ui/views/EvidencePages.h"

#include "ui/bundles/BundlesView.h"
#include "ui/ocsf/OcsfView.h"
#include "ui/runtime/RuntimeView.h"

#include <QTabWidget>

namespace ab {

EvidencePages::EvidencePages(QTabWidget *tabs)
    : QObject(tabs), m_tabs(tabs), m_bundles(new BundlesView(tabs)), m_ocsf(new OcsfView(tabs)),
      m_runtime(new RuntimeView(tabs))
{
    tabs->addTab(m_bundles, tr("Bundles"));
    tabs->addTab(m_ocsf, tr("OCSF"));
    tabs->addTab(m_runtime, tr("Runtime"));
}

void EvidencePages::setStore(const WorkspaceStore *store)
{
    m_bundles->setStore(store);
    m_ocsf->setStore(store);
    m_runtime->setStore(store);
}

void EvidencePages::reload()
{
    m_bundles->reload();
    m_ocsf->reload();
    m_runtime->reload();
}

bool EvidencePages::showRuntimeEntry(const QString &id)
{
    if (!m_runtime->showEntry(id))
        return false;
    m_tabs->setCurrentWidget(m_runtime);
    return true;
}

bool EvidencePages::showOcsfEvent(const QString &uid)
{
    if (!m_ocsf->showEvent(uid))
        return false;
    m_tabs->setCurrentWidget(m_ocsf);
    return true;
}

} // namespace ab
