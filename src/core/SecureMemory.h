#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace Inlet {

// Overwrites a secret's characters with zeros, then empties it. Only a buffer the value holds alone is
// overwritten: a shared one still belongs to its other holders (the network stack while a request
// is on its way, a widget), and is wiped by whichever of them wipes it last. Freed heap blocks are
// scrubbed as well in Inlet's process (ProcessHardening::scrubFreedMemory()); this covers the
// buffers that stay allocated, and platforms without that.
void wipe(QString& text);
void wipe(QByteArray& bytes);

// A secret in UTF-8 (a request body, a header value) that is wiped when it goes out of scope.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    ~SecureBytes() { wipe(m_bytes); }
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace Inlet
