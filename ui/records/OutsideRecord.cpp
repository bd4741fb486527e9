#include "ui/records/OutsideRecord.h"

#include "core/chain/ChainInput.h"
#include "core/common/Error.h"
#include "core/workspace/WorkspaceStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace ab {

namespace {
QString idOf(std::string_view raw)
{
    const QJsonObject object =
        QJsonDocument::fromJson(QByteArray::fromRawData(raw.data(), qsizetype(raw.size()))).object();
    const QJsonValue id = object.value(QStringLiteral("id"));
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}
} // namespace

std::optional<OutsideRecord> OutsideRecord::find(const QStringList &paths, const QString &recordId,
                                                 qint64 event)
{
    if (recordId.isEmpty())
        return std::nullopt;
    ChainInput input;
    try {
        for (const QString &path : paths)
            input.addFile(path);
    } catch (const std::exception &) {
        return std::nullopt; // the file changed into something unusable since it was verified
    }
    const std::vector<std::string_view> &records = input.records();
    const QByteArray needle = recordId.toUtf8();
    auto holds = [&](size_t i) {
        // Cheap test first: the id's text must occur in the record before it is parsed.
        return std::string_view(records[i])
                       .find(std::string_view(needle.constData(), size_t(needle.size()))) !=
                   std::string_view::npos &&
               idOf(records[i]) == recordId;
    };
    std::optional<size_t> found;
    if (event > 0 && size_t(event) <= records.size() && holds(size_t(event - 1)))
        found = size_t(event - 1);
    for (size_t i = 0; !found && i < records.size(); ++i)
        if (holds(i))
            found = i;
    if (!found)
        return std::nullopt;
    const std::string_view raw = records[*found];
    const uint32_t sourceIndex = input.recordSource(*found);
    const SourceText &text = input.texts()[sourceIndex];
    OutsideRecord record;
    record.raw = QByteArray(raw.data(), qsizetype(raw.size()));
    record.path = input.sources()[sourceIndex].name;
    record.sha256 = input.sources()[sourceIndex].sha256;
    const std::string_view all = text.text();
    record.line = 1 + std::count(all.data(), raw.data(), '\n');
    return record;
}

std::optional<QByteArray> OutsideRecord::inWorkspace(const WorkspaceStore *store, const QString &recordId)
{
    if (!store || recordId.isEmpty())
        return std::nullopt;
    try {
        const std::vector<qint64> rows = store->rowIdsOfRecordId(recordId);
        if (rows.empty())
            return std::nullopt;
        return store->rawRecord(rows.front());
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

bool OutsideRecord::allInWorkspace(const WorkspaceStore *store, const QStringList &sha256s)
{
    if (!store || sha256s.isEmpty())
        return false;
    QSet<QString> imported;
    try {
        for (const SourceInfo &source : store->sources())
            imported.insert(source.sha256);
    } catch (const std::exception &) {
        return false;
    }
    return std::all_of(sha256s.begin(), sha256s.end(),
                       [&](const QString &sha) { return imported.contains(sha); });
}

} // namespace ab
