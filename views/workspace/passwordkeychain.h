#pragma once

#include "store/workspacelocation.h"

namespace Parcours::PasswordKeychain {

// Passwords of shared-workspace servers in the system keychain (QtKeychain: Secret Service,
// KWallet, macOS Keychain, Windows Credential Manager), never in the settings file. One
// password per server account (WorkspaceLocation::keychainKey()).

// False when Parcours was built without QtKeychain.
bool isAvailable();
// Keeps location.password in the keychain, and in memory for the rest of this session in any
// case. False when the keychain refused (e.g. no keychain service runs), with `error` saying
// why; the password is then still found for this session.
bool store(const WorkspaceLocation &location, QString *error = nullptr);
// The password kept for this account (this session's, else the keychain's), or empty.
QString find(const WorkspaceLocation &location);

} // namespace Parcours::PasswordKeychain
