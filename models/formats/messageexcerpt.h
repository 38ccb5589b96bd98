#pragma once

#include <QString>
#include <QStringView>

namespace Parcours::MessageText {

// User text quoted in a message, cut to its first `max` characters and "…": a field of
// megabytes (a 50 MB cell, a header of a million columns) would otherwise make a message of
// megabytes, which floods a terminal and freezes a message box. The file's line still says
// where the text is.
QString excerpt(QStringView text, qsizetype max = 60);

// A message another module made with `value` in it (a frequency, a date or a count that does
// not parse), with that value cut as excerpt() cuts it.
QString withExcerpt(QString message, const QString &value);

} // namespace Parcours::MessageText
