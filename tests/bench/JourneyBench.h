#pragma once

#include <QString>

#include <optional>

namespace Inlet::Bench {

class BenchTable;

// The journey from sign-in to a created dataflow at internet latency: the simulator behind `--latency`
// (half the round trip each way), `--tls` (its throw-away CA trusted explicitly) and `--http2` (offered
// in the TLS handshake, as Adobe's edge does; Qt and curl take it). Each button press
// is the use case its page calls (Setup), each repetition on a fresh network manager: Next on Account
// (sign in), Next on Source (the existing connections), Create (the POST), Test (the explore root);
// then the dataflow: a table chosen (its columns and preview), Next on Select data (datasets and
// schemas), a dataset chosen (its schema), Next on Mapping (Data Prep's check) and Create on the
// dataflow's Review. What the pages do ahead while the user reads or types (preconnect on the account
// page, the flow spec once the object is chosen) happens a second before the press it serves. Per
// press: the wait and the round trips it took (wait ÷ round trip), against what the API needs for it.
// The peer is one curl process doing what the seed documents do over one keep-alive TLS connection:
// token, create, explore for the connection; then the table's columns and the four creates of the
// dataflow. The budget is Inlet's summed wait ≤ curl's, for both.
class JourneyBench
{
public:
    JourneyBench(QString curlProgram, int repetitions);
    void run(BenchTable& table) const;

private:
    // One run of the curl script in `configFile`: its summed time_total, or nothing (and an error row)
    // when a transfer failed or their number is not `transfers`.
    std::optional<double> runCurl(const QString& configFile, int transfers, BenchTable& table) const;

    QString m_curl;
    int m_repetitions;
};

} // namespace Inlet::Bench
