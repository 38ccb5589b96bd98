#include "journey/curveactions.h"

#include "document/editscurves.h"
#include "journey/curveoverlay.h"
#include "journey/journeycanvas.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QIcon markerIcon(const CurveInfo &curve)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    CurvePainter::paintMarker(&painter, QPointF(8, 8), 5, curve.shape, curve.color, curve.hollow);
    return QIcon(pixmap);
}

} // namespace

CurveActions CurveActions::create(QWidget *parent, JourneyCanvas *canvas,
                                  const std::function<WorkspaceDocument *()> &document)
{
    CurveActions a;
    a.compareWith = new QAction(tr("Compare &With…"), parent);
    a.compareWith->setObjectName(u"compareWith"_s);
    a.compareWith->setToolTip(tr("Overlay the curve of another journey, such as its to-be copy, "
                                 "and list the steps where it scores differently"));
    QObject::connect(a.compareWith, &QAction::triggered, parent, [parent, canvas, document] {
        WorkspaceDocument *doc = document();
        if (doc && canvas->journeyId())
            chooseComparedJourney(parent, *doc, canvas->journeyId());
    });
    a.showCurves = new QAction(tr("Show &Curves…"), parent);
    a.showCurves->setObjectName(u"showCurves"_s);
    a.showCurves->setToolTip(tr("Choose which personas' curves the map shows"));
    QObject::connect(a.showCurves, &QAction::triggered, canvas,
                     [canvas] { chooseShownCurves(canvas); });
    // Offered past eight curves only; Compare With needs another journey and a writable file.
    const auto update = [a, canvas, document] {
        const WorkspaceDocument *doc = document();
        a.showCurves->setVisible(int(canvas->curveOverlay()->curves().size())
                                 > CurveOverlay::chooserThreshold);
        a.compareWith->setEnabled(doc && !doc->isReadOnly() && canvas->journeyId()
                                  && doc->workspace().journeys.size() > 1);
    };
    update();
    QObject::connect(canvas, &JourneyCanvas::layoutUpdated, a.showCurves, update);
    QObject::connect(canvas->curveOverlay(), &CurveOverlay::changed, a.showCurves, update);
    return a;
}

bool CurveActions::chooseComparedJourney(QWidget *parent, WorkspaceDocument &document, Id journey)
{
    const Workspace &w = document.workspace();
    const Journey *j = w.journey(journey);
    if (!j)
        return false;
    QStringList names {tr("(None)")};
    QList<Id> ids {0};
    for (const Journey &other : w.journeys) {
        if (other.id == journey)
            continue;
        QString name = other.name.trimmed().isEmpty() ? tr("(unnamed journey)") : other.name;
        if (names.contains(name)) // two journeys of one name: tell them apart
            name = tr("%1 (%2)").arg(name).arg(ids.size());
        names << name;
        ids << other.id;
    }
    QInputDialog dialog(parent);
    dialog.setObjectName(u"compareWithDialog"_s);
    dialog.setWindowTitle(tr("Compare With"));
    dialog.setLabelText(
        tr("Overlay the curve of this journey (such as the to-be copy of “%1”):").arg(j->name));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(false);
    dialog.setTextValue(names.value(std::max(0, int(ids.indexOf(j->compareWith)))));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const qsizetype chosen = names.indexOf(dialog.textValue());
    return chosen >= 0 && Edit::setCompareWith(document, journey, ids[chosen]);
}

bool CurveActions::chooseShownCurves(JourneyCanvas *canvas)
{
    CurveOverlay *overlay = canvas->curveOverlay();
    const std::vector<CurveInfo> curves = overlay->curves();
    if (curves.empty())
        return false;
    QDialog dialog(canvas);
    dialog.setObjectName(u"showCurvesDialog"_s);
    dialog.setWindowTitle(tr("Show Curves"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Curves the map shows (posters print them all):")));
    auto *list = new QListWidget;
    for (const CurveInfo &c : curves) {
        auto *item = new QListWidgetItem(markerIcon(c), c.name, list);
        item->setData(Qt::UserRole, c.persona);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(overlay->hidden().contains(c.persona) ? Qt::Unchecked : Qt::Checked);
    }
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QSet<Id> hidden;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() != Qt::Checked)
            hidden.insert(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    overlay->setHidden(hidden);
    return true;
}

} // namespace Parcours
