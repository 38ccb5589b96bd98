#include "journey/journeyeditor.h"

#include "common/preferences.h"
#include "document/edits.h"
#include "document/workspacedocument.h"
#include "journey/audienceviewchooser.h"
#include "journey/blueprintactions.h"
#include "journey/comparepanel.h"
#include "journey/curveactions.h"
#include "journey/journeycanvas.h"
#include "journey/journeypanel.h"
#include "journey/journeyrenderer.h"
#include "journey/newjourneydialog.h"
#include "journey/severitymenu.h"
#include "journey/stepactions.h"
#include "opportunities/makeopportunitymenu.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

JourneyEditor::JourneyEditor(QWidget *parent)
    : QWidget(parent)
    , mCanvas(new JourneyCanvas)
    , mPanel(new JourneyPanel)
    , mToolBar(new QToolBar)
    , mFilter(new QComboBox)
    , mViews(new AudienceViewChooser(mCanvas))
    , mZoomLabel(new QLabel)
    , mLanesMenu(new QMenu(tr("&Lanes"), this))
    , mAddLaneMenu(new QMenu(tr("Add &Lane"), this))
    , mAssessmentMenu(new QMenu(tr("&Assessment"), this))
    , mLaneKindMenu(new QMenu(tr("Lane &Kind"), this))
    , mEmotionMenu(new QMenu(tr("&Emotion"), this))
{
    mLanesMenu->setObjectName(u"lanesMenu"_s);
    mToolBar->setIconSize(QSize(16, 16));
    mToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *splitter = new QSplitter;
    // Under the canvas, while comparing with a journey: the steps that differ (issue 18).
    auto *canvasColumn = new QSplitter(Qt::Vertical);
    canvasColumn->addWidget(mCanvas);
    canvasColumn->addWidget(new ComparePanel(mCanvas));
    canvasColumn->setStretchFactor(0, 1);
    canvasColumn->setChildrenCollapsible(false);
    splitter->addWidget(canvasColumn);
    splitter->addWidget(mPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({900, 300});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mToolBar);
    // Audience views (issue 23) on a row of their own: the toolbar fits 1100 pixels as it is.
    auto *viewRow = new QHBoxLayout;
    viewRow->setContentsMargins(8, 2, 8, 2);
    auto *viewLabel = new QLabel(tr("Audien&ce view:"));
    viewLabel->setBuddy(mViews);
    viewRow->addWidget(viewLabel);
    viewRow->addWidget(mViews);
    viewRow->addStretch(1);
    layout->addLayout(viewRow);
    layout->addWidget(splitter, 1);

    mFilter->addItem(tr("All stages"), StageFilter::all().key());
    mFilter->addItem(tr("Stages that need work"), StageFilter::needingWork().key());
    for (int a = 1; a < assessmentCount; ++a) {
        mFilter->addItem(JourneyRenderer::assessmentIcon(Assessment(a)),
                         tr("Only: %1").arg(assessmentLabel(Assessment(a))),
                         StageFilter::only(Assessment(a)).key());
    }
    mFilter->addItem(JourneyRenderer::assessmentIcon(Assessment::None),
                     tr("Only: %1").arg(assessmentLabel(Assessment::None)),
                     StageFilter::only(Assessment::None).key());
    mFilter->setObjectName(u"stageFilter"_s);
    mFilter->setAccessibleName(tr("Stage filter"));
    // As wide as "All stages" needs, not as its longest choice: the toolbar fits the window.
    mFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mFilter->setMinimumContentsLength(16);
    mFilter->setToolTip(tr("Show only the stages with an assessment"));
    connect(mFilter, &QComboBox::currentIndexChanged, this, [this] {
        mCanvas->setFilter(StageFilter::fromKey(mFilter->currentData().toString()));
    });

    createActions();
    connect(mCanvas, &JourneyCanvas::currentChanged, this, [this] { refresh(); });
    connect(mCanvas, &JourneyCanvas::layoutUpdated, this, [this] { refresh(); });
    connect(mCanvas, &JourneyCanvas::zoomChanged, this,
            [this](qreal zoom) { mZoomLabel->setText(u"%1 %"_s.arg(std::lround(zoom * 100))); });
    mZoomLabel->setText(u"100 %"_s);
    mZoomLabel->setMinimumWidth(48);
    mZoomLabel->setAlignment(Qt::AlignCenter);
    refresh();
}

