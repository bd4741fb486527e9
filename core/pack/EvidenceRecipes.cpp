#include "core/pack/EvidenceRecipes.h"

#include "core/common/InputError.h"
#include "core/pack/PackData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace ab::pack {

namespace {

struct RecipesTr
{
    Q_DECLARE_TR_FUNCTIONS(ab::pack::EvidenceRecipes)
};

// A folder or file name that stays inside the pack on every file system: no separators, no "..", no leading
// dot.
bool safeName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._{}-]*$"));
    return pattern.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

EvidenceRecipe readRecipe(const QString &fileName, const QJsonObject &o, qsizetype index)
{
    const auto bad = [&](const QString &what) {
        throw InputError(fileName, RecipesTr::tr("recipes[%1]: %2").arg(index).arg(what));
    };
    const auto text = [&](const char *member) {
        const QString v = o.value(QLatin1String(member)).toString();
        if (v.isEmpty())
            bad(RecipesTr::tr("expected a non-empty \"%1\"").arg(QLatin1String(member)));
        return v;
    };
    EvidenceRecipe r;
    r.id = text("id");
    r.framework = text("framework");
    r.folder = text("folder");
    r.file = text("file");
    r.title = text("title");
    r.source = text("source");
    if (!safeName(r.folder))
        bad(RecipesTr::tr("\"folder\" '%1' must be one plain folder name").arg(r.folder));
    if (!safeName(r.file) || !r.file.endsWith(QLatin1String(".json")))
        bad(RecipesTr::tr("\"file\" '%1' must be one plain file name ending in .json").arg(r.file));
    const QString kind = o.value(QLatin1String("kind")).toString(QStringLiteral("query"));
    if (kind == QLatin1String("verification"))
        r.kind = EvidenceRecipe::Kind::Verification;
    else if (kind != QLatin1String("query"))
        bad(RecipesTr::tr("\"kind\" '%1': expected query or verification").arg(kind));
    const QJsonValue query = o.value(QLatin1String("query"));
    if (!query.isUndefined() && !query.isObject())
        bad(RecipesTr::tr("expected \"query\" to be an object of seed API filters"));
    const QJsonObject q = query.toObject();
    for (auto it = q.begin(); it != q.end(); ++it) {
        if (!seedFilterNames().contains(it.key()))
            bad(RecipesTr::tr("unknown filter \"%1\" (expected framework, action, entity_type or category)")
                    .arg(it.key()));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            bad(RecipesTr::tr("filter \"%1\": expected a non-empty string").arg(it.key()));
        r.query.insert(it.key(), it.value().toString().trimmed());
    }
    if (r.kind == EvidenceRecipe::Kind::Verification && !r.query.isEmpty())
        bad(RecipesTr::tr(
            "a verification recipe takes no filters (it covers the whole chain for the period)"));
    return r;
}

} // namespace

QString EvidenceRecipe::fileFor(const Instant &start, const Instant &end) const
{
    const int first = start.toString().left(4).toInt();
    const int last = end.toString().left(4).toInt();
    const QString year =
        first == last ? QString::number(first) : QStringLiteral("%1-%2").arg(first).arg(last);
    return QString(file).replace(QLatin1String("{year}"), year);
}

const QStringList &seedFilterNames()
{
    static const QStringList names{QStringLiteral("framework"), QStringLiteral("action"),
                                   QStringLiteral("entity_type"), QStringLiteral("category")};
    return names;
}

AuditFilter toAuditFilter(const QMap<QString, QString> &query, const Instant &start, const Instant &end)
{
    AuditFilter f;
    const auto one = [&](const char *name) {
        const QString v = query.value(QLatin1String(name));
        return v.isEmpty() ? QStringList() : QStringList{v};
    };
    f.frameworks = one("framework");
    f.actions = one("action");
    f.categories = one("category");
    for (const QString &t : query.value(QStringLiteral("entity_type")).split(QLatin1Char(',')))
        if (!t.trimmed().isEmpty())
            f.entityTypes << t.trimmed();
    f.start = start;
    f.end = end;
    return f;
}

RecipeBook RecipeBook::builtIn()
{
    static const RecipeBook book =
        fromJson(QStringLiteral(":/auditbench/evidence-recipes.json"),
                 readShippedData(QStringLiteral(":/auditbench/evidence-recipes.json")));
    return book;
}

RecipeBook RecipeBook::fromJson(const QString &fileName, const QByteArray &json)
{
    const QJsonObject root = parseDataObject(fileName, json);
    const QJsonValue recipes = root.value(QLatin1String("recipes"));
    if (!recipes.isArray())
        throw InputError(fileName, RecipesTr::tr("expected \"recipes\" to be an array"));
    RecipeBook book;
    const QJsonArray array = recipes.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            throw InputError(fileName, RecipesTr::tr("recipes[%1]: expected an object").arg(i));
        const EvidenceRecipe r = readRecipe(fileName, array.at(i).toObject(), i);
        if (book.find(r.id))
            throw InputError(fileName,
                             RecipesTr::tr("recipes[%1]: the id '%2' is used twice").arg(i).arg(r.id));
        book.m_recipes << r;
    }
    return book;
}

RecipeBook RecipeBook::fromFile(const QString &path)
{
    return fromJson(path, readDataFile(path, RecipesTr::tr("cannot read the evidence recipes")));
}

void RecipeBook::merge(const RecipeBook &overrides)
{
    for (const EvidenceRecipe &r : overrides.m_recipes) {
        bool replaced = false;
        for (EvidenceRecipe &existing : m_recipes)
            if (existing.id == r.id) {
                existing = r;
                replaced = true;
            }
        if (!replaced)
            m_recipes << r;
    }
}

QList<EvidenceRecipe> RecipeBook::forFrameworks(const QStringList &frameworks) const
{
    QList<EvidenceRecipe> out;
    for (const EvidenceRecipe &r : m_recipes)
        if (frameworks.contains(r.framework))
            out << r;
    return out;
}

QStringList RecipeBook::frameworks() const
{
    QStringList out;
    for (const EvidenceRecipe &r : m_recipes)
        if (!out.contains(r.framework))
            out << r.framework;
    return out;
}

const EvidenceRecipe *RecipeBook::find(const QString &id) const
{
    for (const EvidenceRecipe &r : m_recipes)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace ab::pack
