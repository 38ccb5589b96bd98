#include "common/themetint.h"

#include <QPalette>

namespace Parcours {

bool ThemeTint::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor ThemeTint::forPalette(const QColor &lightTint, const QPalette &palette)
{
    if (!isDark(palette))
        return lightTint;
    // Same hue, muted, at a lightness where the dark palette's text (#e8e8ea) keeps 7:1.
    return QColor::fromHslF(lightTint.hslHueF(), lightTint.hslSaturationF() * 0.45F, 0.2F);
}

QColor ThemeTint::errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xa0, 0x10, 0x10);
}

void TintedItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->backgroundBrush.style() != Qt::NoBrush)
        option->backgroundBrush
            = ThemeTint::forPalette(option->backgroundBrush.color(), option->palette);
}

} // namespace Parcours
