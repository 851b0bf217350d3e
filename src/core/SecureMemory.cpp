#include "SecureMemory.h"

namespace Inlet {

namespace {
// Through a volatile pointer, so the compiler cannot drop stores to memory about to be freed.
void zero(void* data, qsizetype bytes)
{
    volatile auto* p = static_cast<volatile unsigned char*>(data);
    for (qsizetype i = 0; i < bytes; ++i)
        p[i] = 0;
}
} // namespace

void wipe(QString& text)
{
    // data() would detach (copy) a shared buffer; isDetached() says whether it is ours alone.
    if (text.isDetached() && text.capacity() > 0)
        zero(text.data(), text.capacity() * qsizetype(sizeof(QChar)));
    text = QString();
}

void wipe(QByteArray& bytes)
{
    if (bytes.isDetached() && bytes.capacity() > 0)
        zero(bytes.data(), bytes.capacity());
    bytes = QByteArray();
}

} // namespace Inlet
