#pragma once

#include "posters/postercontent.h"

#include <QCoreApplication>

namespace Parcours {

class JourneyLayout;

// A journey poster's "Curves" legend (issue 18): every persona curve of its emotion lanes with
// its colour and marker shape, then the journey it is compared with (dashed). Empty when the
// journey has neither.
struct CurvesLegend
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::CurvesLegend)

public:
    static PosterLegendSection of(const JourneyLayout &layout);
};

} // namespace Parcours
