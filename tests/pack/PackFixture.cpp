#include "pack/PackFixture.h"

#include "support/WorkspaceFixture.h"

#include "TestConfig.h"
#include "core/workspace/WorkspaceStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace packfixture {

Fixture::~Fixture() = default;

namespace {

QJsonObject content(int i)
{
    static const QStringList categories{QStringLiteral("enforcement"), QStringLiteral("authentication"),
                                        QStringLiteral("enforcement"), QStringLiteral("provisioning"),
                                        QStringLiteral("model_routing")};
    static const QStringList enforcement{QStringLiteral("block"), QStringLiteral("redact"),
                                         QStringLiteral("allow"), QStringLiteral("allow_with_override")};
    static const QStringList frameworks{QStringLiteral("pci_dss"), QStringLiteral("hipaa"),
                                        QStringLiteral("sox"), QStringLiteral("soc2"), QString()};
    static const QStringList entities{QStringLiteral("credit_card"), QStringLiteral("ssn"),
                                      QStringLiteral("dob"),         QStringLiteral("medical_record"),
                                      QStringLiteral("email"),       QString(),
                                      QStringLiteral("credit_card")};
    QJsonObject r;
    r.insert(QStringLiteral("id"), QStringLiteral("evt_%1").arg(i, 6, 10, QLatin1Char('0')));
    r.insert(QStringLiteral("sequence"), i);
    const QDateTime at =
        QDateTime(QDate(2025, 1, 1), QTime(6, 0), Qt::UTC).addSecs(qint64(i - 1) * 12 * 3600);
    r.insert(QStringLiteral("timestamp"), at.toString(Qt::ISODate));
    r.insert(QStringLiteral("org_id"), QStringLiteral("org_demo"));
    const QString category = categories[i % categories.size()];
    r.insert(QStringLiteral("category"), category);
    QString action;
    if (category == QLatin1String("enforcement"))
        action = enforcement[(i / 5) % enforcement.size()];
    else if (category == QLatin1String("authentication"))
        action = i % 2 ? QStringLiteral("login") : QStringLiteral("logout");
    else if (category == QLatin1String("provisioning"))
        action = QStringLiteral("scim_user_created");
    else
        action = QStringLiteral("route");
    r.insert(QStringLiteral("action"), action);
    r.insert(QStringLiteral("user_id"), QStringLiteral("usr_%1").arg(i % 7));
    r.insert(QStringLiteral("user_email"), QStringLiteral("user%1@example.com").arg(i % 5));
    if (category == QLatin1String("enforcement")) {
        if (const QString f = frameworks[(i / 3) % frameworks.size()]; !f.isEmpty())
            r.insert(QStringLiteral("framework"), f);
        if (const QString e = entities[i % entities.size()]; !e.isEmpty())
            r.insert(QStringLiteral("entity_type"), e);
    }
    if (action == QLatin1String("allow_with_override"))
        r.insert(QStringLiteral("override_reason"),
                 QStringLiteral("ticket #%1: approved by the data owner").arg(i));
    return r;
}

bool inPeriod(const QJsonObject &r, const QString &start, const QString &end)
{
    const QDateTime t = QDateTime::fromString(r.value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
    return t >= QDateTime::fromString(start, Qt::ISODate) && t <= QDateTime::fromString(end, Qt::ISODate);
}

} // namespace

std::unique_ptr<Fixture> make(const QString &dir, bool violations)
{
    auto f = std::make_unique<Fixture>();
    const ab::test::ChainFixture chain;
    int overrides = 0;
    for (int i = 1; i <= Records; ++i) {
        QJsonObject c = content(i);
        if (c.value(QStringLiteral("action")).toString() == QLatin1String("allow_with_override")) {
            ++overrides;
            // The 3rd override has no reason, the 10th no user: the examiner's question, answered "no".
            if (violations && overrides == 3) {
                c.remove(QStringLiteral("override_reason"));
                f->noReasonId = c.value(QStringLiteral("id")).toString();
            }
            if (violations && overrides == 10) {
                c.remove(QStringLiteral("user_id"));
                c.remove(QStringLiteral("user_email"));
                f->noUserId = c.value(QStringLiteral("id")).toString();
            }
        }
        chain.append(f->records, c);
    }
    f->recordsPath = wsfixture::writeFile(dir, QStringLiteral("gateway-audit-2025.json"),
                                          ab::test::ChainFixture::toJsonArray(f->records));
    f->bundlesPath =
        wsfixture::writeFile(dir, QStringLiteral("compliance-bundles.json"), wsfixture::bundleExport(3));
    f->keyringPath = QStringLiteral(AB_SPEC_VECTORS_DIR "/keyring.json");
    f->workspacePath = dir + QStringLiteral("/audit.auditbench");
    f->store = ab::WorkspaceStore::open(f->workspacePath);
    f->store->importFiles({f->recordsPath, f->bundlesPath});
    return f;
}

qint64 countMatching(const QList<QJsonObject> &records, const QMap<QString, QString> &query,
                     const QString &start, const QString &end)
{
    qint64 n = 0;
    for (const QJsonObject &r : records) {
        bool match = inPeriod(r, start, end);
        for (auto it = query.begin(); match && it != query.end(); ++it) {
            const QString value = r.value(it.key()).toString();
            match = it.key() == QLatin1String("entity_type")
                        ? it.value().split(QLatin1Char(',')).contains(value)
                        : value == it.value();
        }
        n += match ? 1 : 0;
    }
    return n;
}

qint64 countMatching(const QList<QJsonObject> &records, const QList<QPair<QString, QString>> &query)
{
    QMap<QString, QString> filters;
    QString start, end;
    for (const auto &[k, v] : query) {
        if (k == QLatin1String("start"))
            start = v;
        else if (k == QLatin1String("end"))
            end = v;
        else
            filters.insert(k, v);
    }
    return countMatching(records, filters, start, end);
}

QPair<int, QByteArray> run(const QString &program, const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {-1, p.readAll()};
    return {p.exitCode(), p.readAll()};
}

} // namespace packfixture
