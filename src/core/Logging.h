#pragma once

#include <QLoggingCategory>

// One category per area, so users can switch on exactly what they need:
// QT_LOGGING_RULES="inlet.platform.http.debug=true". No category ever prints a secret.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcForms)
Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcDatabricks)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
