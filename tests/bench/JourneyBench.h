#pragma once

#include <QString>

namespace Inlet::Bench {

class BenchTable;

// The journey from sign-in to a tested Spark connection at internet latency: the simulator behind
// `--latency` (half the round trip each way) and `--tls` (its throw-away CA trusted explicitly). Each
// button press is the use case its page calls (Setup): Next on Account (sign in), Next on Source (the
// existing connections), Create (the POST) and Test (the explore root), each on a fresh network
// manager per repetition; what the account page does while the user types (preconnect) happens a
// second before the first press. Per press: the wait
// and the round trips it took (wait ÷ round trip), against the API's minimum of one. The peer is one
// curl process doing what the seed documents do (token, create, explore) over one keep-alive TLS
// connection; the budget is Inlet's summed wait ≤ curl's.
class JourneyBench
{
public:
    JourneyBench(QString curlProgram, int repetitions);
    void run(BenchTable& table) const;

private:
    QString m_curl;
    int m_repetitions;
};

} // namespace Inlet::Bench
