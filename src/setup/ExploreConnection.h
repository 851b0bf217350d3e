#pragma once

#include "ExploreTypes.h"
#include "core/Operation.h"
#include "platform/PlatformOperations.h"

#include <QObject>

namespace Inlet {

class PlatformSession;

using DescribeOperation = ResultOperation<ObjectDescription>;

// Explores a base connection level by level (Flow Service `…/explore`): the root, the folders (or
// schemas) below it, and a table's or file's schema with preview rows. Every call is one request,
// so a failed level is repeated on its own and a level the user left can be cancelled.
class ExploreConnection : public QObject
{
    Q_OBJECT

public:
    explicit ExploreConnection(PlatformSession& session, QObject* parent = nullptr);

    // The connection to explore; its spec decides source-specific advice (a Databricks cluster).
    void setConnection(const QString& connectionId, const QString& connectionSpecId);
    QString connectionId() const { return m_connectionId; }

    // Items that hold others (folders, schemas) are expanded; tables and files are described.
    static bool isContainer(const ExploreItem& item);

    ExploreOperation* listRoot();
    ExploreOperation* listChildren(const ExploreItem& container);
    // A table: schema and, when Platform can preview it, up to 100 rows (preview=true).
    DescribeOperation* describeTable(const ExploreItem& table);
    // A file read as `format`, or, without one, as Platform detects it (determineProperties=true).
    DescribeOperation* describeFile(const ExploreItem& file, const std::optional<FileFormat>& format);

    // The page's value to hand on: the described object.
    ChosenObject choose(const ObjectDescription& description) const;

    // What went wrong and what to do, for this connection's source.
    ExploreFailure explain(const Error& error) const;

private:
    DescribeOperation* describe(const ExploreItem& item, const ExploreQuery& query, bool previewUnavailable);

    PlatformSession& m_session;
    QString m_connectionId;
    QString m_connectionSpecId;
};

} // namespace Inlet
