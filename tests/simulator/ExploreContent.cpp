#include "ExploreContent.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace Inlet::Sim {

namespace {

const QString kDatabricksSpec = QStringLiteral("e9d7ec6b-0873-4e57-ad21-b3a7c65e310b");
const QString kDataExplorerSpec = QStringLiteral("0479cc14-7651-4354-b233-7480606c2ac3");
constexpr int kTableRows = 60;
constexpr int kWideColumns = 300;

struct ColumnDef
{
    const char* name;
    const char* type; // generic: string integer bigint decimal double boolean date timestamp binary struct array
};

const ColumnDef kCustomers[] = {{"customer_id", "integer"},
                                {"first_name", "string"},
                                {"last_name", "string"},
                                {"email", "string"},
                                {"birth_date", "date"},
                                {"created_at", "timestamp"},
                                {"lifetime_value", "decimal"},
                                {"is_active", "boolean"}};
const ColumnDef kOrders[] = {{"order_id", "bigint"},
                             {"customer_id", "integer"},
                             {"ordered_at", "timestamp"},
                             {"status", "string"},
                             {"total", "decimal"},
                             {"shipping_address", "struct"}};
const ColumnDef kOrderItems[] = {{"order_id", "bigint"},
                                 {"line_no", "integer"},
                                 {"product_id", "integer"},
                                 {"quantity", "integer"},
                                 {"unit_price", "decimal"}};
const ColumnDef kProducts[] = {{"product_id", "integer"},
                               {"sku", "string"},
                               {"name", "string"},
                               {"category", "string"},
                               {"price", "decimal"},
                               {"image", "binary"},
                               {"tags", "array"}};
const ColumnDef kAllTypes[] = {{"id", "bigint"},
                               {"text_value", "string"},
                               {"int_value", "integer"},
                               {"big_value", "bigint"},
                               {"decimal_value", "decimal"},
                               {"double_value", "double"},
                               {"flag", "boolean"},
                               {"day", "date"},
                               {"moment", "timestamp"},
                               {"blob", "binary"},
                               {"address", "struct"},
                               {"labels", "array"}};
const ColumnDef kEvents[] = {{"event_id", "string"},
                             {"occurred_at", "timestamp"},
                             {"event_type", "string"},
                             {"customer", "struct"},
                             {"amount", "decimal"},
                             {"labels", "array"}};

const char* const kFirstNames[] = {"Ada",
                                   "Björn",
                                   "Chloé",
                                   "Dmitri",
                                   "Emeka",
                                   "Fatima",
                                   "Grace",
                                   "Hiroshi",
                                   "Ingrid",
                                   "José",
                                   "Kwame",
                                   "Lena",
                                   "Mei",
                                   "Noah",
                                   "Olga",
                                   "Priya"};
const char* const kLastNames[] = {"Lovelace",
                                  "Åberg",
                                  "Dubois",
                                  "Ivanov",
                                  "Okafor",
                                  "Haddad",
                                  "Hopper",
                                  "Tanaka",
                                  "Larsen",
                                  "García",
                                  "Mensah",
                                  "Fischer",
                                  "Chen",
                                  "Smith",
                                  "Petrova",
                                  "Iyer"};
const char* const kStatuses[] = {"placed", "paid", "shipped", "delivered", "returned"};
const char* const kCategories[] = {"outdoor", "kitchen", "garden", "toys", "books"};
const char* const kCities[] = {"Basel", "Lyon", "Osaka", "Austin", "Valencia", "Leeds"};
const char* const kEventTypes[] = {"page_view", "add_to_cart", "purchase", "sign_up"};

template <typename T, std::size_t N>
const T& pick(const T (&values)[N], int i)
{
    return values[std::size_t(i) % N];
}

template <std::size_t N>
QList<ColumnDef> defs(const ColumnDef (&columns)[N])
{
    return QList<ColumnDef>(std::begin(columns), std::end(columns));
}

QJsonObject xdmOf(const QString& generic)
{
    if (generic == QLatin1String("integer") || generic == QLatin1String("bigint"))
        return {{QStringLiteral("type"), QStringLiteral("integer")}};
    if (generic == QLatin1String("decimal") || generic == QLatin1String("double"))
        return {{QStringLiteral("type"), QStringLiteral("number")}};
    if (generic == QLatin1String("boolean"))
        return {{QStringLiteral("type"), QStringLiteral("boolean")}};
    if (generic == QLatin1String("date"))
        return {{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("format"), QStringLiteral("date")}};
    if (generic == QLatin1String("timestamp"))
        return {{QStringLiteral("type"), QStringLiteral("string")},
                {QStringLiteral("format"), QStringLiteral("date-time")}};
    if (generic == QLatin1String("struct"))
        return {{QStringLiteral("type"), QStringLiteral("object")}};
    if (generic == QLatin1String("array"))
        return {{QStringLiteral("type"), QStringLiteral("array")}};
    return {{QStringLiteral("type"), QStringLiteral("string")}};
}

QJsonValue valueOf(const QString& column, const QString& generic, int row)
{
    // Every eleventh row leaves the optional columns empty, as real tables do.
    if (row % 11 == 5 && !column.endsWith(QLatin1String("id")) && column != QLatin1String("line_no"))
        return QJsonValue::Null;
    if (generic == QLatin1String("integer"))
        return column == QLatin1String("quantity") ? 1 + row % 5 : 1000 + row;
    if (generic == QLatin1String("bigint"))
        return qint64(9000000000LL + row);
    if (generic == QLatin1String("decimal"))
        return double((row * 3779) % 100000) / 100.0;
    if (generic == QLatin1String("double"))
        return row * 0.125 + 0.5;
    if (generic == QLatin1String("boolean"))
        return row % 3 != 0;
    if (generic == QLatin1String("date"))
        return QDate(1950 + row % 55, 1 + row % 12, 1 + row % 28).toString(Qt::ISODate);
    if (generic == QLatin1String("timestamp"))
        return QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(row) * 3607).toString(Qt::ISODate);
    if (generic == QLatin1String("binary"))
        return QString::fromLatin1(QByteArray("\x89PNG row ").append(QByteArray::number(row)).toBase64());
    if (generic == QLatin1String("struct")) {
        if (column == QLatin1String("customer"))
            return QJsonObject{{QStringLiteral("id"), 1000 + row},
                               {QStringLiteral("email"), QStringLiteral("customer%1@example.com").arg(row)}};
        return QJsonObject{{QStringLiteral("street"), QStringLiteral("%1 Market Street").arg(row + 1)},
                           {QStringLiteral("city"), QString::fromUtf8(pick(kCities, row))},
                           {QStringLiteral("postal_code"), QStringLiteral("%1").arg(10000 + row * 7)}};
    }
    if (generic == QLatin1String("array"))
        return QJsonArray{QString::fromUtf8(pick(kCategories, row)), QString::fromUtf8(pick(kCategories, row + 2))};
    // strings, by what the column holds
    if (column == QLatin1String("first_name"))
        return QString::fromUtf8(pick(kFirstNames, row));
    if (column == QLatin1String("last_name"))
        return QString::fromUtf8(pick(kLastNames, row * 7));
    if (column == QLatin1String("email"))
        return QStringLiteral("%1.%2@example.com").arg(QString::fromUtf8(pick(kFirstNames, row)).toLower()).arg(row);
    if (column == QLatin1String("status"))
        return QString::fromUtf8(pick(kStatuses, row));
    if (column == QLatin1String("category"))
        return QString::fromUtf8(pick(kCategories, row));
    if (column == QLatin1String("sku"))
        return QStringLiteral("SKU-%1").arg(40000 + row);
    if (column == QLatin1String("name"))
        return QStringLiteral("%1 item %2").arg(QString::fromUtf8(pick(kCategories, row))).arg(row + 1);
    if (column == QLatin1String("event_id"))
        return QStringLiteral("evt-%1").arg(row, 6, 10, QLatin1Char('0'));
    if (column == QLatin1String("event_type"))
        return QString::fromUtf8(pick(kEventTypes, row));
    if (column == QLatin1String("payload")) {
        // Long values: the grid elides them and shows them whole on hover.
        QString text = QStringLiteral("{\"row\":%1,\"trace\":\"").arg(row);
        while (text.size() < 1800)
            text += QStringLiteral("step-%1;").arg(text.size());
        return text + QStringLiteral("\"}");
    }
    return QStringLiteral("%1 %2").arg(column).arg(row + 1);
}

