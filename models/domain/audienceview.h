#pragma once

#include "domain/ids.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Parcours {

// A named view of a journey for an audience (issue 23): which lanes and which personas' curves
// show, the zoom and the range of stages. Saved with its journey; the canvas, posters, the
// command line's export and presentation mode show the journey through it. Ids it names that
// are gone (a lane deleted since) are ignored, so the view never needs repairing.
struct AudienceView
{
    Id id = 0;
    QString name;
    QList<Id> lanes; // the lanes shown, by id; a lane added later is not in the view
    QList<Id> curvePersonas; // the personas whose curves show, by id
    double zoom = 1.0; // the canvas zoom, 0.25 … 4
    Id firstStage = 0; // the range of stages shown; 0: from the journey's first
    Id lastStage = 0; // 0: to the journey's last

    bool operator==(const AudienceView &o) const;
    bool operator!=(const AudienceView &o) const { return !(*this == o); }
};

inline constexpr double minViewZoom = 0.25;
inline constexpr double maxViewZoom = 4.0;

// The views as a JSON array of {"id", "name", "lanes": [ids], "curves": [persona ids], "zoom",
// "first_stage", "last_stage"} (ids as numbers, exact to 53 bits), as the workspace JSON holds
// them; the two stage ids only when set.
QJsonArray audienceViewsToJson(const std::vector<AudienceView> &views);
std::optional<std::vector<AudienceView>> audienceViewsFromJson(const QJsonArray &array,
                                                               QString *error = nullptr);
// The views of a journey as compact JSON text (the file's journey.audience_views, the undo
// stack's field value); "" for none.
QString audienceViewsKey(const std::vector<AudienceView> &views);
// The views written by audienceViewsKey; none (and `error` says why) when the text is not
// such a list, a name is empty or repeated, or a zoom is out of range.
std::optional<std::vector<AudienceView>> audienceViewsFromKey(const QString &key,
                                                              QString *error = nullptr);

// Views of a journey copied with fresh ids (an import): each view gets a fresh id, and its
// lanes, stages and personas their copies' ids (`laneAndStageIds`, `personaIds`: old -> new);
// ids not found are dropped (a stage bound: the journey's end).
void followViewIds(std::vector<AudienceView> &views, const QHash<Id, Id> &laneAndStageIds,
                   const QHash<Id, Id> &personaIds);

// The view named `name` (exactly), or nullptr.
const AudienceView *findViewByName(const std::vector<AudienceView> &views, const QString &name);

} // namespace Parcours
