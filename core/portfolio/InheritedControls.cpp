#include "core/portfolio/InheritedControls.h"

#include "core/common/InputError.h"
#include "core/package/ComplianceData.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace ab::portfolio {

namespace {

struct InheritedTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::portfolio::InheritedControls)
};

QByteArray readFile(const QString &path, const QString &missing)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, missing.isEmpty() ? file.errorString() : missing);
    return file.readAll();
}

} // namespace

bool InheritedControls::isCriterionId(const QString &id)
{
    // The Trust Services Criteria (2017) series: CC1-CC9, A1, C1, PI1, P1-P8, each ".n".
    static const QRegularExpression form(QStringLiteral("^(CC[1-9]|A1|C1|PI1|P[1-8])\\.[1-9][0-9]?$"));
    return form.match(id).hasMatch();
}

InheritedControls InheritedControls::builtIn()
{
    const QString path = QStringLiteral(":/auditbench/inherited-controls.json");
    return fromJson(
        path, readFile(path, InheritedTr::tr("the data shipped with AuditBench is missing (build error)")));
}

InheritedControls InheritedControls::fromFile(const QString &path)
{
    return fromJson(path, readFile(path, QString()));
}

InheritedControls InheritedControls::fromJson(const QString &fileName, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const std::string_view text(json.constData(), size_t(json.size()));
        throw InputError::atOffset(fileName, text, size_t(std::max(0, error.offset - 1)),
                                   InheritedTr::tr("invalid JSON (%1)").arg(error.errorString()));
    }
    const QJsonValue controls = doc.object().value(QLatin1String("controls"));
    if (!doc.isObject() || !controls.isArray())
        throw InputError(fileName, InheritedTr::tr("expected an object with a \"controls\" array"));
    InheritedControls out;
    const QJsonArray array = controls.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        InheritedControl c;
        c.id = o.value(QLatin1String("id")).toString();
        c.provider = o.value(QLatin1String("provider")).toString();
        c.basis = o.value(QLatin1String("basis")).toString();
        c.description = o.value(QLatin1String("description")).toString();
        c.reportPeriod = o.value(QLatin1String("report_period")).toString();
        const auto bad = [&](const QString &what) {
            throw InputError(fileName, InheritedTr::tr("controls[%1]: %2").arg(i).arg(what));
        };
        if (!isCriterionId(c.id))
            bad(InheritedTr::tr("\"%1\" is not a Trust Services Criteria id (e.g. CC6.4, A1.2)").arg(c.id));
        if (c.provider.isEmpty())
            bad(InheritedTr::tr("expected a non-empty \"provider\""));
        if (c.basis.isEmpty())
            bad(InheritedTr::tr("expected a non-empty \"basis\""));
        if (out.find(c.id))
            bad(InheritedTr::tr("%1 is listed twice").arg(c.id));
        out.m_controls << c;
    }
    out.sort();
    return out;
}

void InheritedControls::merge(const InheritedControls &overrides)
{
    for (const InheritedControl &c : overrides.m_controls) {
        const auto it = std::find_if(m_controls.begin(), m_controls.end(),
                                     [&](const InheritedControl &e) { return e.id == c.id; });
        if (it != m_controls.end())
            *it = c;
        else
            m_controls << c;
    }
    sort();
}

const InheritedControl *InheritedControls::find(const QString &id) const
{
    for (const InheritedControl &c : m_controls)
        if (c.id == id)
            return &c;
    return nullptr;
}

void InheritedControls::sort()
{
    std::sort(m_controls.begin(), m_controls.end(), [](const InheritedControl &a, const InheritedControl &b) {
        return Soc2Mappings::controlLess(a.id, b.id);
    });
}

} // namespace ab::portfolio
