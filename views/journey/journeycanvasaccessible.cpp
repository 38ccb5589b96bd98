#include "journey/journeycanvasaccessible.h"

#include "analytics/journeyanalytics.h"
#include "document/workspacedocument.h"
#include "journey/journeycanvas.h"

#include <QPointer>

#include <climits>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// A stage header (lane 0), a lane header (stage 0) or a cell of the canvas.
class JourneyPositionAccessible final : public QAccessibleInterface,
                                        public QAccessibleTableCellInterface,
                                        public QAccessibleActionInterface
{
public:
    JourneyPositionAccessible(JourneyCanvas *canvas, Id stage, Id lane)
        : mCanvas(canvas)
        , mStage(stage)
        , mLane(lane)
    { }

    bool isValid() const override { return column() >= -1 && row() >= -1 && (mStage || mLane); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return mCanvas ? mCanvas->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        return mCanvas ? QAccessible::queryAccessibleInterface(mCanvas.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override { }

    QAccessible::Role role() const override
    {
        if (!mLane)
            return QAccessible::ColumnHeader;
        if (!mStage)
            return QAccessible::RowHeader;
        return QAccessible::Cell;
    }

    QString text(QAccessible::Text type) const override
    {
        const Stage *s = stage();
        const Lane *l = lane();
        switch (type) {
        case QAccessible::Name:
            if (s && l && s->steps.size() > 1 && step())
                return JourneyCanvasAccessible::tr("Stage %1, step %2, lane %3: %4")
                    .arg(s->name, step()->name, l->name,
                         content().isEmpty() ? JourneyCanvasAccessible::tr("empty") : content());
            if (s && l)
                return JourneyCanvasAccessible::tr("Stage %1, lane %2: %3")
                    .arg(s->name, l->name,
                         content().isEmpty() ? JourneyCanvasAccessible::tr("empty") : content());
            if (s)
                return JourneyCanvasAccessible::tr("Stage %1").arg(s->name);
            if (l)
                return JourneyCanvasAccessible::tr("Lane %1").arg(l->name);
            return {};
        case QAccessible::Value: return content();
        case QAccessible::Description: return description();
        default: return {};
        }
    }

    QRect rect() const override
    {
        const JourneyLayout *layout = mCanvas ? mCanvas->journeyLayout() : nullptr;
        if (!layout || !isValid())
            return {};
        const int c = column();
        const int r = row();
        const QRectF scene = c >= 0 && r >= 0 ? layout->cellRect(c, r)
            : c >= 0                          ? layout->headerRect(c)
                                              : layout->laneHeaderRect(r);
        const QRect view = mCanvas->mapFromScene(scene).boundingRect();
        return QRect(mCanvas->viewport()->mapToGlobal(view.topLeft()), view.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!mCanvas || !isValid()) {
            state.invalid = true;
            return state;
        }
        state.focusable = true;
        state.selectable = true;
        const bool current = mCanvas->currentStage() == mStage && mCanvas->currentLane() == mLane;
        state.selected = current;
        state.active = current;
        state.focused = current && mCanvas->hasFocus() && !mCanvas->isEditing();
        const QRect visible(mCanvas->viewport()->mapToGlobal(QPoint()),
                            mCanvas->viewport()->size());
        state.offscreen = !visible.intersects(rect());
        state.invisible = !mCanvas->isVisible();
        const WorkspaceDocument *document = mCanvas->document();
        state.editable = document && !document->isReadOnly();
        state.readOnly = !state.editable;
        const Lane *l = lane();
        state.multiLine = mStage && l && l->kind != LaneKind::Emotion;
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TableCellInterface && mStage && mLane)
            return static_cast<QAccessibleTableCellInterface *>(this);
        if (type == QAccessible::ActionInterface)
            return static_cast<QAccessibleActionInterface *>(this);
        return nullptr;
    }

    // QAccessibleTableCellInterface
    bool isSelected() const override
    {
        return mCanvas && mCanvas->currentStage() == mStage && mCanvas->currentLane() == mLane;
    }
    QList<QAccessibleInterface *> columnHeaderCells() const override
    {
        auto *table = JourneyCanvasAccessible::of(mCanvas);
        QAccessibleInterface *header = table ? table->positionInterface(mStage, 0) : nullptr;
        return header ? QList<QAccessibleInterface *> {header} : QList<QAccessibleInterface *> {};
    }
    QList<QAccessibleInterface *> rowHeaderCells() const override
    {
        auto *table = JourneyCanvasAccessible::of(mCanvas);
        QAccessibleInterface *header = table ? table->positionInterface(0, mLane) : nullptr;
        return header ? QList<QAccessibleInterface *> {header} : QList<QAccessibleInterface *> {};
    }
    int columnIndex() const override { return column(); }
    int rowIndex() const override { return row(); }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface *table() const override { return parent(); }

    // QAccessibleActionInterface: make it the current position.
    QStringList actionNames() const override { return {setFocusAction()}; }
    void doAction(const QString &name) override
    {
        if (name != setFocusAction() || !mCanvas || !isValid())
            return;
        mCanvas->setCurrent(mStage, mLane);
        mCanvas->setFocus(Qt::OtherFocusReason);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    const JourneyLayout *layout() const { return mCanvas ? mCanvas->journeyLayout() : nullptr; }
    // -1 for none (a header's other coordinate), -2 when the stage or lane is not shown.
    int column() const
    {
        if (!mStage)
            return -1;
        const JourneyLayout *l = layout();
        // A cell's id is its step's; a column header's, its stage's.
        const int c = !l ? -1 : (mLane ? l->columnOfStep(mStage) : l->columnOf(mStage));
        return c >= 0 ? c : -2;
    }
    int row() const
    {
        if (!mLane)
            return -1;
        const JourneyLayout *l = layout();
        const int r = l ? l->rowOf(mLane) : -1;
        return r >= 0 ? r : -2;
    }
    const Stage *stage() const { return column() >= 0 ? layout()->stageAt(column()) : nullptr; }
    const Step *step() const { return column() >= 0 ? layout()->stepAt(column()) : nullptr; }
    // The stage's position among the stages shown, and their number.
    std::pair<int, int> stagePosition() const
    {
        const JourneyLayout *l = layout();
        int position = 0;
        int count = 0;
        for (int c = 0; c < l->columnCount(); ++c) {
            if (c != l->stageFirstColumn(c))
                continue;
            ++count;
            position = c <= column() ? count : position;
        }
        return {position, count};
    }
    const Lane *lane() const { return row() >= 0 ? layout()->laneAt(row()) : nullptr; }

    // The cell's content as one line of text.
    QString content() const
    {
        const Step *s = step();
        const Lane *l = lane();
        if (!s || !l)
            return {};
        const Cell cell = s->cells.value(l->id);
        if (l->kind == LaneKind::Emotion)
            return cell.emotion ? formatEmotion(*cell.emotion, mCanvas->emotionScale()) : QString();
        if (l->kind == LaneKind::Chips || l->kind == LaneKind::Kpi)
            return chipsOf(cell.text).join(u", "_s);
        return cell.text.simplified();
    }

    QString description() const
    {
        const JourneyLayout *l = layout();
        const Stage *s = stage();
        const Lane *ln = lane();
        QStringList parts;
        if (s && ln) {
            if (ln->kind == LaneKind::Emotion) {
                const EmotionScale scale = mCanvas->emotionScale();
                parts << JourneyCanvasAccessible::tr("Emotion score from %1 to %2")
                             .arg(formatEmotion(emotionMin, scale),
                                  formatEmotion(emotionMax, scale));
            } else {
                parts << laneKindLabel(ln->kind);
            }
            if (s->assessment != Assessment::None)
                parts << assessmentLabel(s->assessment);
        } else if (s) {
            parts << JourneyCanvasAccessible::tr("Stage %1 of %2")
                         .arg(stagePosition().first)
                         .arg(stagePosition().second);
            if (s->assessment != Assessment::None)
                parts << assessmentLabel(s->assessment);
            if (s->isConversion)
                parts << JourneyCanvasAccessible::tr("Conversion");
            if (s->isValueDelivered)
                parts << JourneyCanvasAccessible::tr("Value delivered");
            if (s->entering)
                parts << JourneyCanvasAccessible::tr("%n customers entering", nullptr,
                                                     int(std::min<qint64>(*s->entering, INT_MAX)));
            const DropOff *drop = l->dropOff().fromStage(l->stageIndexAt(column()));
            if (drop && drop->share > 0) {
                QString lost = JourneyCanvasAccessible::tr("%1 % lost before the next stage")
                                   .arg(QLocale().toString(drop->share * 100, 'f', 0));
                if (drop == l->dropOff().largestDropOff())
                    lost = JourneyCanvasAccessible::tr("%1, the largest drop").arg(lost);
                parts << lost;
            }
            if (!s->description.isEmpty())
                parts << s->description.simplified();
        } else if (ln) {
            parts << laneKindLabel(ln->kind);
        }
        // The comment badge, read out (issue 23).
        if (const int comments = mStage && mCanvas ? mCanvas->openCommentsAt(mStage, mLane) : 0)
            parts << CommentCounts::describe(comments);
        return parts.join(u"; "_s);
    }

    QPointer<JourneyCanvas> mCanvas;
    Id mStage;
    Id mLane;
};

} // namespace

JourneyCanvasAccessible::JourneyCanvasAccessible(JourneyCanvas *canvas)
    : QAccessibleWidget(canvas, QAccessible::Table)
{ }

JourneyCanvasAccessible::~JourneyCanvasAccessible()
{
    for (const Child &child : std::as_const(mChildren))
        QAccessible::deleteAccessibleInterface(child.id);
}

void JourneyCanvasAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&JourneyCanvasAccessible::factory);
        return true;
    }();
    Q_UNUSED(installed);
}

