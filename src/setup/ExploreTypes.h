#pragma once

#include "platform/PlatformTypes.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Inlet {

// The object the user chose on the Select data page, as the dataflow steps need it: what to read
// (path, type, the file format) and what its columns are. A plain value; SetupJourney carries it.
struct ChosenObject
{
    QString connectionId;
    QString name;
    QString path;
    QString type; // "table" or "file"
    std::optional<FileFormat> format; // files only
    QList<ExploreColumn> columns;
    // The first preview rows (display text, in column order), for the mapping's preview.
    QList<QStringList> previewRows;

    bool isValid() const { return !connectionId.isEmpty() && !path.isEmpty(); }
};

// A table or file as the explore use case describes it: the schema and preview rows Platform
// answered, the format they were read with (files), and whether Platform can preview it at all.
struct ObjectDescription
{
    ExploreItem item;
    ExploredObject explored;
    std::optional<FileFormat> format; // files: as chosen, or as Platform detected it
    bool previewUnavailable = false; // canPreview false: schema only (or nothing when canFetchSchema is false too)
};

// Why a level or an object could not be explored, in the terms the Select data page explains.
enum class ExploreProblem {
    None,
    ClusterNotRunning, // Databricks: the cluster is terminated, stopped or still starting
    PermissionDenied, // Platform or the source's account may not read the object
    Timeout, // no answer in time
    NotFound, // the object went away
    Cancelled, // the user moved on
    Other,
};

struct ExploreFailure
{
    ExploreProblem problem = ExploreProblem::None;
    QString message; // translated: what happened and what to do
    QString details; // status, code, request id, Platform's own text
};

} // namespace Inlet

Q_DECLARE_METATYPE(Inlet::ChosenObject)
