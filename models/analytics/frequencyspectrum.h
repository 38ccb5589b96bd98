#pragma once

#include "domain/workspace.h"

#include <QCoreApplication>

namespace Parcours {

class ObservedFrequency;

// What the frequency spectrum chart draws, computed without widgets: each use case with a
// frequency placed on a logarithmic uses-per-month axis, grouped in series (current and
// planned, per persona), the horizontal bands that label the vertical axis, and an axis
// range that covers every point and the usual landmarks (every few years … several a day).
class FrequencySpectrum
{
    Q_DECLARE_TR_FUNCTIONS(FrequencySpectrum)

public:
    struct Point
    {
        double usesPerMonth = 0;
        double y = 0;
        Id persona = 0;
        Id useCase = 0;
        QString label; // the use case, or its problem when it has no name yet
        QString frequency; // "every 5.5 years"
        bool planned = false;
        bool forgotten = false;
        // All personas of a large workspace: the use cases of one persona and status at this
        // same frequency, drawn as one point (useCase and label are the first one's).
        int useCases = 1;
        // An observed point (issue 22): the median of uses per month over the persona's active
        // users, with the 25th and 75th percentiles as its spread.
        double spreadFrom = 0;
        double spreadTo = 0;
    };

    struct Series
    {
        QString name; // "Current", "Planned", or "Home buyer" / "Home buyer (planned)"
        Id persona = 0;
        bool planned = false;
        QString color; // the persona's colour
        std::vector<Point> points;
        bool observed = false; // the medians of imported usage events, not declared
    };

    // A horizontal band of the chart: one use case (one persona's chart) or one persona
    // (all personas), labelled on the vertical axis.
    struct Band
    {
        QString label;
        double from = 0;
        double to = 0;
        int row = 0; // one persona: the use case's 1-based row in the table; else 0
    };

    struct Tick
    {
        double usesPerMonth = 0;
        QString label; // "several a day", "daily", "weekly", "monthly", "yearly", …
    };

    // One persona: series "Current" and "Planned" (both always present), a band per use case
    // with a frequency, from the first row at the top.
    static FrequencySpectrum forPersona(const Persona &persona);
    // All personas: a "current" and a "planned" series per persona, a band per persona.
    // Past `separatePointsUpTo` use cases, those of a persona and status at the same frequency
    // share one point: a chart cannot show 20,000 points apart, and each costs memory.
    static FrequencySpectrum forWorkspace(const Workspace &workspace);
    static constexpr int separatePointsUpTo = 2000;
    // forPersona() with a series "Observed" added: each use case with a declared frequency
    // that `observed` measured, its median placed in the use case's band just below the
    // declared point (a median of 0, never, at the axis's rare end), with its quartile spread.
    static FrequencySpectrum forPersona(const Persona &persona, const ObservedFrequency &observed);
    // forWorkspace() with, per persona, a series "NAME (observed)": each declared point whose
    // use case `observed` measured, its median (with its quartile spread) in the persona's band
    // just below the declared point. Merged points (see above) take their first use case's.
    static FrequencySpectrum forWorkspace(const Workspace &workspace,
                                          const ObservedFrequency &observed);

    bool onePersona = false; // forPersona(): bands are use cases, numbered as table rows
    std::vector<Series> series;
    std::vector<Band> bands;
    int withoutFrequency = 0; // use cases not placed because they have no frequency yet
    double minUsesPerMonth = 1; // axis range, always covering every point and 1 (monthly)
    double maxUsesPerMonth = 1;
    double minY = 0;
    double maxY = 1;

    // The word labels of the axis that fall inside [minUsesPerMonth, maxUsesPerMonth].
    QList<Tick> ticks() const;
    const Point *find(Id useCase) const;
    int pointCount() const;
    // "Search listings — every 5.5 years (about once every 66 months; below monthly)".
    static QString describe(const Point &point);

private:
    void fitRange();
};

} // namespace Parcours
