#include "posters/posterviewchoice.h"

#include "posters/journeypostercontent.h"

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

const Journey *journeyOf(PosterContent &content)
{
    auto *journey = dynamic_cast<JourneyPosterContent *>(&content);
    return journey ? journey->journeyLayout().journey() : nullptr;
}

} // namespace

PosterViewChoice::PosterViewChoice(PosterContent &content)
    : mContent(content)
{
    setObjectName(u"posterView"_s);
    auto &journey = dynamic_cast<JourneyPosterContent &>(content);
    addItem(tr("All lanes"), Id(0));
    for (const AudienceView &view : journey.journeyLayout().journey()->views)
        addItem(view.name, view.id);
    const int shown = findData(journey.journeyLayout().viewFilter().viewId());
    setCurrentIndex(shown < 0 ? 0 : shown);
}

PosterViewChoice *PosterViewChoice::create(PosterContent &content)
{
    const Journey *journey = journeyOf(content);
    return journey && !journey->views.empty() ? new PosterViewChoice(content) : nullptr;
}

void PosterViewChoice::apply() const
{
    auto &journey = dynamic_cast<JourneyPosterContent &>(mContent);
    const Journey *j = journey.journeyLayout().journey();
    const int index = j ? indexOfId(j->views, currentData().toLongLong()) : -1;
    journey.setViewFilter(index < 0 ? ViewFilter() : ViewFilter::of(j->views[size_t(index)]));
}

} // namespace Parcours
