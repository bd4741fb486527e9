#pragma once
// Shared helpers of the package tests: the hand-countable fixture and the external id lists.
#include "TestConfig.h"
#include "core/package/PackageGenerator.h"
#include "core/package/RuntimeExport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fixture {

inline const QString AgentA = QStringLiteral("a1b2c3d4-e5f6-7890-abcd-ef1234567890");
inline const QString AgentB = QStringLiteral("b2c3d4e5-f6a7-4890-bcde-f12345678901");

inline QString smallPath()
{
    return QStringLiteral(AB_TEST_DATA_DIR "/package/runtime-small.json");
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

inline ab::PackageOptions fixedOptions()
{
    ab::PackageOptions o;
    o.generatedBy = QStringLiteral("auditor@example.com");
    o.generatedAt = QStringLiteral("2026-03-02T10:00:00Z");
    o.packageId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    return o;
}

inline ab::GeneratedPackage generate(const QString &agent, const ab::PackageOptions &o = fixedOptions())
{
    const ab::RuntimeExport x = ab::RuntimeExport::fromFile(smallPath());
    return ab::PackageGenerator::generate(x, agent, o);
}

inline QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// First column of a CSV with a header line.
inline QSet<QString> csvIds(const QString &path)
{
    QSet<QString> ids;
    const QList<QByteArray> lines = readFile(path).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines[i].trimmed().isEmpty())
            ids.insert(QString::fromUtf8(lines[i].split(',').first()).trimmed());
    return ids;
}

inline QSet<QString> ccmIds()
{
    return csvIds(QStringLiteral(AB_EXTERNAL_DIR "/csa-ccm-v4/ccm_v4.0_control_ids.csv"));
}

inline QSet<QString> tscIds()
{
    return csvIds(QStringLiteral(AB_EXTERNAL_DIR "/aicpa-soc2-tsc-2017/tsc2017_criteria_ids.csv"));
}

} // namespace fixture
