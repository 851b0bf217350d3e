#pragma once

#include "catalog/AuthSpec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Inlet {

// A source as Flow Service describes it in `GET /connectionSpecs` (ConnectionSpecItemDTO).
// Display data comes from `attributes` the way live responses carry it:
//   displayName      attributes.connectorName, else attributes.displayName, else `name`
//   category         attributes.category
//   documentationUrl attributes.documentationLink, else sourceSpec.attributes.uiAttributes.documentationLink
//   description      attributes.description (Inlet-only text in the bundled catalog)
//   beta             attributes.isBeta (Inlet-only: the documentation marks the source beta)
struct ConnectionSpec
{
    QString id;
    QString name; // often a slug such as "amazon-redshift"
    QString displayName;
    QString category;
    QString version;
    QString description;
    QUrl documentationUrl;
    bool isSource = true; // attributes.isSource; false for destinations in a live listing
    bool beta = false;
    QList<AuthSpec> authSpecs; // never empty for a parsed spec
    // The item's own JSON text (compact, written from the one parse), so the on-disk cache stores the item
    // as received, property order included.
    QByteArray sourceJson;

    const AuthSpec* authSpec(const QString& authSpecName) const;
    QStringList authSpecNames() const;
    // A freedesktop icon-theme name for the category ("network-server-database", "folder-remote", …);
    // widgets resolve it with QIcon::fromTheme.
    QString iconName() const;
    static QString iconNameForCategory(const QString& category);
    // The category as a file-name-like key ("Cloud storage" → "cloud-storage"), for its icon.
    QString categoryKey() const { return categoryKeyOf(category); }
    static QString categoryKeyOf(const QString& category);
};

} // namespace Inlet
