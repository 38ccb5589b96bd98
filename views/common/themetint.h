#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QPalette;

namespace Parcours {

// The light tints that mark state (forgotten zone, below cadence, an impossible period, a
// verdict) are what prints and read well under dark text. Under a dark palette's light text
// the same hue gets a dark shade instead, so that text keeps its contrast in both themes.
namespace ThemeTint {

// Whether `palette` draws light text on dark backgrounds.
bool isDark(const QPalette &palette);
QColor forPalette(const QColor &lightTint, const QPalette &palette);
// Text that says something is wrong, legible on the palette's window and base colours.
QColor errorText(const QPalette &palette);

} // namespace ThemeTint

// An item delegate that shows the model's background tints through ThemeTint.
class TintedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Parcours
