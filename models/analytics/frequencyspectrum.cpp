#include "analytics/frequencyspectrum.h"

#include "analytics/forgottenzone.h"
#include "analytics/observedfrequency.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr double daysPerMonth = 30.436875;
// The axis always spans at least "every few years" … "several a day".
// Far enough from their neighbours (yearly, daily) for the labels not to collide.
constexpr double everyFewYears = 1.0 / 60.0; // every 5 years
constexpr double severalADay = 5 * daysPerMonth;
constexpr double margin = 2.2; // room around the outermost points and their labels

FrequencySpectrum::Point pointOf(const Persona &persona, const UseCase &u, double y)
{
    FrequencySpectrum::Point point;
    point.usesPerMonth = u.frequency.usesPerMonth();
    point.y = y;
    point.persona = persona.id;
    point.useCase = u.id;
    point.label = !u.useCase.trimmed().isEmpty() ? u.useCase
        : !u.problem.trimmed().isEmpty()         ? u.problem
                                                 : FrequencySpectrum::tr("(unnamed use case)");
    point.frequency = u.frequency.toString(UsageFrequency::interfaceLanguage());
    point.planned = u.status == UseCaseStatus::Planned;
    point.forgotten = isForgotten(u);
    return point;
}

// The observed point of a declared one: the median of `o` at `y`, its quartiles as spread.
FrequencySpectrum::Point observedPoint(const FrequencySpectrum::Point &declared,
                                       const ObservedUseCase &o, double y)
{
    FrequencySpectrum::Point point = declared;
    // A log axis has no 0: "never" sits at the rare end of the landmarks.
    point.usesPerMonth = std::max(o.usesPerMonthMedian, everyFewYears);
    point.spreadFrom = std::max(o.usesPerMonthP25, everyFewYears);
    point.spreadTo = std::max(o.usesPerMonthP75, everyFewYears);
    point.y = y;
    point.planned = false;
    point.forgotten = o.forgottenZone;
    point.useCases = 1;
    point.frequency = FrequencySpectrum::tr("observed, middle half of users %1 to %2 a month")
                          .arg(QLocale().toString(o.usesPerMonthP25, 'f', 2),
                               QLocale().toString(o.usesPerMonthP75, 'f', 2));
    return point;
}

const UseCase *useCaseOf(const Persona &persona, Id id)
{
    for (const UseCase &u : persona.useCases) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

} // namespace

FrequencySpectrum FrequencySpectrum::forPersona(const Persona &persona)
{
    FrequencySpectrum s;
    s.onePersona = true;
    Series current {tr("Current"), persona.id, false, persona.color, {}};
    Series planned {tr("Planned"), persona.id, true, persona.color, {}};
    int placed = 0;
    for (const UseCase &u : persona.useCases)
        placed += u.frequency.isValid() ? 1 : 0;
    int row = 0;
    for (size_t i = 0; i < persona.useCases.size(); ++i) {
        const UseCase &u = persona.useCases[i];
        if (!u.frequency.isValid()) {
            ++s.withoutFrequency;
            continue;
        }
        const double top = placed - row; // first row at the top
        const Point point = pointOf(persona, u, top - 0.5);
        s.bands.push_back({point.label, top - 1, top, int(i) + 1});
        (point.planned ? planned : current).points.push_back(point);
        ++row;
    }
    s.series = {current, planned};
    s.minY = 0;
    s.maxY = std::max(1, placed);
    s.fitRange();
    return s;
}

FrequencySpectrum FrequencySpectrum::forPersona(const Persona &persona,
                                                const ObservedFrequency &observed)
{
    FrequencySpectrum s = forPersona(persona);
    Series measured {
        tr("Observed (median, bar: 25–75 %)"), persona.id, false, persona.color, {}, true};
    for (const Series &serie : s.series) {
        for (const Point &declared : serie.points) {
            const UseCase *u = useCaseOf(persona, declared.useCase);
            const ObservedUseCase o = u ? observed.useCase(persona, *u) : ObservedUseCase();
            if (o.observed)
                measured.points.push_back(observedPoint(declared, o, declared.y - 0.25));
        }
    }
    s.series.push_back(measured);
    s.fitRange();
    return s;
}