QAccessibleInterface *JourneyCanvasAccessible::factory(const QString &key, QObject *object)
{
    if (key == u"Parcours::JourneyCanvas") {
        if (auto *canvas = qobject_cast<JourneyCanvas *>(object))
            return new JourneyCanvasAccessible(canvas);
    }
    return nullptr;
}

JourneyCanvasAccessible *JourneyCanvasAccessible::of(JourneyCanvas *canvas)
{
    return dynamic_cast<JourneyCanvasAccessible *>(QAccessible::queryAccessibleInterface(canvas));
}

JourneyCanvas *JourneyCanvasAccessible::canvas() const
{
    return static_cast<JourneyCanvas *>(widget());
}

QAccessibleInterface *JourneyCanvasAccessible::positionInterface(Id stage, Id lane) const
{
    const JourneyLayout *layout = canvas()->journeyLayout();
    const int column = !stage ? -1 : (lane ? layout->columnOfStep(stage) : layout->columnOf(stage));
    if (!layout || (!stage && !lane) || (stage && column < 0) || (lane && layout->rowOf(lane) < 0))
        return nullptr;
    const std::pair key(stage, lane);
    if (const auto it = mChildren.constFind(key); it != mChildren.cend())
        return it->iface;
    auto *iface = new JourneyPositionAccessible(canvas(), stage, lane);
    mChildren.insert(key, Child {iface, QAccessible::registerAccessibleInterface(iface)});
    return iface;
}

