#include "core/chain/ChainInput.h"

#include "core/common/InputError.h"
#include "core/json/ExportReader.h"

#include <QCoreApplication>

#include <QFileInfo>

#include <algorithm>

namespace ab {

void ChainInput::addFile(const QString &path, Progress *progress, Split split, Access access)
{
    // A text split at its line feeds is parsed line by line by simdjson, which validates UTF-8 on the way:
    // only a text that falls back to the strict split needs its own pass (checkUtf8 in addSource and
    // splitStrictly), ~0.25 s of CPU for 576 MB.
    const auto utf8 = split == Split::Deferred ? SourceText::Utf8Check::Deferred : SourceText::Utf8Check::Now;
    addSource(access == Access::Map ? SourceText::mapFile(path, progress, nullptr, utf8)
                                    : SourceText::fromFile(path, progress),
              split);
}

void ChainInput::confirmUnchanged() const
{
    for (const SourceText &text : m_texts)
        if (!text.unchangedSinceRead())
            throw InputError(text.name(),
                             QCoreApplication::translate(
                                 "ab::ChainInput",
                                 "the file was changed (truncated or rewritten) while it was being "
                                 "verified: nothing from this run can be trusted; verify it again"));
}

void ChainInput::addSource(SourceText source, Split split)
{
    Spans spans;
    Provisional deferred = Provisional::No;
    if (split == Split::Deferred) {
        if (auto lines = ExportReader::splitLines(source)) {
            spans.records = std::move(*lines);
            deferred = Provisional::Lines;
        } else if (auto elements = ExportReader::splitArrayLines(source)) {
            spans.records = std::move(*elements);
            deferred = Provisional::ArrayLines;
        }
    }
    if (deferred == Provisional::No) {
        source.checkUtf8(); // what reading would have thrown, before the split's errors
        ExportSplit strict = ExportReader::split(source); // throws before anything is added
        spans.records = std::move(strict.records);
        spans.others = std::move(strict.others);
    }
    const auto index = uint32_t(m_sources.size());
    Source info;
    info.name = source.name();
    info.file = source.fileName();
    info.records = qint64(spans.records.size());
    m_sources.push_back(info);
    m_deferred.push_back(deferred);
    m_texts.push_back(std::move(source)); // moving the owner keeps its heap buffer, so spans stay valid
    append(index, spans);
}

void ChainInput::append(uint32_t index, Spans &spans) const
{
    Q_ASSERT(index == m_recordStarts.size()); // texts are appended in order, so their records are contiguous
    m_recordStarts.push_back(m_records.size());
    if (m_records.empty())
        m_records.swap(spans.records); // the usual single file: no copy of a million spans
    else
        m_records.insert(m_records.end(), spans.records.begin(), spans.records.end());
    m_others.insert(m_others.end(), spans.others.begin(), spans.others.end());
    m_otherSource.insert(m_otherSource.end(), spans.others.size(), index);
}

bool ChainInput::hasDeferred() const
{
    return std::find_if(m_deferred.begin(), m_deferred.end(),
                        [](Provisional p) { return p != Provisional::No; }) != m_deferred.end();
}

void ChainInput::splitStrictly() const
{
    if (!hasDeferred())
        return;
    // Split every provisional text first (throwing leaves the input as it was), then rebuild the lists.
    std::vector<Spans> strict(m_texts.size());
    for (size_t i = 0; i < m_texts.size(); ++i)
        if (m_deferred[i] != Provisional::No) {
            m_texts[i].checkUtf8(); // a bad byte is reported as reading reports it, before any JSON error
            ExportSplit split = ExportReader::split(m_texts[i]);
            strict[i].records = std::move(split.records);
            strict[i].others = std::move(split.others);
        }
    std::vector<Spans> kept(m_texts.size());
    for (size_t r = 0; r < m_records.size(); ++r)
        if (m_deferred[recordSource(r)] == Provisional::No)
            kept[recordSource(r)].records.push_back(m_records[r]);
    for (size_t o = 0; o < m_others.size(); ++o)
        if (m_deferred[m_otherSource[o]] == Provisional::No)
            kept[m_otherSource[o]].others.push_back(m_others[o]);
    m_records.clear();
    m_recordStarts.clear();
    m_others.clear();
    m_otherSource.clear();
    for (size_t i = 0; i < m_texts.size(); ++i) {
        Spans &spans = m_deferred[i] != Provisional::No ? strict[i] : kept[i];
        m_sources[i].records = qint64(spans.records.size());
        append(uint32_t(i), spans);
        m_deferred[i] = Provisional::No;
    }
}

const std::vector<ChainInput::Source> &ChainInput::sources() const
{
    for (size_t i = 0; i < m_sources.size(); ++i)
        if (m_sources[i].sha256.isEmpty())
            m_sources[i].sha256 = m_texts[i].sha256();
    return m_sources;
}

} // namespace ab
