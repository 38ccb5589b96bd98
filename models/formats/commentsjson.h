#pragma once

#include "domain/comment.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <vector>

namespace Parcours {

// A workspace's comment threads inside its JSON (issue 23): a "comments" array, present only
// when there are threads (see docs/FILE-FORMATS.md). Each thread:
//   {"id", "target": {"kind": "cell", "journey", "step", "lane"}, "resolved",
//    "comments": [{"id", "author", "time": "2026-12-07T09:30:00Z", "text"}]}
class CommentsJson
{
    Q_DECLARE_TR_FUNCTIONS(CommentsJson)

public:
    static QJsonArray write(const std::vector<CommentThread> &threads);
    // Reads `value`, the "comments" member (absent or null: none), into `threads`; false
    // with `error` naming the place ("comments[1].comments[0].time: …") when it is not a valid
    // list of threads.
    static bool read(const QJsonValue &value, std::vector<CommentThread> *threads, QString *error);
};

} // namespace Parcours
