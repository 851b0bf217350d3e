#include "Translations.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Inlet {

void installTranslations(QCoreApplication& app, const QString& language)
{
    // QLocale() is the system locale: LC_ALL, LC_MESSAGES or LANG, and LANGUAGE's list for uiLanguages().
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    // English plural forms first, so they answer for any string the language's own file lacks
    // (translators installed later are asked first).
    auto* plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral("inlet_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(plurals);
    else
        qCWarning(lcApp) << "English plural forms missing from the resources";

    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("inlet"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        qCDebug(lcApp) << "no Inlet translation for" << locale.uiLanguages();

    // Qt's own strings: the wizard's buttons, standard dialogs, --help, network error texts.
    auto* qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        qCDebug(lcApp) << "no Qt translation for" << locale.uiLanguages();
}

} // namespace Inlet
