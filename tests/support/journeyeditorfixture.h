#pragma once

// What the journey canvas tests set up alike before each test function: a workspace saved in
// a folder of the test's own, and one of its journeys shown in a JourneyEditor, exposed.
// A test class derives from it (besides QObject) and keeps its names: mDoc, mEditor, mCanvas.
#include "document/workspacedocument.h"
#include "journey/journeycanvas.h"
#include "journey/journeyeditor.h"

#include <QSize>
#include <QTemporaryDir>

#include <memory>

namespace Parcours::TestSupport {

class JourneyEditorFixture
{
protected:
    // Saves `workspace` to a new file of mDir and shows journey `journey` in an editor of
    // `size`, its layout made; false, with the reason in mError, when it cannot.
    bool showJourney(const Workspace &workspace, Id journey, QSize size = {1400, 900});
    // The editor first (it refers to the document), then the document.
    void closeJourney();
    // `scenePos` in the canvas's viewport, where QTest's mouse events are sent.
    QPoint viewPoint(const QPointF &scenePos) const { return mCanvas->mapFromScene(scenePos); }
    // Pixels of about `color` (each channel summed, within 40) within `radius` pixels of
    // `scenePos`, on the canvas as shown.
    int pixelsNear(const QPointF &scenePos, const QColor &color, int radius) const;

    QTemporaryDir mDir;
    QString mError;
    std::unique_ptr<WorkspaceDocument> mDoc;
    std::unique_ptr<JourneyEditor> mEditor;
    JourneyCanvas *mCanvas = nullptr;

private:
    int mFiles = 0; // each test function its own file
};

} // namespace Parcours::TestSupport