void *JourneyCanvasAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableInterface)
        return static_cast<QAccessibleTableInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::Role JourneyCanvasAccessible::role() const
{
    return QAccessible::Table;
}

QString JourneyCanvasAccessible::text(QAccessible::Text type) const
{
    const JourneyLayout *layout = canvas()->journeyLayout();
    const Journey *journey = layout ? layout->journey() : nullptr;
    if (type == QAccessible::Name && journey)
        return tr("Journey map %1").arg(journey->name);
    if (type == QAccessible::Description)
        return journey ? tr("%1 as columns, %2 as rows. Arrow keys move; Enter edits.")
                             .arg(tr("%n stages", nullptr, layout->columnCount()),
                                  tr("%n lanes", nullptr, layout->rowCount()))
                       : tr("No journey shown.");
    return QAccessibleWidget::text(type);
}

int JourneyCanvasAccessible::columnCount() const
{
    const JourneyLayout *layout = canvas()->journeyLayout();
    return layout ? layout->columnCount() : 0;
}

int JourneyCanvasAccessible::rowCount() const
{
    const JourneyLayout *layout = canvas()->journeyLayout();
    return layout ? layout->rowCount() : 0;
}

int JourneyCanvasAccessible::childCount() const
{
    const int columns = columnCount();
    return columns + rowCount() * (columns + 1);
}

