// CatalogParser::parse on arbitrary bytes: a `GET /connectionSpecs` page, the bundled catalog or the
// on-disk cache, parsed once as the platform layer does (which also reads the paging links from it).
// Every spec it accepts must have an id and at least one auth spec, its cache text must read back
// as the same spec, and every auth spec must become a form.
#include "FuzzSupport.h"

#include "catalog/CatalogParser.h"
#include "forms/FormModel.h"
#include "platform/Paging.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Inlet::JsonDocument document = Inlet::JsonText::parse(InletFuzz::bytes(data, size));
    (void)Inlet::Paging::continuationToken(document.root);
    (void)Inlet::Paging::nextHref(document.root);
    const Inlet::CatalogPage page = Inlet::CatalogParser::parse(document);
    InletFuzz::require(page.documentValid || page.specs.isEmpty(), "specs from an invalid document");
    for (const Inlet::ConnectionSpec& spec : page.specs) {
        InletFuzz::require(!spec.id.isEmpty(), "accepted spec without id");
        InletFuzz::require(!spec.authSpecs.isEmpty(), "accepted spec without auth specs");
        const Inlet::CatalogPage cached = Inlet::CatalogParser::parse(spec.sourceJson);
        InletFuzz::require(cached.specs.size() == 1 && cached.specs.first().id == spec.id
                               && cached.specs.first().authSpecNames() == spec.authSpecNames(),
                           "the cache text of a spec does not read back as the same spec");
        (void)spec.iconName();
        for (const Inlet::AuthSpec& auth : spec.authSpecs) {
            const Inlet::FormModel form(auth);
            (void)form.validate(form.defaultValues());
        }
    }
    return 0;
}
