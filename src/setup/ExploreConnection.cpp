#include "ExploreConnection.h"

#include "databricks/SparkConfigLine.h"
#include "platform/FlowServiceClient.h"

#include <QPointer>

namespace Inlet {

namespace {

// Enough rows to see a mapping at work; the mapping page sends them to Data Prep's preview.
constexpr int kChosenPreviewRows = 10;

// Platform's words for a Databricks cluster that is not running are not documented; these are the
// states Databricks itself names (TERMINATED, TERMINATING, PENDING, …) and the phrases around them.
bool mentionsStoppedCluster(const QString& text)
{
    if (!text.contains(QLatin1String("cluster"), Qt::CaseInsensitive))
        return false;
    for (const char* state : {"terminated", "terminating", "not running", "pending", "stopped", "not ready"}) {
        if (text.contains(QLatin1String(state), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool mentionsPermission(const QString& text)
{
    for (const char* phrase : {"permission", "access denied", "not authorized", "forbidden"}) {
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

ExploreConnection::ExploreConnection(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

void ExploreConnection::setConnection(const QString& connectionId, const QString& connectionSpecId)
{
    m_connectionId = connectionId;
    m_connectionSpecId = connectionSpecId;
}

bool ExploreConnection::isContainer(const ExploreItem& item)
{
    return item.type != QLatin1String("table") && item.type != QLatin1String("file");
}

ExploreOperation* ExploreConnection::listRoot()
{
    return FlowServiceClient(&m_session).exploreRoot(m_connectionId);
}

ExploreOperation* ExploreConnection::listChildren(const ExploreItem& container)
{
    // Folders are explored as folders; a source's own container types (a schema) by their name.
    return FlowServiceClient(&m_session).exploreLevel(m_connectionId, container.type, container.path);
}

DescribeOperation* ExploreConnection::describeTable(const ExploreItem& table)
{
    ExploreQuery query;
    query.objectType = QStringLiteral("table");
    query.path = table.path;
    query.preview = table.canPreview;
    return describe(table, query, !table.canPreview);
}

DescribeOperation* ExploreConnection::describeFile(const ExploreItem& file, const std::optional<FileFormat>& format)
{
    ExploreQuery query;
    query.objectType = QStringLiteral("file");
    query.path = file.path;
    query.preview = file.canPreview;
    query.format = format;
    query.determineProperties = !format.has_value();
    return describe(file, query, !file.canPreview);
}

DescribeOperation*
ExploreConnection::describe(const ExploreItem& item, const ExploreQuery& query, bool previewUnavailable)
{
    if (!item.canPreview && !item.canFetchSchema) {
        // Nothing to ask Platform: it said it can neither read the schema nor preview the object.
        ObjectDescription description;
        description.item = item;
        description.format = query.format;
        description.previewUnavailable = true;
        auto* settled = new DescribeOperation(this);
        settled->finishWithResult(description);
        return settled;
    }
    auto* operation = new DescribeOperation(this);
    ExploreObjectOperation* request = FlowServiceClient(&m_session).exploreObject(m_connectionId, query);
    const QPointer<ExploreObjectOperation> guard(request);
    operation->setCanceller([guard] {
        if (guard)
            guard->cancel();
        return false; // a GET changes nothing
    });
    connect(request, &Operation::finished, operation, [operation, request, item, query, previewUnavailable] {
        if (request->error())
            return operation->finishWithError(request->error());
        ObjectDescription description;
        description.item = item;
        description.explored = request->result();
        description.format = query.format ? query.format : description.explored.detectedFormat;
        description.previewUnavailable = previewUnavailable;
        operation->finishWithResult(description);
    });
    return operation;
}

ChosenObject ExploreConnection::choose(const ObjectDescription& description) const
{
    ChosenObject chosen;
    chosen.connectionId = m_connectionId;
    chosen.name = description.item.name;
    chosen.path = description.item.path;
    chosen.type = description.item.type;
    if (description.item.type == QLatin1String("file"))
        chosen.format = description.format;
    chosen.columns = description.explored.columns;
    chosen.previewRows = description.explored.rows.mid(0, kChosenPreviewRows);
    return chosen;
}

ExploreFailure ExploreConnection::explain(const Error& error) const
{
    ExploreFailure failure;
    failure.details = error.details();
    if (!error)
        return failure;
    const QString serverText = error.serverMessage() + QLatin1Char(' ') + error.technicalDetail();
    const bool databricks = m_connectionSpecId == SparkConfigLine::databricksConnectionSpecId();
    if (error.kind() == Error::Kind::Cancelled) {
        failure.problem = ExploreProblem::Cancelled;
        failure.message = tr("Stopped.");
    } else if (databricks && mentionsStoppedCluster(serverText)) {
        failure.problem = ExploreProblem::ClusterNotRunning;
        failure.message = tr("The Databricks cluster of this connection is not running, so Platform cannot look into "
                             "it. Start the cluster in your Databricks workspace (Compute, then Start), wait until "
                             "it shows Running, then choose Retry.");
    } else if (error.kind() == Error::Kind::Timeout) {
        failure.problem = ExploreProblem::Timeout;
        failure.message = tr("Platform did not answer in time. Large folders and busy databases can be slow: choose "
                             "Retry, or raise the timeout in Inlet's settings.");
    } else if (error.httpStatus() == 403 || (error.kind() == Error::Kind::Http && mentionsPermission(serverText))) {
        failure.problem = ExploreProblem::PermissionDenied;
        failure.message = tr("Platform may not read this with the connection's credentials. Ask the source's "
                             "administrator to grant the connection's account read access, or choose another "
                             "object.");
    } else if (error.httpStatus() == 404) {
        failure.problem = ExploreProblem::NotFound;
        failure.message = tr("The source no longer has this object. Choose Retry on the level above to read it "
                             "again.");
    } else {
        failure.problem = ExploreProblem::Other;
        failure.message = error.actionableMessage();
    }
    if (failure.problem != ExploreProblem::Other && failure.problem != ExploreProblem::Cancelled
        && !error.serverMessage().isEmpty())
        failure.message += QLatin1Char(' ') + tr("Platform says: “%1”").arg(error.serverMessage());
    return failure;
}

} // namespace Inlet
