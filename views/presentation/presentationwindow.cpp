#include "presentation/presentationwindow.h"

#include "document/workspacedocument.h"
#include "presentation/presentationparts.h"

#include <QActionGroup>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QSettings>
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
    mTitle->setTextFormat(Qt::PlainText); // names as typed, never read as markup
    mStageName->setTextFormat(Qt::PlainText);
    // The stage's name, large, with the journey and "stage 2 of 5" beside it on the same line:
    // the stage below gets the height.
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QHBoxLayout;
    heading->addWidget(mStageName, 1, Qt::AlignBottom);
    heading->addWidget(mTitle, 0, Qt::AlignBottom);
    mTitle->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    // A long name must not make the window wider than its screen (full screen fails then):
    // fitHeading() shares the line out and shortens what does not fit.
    mStageName->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    mTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addLayout(heading);
    layout->addWidget(mStage, 1);
    layout->addWidget(mStrip);
    setAutoFillBackground(true);
    sizeTypeFor(720);
    if (mDocument) {
        connect(mDocument, &WorkspaceDocument::changed, this, &PresentationWindow::onChanged);
        // The window closed its workspace: nothing left to show, not even for a late resize.
        connect(mDocument, &QObject::destroyed, this, [this] {
            mStage->clear();
            close();
        });
    }
    refresh();
}

PresentationWindow::~PresentationWindow() = default;

PresentationWindow *PresentationWindow::present(QWidget *over, WorkspaceDocument *document,
                                                Id journey, const ViewFilter &view)
{
    auto *window = new PresentationWindow(document, journey, view);
    if (QScreen *screen = presentationScreen(over)) {
        // Full screen on the screen it stands on: placed there first.
        window->setScreen(screen);
        window->setGeometry(screen->geometry());
        window->sizeTypeFor(screen->geometry().height());
    }
    window->showFullScreen();
    window->activateWindow();
    window->setFocus();
    return window;
}

int PresentationWindow::chooseScreen(const QStringList &screens, int current,
                                     const QString &remembered)
{
    if (const int chosen = int(screens.indexOf(remembered)); !remembered.isEmpty() && chosen >= 0)
        return chosen;
    // A second screen is the projector's: the laptop's keeps the window and its notes.
    for (int i = 0; i < int(screens.size()); ++i) {
        if (i != current)
            return i;
    }
    return current;
}

QScreen *PresentationWindow::presentationScreen(const QWidget *over)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *own = over && over->screen() ? over->screen() : QGuiApplication::primaryScreen();
    QStringList names;
    for (const QScreen *s : screens)
        names.append(s->name());
    const int chosen = chooseScreen(names, int(screens.indexOf(own)), rememberedScreen());
    return chosen >= 0 && chosen < int(screens.size()) ? screens[chosen] : own;
}

QString PresentationWindow::rememberedScreen()
{
    return QSettings().value(u"presentation/screen"_s).toString();
}

void PresentationWindow::rememberScreen(const QString &name)
{
    QSettings().setValue(u"presentation/screen"_s, name);
}

int PresentationWindow::screenChoiceCount()
{
    return int(QGuiApplication::screens().size());
}

void PresentationWindow::fillScreenMenu(QMenu *menu, const std::function<void()> &present)
{
    menu->clear();
    auto *group = new QActionGroup(menu);
    const QScreen *current = presentationScreen(menu->parentWidget());
    for (QScreen *screen : QGuiApplication::screens()) {
        const QRect g = screen->geometry();
        QString label = tr("%1 (%2 × %3)").arg(screen->name()).arg(g.width()).arg(g.height());
        if (screen == QGuiApplication::primaryScreen())
            label = tr("%1, main screen").arg(label);
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(screen == current);
        group->addAction(action);
        const QString name = screen->name();
        connect(action, &QAction::triggered, menu, [name, present] {
            rememberScreen(name);
            present();
        });
    }
}

void PresentationWindow::sizeTypeFor(int height)
{
    // About 36 lines of the strip's type on the screen, 24 of the title's, 13 of the stage's
    // name: what a room reads from the back on a 720-line projector, and more on larger ones.
    const int h = std::max(height, 240);
    QFont title = font();
    title.setPixelSize(h / 24);
    mTitle->setFont(title);
    QFont stage = font();
    stage.setPixelSize(h / 13);
    stage.setBold(true);
    mStageName->setFont(stage);
    QFont strip = font();
    strip.setPixelSize(h / 36);
    mStrip->setFont(strip);
    mStrip->updateGeometry();
    if (QLayout *l = layout()) {
        const int margin = h / 45;
        l->setContentsMargins(margin * 3 / 2, margin, margin * 3 / 2, margin);
        l->setSpacing(h / 90);
    }
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    sizeTypeFor(height());
    fitHeading();
}

QString PresentationWindow::currentStageName() const
{
    return mFullStageName;
}

void PresentationWindow::fitHeading()
{
    auto *heading = layout() ? qobject_cast<QBoxLayout *>(layout()->itemAt(0)->layout()) : nullptr;
    if (!heading)
        return;
    const QMargins margins = layout()->contentsMargins();
    const int width = std::max(
        0, this->width() - margins.left() - margins.right() - std::max(heading->spacing(), 0));
    const QFontMetrics nameMetrics(mStageName->font());
    const QFontMetrics titleMetrics(mTitle->font());
    const auto titleFor = [this](const QString &journey) {
        return mStages.empty()
            ? journey
            : tr("%1 \u2014 stage %2 of %3").arg(journey).arg(mCurrent + 1).arg(stageCount());
    };
    // The stage's name is what the room reads: whole when it fits, else two thirds of the line.
    const int titleWidth = titleMetrics.horizontalAdvance(titleFor(mJourneyName));
    const int nameWidth = std::min(nameMetrics.horizontalAdvance(mFullStageName) + 2,
                                   std::max(width - titleWidth, width * 2 / 3));
    const int titleRoom = std::max(width - nameWidth, 0);
    mStageName->setText(nameMetrics.elidedText(mFullStageName, Qt::ElideRight, nameWidth));
    mStageName->setToolTip(mStageName->text() == mFullStageName ? QString() : mFullStageName);
    mStageName->setAccessibleName(mFullStageName);
    // "stage 2 of 5" stays whole; the journey's name gives way.
    const int journeyRoom = titleRoom - titleMetrics.horizontalAdvance(titleFor(QString()));
    mTitle->setText(
        titleFor(titleMetrics.elidedText(mJourneyName, Qt::ElideRight, std::max(journeyRoom, 0))));
    // Both policies are Ignored: the line is shared by these stretches, the widths above.
    heading->setStretch(0, std::max(nameWidth, 1));
    heading->setStretch(1, std::max(titleRoom, 1));
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
    mJourneyName = j->name;
    if (mStages.empty()) {
        mFullStageName = tr("No stages to present");
        fitHeading();
        mStage->showStage(mDocument->workspace(), mJourney, mView, mProjector);
        mStrip->setStages({}, 0, mProjector);
        return;
    }
    const Id stage = mStages[size_t(mCurrent)];
    mFullStageName = names[mCurrent];
    fitHeading();
    mStage->showStage(mDocument->workspace(), mJourney, mView.withStages(stage, stage), mProjector);
    mStrip->setStages(names, mCurrent, mProjector);
}

} // namespace Parcours
