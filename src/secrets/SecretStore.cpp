#include "SecretStore.h"

namespace Inlet {

void SecretJob::finish(const SecretResult& result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}

} // namespace Inlet
