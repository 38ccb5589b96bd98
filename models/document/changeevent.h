#pragma once

#include "document/entityref.h"

#include <QMetaType>

namespace Parcours {

// What changed in a workspace, so that views update only the affected items.
struct ChangeEvent
{
    enum Type {
        FieldChanged, // entity's `field` changed
        Inserted, // entity inserted at `index` among its siblings
        Removed, // entity removed from `index`
        Moved, // entity moved from `index` to `toIndex` (final position)
        Reset, // everything may have changed (e.g. reloaded)
    };

    Type type = Reset;
    EntityRef entity;
    int field = -1;
    int index = -1;
    int toIndex = -1;
};

} // namespace Parcours

Q_DECLARE_METATYPE(Parcours::ChangeEvent)
