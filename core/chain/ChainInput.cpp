#include "core/chain/ChainInput.h"

#include "core/json/ExportReader.h"

#include <QFileInfo>

namespace ab {

void ChainInput::addFile(const QString &path, Progress *progress)
{
    addSource(SourceText::fromFile(path, progress));
}

void ChainInput::addSource(SourceText source)
{
    const ExportSplit split = ExportReader::split(source); // throws before anything is added
    const auto index = uint32_t(m_sources.size());
    Source info;
    info.name = source.name();
    info.file = source.fileName();
    info.records = qint64(split.records.size());
    m_sources.push_back(info);
    m_texts.push_back(std::move(source)); // moving the owner keeps its heap buffer, so spans stay valid
    m_records.insert(m_records.end(), split.records.begin(), split.records.end());
    m_recordSource.insert(m_recordSource.end(), split.records.size(), index);
    m_others.insert(m_others.end(), split.others.begin(), split.others.end());
    m_otherSource.insert(m_otherSource.end(), split.others.size(), index);
}

const std::vector<ChainInput::Source> &ChainInput::sources() const
{
    for (size_t i = 0; i < m_sources.size(); ++i)
        if (m_sources[i].sha256.isEmpty())
            m_sources[i].sha256 = m_texts[i].sha256();
    return m_sources;
}

} // namespace ab
