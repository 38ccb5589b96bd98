#include "presentation/presentationwindow.h"

#include "document/workspacedocument.h"
#include "presentation/presentationparts.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

PresentationWindow::PresentationWindow(WorkspaceDocument *document, Id journey,
                                       const ViewFilter &view, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , mDocument(document)
    , mJourney(journey)
    , mView(view)
    , mTitle(new QLabel)
    , mStageName(new QLabel)
    , mStage(new PresentationStage)
    , mStrip(new PresentationStrip)
{
    setObjectName(u"presentation"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    mTitle->setObjectName(u"presentationTitle"_s);
    mStageName->setObjectName(u"presentationStageName"_s);
    QFont large = font();
    large.setPixelSize(28);
    mTitle->setFont(large);
    large.setPixelSize(48);
    large.setBold(true);
    mStageName->setFont(large);
    QFont stripFont = font();
    stripFont.setPixelSize(20);
    mStrip->setFont(stripFont);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(mTitle);
    layout->addWidget(mStageName);
    layout->addWidget(mStage, 1);
    layout->addWidget(mStrip);
    setAutoFillBackground(true);
    if (mDocument)
        connect(mDocument, &WorkspaceDocument::changed, this, &PresentationWindow::onChanged);
    refresh();
}

PresentationWindow::~PresentationWindow() = default;

PresentationWindow *PresentationWindow::present(QWidget *over, WorkspaceDocument *document,
                                                Id journey, const ViewFilter &view)
{
    auto *window = new PresentationWindow(document, journey, view);
    QScreen *screen = over ? over->screen() : QGuiApplication::primaryScreen();
    // A second screen is the projector's: the laptop's keeps the window and its notes.
    for (QScreen *other : QGuiApplication::screens()) {
        if (other != screen) {
            screen = other;
            break;
        }
    }
    if (screen)
        window->setGeometry(screen->geometry()); // full screen on the screen it stands on
    window->showFullScreen();
    window->activateWindow();
    window->setFocus();
    return window;
}

QString PresentationWindow::currentStageName() const
{
    return mStageName->text();
}

void PresentationWindow::goTo(int index)
{
    const int clamped = std::clamp(index, 0, std::max(0, stageCount() - 1));
    if (clamped == mCurrent)
        return;
    mCurrent = clamped;
    refresh();
}

void PresentationWindow::setProjectorTheme(bool projector)
{
    if (projector == mProjector)
        return;
    mProjector = projector;
    refresh();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space: goTo(mCurrent + 1); break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace: goTo(mCurrent - 1); break;
    case Qt::Key_Home: goTo(0); break;
    case Qt::Key_End: goTo(stageCount() - 1); break;
    case Qt::Key_T: setProjectorTheme(!mProjector); break;
    case Qt::Key_Escape: close(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void PresentationWindow::onChanged(const ChangeEvent &)
{
    refresh(); // one stage is cheap to lay out again
}

void PresentationWindow::refresh()
{
    const Journey *j = mDocument ? mDocument->workspace().journey(mJourney) : nullptr;
    if (!j) {
        close(); // the journey was deleted, or its workspace closed
        return;
    }
    const Id shownBefore = mCurrent < stageCount() ? mStages[size_t(mCurrent)] : 0;
    mStages.clear();
    QStringList names;
    QList<int> every;
    for (int i = 0; i < int(j->stages.size()); ++i)
        every.append(i);
    for (int index : mView.stagesIn(*j, every)) {
        mStages.push_back(j->stages[size_t(index)].id);
        names.append(j->stages[size_t(index)].name);
    }
    // The stage shown stays shown when others come and go.
    if (const auto it = std::find(mStages.begin(), mStages.end(), shownBefore); it != mStages.end())
        mCurrent = int(it - mStages.begin());
    mCurrent = std::clamp(mCurrent, 0, std::max(0, stageCount() - 1));

    QPalette p = palette();
    const JourneyStyle style = presentationStyle(mProjector);
    p.setColor(QPalette::Window, style.background);
    p.setColor(QPalette::WindowText, style.text);
    setPalette(p);
    setWindowTitle(tr("Presenting %1").arg(j->name));
    if (mStages.empty()) {
        mTitle->setText(j->name);
        mStageName->setText(tr("No stages to present"));
        mStage->showStage(mDocument->workspace(), mJourney, mView, mProjector);
        mStrip->setStages({}, 0, mProjector);
        return;
    }
    const Id stage = mStages[size_t(mCurrent)];
    mTitle->setText(
        tr("%1 \u2014 stage %2 of %3").arg(j->name).arg(mCurrent + 1).arg(stageCount()));
    mStageName->setText(names[mCurrent]);
    mStage->showStage(mDocument->workspace(), mJourney, mView.withStages(stage, stage), mProjector);
    mStrip->setStages(names, mCurrent, mProjector);
}

} // namespace Parcours
