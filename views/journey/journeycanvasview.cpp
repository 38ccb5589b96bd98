// The canvas through an audience view (issue 23): its lanes and stages only. The view's zoom
// is the chooser's to apply (AudienceViewChooser), like any zoom.
#include "journey/journeycanvas.h"

namespace Parcours {

void JourneyCanvas::setViewFilter(const ViewFilter &view)
{
    if (view == mViewFilter)
        return;
    mViewFilter = view;
    if (!mLayout)
        return;
    cancelEdit();
    // Rebuilt rather than synced: rows come and go, and every item follows the new layout.
    rebuild();
}

} // namespace Parcours
