#pragma once

namespace Inlet::Bench {

class BenchTable;

// Building the credential form of the bundled catalog's largest auth spec: FormModel alone, then the
// CredentialForm widget (as the Credentials page does on entry) with its layout done, then painted.
class FormBench
{
public:
    explicit FormBench(int runs);
    void run(BenchTable& table) const;

private:
    int m_runs;
};

} // namespace Inlet::Bench
