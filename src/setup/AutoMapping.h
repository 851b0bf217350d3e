#pragma once

#include "platform/DataflowTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Inlet {

// What a mapping still lacks before Platform will take it, for the Mapping page to show.
struct MappingReview
{
    QStringList unmappedColumns; // source columns no rule reads
    QStringList unfilledRequiredFields; // required leaves no rule writes (dotted paths)
    QStringList unfilledIdentityFields; // the primary identity or primary key, when no rule writes it
    QList<MappingRule> incompatibleRules; // a column whose type the field cannot take

    bool isComplete() const
    {
        return unfilledRequiredFields.isEmpty() && unfilledIdentityFields.isEmpty() && incompatibleRules.isEmpty();
    }
};

// How well a schema can take a source's columns, for the Target page to explain.
struct TargetFit
{
    enum class Level { Good, NoNameMatch, Unusable };

    Level level = Level::Good;
    QString reason; // translated; empty when Good
};

// Matching source columns to schema fields, without any request: names folded (case, `_`, `-`, spaces;
// so `first_name`, `First-Name` and `firstName` are one name) and types checked the way Data Prep
// converts them. A column matches the field whose whole path folds to its name, else the one leaf of
// that name (a tenant field before a standard one), each field taken once. An experience-event
// schema's `_id` is generated (`uuid()`) and its `timestamp` filled from a date-time column when no
// column matches them.
class AutoMapping
{
public:
    static QString foldName(const QString& name);
    // Whether Data Prep converts every value of `column` into `field` (object to object, array to array;
    // a string field takes any scalar; integers widen to numbers; dates to date-times).
    static bool compatible(const ExploreColumn& column, const SchemaField& field);
    static QList<MappingRule> suggest(const QList<ExploreColumn>& columns, const XdmSchema& schema);
    static MappingReview
    review(const QList<ExploreColumn>& columns, const XdmSchema& schema, const QList<MappingRule>& rules);
    // Unusable: no schema, or a required field no column can fill (an event's `_id` is generated);
    // NoNameMatch: usable, but nothing would be matched automatically.
    static TargetFit fit(const QList<ExploreColumn>& columns, const XdmSchema& schema);
    // The columns incremental loads can compare with the run window: dates and timestamps.
    static QStringList deltaColumnCandidates(const QList<ExploreColumn>& columns);
};

} // namespace Inlet
