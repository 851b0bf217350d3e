#pragma once

#include "platform/PlatformOperations.h"

#include <QObject>

namespace Inlet {

class PlatformSession;

// Tries a connection: Platform lists the source's top-level tables or folders with its credentials.
// The explore use cases of the ingestion half grow from here.
class TestConnection : public QObject
{
    Q_OBJECT

public:
    explicit TestConnection(PlatformSession& session, QObject* parent = nullptr);

    ExploreOperation* test(const QString& connectionId);

private:
    PlatformSession& m_session;
};

} // namespace Inlet
