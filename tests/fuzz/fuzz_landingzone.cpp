// The landing-zone credentials response, and the Databricks Spark config line built from it.
// A line that create() accepts must be one line, and its redacted form must not carry the signature.
#include "FuzzSupport.h"

#include "databricks/SparkConfigLine.h"
#include "platform/FlowServiceJson.h"

#include <QDate>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Inlet::Error error;
    const Inlet::LandingZoneCredentials credentials =
        Inlet::FlowServiceJson::parseLandingZone(InletFuzz::bytes(data, size), &error);
    if (error) {
        InletFuzz::require(!error.actionableMessage().isEmpty(), "bad response without message");
        return 0;
    }
    const Inlet::SparkConfigLine line = Inlet::SparkConfigLine::create(
        credentials.containerName, credentials.storageAccountName, credentials.sasToken, credentials.expiryDate);
    if (!line.isValid()) {
        InletFuzz::require(!line.error().isEmpty(), "invalid line without error");
        return 0;
    }
    const QString text = line.text();
    InletFuzz::require(!text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')),
                       "line break in the line");
    InletFuzz::require(!line.redactedText().isEmpty() && !line.key().isEmpty(), "empty key or redacted line");
    (void)line.expiry(QDate(2025, 1, 1));
    (void)line.daysLeft(QDate(2025, 1, 1));
    return 0;
}
