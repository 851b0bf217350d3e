#include "Logging.h"

Q_LOGGING_CATEGORY(lcApp, "inlet.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "inlet.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcForms, "inlet.forms", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlatform, "inlet.platform", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "inlet.platform.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "inlet.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "inlet.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDatabricks, "inlet.databricks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "inlet.ui", QtInfoMsg)
