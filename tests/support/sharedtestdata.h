#pragma once

// The workspace the multi-process tests and the collaboration benchmark share: a persona
// "Shared" that every client adds use cases to, and a journey "Board" with one stage per
// client (named after it) whose cells that client edits.
#include "domain/workspace.h"

#include <QStringList>

namespace Parcours::TestData {

inline Workspace board(const QStringList &clients, int lanes = 4)
{
    using namespace Qt::StringLiterals;
    Workspace w;
    w.info.name = u"Collaboration board"_s;
    Persona shared;
    shared.id = 9001;
    shared.name = u"Shared"_s;
    w.personas.push_back(shared);
    Journey j;
    j.id = 9100;
    j.name = u"Board"_s;
    for (int i = 0; i < lanes; ++i)
        j.lanes.push_back({Id(9200 + i), u"Lane %1"_s.arg(i), LaneKind::Text, true});
    for (qsizetype i = 0; i < clients.size(); ++i) {
        Stage s;
        s.id = Id(9300 + i);
        s.withOneStep();
        s.name = clients.at(i);
        j.stages.push_back(s);
    }
    w.journeys.push_back(j);
    return w;
}

} // namespace Parcours::TestData