QAccessibleInterface *JourneyCanvasAccessible::child(int index) const
{
    const JourneyLayout *layout = canvas()->journeyLayout();
    const int columns = columnCount();
    if (!layout || index < 0 || index >= childCount())
        return nullptr;
    if (index < columns)
        return positionInterface(layout->stageIdAt(index), 0);
    const int row = (index - columns) / (columns + 1);
    const int column = (index - columns) % (columns + 1) - 1;
    return positionInterface(column >= 0 ? layout->stepIdAt(column) : 0, layout->laneIdAt(row));
}

int JourneyCanvasAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const JourneyLayout *layout = canvas()->journeyLayout();
    if (!layout || !child)
        return -1;
    for (auto it = mChildren.cbegin(); it != mChildren.cend(); ++it) {
        if (it->iface != child)
            continue;
        const Id id = it.key().first;
        const int column
            = !id ? -1 : (it.key().second ? layout->columnOfStep(id) : layout->columnOf(id));
        const int row = it.key().second ? layout->rowOf(it.key().second) : -1;
        if ((it.key().first && column < 0) || (it.key().second && row < 0))
            return -1;
        if (row < 0)
            return column;
        return columnCount() + row * (columnCount() + 1) + column + 1;
    }
    return -1;
}

QAccessibleInterface *JourneyCanvasAccessible::childAt(int x, int y) const
{
    JourneyCanvas *c = canvas();
    const JourneyLayout *layout = c->journeyLayout();
    if (!layout)
        return nullptr;
    const QPointF scene = c->mapToScene(c->viewport()->mapFromGlobal(QPoint(x, y)));
    int column = -1;
    int row = -1;
    for (int i = 0; i < layout->columnCount() && column < 0; ++i) {
        if (layout->columnRect(i).left() <= scene.x() && scene.x() < layout->columnRect(i).right())
            column = i;
    }
    for (int i = 0; i < layout->rowCount() && row < 0; ++i) {
        const QRectF r = layout->laneHeaderRect(i);
        if (r.top() <= scene.y() && scene.y() < r.bottom())
            row = i;
    }
    if (column >= 0 && row >= 0)
        return cellAt(row, column);
    if (column >= 0 && layout->headerRect(column).contains(scene))
        return positionInterface(layout->stageIdAt(column), 0);
    if (row >= 0 && layout->laneHeaderRect(row).contains(scene))
        return positionInterface(0, layout->laneIdAt(row));
    return nullptr;
}

QAccessibleInterface *JourneyCanvasAccessible::focusChild() const
{
    const JourneyCanvas *c = canvas();
    if (!c->hasFocus())
        return nullptr;
    return positionInterface(c->currentStage(), c->currentLane());
}

