#pragma once

#include "document/entityref.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Parcours {

class ChangeMarkItem;
class JourneyCanvas;

// Marks the cells changed since a version (issue 23) on a journey canvas: a small "Δ" badge
// in each cell's top-right corner, its tooltip saying what changed. The marks are scene items
// of their own, placed from the canvas's layout whenever it is updated; the canvas itself
// knows nothing of them.
class CanvasChangeMarks final : public QObject
{
    Q_OBJECT

public:
    explicit CanvasChangeMarks(JourneyCanvas *canvas);
    ~CanvasChangeMarks() override;

    // Cells as EntityRef::cell(journey, step, lane); empty to take the marks away.
    void setMarks(const QSet<EntityRef> &cells, const QHash<EntityRef, QString> &tooltips);
    // The marks shown now (on the journey the canvas shows): their cells.
    QList<EntityRef> shownMarks() const;
    // The tooltip of the mark on `cell`, or empty when it has none.
    QString toolTipOf(const EntityRef &cell) const;

private:
    void place();

    JourneyCanvas *mCanvas;
    QSet<EntityRef> mCells;
    QHash<EntityRef, QString> mToolTips;
    QList<QPointer<ChangeMarkItem>> mItems;
};

} // namespace Parcours
