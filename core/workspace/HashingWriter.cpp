#include "core/workspace/HashingWriter.h"

#include "core/workspace/SqlSession.h"
#include "core/workspace/WorkspaceStore.h"

#include <QIODevice>

namespace ab {

void HashingWriter::flush()
{
    if (m_buffer.empty())
        return;
    if (m_out.write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
        throw WorkspaceError(WorkspaceTr::tr("cannot write the export: %1").arg(m_out.errorString()));
    m_hash.addData(QByteArrayView(m_buffer.data(), qsizetype(m_buffer.size())));
    m_written += qint64(m_buffer.size());
    m_buffer.clear();
}

} // namespace ab
