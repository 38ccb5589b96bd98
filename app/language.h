#pragma once

#include <QString>

namespace Parcours::Language {

// The interface language for the windows: the Preferences choice, else the system's.
QString forGui();
// The language for command-line modes: the environment's (LANGUAGE, LC_ALL, LANG) only, so
// that scripts get the same text whatever was chosen in Preferences.
QString forCommandLine();

// Installs Parcours's and Qt's translators for `code` ("en", "fr") and makes the default
// QLocale follow it (decimal comma in French), keeping the system's territory when it
// speaks that language. Returns false when a translation could not be loaded.
bool install(const QString &code);

// The language install() set up last ("en" before any call).
QString current();

} // namespace Parcours::Language
