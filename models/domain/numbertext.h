#pragma once

#include <QString>

namespace Parcours::NumberText {

// Text that holds numbers, with the spaces inside them made no-break so that a line never
// breaks within a number: "1 700" (a thousands space typed by hand) gets U+202F, as
// QLocale's French "1 700" has; "45 %" gets U+00A0 before the sign.
QString keepNumbersWhole(const QString &text);

// keepNumbersWhole(text), escaped for rich text (a QLabel's HTML). Qt's HTML reader turns
// U+202F into a breaking space (it collapses white space, and U+202F is one), so numbers
// get U+00A0 there, which it keeps.
QString toHtml(const QString &text);

} // namespace Parcours::NumberText
