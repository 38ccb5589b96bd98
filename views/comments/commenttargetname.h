#pragma once

#include "domain/comment.h"

#include <QString>

namespace Parcours {

struct Workspace;

// How the Comments panel and printed lists name a thread's item: "Journey › Stage › Lane" for
// a cell, "Persona › use case" for a use case, an opportunity's title. Empty when the item is
// gone (the thread is hidden then).
QString commentTargetName(const Workspace &workspace, const CommentTarget &target);

// The comment author's name: Preferences' "comments/author" when set, else the login name.
QString commentAuthorName();

} // namespace Parcours