ExploreContent::Table
makeTable(const QList<ColumnDef>& columnDefs, const std::function<QString(const QString&)>& typeName, int rows)
{
    ExploreContent::Table table;
    for (const ColumnDef& def : columnDefs) {
        const QString generic = QString::fromLatin1(def.type);
        QJsonObject column{{QStringLiteral("name"), QString::fromLatin1(def.name)},
                           {QStringLiteral("type"), typeName(generic)},
                           {QStringLiteral("xdm"), xdmOf(generic)}};
        if (generic == QLatin1String("timestamp"))
            column.insert(QStringLiteral("meta:xdmType"), QStringLiteral("date-time"));
        table.columns.append(column);
    }
    for (int row = 0; row < rows; ++row) {
        QJsonObject values;
        for (const ColumnDef& def : columnDefs)
            values.insert(QString::fromLatin1(def.name),
                          valueOf(QString::fromLatin1(def.name), QString::fromLatin1(def.type), row));
        table.rows << values;
    }
    return table;
}

// A delimited file has no types: every column is a string, every value its text.
ExploreContent::Table asDelimited(const ExploreContent::Table& typed)
{
    ExploreContent::Table text;
    for (const QJsonValue value : typed.columns) {
        QJsonObject column = value.toObject();
        column.insert(QStringLiteral("type"), QStringLiteral("string"));
        column.insert(QStringLiteral("xdm"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
        column.remove(QStringLiteral("meta:xdmType"));
        text.columns.append(column);
    }
    for (const QJsonObject& row : typed.rows) {
        QJsonObject values;
        for (auto it = row.begin(); it != row.end(); ++it) {
            const QJsonValue& v = it.value();
            values.insert(it.key(),
                          v.isNull()         ? QJsonValue(QString())
                              : v.isBool()   ? QJsonValue(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                              : v.isDouble() ? QJsonValue(QString::number(v.toDouble(), 'g', 15))
                                             : v);
        }
        text.rows << values;
    }
    return text;
}

QJsonObject item(const QString& type, const QString& name, const QString& path, bool canPreview, bool canFetchSchema)
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("name"), name},
            {QStringLiteral("path"), path},
            {QStringLiteral("canPreview"), canPreview},
            {QStringLiteral("canFetchSchema"), canFetchSchema}};
}

