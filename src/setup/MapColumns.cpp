#include "MapColumns.h"

#include "platform/DataPrepClient.h"
#include "platform/DataflowJson.h"
#include "platform/PlatformSession.h"

namespace Inlet {

MapColumns::MapColumns(PlatformSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_prefetch(kPrefetchLifetimeMs, [this] { return m_session.readScope(); })
{
}

void MapColumns::prefetchValidation(const MappingSetDraft& draft)
{
    m_prefetch.start(
        prefetchKey(draft), [this, draft] { return DataPrepClient(&m_session).validate(draft); }, this);
}

MappingCheckOperation* MapColumns::validate(const MappingSetDraft& draft)
{
    return m_prefetch.take(
        prefetchKey(draft), [this, draft] { return DataPrepClient(&m_session).validate(draft); }, this);
}

QString MapColumns::prefetchKey(const MappingSetDraft& draft) const
{
    // The request as sent: the same body gets the same verdict (Prefetch adds the sandbox).
    return QString::fromUtf8(DataflowJson::mappingSetBody(draft));
}

MappingPreviewOperation* MapColumns::preview(const MappingSetDraft& draft, const QList<QStringList>& rows, int maxRows)
{
    return DataPrepClient(&m_session).preview(draft, rowsAsJson(draft.inputColumns, rows, maxRows));
}

Json MapColumns::rowsAsJson(const QList<ExploreColumn>& columns, const QList<QStringList>& rows, int maxRows)
{
    Json array = Json::array();
    for (const QStringList& row : rows.mid(0, maxRows)) {
        Json object = Json::object();
        for (qsizetype i = 0; i < columns.size() && i < row.size(); ++i) {
            const ExploreColumn& column = columns.at(i);
            const QString& text = row.at(i);
            Json value = toJson(text);
            if (text.isEmpty()) {
                value = nullptr;
            } else if (column.xdmType == QLatin1String("integer") || column.xdmType == QLatin1String("number")) {
                bool ok = false;
                const double number = text.toDouble(&ok);
                if (ok)
                    value = variantToJson(number);
            } else if (column.xdmType == QLatin1String("boolean")) {
                if (text == QLatin1String("true") || text == QLatin1String("false"))
                    value = text == QLatin1String("true");
            } else if (column.xdmType == QLatin1String("object") || column.xdmType == QLatin1String("array")) {
                const JsonDocument nested = JsonText::parse(text.toUtf8());
                if (nested.isValid())
                    value = nested.root;
            }
            object[column.name.toStdString()] = value;
        }
        array.push_back(object);
    }
    return array;
}

} // namespace Inlet
