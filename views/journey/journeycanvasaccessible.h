#pragma once

#include "domain/ids.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QHash>

#include <utility>

namespace Parcours {

class JourneyCanvas;

// What assistive technologies see of the journey canvas, whose scene items Qt does not
// expose: a table whose column headers are the stages, row headers the lanes, and cells the
// cells, each with a role, a name ("Stage Onboarding, lane Pain points: …"), a description,
// its rectangle on the screen and its state (focused and selected when it is the canvas's
// current position).
//
// Children, in order: the stage headers (one per visible stage), then for each lane its
// header followed by its cells. A child stays bound to its stage and lane ids, so it follows
// moves; it becomes invalid when its stage or lane leaves the view.
class JourneyCanvasAccessible final : public QAccessibleWidget, public QAccessibleTableInterface
{
    Q_DECLARE_TR_FUNCTIONS(Parcours::JourneyCanvasAccessible)

public:
    explicit JourneyCanvasAccessible(JourneyCanvas *canvas);
    ~JourneyCanvasAccessible() override;
    JourneyCanvasAccessible(const JourneyCanvasAccessible &) = delete;
    JourneyCanvasAccessible &operator=(const JourneyCanvasAccessible &) = delete;

    // Registers the interface factory (once; JourneyCanvas's constructor calls it).
    static void install();

    // Events for the canvas's changes; nothing happens while no assistive technology listens.
    // The current position changed: focus (when the canvas has it) and selection.
    static void currentChanged(JourneyCanvas *canvas);
    // A cell's content, or a stage's or lane's name, changed (lane or stage 0 for headers).
    static void contentChanged(JourneyCanvas *canvas, Id stage, Id lane);
    // Stages or lanes were added, removed, moved or filtered.
    static void structureChanged(JourneyCanvas *canvas);

    // The events go to QAccessible::updateAccessibility() while an assistive technology
    // listens (QAccessible::isActive()), and to this observer when one is set. Offscreen, Qt
    // 6.4 is never active (QAccessible::setActive() does not change isActive() and the update
    // handler is not called), so tests watch the events here.
    using EventObserver = void (*)(QAccessibleEvent *event);
    static void setEventObserver(EventObserver observer);

    // The child for a position (a cell, or a header: the other id 0); nullptr when not shown.
    QAccessibleInterface *positionInterface(Id stage, Id lane) const;
    JourneyCanvas *canvas() const;
    // The canvas's interface (nullptr for none).
    static JourneyCanvasAccessible *of(JourneyCanvas *canvas);

    // QAccessibleInterface
    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::Role role() const override;
    QString text(QAccessible::Text type) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    // QAccessibleTableInterface
    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override;
    int selectedCellCount() const override;
    QList<QAccessibleInterface *> selectedCells() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int row) const override;
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override { return 0; }
    int columnCount() const override;
    int rowCount() const override;
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override { return {}; }
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int) const override { return false; }
    bool selectRow(int row) override;
    bool selectColumn(int column) override;
    bool unselectRow(int) override { return false; }
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent *) override { }

private:
    static QAccessibleInterface *factory(const QString &key, QObject *object);
    static bool listening();
    static void send(QAccessibleEvent *event);

    // Registered with QAccessible, which owns them; deleted by id with this interface (by id,
    // which stays harmless when Qt's cache, tearing down, deleted a child first).
    struct Child
    {
        QAccessibleInterface *iface = nullptr;
        QAccessible::Id id = 0;
    };
    mutable QHash<std::pair<Id, Id>, Child> mChildren;
};

} // namespace Parcours
