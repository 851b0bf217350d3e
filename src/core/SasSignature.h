#pragma once

#include <QString>

namespace Inlet::SasSignature {

// The one rule that hides an Azure SAS signature, shared by the request log (platform/Redactor) and
// the Spark config line (databricks/SparkConfigLine): replaces the value of every `sig=` parameter,
// also percent-encoded as `sig%3D`, in `text` by `replacement`; everything else stays as it was.
QString hide(const QString& text, const QString& replacement);

} // namespace Inlet::SasSignature
