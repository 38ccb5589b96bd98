#pragma once

#include "scaleworkspace.h"

#include <QHash>
#include <QTextStream>

#include <vector>

namespace Parcours::Bench {

// What one scale's child process measured, by figure key ("open", "edit_p99", …).
struct ScaleResults
{
    Scale scale;
    QHash<QString, double> values;
};

double median(std::vector<double> values);

// The table: one line per figure with its value at each scale, the growth from scale to
// scale divided by the growth of the data it depends on (at most 1 is linear or better),
// the target and whether it is met ("MISSES target" otherwise).
void printTable(QTextStream &out, const std::vector<ScaleResults> &results);

} // namespace Parcours::Bench