QAccessibleInterface *JourneyCanvasAccessible::cellAt(int row, int column) const
{
    const JourneyLayout *layout = canvas()->journeyLayout();
    if (!layout || row < 0 || column < 0 || row >= layout->rowCount()
        || column >= layout->columnCount())
        return nullptr;
    return positionInterface(layout->stepIdAt(column), layout->laneIdAt(row));
}

int JourneyCanvasAccessible::selectedCellCount() const
{
    return int(selectedCells().size());
}

QList<QAccessibleInterface *> JourneyCanvasAccessible::selectedCells() const
{
    const JourneyCanvas *c = canvas();
    if (!c->currentStage() || !c->currentLane())
        return {};
    QAccessibleInterface *cell = positionInterface(c->currentStage(), c->currentLane());
    return cell ? QList<QAccessibleInterface *> {cell} : QList<QAccessibleInterface *> {};
}

QString JourneyCanvasAccessible::columnDescription(int column) const
{
    const JourneyLayout *layout = canvas()->journeyLayout();
    const Stage *stage = layout ? layout->stageAt(column) : nullptr;
    return stage ? stage->name : QString();
}

QString JourneyCanvasAccessible::rowDescription(int row) const
{
    const JourneyLayout *layout = canvas()->journeyLayout();
    const Lane *lane = layout ? layout->laneAt(row) : nullptr;
    return lane ? lane->name : QString();
}

bool JourneyCanvasAccessible::selectRow(int row)
{
    const JourneyLayout *layout = canvas()->journeyLayout();
    if (!layout || row < 0 || row >= layout->rowCount())
        return false;
    canvas()->setCurrent(0, layout->laneIdAt(row));
    return true;
}

bool JourneyCanvasAccessible::selectColumn(int column)
{
    const JourneyLayout *layout = canvas()->journeyLayout();
    if (!layout || column < 0 || column >= layout->columnCount())
        return false;
    canvas()->setCurrent(layout->stageIdAt(column), 0);
    return true;
}

// --- Events --------------------------------------------------------------------------------

namespace {
JourneyCanvasAccessible::EventObserver eventObserver = nullptr;
} // namespace

void JourneyCanvasAccessible::setEventObserver(EventObserver observer)
{
    eventObserver = observer;
}

bool JourneyCanvasAccessible::listening()
{
    return eventObserver || QAccessible::isActive();
}

void JourneyCanvasAccessible::send(QAccessibleEvent *event)
{
    if (eventObserver)
        eventObserver(event);
    QAccessible::updateAccessibility(event);
}

void JourneyCanvasAccessible::currentChanged(JourneyCanvas *canvas)
{
    if (!listening())
        return;
    JourneyCanvasAccessible *table = of(canvas);
    QAccessibleInterface *current
        = table ? table->positionInterface(canvas->currentStage(), canvas->currentLane()) : nullptr;
    if (!current)
        return;
    if (canvas->hasFocus() && !canvas->isEditing()) {
        QAccessibleEvent focus(current, QAccessible::Focus);
        send(&focus);
    }
    QAccessibleEvent selection(current, QAccessible::Selection);
    send(&selection);
}

void JourneyCanvasAccessible::contentChanged(JourneyCanvas *canvas, Id stage, Id lane)
{
    if (!listening())
        return;
    JourneyCanvasAccessible *table = of(canvas);
    QAccessibleInterface *changed = table ? table->positionInterface(stage, lane) : nullptr;
    if (!changed)
        return;
    QAccessibleEvent name(changed, QAccessible::NameChanged);
    send(&name);
    QAccessibleValueChangeEvent value(changed, changed->text(QAccessible::Value));
    send(&value);
}

void JourneyCanvasAccessible::structureChanged(JourneyCanvas *canvas)
{
    if (!listening())
        return;
    QAccessibleTableModelChangeEvent reset(canvas, QAccessibleTableModelChangeEvent::ModelReset);
    send(&reset);
}

} // namespace Parcours
