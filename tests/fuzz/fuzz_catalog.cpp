// CatalogParser::parse on arbitrary bytes: a `GET /connectionSpecs` page, the bundled catalog or the
// on-disk cache. Every spec it accepts must have an id and at least one auth spec, and every auth
// spec must become a form.
#include "FuzzSupport.h"

#include "catalog/CatalogParser.h"
#include "forms/FormModel.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Inlet::CatalogPage page = Inlet::CatalogParser::parse(InletFuzz::bytes(data, size));
    InletFuzz::require(page.documentValid || page.specs.isEmpty(), "specs from an invalid document");
    for (const Inlet::ConnectionSpec& spec : page.specs) {
        InletFuzz::require(!spec.id.isEmpty(), "accepted spec without id");
        InletFuzz::require(!spec.authSpecs.isEmpty(), "accepted spec without auth specs");
        (void)spec.iconName();
        for (const Inlet::AuthSpec& auth : spec.authSpecs) {
            const Inlet::FormModel form(auth);
            (void)form.validate(form.defaultValues());
        }
    }
    (void)page.hasNextPage();
    return 0;
}
