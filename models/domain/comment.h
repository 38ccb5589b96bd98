#pragma once

#include "domain/ids.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Parcours {

struct Workspace;

// What a comment thread is about (issue 23): an item named by its kind and its stable id.
//   Cell: id = step, parent = journey, lane      Stage, Step: id, parent = journey
//   UseCase: id, parent = persona                Persona, Opportunity: id
// A step keeps its id when moved or split off into a new stage, so a cell's or a step's
// threads follow it; merges retarget them (document/editscomments.h).
struct CommentTarget
{
    enum class Kind { Cell, Stage, Step, UseCase, Persona, Opportunity };
    Kind kind = Kind::Cell;
    Id id = 0;
    Id parent = 0;
    Id lane = 0;

    static CommentTarget cell(Id journey, Id step, Id lane)
    {
        return {Kind::Cell, step, journey, lane};
    }
    static CommentTarget stage(Id journey, Id stage) { return {Kind::Stage, stage, journey, 0}; }
    static CommentTarget step(Id journey, Id step) { return {Kind::Step, step, journey, 0}; }
    static CommentTarget useCase(Id persona, Id useCase)
    {
        return {Kind::UseCase, useCase, persona, 0};
    }
    static CommentTarget persona(Id persona) { return {Kind::Persona, persona, 0, 0}; }
    static CommentTarget opportunity(Id opportunity)
    {
        return {Kind::Opportunity, opportunity, 0, 0};
    }

    bool operator==(const CommentTarget &o) const;
    bool operator!=(const CommentTarget &o) const { return !(*this == o); }
};

struct Comment
{
    Id id = 0;
    QString author;
    QDateTime time; // UTC, to the second
    QString text;

    bool operator==(const Comment &o) const;
    bool operator!=(const Comment &o) const { return !(*this == o); }
};

// A thread keeps its comments in the order they were written; the first one opened it.
struct CommentThread
{
    Id id = 0;
    CommentTarget target;
    bool resolved = false;
    std::vector<Comment> comments;

    bool operator==(const CommentThread &o) const;
    bool operator!=(const CommentThread &o) const { return !(*this == o); }
};

// "cell:JOURNEY:STEP:LANE", "stage:JOURNEY:STAGE", "step:JOURNEY:STEP", "usecase:PERSONA:ID",
// "persona:ID", "opportunity:ID": how files, JSON and the generic field edit carry a target.
QString commentTargetKey(const CommentTarget &target);
std::optional<CommentTarget> commentTargetFromKey(const QString &key);

// Whether the item a thread is about is in the workspace. Threads whose item was deleted stay
// in the workspace, hidden, and show again when undo brings the item back.
bool commentTargetExists(const Workspace &workspace, const CommentTarget &target);

// A comment's time as files and JSON write it: ISO 8601 in UTC ("2026-12-07T09:30:00Z").
QString commentTimeText(const QDateTime &time);
std::optional<QDateTime> commentTimeFromText(const QString &text);

} // namespace Parcours