QJsonObject tableItem(const QString& path, bool canPreview = true, bool canFetchSchema = true)
{
    return item(QStringLiteral("table"), path, path, canPreview, canFetchSchema);
}

QJsonObject folderItem(const QString& name, const QString& path)
{
    return item(QStringLiteral("folder"), name, path, false, false);
}

QJsonObject fileItem(const QString& folder, const QString& name, bool readable = true)
{
    return item(QStringLiteral("file"), name, folder + name, readable, readable);
}

} // namespace

ExploreContent::ExploreContent(Family family,
                               const QString& connectionSpecId,
                               const QJsonObject& params,
                               int rootTables)
    : m_family(family)
    , m_specId(connectionSpecId)
    , m_params(params)
    , m_rootTables(std::max(rootTables, 4))
{
}

ExploreContent::Family ExploreContent::familyOf(const QString& connectionSpecId, const QString& category)
{
    if (connectionSpecId == kDatabricksSpec)
        return Family::Databricks;
    if (category.compare(QLatin1String("Cloud storage"), Qt::CaseInsensitive) == 0)
        return Family::CloudStorage;
    return Family::Database;
}

QString ExploreContent::database() const
{
    return m_params.value(QLatin1String("database")).toString(QStringLiteral("public"));
}

QString ExploreContent::typeName(const QString& generic) const
{
    if (m_specId == kDataExplorerSpec) {
        // Kusto's scalar types.
        if (generic == QLatin1String("integer"))
            return QStringLiteral("int");
        if (generic == QLatin1String("bigint"))
            return QStringLiteral("long");
        if (generic == QLatin1String("double"))
            return QStringLiteral("real");
        if (generic == QLatin1String("boolean"))
            return QStringLiteral("bool");
        if (generic == QLatin1String("date") || generic == QLatin1String("timestamp"))
            return QStringLiteral("datetime");
        if (generic == QLatin1String("struct") || generic == QLatin1String("array"))
            return QStringLiteral("dynamic");
        if (generic == QLatin1String("binary"))
            return QStringLiteral("string");
        return generic;
    }
    // Spark SQL's names (HDInsights, Databricks), which most database sources share.
    if (generic == QLatin1String("integer"))
        return QStringLiteral("int");
    if (generic == QLatin1String("decimal"))
        return QStringLiteral("decimal(12,2)");
    if (generic == QLatin1String("struct"))
        return QStringLiteral("struct<street:string,city:string,postal_code:string>");
    if (generic == QLatin1String("array"))
        return QStringLiteral("array<string>");
    return generic;
}

