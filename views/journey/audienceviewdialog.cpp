#include "journey/audienceviewdialog.h"

#include "document/editsviews.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QListWidgetItem *addChecked(QListWidget *list, const QString &text, Id id, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QList<Id> checkedIds(const QListWidget *list)
{
    QList<Id> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

} // namespace

AudienceViewDialog::AudienceViewDialog(const Workspace &workspace, const Journey &journey,
                                       const AudienceView &view, QWidget *parent)
    : QDialog(parent)
    , mJourney(journey)
    , mView(view)
    , mName(new QLineEdit(view.name))
    , mLanes(new QListWidget)
    , mCurves(new QListWidget)
    , mFirst(new QComboBox)
    , mLast(new QComboBox)
    , mZoom(new QDoubleSpinBox)
    , mProblem(new QLabel)
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setWindowTitle(view.id ? tr("Edit View") : tr("Save View As"));
    mName->setObjectName(u"viewName"_s);
    mName->setPlaceholderText(tr("Executive, Workshop, Support team…"));
    mLanes->setObjectName(u"viewLanes"_s);
    for (const Lane &lane : journey.lanes) {
        if (lane.visible)
            addChecked(mLanes, lane.name, lane.id, view.lanes.contains(lane.id));
    }
    mCurves->setObjectName(u"viewCurves"_s);
    for (const Persona &persona : workspace.personas)
        addChecked(mCurves, persona.name, persona.id, view.curvePersonas.contains(persona.id));
    for (const Stage &stage : journey.stages) {
        mFirst->addItem(stage.name, stage.id);
        mLast->addItem(stage.name, stage.id);
    }
    const int first = indexOfId(journey.stages, view.firstStage);
    const int last = indexOfId(journey.stages, view.lastStage);
    mFirst->setCurrentIndex(first < 0 ? 0 : first);
    mLast->setCurrentIndex(last < 0 ? mLast->count() - 1 : last);
    mZoom->setRange(minViewZoom * 100, maxViewZoom * 100);
    mZoom->setDecimals(0);
    mZoom->setSuffix(u" %"_s);
    mZoom->setValue(view.zoom * 100);
    mProblem->setObjectName(u"viewProblem"_s);
    mProblem->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("&Lanes shown:"), mLanes);
    if (mCurves->count() > 0)
        form->addRow(tr("&Curves shown:"), mCurves);
    else
        mCurves->hide();
    form->addRow(tr("&From stage:"), mFirst);
    form->addRow(tr("&To stage:"), mLast);
    form->addRow(tr("&Zoom:"), mZoom);
    form->addRow(mProblem);
    form->addRow(mButtons);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mName, &QLineEdit::textChanged, this, &AudienceViewDialog::check);
    connect(mLanes, &QListWidget::itemChanged, this, &AudienceViewDialog::check);
    connect(mFirst, &QComboBox::currentIndexChanged, this, &AudienceViewDialog::check);
    connect(mLast, &QComboBox::currentIndexChanged, this, &AudienceViewDialog::check);
    check();
}

void AudienceViewDialog::check()
{
    QString problem = Edit::viewNameProblem(mJourney, mName->text(), mView.id);
    if (problem.isEmpty() && checkedIds(mLanes).isEmpty())
        problem = tr("Choose at least one lane.");
    if (problem.isEmpty() && mFirst->currentIndex() > mLast->currentIndex())
        problem = tr("The first stage comes after the last one.");
    // An empty name is no mistake yet: the placeholder says what to type.
    mProblem->setText(mName->text().trimmed().isEmpty() ? QString() : problem);
    mButtons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

AudienceView AudienceViewDialog::view() const
{
    AudienceView view = mView;
    view.name = mName->text().trimmed();
    view.lanes = checkedIds(mLanes);
    view.curvePersonas = checkedIds(mCurves);
    view.zoom = mZoom->value() / 100;
    // The journey's ends stay open: stages added before the first or after the last show.
    const int first = mFirst->currentIndex();
    const int last = mLast->currentIndex();
    view.firstStage = first > 0 ? mFirst->currentData().toLongLong() : 0;
    view.lastStage = last >= 0 && last < mLast->count() - 1 ? mLast->currentData().toLongLong() : 0;
    return view;
}

} // namespace Parcours
