#include "core/pack/PackData.h"

#include "core/common/InputError.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace ab::pack {

namespace {
struct PackDataTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::pack::PackData)
};
} // namespace

QByteArray readShippedData(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(resourcePath,
                         PackDataTr::tr("the data shipped with AuditBench is missing (build error)"));
    return file.readAll();
}

QByteArray readDataFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, PackDataTr::tr("%1 (%2)").arg(what, file.errorString()));
    return file.readAll();
}

QJsonObject parseDataObject(const QString &fileName, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const std::string_view text(json.constData(), size_t(json.size()));
        throw InputError::atOffset(fileName, text, size_t(std::max(0, error.offset - 1)),
                                   PackDataTr::tr("invalid JSON (%1)").arg(error.errorString()));
    }
    if (!doc.isObject())
        throw InputError(fileName, PackDataTr::tr("expected a JSON object"));
    return doc.object();
}

} // namespace ab::pack
