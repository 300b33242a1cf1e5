#include "translations/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

bool install(const QLocale &locale)
{
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // A language without a catalogue of its own shows the English source texts, which still
    // need the English plural forms ("1 image", not "1 image(s)").
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool found =
        own->load(locale, QStringLiteral("hss-image-desk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found
        || own->load(QLocale(QLocale::English), QStringLiteral("hss-image-desk"), QStringLiteral("_"),
                     QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return found;
}

} // namespace Translations