JourneyEditor::~JourneyEditor() = default;

QAction *JourneyEditor::addAction(const QString &name, const QString &text,
                                  const QKeySequence &shortcut, const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    mActions << action;
    return action;
}

QAction *JourneyEditor::action(const QString &objectName) const
{
    for (QAction *a : mActions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void JourneyEditor::createActions()
{
    JourneyCanvas *c = mCanvas;
    QAction *addStage = addAction(u"addStage"_s, tr("Add Stage"), QKeySequence(Qt::Key_Insert),
                                  [this] { this->addStage(false); });
    addStage->setToolTip(tr("Add a stage after the current one (Insert)"));
    QAction *insertStage = addAction(u"insertStage"_s, tr("Insert Stage Before"), {},
                                     [this] { this->addStage(true); });
    // Delete alone clears cells: a stage and all its cells go only with this command.
    QAction *deleteStage = addAction(
        u"deleteStage"_s, tr("Delete Stage"), JourneyCanvas::deleteStageShortcut(), [this] {
            if (mDocument && mCanvas->currentStageId())
                Edit::removeStage(*mDocument, mCanvas->journeyId(), mCanvas->currentStageId());
        });
    deleteStage->setToolTip(tr("Delete the current stage and all its cells (%1)")
                                .arg(deleteStage->shortcut().toString(QKeySequence::NativeText)));
    QAction *left = addAction(u"moveStageLeft"_s, tr("Move Stage Left"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left),
                              [c] { c->moveCurrentStage(-1); });
    QAction *right = addAction(u"moveStageRight"_s, tr("Move Stage Right"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right),
                               [c] { c->moveCurrentStage(1); });
    QAction *edit = addAction(u"edit"_s, tr("Edit"), {}, [c] { c->editCurrent(); });
    // F2 and the keys below are the canvas's own (see JourneyCanvas::isCanvasKey): the actions
    // carry them for the menus, scoped to the canvas so that they never clash with the window's.
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    edit->setShortcutContext(Qt::WidgetShortcut);
    removeAction(edit);
    c->addAction(edit);
    QAction *conversion = addAction(u"conversion"_s, tr("Conversion Stage"), {}, [this] {
        if (mDocument)
            Edit::setConversionStage(
                *mDocument, mCanvas->journeyId(),
                action(u"conversion"_s)->isChecked() ? mCanvas->currentStageId() : 0);
    });
    conversion->setCheckable(true);
    QAction *value = addAction(u"valueDelivered"_s, tr("Value Delivered Here"), {}, [this] {
        if (mDocument)
            Edit::setValueDeliveredStage(
                *mDocument, mCanvas->journeyId(),
                action(u"valueDelivered"_s)->isChecked() ? mCanvas->currentStageId() : 0);
    });
    value->setCheckable(true);

    for (int a = 0; a < assessmentCount; ++a) {
        QAction *set = mAssessmentMenu->addAction(
            JourneyRenderer::assessmentIcon(Assessment(a)), assessmentLabel(Assessment(a)), this,
            [this, a] {
                if (mDocument && mCanvas->currentStageId())
                    Edit::setField(
                        *mDocument,
                        EntityRef::stage(mCanvas->journeyId(), mCanvas->currentStageId()),
                        Field::StageAssessment, a);
            });
        set->setCheckable(true);
        set->setData(a);
    }
    connect(mAssessmentMenu, &QMenu::aboutToShow, this, &JourneyEditor::fillAssessmentMenu);

    for (LaneKind kind : {LaneKind::Text, LaneKind::Chips, LaneKind::Emotion, LaneKind::Kpi}) {
        mAddLaneMenu->addAction(tr("%1 Lane").arg(laneKindLabel(kind)), this,
                                [this, kind] { addLane(int(kind)); });
        QAction *k = mLaneKindMenu->addAction(laneKindLabel(kind), this, [this, kind] {
            if (mDocument && mCanvas->currentLane())
                Edit::setField(*mDocument,
                               EntityRef::lane(mCanvas->journeyId(), mCanvas->currentLane()),
                               Field::LaneKind, int(kind));
        });
        k->setCheckable(true);
        k->setData(int(kind));
    }
    connect(mLaneKindMenu, &QMenu::aboutToShow, this, &JourneyEditor::fillLaneKindMenu);
    connect(mLanesMenu, &QMenu::aboutToShow, this, &JourneyEditor::fillLanesMenu);

    QAction *hideLane = addAction(u"hideLane"_s, tr("Hide Lane"), {}, [this] {
        if (mDocument && mCanvas->currentLane())
            Edit::setField(*mDocument,
                           EntityRef::lane(mCanvas->journeyId(), mCanvas->currentLane()),
                           Field::LaneVisible, false);
    });
    QAction *up = addAction(u"moveLaneUp"_s, tr("Move Lane Up"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up),
                            [c] { c->moveCurrentLane(-1); });
    QAction *down = addAction(u"moveLaneDown"_s, tr("Move Lane Down"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down),
                              [c] { c->moveCurrentLane(1); });
    QAction *deleteLane = addAction(u"deleteLane"_s, tr("Delete Lane"), {}, [this] {
        if (mDocument && mCanvas->currentLane())
            Edit::removeLane(*mDocument, mCanvas->journeyId(), mCanvas->currentLane());
    });

    auto canvasAction = [this, c](const QString &name, const QString &text,
                                  QKeySequence::StandardKey key, void (JourneyCanvas::*slot)()) {
        QAction *a = addAction(name, text, {}, [c, slot] { (c->*slot)(); });
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        removeAction(a);
        c->addAction(a);
        return a;
    };
    QAction *cut = canvasAction(u"cut"_s, tr("Cu&t"), QKeySequence::Cut, &JourneyCanvas::cut);
    QAction *copy = canvasAction(u"copy"_s, tr("&Copy"), QKeySequence::Copy, &JourneyCanvas::copy);
    QAction *paste
        = canvasAction(u"paste"_s, tr("&Paste"), QKeySequence::Paste, &JourneyCanvas::paste);
    QAction *clear = addAction(u"clearCell"_s, tr("Clear"), {}, [c] { c->clearCurrent(); });
    for (double score : {2.0, 1.0, 0.0, -1.0, -2.0}) {
        QAction *setScore
            = mEmotionMenu->addAction(Preferences::formatEmotion(score), this, [this, score] {
                  if (mDocument && mCanvas->currentStage() && mCanvas->currentLane())
                      Edit::setField(*mDocument,
                                     EntityRef::cell(mCanvas->journeyId(), mCanvas->currentStage(),
                                                     mCanvas->currentLane()),
                                     Field::CellEmotion, score);
              });
        setScore->setData(score);
    }
    // The scores as the Preferences show them, whenever the menu opens.
    connect(mEmotionMenu, &QMenu::aboutToShow, this, [this] {
        for (QAction *a : mEmotionMenu->actions())
            a->setText(formatEmotion(a->data().toDouble(), Preferences::emotionScale()));
    });

    QAction *zoomIn
        = addAction(u"zoomIn"_s, tr("Zoom In"), QKeySequence::ZoomIn, [c] { c->zoomIn(); });
    QAction *zoomOut
        = addAction(u"zoomOut"_s, tr("Zoom Out"), QKeySequence::ZoomOut, [c] { c->zoomOut(); });
    QAction *fit = addAction(u"zoomFit"_s, tr("Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0),
                             [c] { c->fitToWindow(); });
    QAction *actual = addAction(u"zoom100"_s, tr("Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1),
                                [c] { c->setZoom(1.0); });
    QAction *duplicate = addAction(u"duplicateJourney"_s, tr("Duplicate Journey…"), {},
                                   [this] { duplicateJourney(); });
    duplicate->setToolTip(tr("Copy this journey, e.g. to turn the as-is map into a to-be map"));
    QAction *fromTemplate
        = addAction(u"journeyFromTemplate"_s, tr("New from Template…"), {}, [this] {
              if (!mDocument)
                  return;
              if (const Id id = addJourneyFromTemplate(this, *mDocument))
                  emit journeyCreated(id);
          });

    // Toolbar: short texts, the menus and tooltips carry the full names.
    const std::pair<QAction *, QString> shortTexts[] = {{addStage, tr("+ Stage")},
                                                        {deleteStage, tr("Delete")},
                                                        {left, u"\u25C0"_s},
                                                        {right, u"\u25B6"_s},
                                                        {zoomOut, u"\u2212"_s},
                                                        {zoomIn, u"+"_s},
                                                        {fit, tr("Fit")},
                                                        {actual, u"1:1"_s},
                                                        {duplicate, tr("Duplicate…")},
                                                        {fromTemplate, tr("Template…")}};
    for (const auto &[a, text] : shortTexts)
        a->setIconText(text); // the tooltip stays the full text
    mToolBar->addAction(addStage);
    mToolBar->addAction(deleteStage);
    mToolBar->addAction(left);
    mToolBar->addAction(right);
    mToolBar->addSeparator();
    auto *lanes = new QToolButton;
    lanes->setText(tr("Lanes"));
    lanes->setMenu(mLanesMenu);
    lanes->setPopupMode(QToolButton::InstantPopup);
    mToolBar->addWidget(lanes);
    auto *addLane = new QToolButton;
    addLane->setText(tr("Add Lane"));
    addLane->setMenu(mAddLaneMenu);
    addLane->setPopupMode(QToolButton::InstantPopup);
    mToolBar->addWidget(addLane);
    mToolBar->addSeparator();
    mToolBar->addWidget(new QLabel(tr(" Show: ")));
    mToolBar->addWidget(mFilter);
    mToolBar->addSeparator();
    mToolBar->addAction(zoomOut);
    mToolBar->addWidget(mZoomLabel);
    mToolBar->addAction(zoomIn);
    mToolBar->addAction(fit);
    mToolBar->addAction(actual);
    // Duplicate and New from Template are in the window's Journey menu: the toolbar fits an
    // 1100-pixel window in English and French.

    const BlueprintActions blueprint
        = BlueprintActions::create(this, c, [this] { return mDocument.data(); });
    QMenu *makeOpportunity
        = MakeOpportunityMenu::create(this, c, [this] { return mDocument.data(); });
    QMenu *severity = SeverityMenu::create(this, c, [this] { return mDocument.data(); });
    const StepActions steps = StepActions::create(this, c, [this] { return mDocument.data(); });
    mActions << steps.all();
    const CurveActions curves = CurveActions::create(this, c, [this] { return mDocument.data(); });
    mActions << curves.all();
    // The opportunities a stage or cell's badge counts, for the keyboard: "Opportunities (N)".
    auto *linked = new QMenu(this);
    linked->setObjectName(u"linkedOpportunitiesMenu"_s);
    const auto updateLinked = [c, linked] {
        const qsizetype n = c->opportunitiesAt(c->currentStage(), c->currentLane()).size();
        linked->setTitle(tr("Opport&unities (%1)").arg(n));
        linked->menuAction()->setVisible(n > 0);
    };
    updateLinked();
    connect(c, &JourneyCanvas::currentChanged, linked, updateLinked);
    connect(c, &JourneyCanvas::badgesChanged, linked, updateLinked);
    connect(c, &JourneyCanvas::layoutUpdated, linked, updateLinked);
    connect(linked, &QMenu::aboutToShow, linked, [this, c, linked] {
        linked->clear();
        for (const Id id : c->opportunitiesAt(c->currentStage(), c->currentLane())) {
            const Opportunity *o = mDocument ? mDocument->workspace().opportunity(id) : nullptr;
            if (!o)
                continue;
            QString title = o->title.isEmpty() ? tr("(untitled)") : o->title;
            QAction *action = linked->addAction(title.replace(u'&', u"&&"_s));
            connect(action, &QAction::triggered, c, [c, id] { emit c->opportunityChosen(id); });
        }
    });

    // Context menus.
    using Kind = JourneyCanvas::ContextKind;
    auto separator = [this] {
        auto *s = new QAction(this);
        s->setSeparator(true);
        return s;
    };
    mCanvas->setContextActions(Kind::StageHeader,
                               {edit, linked->menuAction(), separator(),
                                mAssessmentMenu->menuAction(), conversion, value, separator(),
                                insertStage, addStage, left, right, steps.menu->menuAction(),
                                separator(), copy, paste, separator(), deleteStage});
    mCanvas->setContextActions(
        Kind::LaneHeader,
        {edit, mLaneKindMenu->menuAction(), blueprint.laneGroup->menuAction(), hideLane, up, down,
         separator(), mAddLaneMenu->menuAction(), blueprint.addLanes, separator(), deleteLane});
    mCanvas->setContextActions(Kind::Cell,
                               {edit,
                                separator(),
                                cut,
                                copy,
                                paste,
                                clear,
                                separator(),
                                mEmotionMenu->menuAction(),
                                blueprint.failurePoint,
                                blueprint.wait,
                                blueprint.arrowTo->menuAction(),
                                blueprint.removeArrow->menuAction(),
                                severity->menuAction(),
                                makeOpportunity->menuAction(),
                                linked->menuAction(),
                                separator(),
                                steps.menu->menuAction(),
                                mAssessmentMenu->menuAction(),
                                insertStage,
                                addStage,
                                mAddLaneMenu->menuAction(),
                                separator(),
                                curves.compareWith,
                                curves.showCurves});
    mCanvas->setContextActions(Kind::Background,
                               {addStage, mAddLaneMenu->menuAction(), mLanesMenu->menuAction(),
                                blueprint.addLanes, separator(), zoomIn, zoomOut, fit, actual,
                                separator(), curves.compareWith, curves.showCurves});
}

void JourneyEditor::setJourney(WorkspaceDocument *document, Id journey)
{
    if (document == mDocument && journey == mCanvas->journeyId())
        return;
    mDocument = document;
    mPanel->setJourney(document, journey);
    mCanvas->setJourney(document, journey);
    mCanvas->setFilter(StageFilter::fromKey(mFilter->currentData().toString()));
    mViews->setJourney(document, journey);
    refresh();
}

Id JourneyEditor::journeyId() const
{
    return mCanvas->journeyId();
}

void JourneyEditor::refresh()
{
    mPanel->setStage(mCanvas->currentStageId());
    mPanel->refresh(mCanvas->journeyLayout());
    updateActions();
}

void JourneyEditor::updateActions()
{
    const bool writable = mDocument && !mDocument->isReadOnly() && mCanvas->journeyLayout();
    const Journey *j = mCanvas->journeyLayout() ? mCanvas->journeyLayout()->journey() : nullptr;
    const Id stageId = mCanvas->currentStageId();
    const Id laneId = mCanvas->currentLane();
    const int stageIndex = j ? indexOfId(j->stages, stageId) : -1;
    const int laneIndex = j ? indexOfId(j->lanes, laneId) : -1;
    const bool stage = stageIndex >= 0;
    const bool lane = laneIndex >= 0;
    const bool emotion = stage && lane && j->lanes[size_t(laneIndex)].kind == LaneKind::Emotion;
    auto enable = [this](const char16_t *name, bool on) {
        if (QAction *a = action(QString::fromUtf16(name)))
            a->setEnabled(on);
    };
    enable(u"addStage", writable);
    enable(u"insertStage", writable);
    enable(u"deleteStage", writable && stage);
    enable(u"moveStageLeft", writable && stage && stageIndex > 0);
    enable(u"moveStageRight", writable && stage && stageIndex + 1 < int(j->stages.size()));
    enable(u"edit", writable && (stage || lane));
    enable(u"conversion", writable && stage);
    enable(u"valueDelivered", writable && stage);
    enable(u"hideLane", writable && lane);
    enable(u"moveLaneUp", writable && lane && laneIndex > 0);
    enable(u"moveLaneDown", writable && lane && laneIndex + 1 < int(j->lanes.size()));
    enable(u"deleteLane", writable && lane);
    enable(u"cut", writable && stage && lane);
    enable(u"paste", writable && (stage || lane));
    enable(u"clearCell", writable && stage && lane);
    enable(u"duplicateJourney", writable);
    enable(u"journeyFromTemplate", mDocument && !mDocument->isReadOnly());
    mAssessmentMenu->setEnabled(writable && stage);
    mLaneKindMenu->setEnabled(writable && lane);
    mAddLaneMenu->setEnabled(writable);
    mEmotionMenu->menuAction()->setVisible(emotion);
    mEmotionMenu->setEnabled(writable && emotion);
    StepActions::update(this, mCanvas, writable);
    if (stage) {
        action(u"conversion"_s)->setChecked(j->stages[size_t(stageIndex)].isConversion);
        action(u"valueDelivered"_s)->setChecked(j->stages[size_t(stageIndex)].isValueDelivered);
    }
}

void JourneyEditor::fillAssessmentMenu()
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const Stage *stage
        = layout ? layout->stageAt(layout->columnOf(mCanvas->currentStageId())) : nullptr;
    const QList<QAction *> actions = mAssessmentMenu->actions();
    for (QAction *a : actions)
        a->setChecked(stage && a->data().toInt() == int(stage->assessment));
}

void JourneyEditor::fillLaneKindMenu()
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const Lane *lane = layout ? layout->laneAt(layout->rowOf(mCanvas->currentLane())) : nullptr;
    const QList<QAction *> actions = mLaneKindMenu->actions();
    for (QAction *a : actions)
        a->setChecked(lane && a->data().toInt() == int(lane->kind));
}

void JourneyEditor::fillLanesMenu()
{
    mLanesMenu->clear();
    const JourneyLayout *layout = mCanvas->journeyLayout();
    const Journey *j = layout ? layout->journey() : nullptr;
    if (!j || !mDocument)
        return;
    for (const Lane &lane : j->lanes) {
        QString name = lane.name;
        QAction *a = mLanesMenu->addAction(name.replace(u'&', u"&&"_s)); // "&" as typed
        a->setCheckable(true);
        a->setChecked(lane.visible);
        a->setEnabled(!mDocument->isReadOnly());
        const Id id = lane.id;
        const Id journey = j->id;
        connect(a, &QAction::toggled, this, [this, id, journey](bool on) {
            if (mDocument)
                Edit::setField(*mDocument, EntityRef::lane(journey, id), Field::LaneVisible, on);
        });
    }
}

void JourneyEditor::addStage(bool before)
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    if (!mDocument || !layout)
        return;
    const Journey *j = layout->journey();
    int index = int(j->stages.size());
    if (const int current = indexOfId(j->stages, mCanvas->currentStageId()); current >= 0)
        index = before ? current : current + 1;
    else if (before)
        index = 0;
    Stage stage;
    stage.name = tr("New stage");
    const Id id = Edit::addStage(*mDocument, j->id, stage, index);
    if (mCanvas->journeyLayout()->columnOf(id) < 0) // hidden by the filter
        mFilter->setCurrentIndex(0);
    mCanvas->setCurrent(id, 0);
    mCanvas->setFocus();
    mCanvas->editCurrent(std::nullopt, true);
}

void JourneyEditor::addLane(int kind)
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    if (!mDocument || !layout)
        return;
    const Journey *j = layout->journey();
    Lane lane;
    lane.kind = LaneKind(kind);
    lane.name = tr("New lane");
    int index = int(j->lanes.size());
    if (const int current = indexOfId(j->lanes, mCanvas->currentLane()); current >= 0)
        index = current + 1;
    const Id id = Edit::addLane(*mDocument, j->id, lane, index);
    mCanvas->setCurrent(0, id);
    mCanvas->setFocus();
    mCanvas->editCurrent(std::nullopt, true);
}

void JourneyEditor::duplicateJourney()
{
    const JourneyLayout *layout = mCanvas->journeyLayout();
    if (!mDocument || !layout)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Duplicate Journey"),
                                               tr("Name of the copy:"), QLineEdit::Normal,
                                               tr("%1 (to-be)").arg(layout->journey()->name), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (const Id id = Edit::duplicateJourney(*mDocument, layout->journeyId(), name.trimmed()))
        emit journeyCreated(id);
}

Id JourneyEditor::addJourneyFromTemplate(QWidget *parent, WorkspaceDocument &document)
{
    NewJourneyDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return Edit::addJourney(document, dialog.journey());
}

} // namespace Parcours
