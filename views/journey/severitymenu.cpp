#include "journey/severitymenu.h"

#include "document/editsseverity.h"
#include "document/entitykinds.h"
#include "domain/painseverity.h"
#include "journey/canvastextcell.h"
#include "journey/journeycanvas.h"

#include <QActionGroup>
#include <QMenu>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString lineTitle(int line, const QString &text)
{
    QString shown = text.trimmed();
    shown.replace(u'&', u"&&"_s); // a menu would take it for a mnemonic
    return SeverityMenu::tr("Line %1: %2")
        .arg(line + 1)
        .arg(shown.size() > 40 ? shown.left(39) + u'…' : shown);
}

// The four choices for one line, the current one checked.
void addChoices(QMenu *menu, WorkspaceDocument *doc, Id journey, Id stage, Id lane, int line,
                PainSeverity current)
{
    auto *group = new QActionGroup(menu);
    const std::pair<PainSeverity, QString> choices[] = {
        {PainSeverity::None, SeverityMenu::tr("&None")},
        {PainSeverity::Trivial, SeverityMenu::tr("&Trivial")},
        {PainSeverity::Workaround, SeverityMenu::tr("&Workaround")},
        {PainSeverity::Abandonment, SeverityMenu::tr("&Abandonment")},
    };
    for (const auto &[severity, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(
            u"severity_"_s
            + (severity == PainSeverity::None ? u"none"_s : painSeverityKey(severity)));
        action->setCheckable(true);
        action->setChecked(severity == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu,
                         [doc, journey, stage, lane, line, severity = severity] {
                             Edit::setLineSeverity(*doc, journey, stage, lane, line, severity);
                         });
    }
}

} // namespace

QMenu *SeverityMenu::create(QWidget *parent, JourneyCanvas *canvas,
                            const std::function<WorkspaceDocument *()> &document)
{
    auto *menu = new QMenu(tr("Se&verity"), parent);
    menu->setObjectName(u"severityMenu"_s);
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, canvas, document] {
        menu->clear();
        const CanvasTextCell target = canvasTextCell(*canvas, document());
        if (!target.isValid()) {
            menu->addAction(tr("Only in a lane of text"))->setEnabled(false);
            return;
        }
        WorkspaceDocument *doc = target.doc;
        const Id journeyId = target.journey->id;
        const Id stageId = target.step->id; // a cell's severities are its step's
        const Id laneId = target.lane;
        const Cell cell = target.step->cells.value(laneId);
        const QStringList lines = cellLines(cell.text);
        if (cell.text.trimmed().isEmpty()) {
            menu->addAction(tr("The cell is empty"))->setEnabled(false);
            return;
        }
        const int line = std::clamp(canvas->contextLine(), 0, int(lines.size()) - 1);
        if (lines.size() > 1)
            menu->addSection(lineTitle(line, lines.at(line)));
        addChoices(menu, doc, journeyId, stageId, laneId, line, severityOfLine(cell, line));
        if (lines.size() < 2)
            return;
        menu->addSeparator();
        for (int other = 0; other < int(lines.size()); ++other) {
            if (other == line || lines.at(other).trimmed().isEmpty())
                continue;
            const PainSeverity current = severityOfLine(cell, other);
            QString title = lineTitle(other, lines.at(other));
            if (current != PainSeverity::None)
                title += u"  "_s + painSeverityMark(current);
            QMenu *sub = menu->addMenu(title);
            addChoices(sub, doc, journeyId, stageId, laneId, other, current);
        }
    });
    return menu;
}

} // namespace Parcours
