#pragma once

#include "DataflowPlan.h"
#include "core/Error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Inlet {

class Settings;

// A dataflow setup the user saved to pick up later: the plan (every choice, no secret: a plan holds
// none) and what of it exists on Platform, for one profile.
struct SavedDataflow
{
    QString profile;
    QDateTime savedAt;
    DataflowPlan plan;
    DataflowProgress progress;
};

// Keeps one unfinished dataflow in the settings, as a JSON document: Platform's draft mode is not in
// the OpenAPI of Flow Service (only publishing a draft is), so the record is local. A document that
// cannot be read is dropped, never half-used.
class UnfinishedDataflows
{
public:
    explicit UnfinishedDataflows(Settings& settings);

    [[nodiscard]] Error keep(const SavedDataflow& saved);
    std::optional<SavedDataflow> restore() const;
    [[nodiscard]] Error discard();

    static QByteArray toJson(const SavedDataflow& saved);
    static std::optional<SavedDataflow> fromJson(const QByteArray& json);

private:
    Settings& m_settings;
};

} // namespace Inlet