FrequencySpectrum FrequencySpectrum::forWorkspace(const Workspace &workspace)
{
    FrequencySpectrum s;
    int total = 0;
    for (const Persona &persona : workspace.personas) {
        total += int(std::count_if(persona.useCases.cbegin(), persona.useCases.cend(),
                                   [](const UseCase &u) { return u.frequency.isValid(); }));
    }
    const bool merge = total > separatePointsUpTo;
    const int count = int(workspace.personas.size());
    for (int i = 0; i < count; ++i) {
        const Persona &persona = workspace.personas[size_t(i)];
        const double top = count - i;
        s.bands.push_back({persona.name, top - 1, top, 0});
        Series current {persona.name, persona.id, false, persona.color, {}};
        Series planned {tr("%1 (planned)").arg(persona.name), persona.id, true, persona.color, {}};
        std::vector<Point> points;
        for (const UseCase &u : persona.useCases) {
            if (!u.frequency.isValid()) {
                ++s.withoutFrequency;
                continue;
            }
            Point point = pointOf(persona, u, 0);
            const auto same = std::find_if(points.begin(), points.end(), [&](const Point &p) {
                return p.planned == point.planned && p.usesPerMonth == point.usesPerMonth;
            });
            if (merge && same != points.end())
                ++same->useCases;
            else
                points.push_back(std::move(point));
        }
        // Spread a persona's points over its band so that equal frequencies stay apart.
        for (size_t k = 0; k < points.size(); ++k) {
            Point &point = points[k];
            point.y = top - (double(k) + 1.0) / (double(points.size()) + 1.0);
            (point.planned ? planned : current).points.push_back(std::move(point));
        }
        s.series.push_back(current);
        s.series.push_back(planned);
    }
    s.minY = 0;
    s.maxY = std::max(1, count);
    s.fitRange();
    return s;
}

FrequencySpectrum FrequencySpectrum::forWorkspace(const Workspace &workspace,
                                                  const ObservedFrequency &observed)
{
    FrequencySpectrum s = forWorkspace(workspace);
    std::vector<Series> withObserved;
    // forWorkspace() gives each persona a current then a planned series; its observed one
    // follows them.
    for (size_t i = 0; i + 1 < s.series.size(); i += 2) {
        const Series &current = s.series[i];
        const Series &planned = s.series[i + 1];
        withObserved.push_back(current);
        withObserved.push_back(planned);
        const Persona *persona = nullptr;
        for (const Persona &p : workspace.personas) {
            if (p.id == current.persona)
                persona = &p;
        }
        if (!persona)
            continue;
        Series measured {
            tr("%1 (observed)").arg(persona->name), persona->id, false, persona->color, {}, true};
        // Half the gap between two points of the band.
        const double below = 0.5 / double(current.points.size() + planned.points.size() + 1);
        for (const Series *declared : {&current, &planned}) {
            for (const Point &point : declared->points) {
                const UseCase *u = useCaseOf(*persona, point.useCase);
                const ObservedUseCase o = u ? observed.useCase(*persona, *u) : ObservedUseCase();
                if (o.observed)
                    measured.points.push_back(observedPoint(point, o, point.y - below));
            }
        }
        if (!measured.points.empty())
            withObserved.push_back(std::move(measured));
    }
    s.series = std::move(withObserved);
    s.fitRange();
    return s;
}

void FrequencySpectrum::fitRange()
{
    double lo = everyFewYears;
    double hi = severalADay;
    for (const Series &serie : series) {
        for (const Point &p : serie.points) {
            lo = std::min(lo, p.usesPerMonth);
            hi = std::max(hi, std::max(p.usesPerMonth, p.spreadTo));
        }
    }
    minUsesPerMonth = lo / margin;
    maxUsesPerMonth = hi * margin;
}

QList<FrequencySpectrum::Tick> FrequencySpectrum::ticks() const
{
    const QList<Tick> all = {
        {1.0 / 240.0, tr("every 20 years")}, {everyFewYears, tr("every few years")},
        {1.0 / 12.0, tr("yearly")},          {1.0, tr("monthly")},
        {daysPerMonth / 7.0, tr("weekly")},  {daysPerMonth, tr("daily")},
        {severalADay, tr("several a day")},  {24 * daysPerMonth, tr("hourly")},
    };
    QList<Tick> inside;
    for (const Tick &tick : all) {
        if (tick.usesPerMonth >= minUsesPerMonth && tick.usesPerMonth <= maxUsesPerMonth)
            inside << tick;
    }
    return inside;
}

const FrequencySpectrum::Point *FrequencySpectrum::find(Id useCase) const
{
    for (const Series &serie : series) {
        for (const Point &p : serie.points) {
            if (p.useCase == useCase)
                return &p;
        }
    }
    return nullptr;
}

int FrequencySpectrum::pointCount() const
{
    int n = 0;
    for (const Series &serie : series)
        n += int(serie.points.size());
    return n;
}

QString FrequencySpectrum::describe(const Point &point)
{
    QString detail = UsageFrequency::describeUsesPerMonth(point.usesPerMonth);
    if (point.forgotten)
        detail = tr("%1; below monthly").arg(detail);
    const QString what = point.useCases > 1 ? tr("%1 use cases").arg(point.useCases) : point.label;
    QString text = tr("%1 — %2 (%3)").arg(what, point.frequency, detail);
    if (point.planned)
        text += u' ' + tr("[planned]");
    return text;
}

} // namespace Parcours
