#pragma once

#include <QString>

namespace Inlet::Bench {

class BenchTable;

// A create-connection round trip against inlet-platform-sim: FlowServiceClient::createConnection
// (token cached: signed in first) against curl sending the same request with the same headers to the
// same simulator. curl runs as one process per batch with keep-alive, and its own per-transfer
// time_total is the peer figure, the first transfer of each batch (the TCP connect) dropped, so
// neither side pays for a process start or a connect. Batches alternate between the two.
class NetworkBench
{
public:
    NetworkBench(QString curlProgram, int rounds, int perRound);
    void run(BenchTable& table);

private:
    QString m_curl;
    int m_rounds;
    int m_perRound;
};

} // namespace Inlet::Bench
