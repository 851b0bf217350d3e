#pragma once

#include "core/Json.h"
#include "platform/DataflowOperations.h"

#include <QObject>
#include <QStringList>

namespace Inlet {

class PlatformSession;

// Checking a mapping with Data Prep before anything is created: `validate` says which rules it
// refuses and why; `preview` shows the explored rows as the schema would receive them.
class MapColumns : public QObject
{
    Q_OBJECT

public:
    explicit MapColumns(PlatformSession& session, QObject* parent = nullptr);

    MappingCheckOperation* validate(const MappingSetDraft& draft);
    // The first `maxRows` of `rows` (explore's display text, in the draft's column order).
    MappingPreviewOperation* preview(const MappingSetDraft& draft, const QList<QStringList>& rows, int maxRows = 10);

    // Rows as JSON objects keyed by column, each value typed as its column is (numbers, booleans,
    // nested JSON parsed back); an empty cell is null.
    static Json rowsAsJson(const QList<ExploreColumn>& columns, const QList<QStringList>& rows, int maxRows);

private:
    PlatformSession& m_session;
};

} // namespace Inlet
