#pragma once
// Installs the UI language: the saved or requested one, else the system's. English is the
// source language; its catalogue only carries plural forms.

#include <QLocale>
#include <QString>

namespace tripdesk {

// Installs TripDesk's and Qt's own catalogues for `language` ("hi", "en", or empty for the
// system locale) on the running QCoreApplication. Returns the locale in effect.
QLocale installTranslations(const QString &language);

// The languages the UI ships in, as codes: "en", "hi".
QStringList availableLanguages();

} // namespace tripdesk
