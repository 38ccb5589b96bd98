#pragma once

#include "layout/journeylayout.h"

#include <QWidget>

#include <memory>

namespace Parcours {

class JourneyRenderer;

// Presentation mode's colours: the map's own, or black and white for a projector.
JourneyStyle presentationStyle(bool projector);

// One stage of a journey (with its steps, the view's lanes, the emotion curve and the
// assessment), laid out by JourneyLayout and drawn by JourneyRenderer, scaled to fill the
// widget: large type on any screen. The layout's column width is chosen for the widget's shape
// (wide columns wrap less and make shorter rows), so that the scale, and the type, is as large
// as the screen allows.
class PresentationStage final : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationStage(QWidget *parent = nullptr);
    ~PresentationStage() override;

    // `workspace` must outlive the widget, or the next call.
    void showStage(const Workspace &workspace, Id journey, const ViewFilter &stageOnly,
                   bool projector);
    // The pixel size the cells' text is drawn at now (their font's, scaled).
    qreal cellTextPixelSize() const;
    // Forgets the workspace (its document is going away).
    void clear();
    qreal scale() const { return mScale; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void layOut();

    const Workspace *mWorkspace = nullptr;
    Id mJourney = 0;
    ViewFilter mStageOnly;
    bool mProjector = false;
    qreal mScale = 1;
    std::unique_ptr<JourneyLayout> mLayout;
    std::unique_ptr<JourneyRenderer> mRenderer;
    QColor mBackground;
};

// The journey's overview strip: every stage of the view, the current one highlighted.
class PresentationStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationStrip(QWidget *parent = nullptr);

    void setStages(const QStringList &stages, int current, bool projector);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList mStages;
    int mCurrent = 0;
    bool mProjector = false;
};

} // namespace Parcours
