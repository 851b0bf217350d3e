#pragma once

#include "core/Json.h"
#include "core/Prefetch.h"
#include "platform/DataflowOperations.h"

#include <QObject>
#include <QStringList>

namespace Inlet {

class PlatformSession;

// Checking a mapping with Data Prep before anything is created: `validate` says which rules it
// refuses and why; `preview` shows the explored rows as the schema would receive them. The mapping
// on screen is checked ahead, while the user looks at it, so that Next need not wait for Data Prep.
class MapColumns : public QObject
{
    Q_OBJECT

public:
    explicit MapColumns(PlatformSession& session, QObject* parent = nullptr);

    // Starts checking `draft` (the latest one only), so that validate() of the same draft need not wait.
    void prefetchValidation(const MappingSetDraft& draft);
    // Data Prep's verdict on `draft`: prefetchValidation()'s when it was of this very draft, not
    // failed and younger than kPrefetchLifetimeMs (used once), else a new check.
    MappingCheckOperation* validate(const MappingSetDraft& draft);
    // The first `maxRows` of `rows` (explore's display text, in the draft's column order).
    MappingPreviewOperation* preview(const MappingSetDraft& draft, const QList<QStringList>& rows, int maxRows = 10);

    // Rows as JSON objects keyed by column, each value typed as its column is (numbers, booleans,
    // nested JSON parsed back); an empty cell is null.
    static Json rowsAsJson(const QList<ExploreColumn>& columns, const QList<QStringList>& rows, int maxRows);

    static constexpr qint64 kPrefetchLifetimeMs = 5 * 60 * 1000;

private:
    QString prefetchKey(const MappingSetDraft& draft) const;

    PlatformSession& m_session;
    Prefetch<QList<MappingProblem>> m_prefetch;
};

} // namespace Inlet
