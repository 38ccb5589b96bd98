#include "posters/opportunityboardpostercontent.h"

#include "opportunities/valueeffortmatrix.h"

#include <QChart>
#include <QGraphicsScene>
#include <QHash>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr qreal pageWidth = 1120;
constexpr qreal matrixHeight = 640;
constexpr qreal gap = 24;
constexpr qreal rowHeight = 20;
constexpr qreal bodyText = 11;
constexpr qreal smallText = 10;
// Columns: rank, title, status, quadrant, score, votes, linked to (the rest).
constexpr qreal columnWidths[] = {44, 340, 100, 100, 60, 52};

const QColor ink(0x22, 0x22, 0x22);
const QColor rule(0xcc, 0xcc, 0xcc);

QFont font(qreal pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(std::max(1, int(std::lround(pixels))));
    f.setBold(bold);
    // No ligatures, so that the PDF's text can be searched (as the poster renderer's fonts).
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return f;
}

void drawCell(QPainter *painter, const QRectF &rect, const QString &text,
              Qt::Alignment alignment = Qt::AlignLeft)
{
    const QString elided = painter->fontMetrics().elidedText(text.simplified(), Qt::ElideRight,
                                                             int(rect.width()) - 6);
    painter->drawText(rect.adjusted(3, 0, -3, 0), int(alignment | Qt::AlignVCenter), elided);
}

// Each opportunity's live links by name: "Stage", "Stage — Lane", a use case's text.
class LinkNames
{
public:
    explicit LinkNames(const Workspace &w)
    {
        for (const Journey &j : w.journeys) {
            for (const Stage &s : j.stages) {
                mStages.insert(s.id, {&s, &j});
                for (const Step &step : s.steps) // cell links name a step
                    mSteps.insert(step.id, {&s, &j});
            }
        }
        for (const Persona &p : w.personas) {
            for (const UseCase &u : p.useCases)
                mUseCases.insert(u.id, u.useCase.isEmpty() ? u.problem : u.useCase);
        }
    }

    QString of(const Opportunity &o) const
    {
        QStringList names;
        for (const OpportunityLink &link : o.links) {
            if (link.kind == OpportunityLink::Kind::UseCase) {
                if (mUseCases.contains(link.target))
                    names << mUseCases.value(link.target);
                continue;
            }
            const bool cell = link.kind == OpportunityLink::Kind::Cell;
            const auto [stage, journey] = (cell ? mSteps : mStages).value(link.target);
            if (!stage)
                continue;
            if (link.kind == OpportunityLink::Kind::Stage) {
                names << stage->name;
                continue;
            }
            if (const int lane = indexOfId(journey->lanes, link.lane); lane >= 0)
                names << stage->name + u" — "_s + journey->lanes[size_t(lane)].name;
        }
        return names.join(u"; "_s);
    }

private:
    QHash<Id, std::pair<const Stage *, const Journey *>> mStages;
    QHash<Id, std::pair<const Stage *, const Journey *>> mSteps;
    QHash<Id, QString> mUseCases;
};

} // namespace

OpportunityBoardPosterContent::OpportunityBoardPosterContent(const Workspace &workspace,
                                                             std::optional<std::vector<int>> rows)
    : mWorkspace(workspace)
{
    std::vector<int> chosen;
    if (rows) {
        chosen = *rows;
    } else {
        for (size_t i = 0; i < workspace.opportunities.size(); ++i)
            chosen.push_back(int(i));
    }
    const std::vector<MatrixBubble> bubbles = ValueEffortMatrix::bubbles(workspace, chosen);
    const LinkNames names(workspace);
    for (const MatrixBubble &b : bubbles) {
        const Opportunity *o = workspace.opportunity(b.id);
        mRows.push_back({o, b.score, names.of(*o)});
    }

    auto *chart = new QChart;
    mMatrix = std::make_unique<QGraphicsScene>();
    mMatrix->addItem(chart);
    ValueEffortMatrix::setUpChart(chart, font(smallText));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setGeometry(QRectF(0, 0, pageWidth, matrixHeight));
    ValueEffortLayer *layer = ValueEffortLayer::of(chart);
    layer->setLabelFont(font(smallText));
    layer->setBubbles(bubbles);
    // Lay the chart out now, with the print fonts, rather than on the next event loop pass.
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    mMatrix->setSceneRect(QRectF(0, 0, pageWidth, matrixHeight));
}

OpportunityBoardPosterContent::~OpportunityBoardPosterContent() = default;

QSizeF OpportunityBoardPosterContent::size() const
{
    return {pageWidth, matrixHeight + gap + rowHeight * qreal(mRows.size() + 1) + 2};
}

qreal OpportunityBoardPosterContent::bodyTextSize() const
{
    return bodyText;
}

qreal OpportunityBoardPosterContent::smallestTextSize() const
{
    return smallText;
}

