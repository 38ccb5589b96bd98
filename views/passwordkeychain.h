#pragma once

#include "workspacelocation.h"

namespace Parcours::PasswordKeychain {

// Passwords of shared-workspace servers in the system keychain (QtKeychain: Secret Service,
// KWallet, macOS Keychain, Windows Credential Manager), never in the settings file. One
// password per server account (WorkspaceLocation::keychainKey()).

// False when Parcours was built without QtKeychain.
bool isAvailable();
// Keeps location.password; false when the keychain refused (e.g. no keychain service runs).
bool store(const WorkspaceLocation &location);
// The password kept for this account, or empty.
QString find(const WorkspaceLocation &location);

} // namespace Parcours::PasswordKeychain
