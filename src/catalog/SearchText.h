#pragma once

#include <QString>

namespace Inlet {

struct ConnectionSpec;

// How the source picker matches what people type: case-folded, decomposed (NFKD, so also ligatures and
// full-width forms) text without combining marks, so "donnees" finds "données" and "strasse" "Straße".
namespace SearchText {

QString fold(const QString& text);
// A spec's display name, name, category and description, folded, one per line.
QString forSpec(const ConnectionSpec& spec);

} // namespace SearchText

} // namespace Inlet
