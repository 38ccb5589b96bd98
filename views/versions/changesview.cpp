#include "versions/changesview.h"

#include "versions/changelocator.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr int refRole = Qt::UserRole + 1;

QString groupHeading(const ChangeGroup &group)
{
    if (group.kind == u"persona")
        return ChangesView::tr("Persona \u201c%1\u201d").arg(group.name);
    if (group.kind == u"journey")
        return ChangesView::tr("Journey \u201c%1\u201d").arg(group.name);
    if (group.kind == u"opportunities")
        return ChangesView::tr("Opportunities");
    if (group.kind == u"usage")
        return ChangesView::tr("Observed usage");
    return ChangesView::tr("Workspace");
}

QTreeWidgetItem *heading(QTreeWidget *tree, const QString &text)
{
    auto *item = new QTreeWidgetItem(tree, {text});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setExpanded(true);
    return item;
}

} // namespace

ChangesView::ChangesView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"changesView"_s);
    setColumnCount(1);
    header()->hide();
    setAccessibleName(tr("Changes"));
    setUniformRowHeights(false);
    setWordWrap(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        // A field line shows its change's item.
        while (item && !item->data(0, refRole).isValid())
            item = item->parent();
        if (item)
            emit itemRequested(item->data(0, refRole).value<EntityRef>());
    });
    connect(this, &QTreeWidget::itemClicked, this, &QTreeWidget::itemActivated);
}

void ChangesView::clearDiff()
{
    clear();
}

QTreeWidgetItem *ChangesView::addChange(QTreeWidgetItem *parent, const ItemChange &change,
                                        const EntityRef &ref)
{
    auto *item = new QTreeWidgetItem(parent, {WorkspaceDiff::describe(change)});
    item->setData(0, refRole, QVariant::fromValue(ref));
    for (const FieldChange &field : change.fields) {
        new QTreeWidgetItem(
            item,
            {u"%1: %2 → %3"_s.arg(field.field, WorkspaceDiff::valueText(field.before),
                                  WorkspaceDiff::valueText(field.after))});
    }
    item->setToolTip(0, item->text(0));
    item->setExpanded(true);
    return item;
}

void ChangesView::setDiff(const WorkspaceDiff &diff, const Workspace &now)
{
    clear();
    if (diff.isEmpty()) {
        new QTreeWidgetItem(this, {tr("No changes.")});
        return;
    }
    if (!diff.verdictFlips.empty()) {
        QTreeWidgetItem *flips = heading(this, tr("Forgotten-zone verdicts that flipped"));
        for (const VerdictFlip &flip : diff.verdictFlips) {
            auto *item = new QTreeWidgetItem(
                flips,
                {(flip.after ? tr("persona \u201c%1\u201d is now in the forgotten zone")
                             : tr("persona \u201c%1\u201d is no longer in the forgotten "
                                  "zone"))
                     .arg(flip.persona)});
            for (const Persona &p : now.personas) {
                if (p.name == flip.persona)
                    item->setData(0, refRole, QVariant::fromValue(EntityRef::persona(p.id)));
            }
        }
    }
    if (!diff.metricChanges.empty()) {
        QTreeWidgetItem *metrics = heading(this, tr("Metric periods"));
        for (const ItemChange &change : diff.metricChanges)
            addChange(metrics, change, EntityRef::workspace());
    }
    for (const ChangeGroup &group : diff.groups) {
        QTreeWidgetItem *top = heading(this, groupHeading(group));
        for (const ItemChange &change : group.changes)
            addChange(top, change, locateChange(now, group, change));
    }
}

} // namespace Parcours