void OpportunityBoardPosterContent::paint(QPainter *painter, const QRectF &exposed) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QRectF matrix(0, 0, pageWidth, matrixHeight);
    if (exposed.isEmpty() || exposed.intersects(matrix))
        mMatrix->render(painter, matrix, mMatrix->sceneRect());
    paintList(painter,
              QRectF(0, matrixHeight + gap, pageWidth, size().height() - matrixHeight - gap),
              exposed);
    painter->restore();
}

void OpportunityBoardPosterContent::paintList(QPainter *painter, const QRectF &area,
                                              const QRectF &exposed) const
{
    std::vector<QRectF> columns;
    qreal x = area.left();
    for (qreal width : columnWidths) {
        columns.emplace_back(x, 0, width, rowHeight);
        x += width;
    }
    columns.emplace_back(x, 0, area.right() - x, rowHeight);
    const auto cell = [&](size_t column, qreal top) {
        return columns[column].translated(0, top);
    };
    const Qt::Alignment right = Qt::AlignRight;
    painter->setPen(ink);
    painter->setFont(font(bodyText, true));
    const QStringList headers = {tr("Rank"),  tr("Opportunity"), tr("Status"),   tr("Quadrant"),
                                 tr("Score"), tr("Votes"),       tr("Linked to")};
    qreal y = area.top();
    for (size_t c = 0; c < columns.size(); ++c)
        drawCell(painter, cell(c, y), headers[int(c)],
                 c == 0 || (c >= 4 && c <= 5) ? right : Qt::AlignLeft);
    y += rowHeight;
    painter->setPen(QPen(rule, 1));
    painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    y += 2;
    painter->setFont(font(bodyText));
    const QLocale locale;
    for (size_t i = 0; i < mRows.size(); ++i, y += rowHeight) {
        const QRectF line(area.left(), y, area.width(), rowHeight);
        if (!exposed.isEmpty() && !exposed.intersects(line))
            continue;
        const Row &row = mRows[i];
        const Opportunity &o = *row.opportunity;
        const OpportunityQuadrant quadrant = opportunityQuadrant(o);
        if (i % 2 == 1)
            painter->fillRect(line, QColor(0xf4, 0xf4, 0xf4));
        painter->setPen(ink);
        drawCell(painter, cell(0, y), locale.toString(qulonglong(i) + 1), right);
        // The marker before the title, as on the matrix: status by shape, quadrant by colour.
        const QRectF title = cell(1, y);
        ValueEffortLayer::paintMarker(painter, o.status, quadrant,
                                      QPointF(title.left() + rowHeight / 2, title.center().y()),
                                      rowHeight * 0.55);
        painter->setPen(ink);
        drawCell(painter, title.adjusted(rowHeight, 0, 0, 0), o.title);
        drawCell(painter, cell(2, y), opportunityStatusName(o.status));
        drawCell(painter, cell(3, y), opportunityQuadrantName(quadrant));
        drawCell(painter, cell(4, y), locale.toString(row.score, 'f', 2), right);
        drawCell(painter, cell(5, y), locale.toString(o.votes), right);
        drawCell(painter, cell(6, y), row.linkedTo);
    }
}

PosterHeading OpportunityBoardPosterContent::heading() const
{
    PosterHeading heading;
    heading.kind = tr("Opportunities");
    heading.title = mWorkspace.info.name.isEmpty() ? tr("Workspace") : mWorkspace.info.name;
    const int all = int(mWorkspace.opportunities.size());
    const int shown = int(mRows.size());
    heading.summary = shown == all
        ? tr("%n opportunities, ranked by score", nullptr, all)
        : tr("%1 of %n opportunities (filtered), ranked by score", nullptr, all).arg(shown);
    heading.documentTitle = tr("Opportunities — %1").arg(heading.title);
    return heading;
}

QList<PosterLegendSection> OpportunityBoardPosterContent::legend() const
{
    PosterLegendSection shapes;
    shapes.title = tr("Status (marker shape)");
    for (int s = 0; s <= int(OpportunityStatus::Dropped); ++s) {
        const auto status = OpportunityStatus(s);
        shapes.entries << PosterLegendEntry {
            opportunityStatusName(status), [status](QPainter *painter, const QRectF &rect) {
                painter->save();
                painter->setRenderHint(QPainter::Antialiasing);
                ValueEffortLayer::paintMarker(painter, status, OpportunityQuadrant::FillIn,
                                              rect.center(), rect.height() * 0.8);
                painter->restore();
            }};
    }
    PosterLegendSection reading;
    reading.title = tr("Reading the matrix");
    reading.entries << PosterLegendEntry {
        tr("Score = (customer value + business value) × (1 + share of the votes) / effort"), {}};
    reading.entries << PosterLegendEntry {tr("Larger bubble: more votes"), {}};
    reading.entries << PosterLegendEntry {tr("Colour: the quadrant, also named in its corner"), {}};
    return {shapes, reading};
}

PosterDefaults OpportunityBoardPosterContent::defaults() const
{
    PosterDefaults defaults;
    defaults.settingsGroup = u"opportunityPoster/"_s;
    defaults.settings.orientation = QPageLayout::Portrait;
    defaults.settings.tiled = false;
    return defaults;
}

} // namespace Parcours
