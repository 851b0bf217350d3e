#include "AutoMapping.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Inlet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Inlet::AutoMapping", text);
}

// The column's type as a schema field would spell it: date and date-time fold the string format in.
QString columnValueType(const ExploreColumn& column)
{
    if (column.xdmFormat == QLatin1String("date") || column.xdmFormat == QLatin1String("date-time"))
        return column.xdmFormat;
    return column.xdmType.isEmpty() ? QStringLiteral("string") : column.xdmType;
}

QString leafName(const QString& path)
{
    return path.section(QLatin1Char('.'), -1);
}

bool isTenantField(const QString& path)
{
    return path.startsWith(QLatin1Char('_'));
}

} // namespace

QString AutoMapping::foldName(const QString& name)
{
    QString folded;
    folded.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            folded += c.toCaseFolded();
    }
    return folded;
}

bool AutoMapping::compatible(const ExploreColumn& column, const SchemaField& field)
{
    const QString from = columnValueType(column);
    const QString to = field.valueType();
    if (from == to)
        return true;
    const bool nested = [](const QString& type) {
        return type == QLatin1String("object") || type == QLatin1String("array");
    }(from);
    if (nested || to == QLatin1String("object") || to == QLatin1String("array"))
        return false;
    if (to == QLatin1String("string"))
        return true;
    if (from == QLatin1String("integer") && to == QLatin1String("number"))
        return true;
    return from == QLatin1String("date") && to == QLatin1String("date-time");
}

QList<MappingRule> AutoMapping::suggest(const QList<ExploreColumn>& columns, const XdmSchema& schema)
{
    QList<MappingRule> rules;
    QSet<QString> taken;
    const auto take = [&](const ExploreColumn& column, const SchemaField& field) {
        rules << MappingRule{MappingRule::SourceType::Attribute, column.name, field.path};
        taken.insert(field.path);
    };
    for (const ExploreColumn& column : columns) {
        const QString folded = foldName(column.name);
        const SchemaField* best = nullptr;
        int bestRank = 0;
        for (const SchemaField& field : schema.fields) {
            if (taken.contains(field.path) || !compatible(column, field))
                continue;
            // 3: the whole path; 2: a tenant field's leaf; 1: any other leaf.
            int rank = 0;
            if (foldName(field.path) == folded)
                rank = 3;
            else if (foldName(leafName(field.path)) == folded)
                rank = isTenantField(field.path) ? 2 : 1;
            if (rank > bestRank) {
                best = &field;
                bestRank = rank;
            }
        }
        if (best)
            take(column, *best);
    }
    if (schema.isTimeSeries()) {
        if (const SchemaField* id = schema.field(QStringLiteral("_id")); id && !taken.contains(id->path)) {
            rules << MappingRule{MappingRule::SourceType::Expression, QStringLiteral("uuid()"), id->path};
            taken.insert(id->path);
        }
        const SchemaField* timestamp = schema.field(QStringLiteral("timestamp"));
        if (timestamp && !taken.contains(timestamp->path)) {
            for (const ExploreColumn& column : columns) {
                if (columnValueType(column) == QLatin1String("date-time")) {
                    take(column, *timestamp);
                    break;
                }
            }
        }
    }
    return rules;
}

MappingReview
AutoMapping::review(const QList<ExploreColumn>& columns, const XdmSchema& schema, const QList<MappingRule>& rules)
{
    MappingReview review;
    QSet<QString> read;
    QSet<QString> written;
    for (const MappingRule& rule : rules) {
        written.insert(rule.destination);
        if (rule.sourceType != MappingRule::SourceType::Attribute)
            continue;
        read.insert(rule.source);
        const SchemaField* field = schema.field(rule.destination);
        for (const ExploreColumn& column : columns) {
            if (column.name == rule.source && field && !compatible(column, *field))
                review.incompatibleRules << rule;
        }
    }
    for (const ExploreColumn& column : columns) {
        if (!read.contains(column.name))
            review.unmappedColumns << column.name;
    }
    // A rule that writes an object fills everything below it.
    const auto filled = [&written](const QString& path) {
        for (const QString& destination : written) {
            if (path == destination || path.startsWith(destination + QLatin1Char('.')))
                return true;
        }
        return false;
    };
    for (const SchemaField& field : schema.fields) {
        if (field.isLeaf() && field.required && !filled(field.path))
            review.unfilledRequiredFields << field.path;
        if ((field.primaryIdentity || field.primaryKey) && !filled(field.path)
            && !review.unfilledRequiredFields.contains(field.path))
            review.unfilledIdentityFields << field.path;
    }
    return review;
}

TargetFit AutoMapping::fit(const QList<ExploreColumn>& columns, const XdmSchema& schema)
{
    if (!schema.isValid())
        return {TargetFit::Level::Unusable,
                tr("The dataset has no XDM schema, so mapped data cannot be written to it.")};
    for (const SchemaField& field : schema.fields) {
        if (!field.isLeaf() || !field.required || (schema.isTimeSeries() && field.path == QLatin1String("_id")))
            continue;
        const bool fillable = std::any_of(columns.cbegin(), columns.cend(), [&field](const ExploreColumn& column) {
            return compatible(column, field);
        });
        if (!fillable)
            return {TargetFit::Level::Unusable,
                    tr("The schema \"%1\" requires the field \"%2\" (%3), and no column of the source can fill it.")
                        .arg(schema.title, field.path, field.valueType())};
    }
    const QList<MappingRule> rules = suggest(columns, schema);
    const bool anyByName = std::any_of(rules.cbegin(), rules.cend(), [&schema](const MappingRule& rule) {
        return rule.sourceType == MappingRule::SourceType::Attribute
            && !(schema.isTimeSeries() && rule.destination == QLatin1String("timestamp"));
    });
    if (!anyByName)
        return {TargetFit::Level::NoNameMatch,
                tr("No column of the source matches a field of \"%1\" by name; every column would be mapped by hand.")
                    .arg(schema.title)};
    return {};
}

QStringList AutoMapping::deltaColumnCandidates(const QList<ExploreColumn>& columns)
{
    QStringList candidates;
    for (const ExploreColumn& column : columns) {
        const QString type = columnValueType(column);
        if (type == QLatin1String("date-time") || type == QLatin1String("date"))
            candidates << column.name;
    }
    return candidates;
}

} // namespace Inlet
