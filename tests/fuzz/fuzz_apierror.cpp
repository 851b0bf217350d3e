// Error::fromHttpResponse on arbitrary error bodies (gateway, Flow Service, IMS envelopes, HTML,
// garbage). Input: 2 bytes of HTTP status, then the body. Whatever arrives, a person gets a sentence.
#include "FuzzSupport.h"

#include "core/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body = InletFuzz::bytes(data + 2, size - 2);
    const Inlet::Error error = Inlet::Error::fromHttpResponse(status, body, body.left(40));
    InletFuzz::require(error.isError() && error.httpStatus() == status, "status lost");
    InletFuzz::require(!error.actionableMessage().trimmed().isEmpty(), "no actionable message");
    InletFuzz::require(!error.details().isEmpty(), "no details");
    (void)error.isTransient();
    (void)error.isAmbiguous();
    return 0;
}