QJsonArray ExploreContent::level(const QString& folder, Refusal* refusal) const
{
    *refusal = Refusal::None;
    QJsonArray items;
    if (m_family == Family::CloudStorage) {
        QString path = folder;
        if (!path.isEmpty() && !path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        if (path.isEmpty() || path == QLatin1String("/")) {
            items = {folderItem(QStringLiteral("acme-customers"), QStringLiteral("/acme-customers/")),
                     folderItem(QStringLiteral("events"), QStringLiteral("/events/")),
                     folderItem(QStringLiteral("empty"), QStringLiteral("/empty/")),
                     folderItem(QStringLiteral("restricted"), QStringLiteral("/restricted/")),
                     fileItem(QStringLiteral("/"), QStringLiteral("contract.pdf"), false)};
        } else if (path == QLatin1String("/acme-customers/")) {
            items = {folderItem(QStringLiteral("archive"), QStringLiteral("/acme-customers/archive/")),
                     fileItem(path, QStringLiteral("customers.csv")),
                     fileItem(path, QStringLiteral("customers-eu.csv")),
                     fileItem(path, QStringLiteral("customers-2024.csv.gz"))};
        } else if (path == QLatin1String("/acme-customers/archive/")) {
            items = {fileItem(path, QStringLiteral("customers-2019.tsv"))};
        } else if (path == QLatin1String("/events/")) {
            items = {fileItem(path, QStringLiteral("events-2024-06.json")),
                     fileItem(path, QStringLiteral("orders.parquet"))};
        } else if (path == QLatin1String("/empty/")) {
            items = {};
        } else if (path == QLatin1String("/restricted/")) {
            *refusal = Refusal::Forbidden;
        } else {
            *refusal = Refusal::NotFound;
        }
        return items;
    }
    const QString db = database();
    if (folder.isEmpty()) {
        for (const char* table : {"customers", "orders", "order_items", "products"})
            items.append(tableItem(db + QLatin1Char('.') + QString::fromLatin1(table)));
        for (int i = 5; i <= m_rootTables; ++i)
            items.append(tableItem(db + QStringLiteral(".table_%1").arg(i, 5, 10, QLatin1Char('0'))));
        items.append(folderItem(QStringLiteral("analytics"), QStringLiteral("analytics")));
    } else if (folder == QLatin1String("analytics")) {
        items = {tableItem(QStringLiteral("analytics.all_types")),
                 tableItem(QStringLiteral("analytics.wide_events")),
                 tableItem(QStringLiteral("analytics.audit_log"), false, true),
                 tableItem(QStringLiteral("analytics.vault"), false, false),
                 tableItem(QStringLiteral("analytics.payroll"))};
    } else {
        *refusal = Refusal::NotFound;
    }
    return items;
}

std::optional<ExploreContent::Table> ExploreContent::table(const QString& path, Refusal* refusal) const
{
    *refusal = Refusal::None;
    if (m_family == Family::CloudStorage) {
        *refusal = Refusal::NotFound;
        return std::nullopt;
    }
    const auto names = [this](const QString& generic) { return typeName(generic); };
    const QString db = database() + QLatin1Char('.');
    if (path == db + QLatin1String("customers"))
        return makeTable(defs(kCustomers), names, kTableRows);
    if (path == db + QLatin1String("orders"))
        return makeTable(defs(kOrders), names, kTableRows);
    if (path == db + QLatin1String("order_items"))
        return makeTable(defs(kOrderItems), names, kTableRows);
    if (path == db + QLatin1String("products"))
        return makeTable(defs(kProducts), names, kTableRows);
    if (path.startsWith(db + QLatin1String("table_")))
        return makeTable(defs(kOrderItems), names, 20);
    if (path == QLatin1String("analytics.all_types") || path == QLatin1String("analytics.audit_log"))
        return makeTable(defs(kAllTypes), names, kTableRows);
    if (path == QLatin1String("analytics.payroll")) {
        *refusal = Refusal::Forbidden;
        return std::nullopt;
    }
    if (path == QLatin1String("analytics.wide_events")) {
        static const char* const kCycle[] = {"string", "integer", "decimal", "boolean", "date", "timestamp"};
        QList<QByteArray> names8; // keeps the names' bytes alive for the ColumnDefs
        names8.reserve(kWideColumns);
        QList<ColumnDef> columns{{"event_id", "bigint"}, {"payload", "string"}};
        for (int i = 1; i <= kWideColumns - 2; ++i) {
            names8 << QStringLiteral("attribute_%1").arg(i, 3, 10, QLatin1Char('0')).toLatin1();
            columns.append(ColumnDef{names8.last().constData(), pick(kCycle, i)});
        }
        return makeTable(columns, names, 40);
    }
    *refusal = Refusal::NotFound;
    return std::nullopt;
}

std::optional<ExploreContent::File> ExploreContent::file(const QString& path, Refusal* refusal) const
{
    *refusal = Refusal::None;
    if (m_family != Family::CloudStorage) {
        *refusal = Refusal::NotFound;
        return std::nullopt;
    }
    const auto names = [this](const QString& generic) { return typeName(generic); };
    File file;
    if (path.startsWith(QLatin1String("/acme-customers/"))) {
        file.fileType = QStringLiteral("delimited");
        file.content = asDelimited(makeTable(defs(kCustomers), names, kTableRows));
        if (path == QLatin1String("/acme-customers/customers.csv")) {
            file.delimiter = QStringLiteral(",");
        } else if (path == QLatin1String("/acme-customers/customers-eu.csv")) {
            file.delimiter = QStringLiteral(";");
        } else if (path == QLatin1String("/acme-customers/customers-2024.csv.gz")) {
            file.delimiter = QStringLiteral(",");
            file.compression = QStringLiteral("gzip");
        } else if (path == QLatin1String("/acme-customers/archive/customers-2019.tsv")) {
            file.delimiter = QStringLiteral("\t");
        } else {
            *refusal = Refusal::NotFound;
            return std::nullopt;
        }
        return file;
    }
    if (path == QLatin1String("/events/events-2024-06.json")) {
        file.fileType = QStringLiteral("json");
        file.content = makeTable(defs(kEvents), names, kTableRows);
        return file;
    }
    if (path == QLatin1String("/events/orders.parquet")) {
        file.fileType = QStringLiteral("parquet");
        file.content = makeTable(defs(kOrders), names, kTableRows);
        return file;
    }
    if (path == QLatin1String("/contract.pdf"))
        return std::nullopt; // exists, but cannot be read: the service says so
    *refusal = Refusal::NotFound;
    return std::nullopt;
}

} // namespace Inlet::Sim
