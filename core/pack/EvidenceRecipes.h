#pragma once
// The evidence queries of seed 004 as data (resources/evidence-recipes.json): for each framework, the files
// an examiner expects, each named as the seed names it, with its title and its query in the seed API's filter
// names. Users extend or override recipes (matched by id) with their own file of the same form, as they do
// the sub-processor registry.

#include "core/common/Instant.h"
#include "core/workspace/WorkspaceTypes.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ab::pack {

struct EvidenceRecipe
{
    enum class Kind
    {
        Query,       // the records the query selects in the period, as imported
        Verification // the chain verification for the period (the seed's Req 10.5 / CC6 file)
    };
    QString id, framework, folder, file, title, source;
    Kind kind = Kind::Query;
    // Seed API filter name -> value: framework, action, entity_type (comma list), category. Empty: all
    // records.
    QMap<QString, QString> query;

    // The file name for a period: "{year}" becomes the start's year, or FIRST-LAST when the period spans
    // years.
    QString fileFor(const Instant &start, const Instant &end) const;
    QString pathFor(const Instant &start, const Instant &end) const
    {
        return folder + QLatin1Char('/') + fileFor(start, end);
    }
};

// The seed API's filter names a query may use.
const QStringList &seedFilterNames();

// The AuditFilter a seed API query means (same names, same meaning; entity_type split on commas), scoped to
// [start, end]. Unknown names are rejected when recipes are loaded, so every recipe maps.
AuditFilter toAuditFilter(const QMap<QString, QString> &query, const Instant &start, const Instant &end);

class RecipeBook
{
public:
    // The shipped recipes (:/auditbench/evidence-recipes.json).
    static RecipeBook builtIn();
    // Throws InputError naming the file (and line and column for syntax errors; the recipe's index
    // otherwise).
    static RecipeBook fromJson(const QString &fileName, const QByteArray &json);
    static RecipeBook fromFile(const QString &path);
    // Recipes of `overrides` replace recipes of the same id; new ids are appended.
    void merge(const RecipeBook &overrides);

    const QList<EvidenceRecipe> &recipes() const { return m_recipes; }
    QList<EvidenceRecipe> forFrameworks(const QStringList &frameworks) const; // in file order
    QStringList frameworks() const;                                           // in first-use order
    const EvidenceRecipe *find(const QString &id) const;

private:
    QList<EvidenceRecipe> m_recipes;
};

} // namespace ab::pack
