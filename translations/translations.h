#pragma once

#include <QLocale>

// Loads the embedded translation for the user's language (and Qt's own, for standard
// dialogs) into the running application; false when the language has none and the English
// texts (with their plural forms) are shown.
namespace Translations {

bool install(const QLocale &locale = QLocale());

} // namespace Translations
