#include "usecases/usecasemapprinter.h"

#include "analytics/forgottenzone.h"
#include "analytics/frequencyspectrum.h"
#include "itemmodels/usecasetablemodel.h"
#include "usecases/frequencyspectrumchart.h"

#include <QChart>
#include <QDate>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

constexpr qreal pad = 3;
constexpr qreal footerHeight = 16;
constexpr qreal bodySize = 7.5;

// Pixel-size fonts: with the painter scaled to points, a pixel is a point on any device.
QFont font(qreal size, bool bold = false, bool italic = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, int(std::lround(size))));
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

// Share of the width of each column: row number and marker, then the model's columns.
constexpr qreal columnShares[] = {0.045, 0.13, 0.15, 0.15, 0.11, 0.14, 0.055, 0.07, 0.15};
constexpr int columnCount = int(std::size(columnShares));

qreal columnX(int column, qreal width)
{
    qreal x = 0;
    for (int c = 0; c < column; ++c)
        x += columnShares[c] * width;
    return x;
}

constexpr int textFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

qreal textHeight(const QFont &f, const QString &text, qreal width)
{
    if (text.isEmpty())
        return QFontMetricsF(f).height();
    return QFontMetricsF(f)
        .boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6), textFlags, text)
        .height();
}

QString verdictLine(const PersonaVerdict &v)
{
    if (v.segments == 0)
        return UseCaseMapPrinter::tr("no use case with a frequency");
    return (v.forgottenZone ? UseCaseMapPrinter::tr("\u25BD In the forgotten zone")
                            : UseCaseMapPrinter::tr("\u2713 Not in the forgotten zone"))
        + u" — "_s + describeVerdict(v);
}

} // namespace

UseCaseMapPrinter::UseCaseMapPrinter(const Workspace &workspace, Id persona)
    : mWorkspace(workspace)
    , mPersona(workspace.persona(persona))
{ }

namespace {

QString cellText(const Persona &persona, const UseCase &u, int column, int row)
{
    switch (column) {
    case 0: {
        const QString marker
            = UseCaseTableModel::markerFor(isForgotten(u), isBelowCadence(u, persona.cadence));
        return marker.isEmpty() ? QString::number(row + 1)
                                : marker + u' ' + QString::number(row + 1);
    }
    case 1: return u.problem;
    case 2: return u.useCase;
    case 3: return u.whyBetter;
    case 4: return u.alternative;
    case 5:
        if (!u.frequency.isValid())
            return UseCaseMapPrinter::tr("(not set)");
        return u.frequency.toString(UsageFrequency::interfaceLanguage()) + u'\n'
            + UsageFrequency::describeUsesPerMonth(u.frequency.usesPerMonth());
    case 6:
        return u.weight ? QLocale().toString(*u.weight, 'g', QLocale::FloatingPointShortest)
                        : QString();
    case 7:
        return u.status == UseCaseStatus::Planned ? UseCaseTableModel::tr("Planned")
                                                  : UseCaseTableModel::tr("Current");
    case 8: return u.notes;
    }
    return {};
}

} // namespace

qreal UseCaseMapPrinter::rowHeight(int row, qreal width) const
{
    const UseCase &u = mPersona->useCases[size_t(row)];
    const QFont f = font(bodySize, false, u.status == UseCaseStatus::Planned);
    qreal height = 0;
    for (int c = 0; c < columnCount; ++c) {
        height = std::max(
            height,
            textHeight(f, cellText(*mPersona, u, c, row), columnShares[c] * width - 2 * pad));
    }
    return height + 2 * pad;
}

qreal UseCaseMapPrinter::paintHeader(QPainter *painter, qreal width) const
{
    qreal y = 0;
    const QFont title = font(15, true);
    const QFont small = font(7.5);
    const QFont body = font(8.5);
    const QString heading = tr("Use-case map — %1").arg(mPersona->name);
    const QString info
        = QStringList {mWorkspace.info.name, mWorkspace.info.product,
                       QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)}
              .filter(QRegularExpression(u"\\S"_s))
              .join(u" · "_s);
    const qreal titleHeight = QFontMetricsF(title).height();
    if (mInPoster) {
        // The poster's title block names the persona and describes it.
    } else if (painter) {
        painter->setFont(small);
        painter->drawText(QRectF(0, 0, width, titleHeight), Qt::AlignRight | Qt::AlignVCenter,
                          info);
        painter->setFont(title);
        painter->drawText(QRectF(0, 0, width * 0.7, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          heading);
    }
    if (!mInPoster)
        y += titleHeight + 2;

    QString about;
    if (mPersona->weight)
        about
            += tr("Share of users: %1. ")
                   .arg(QLocale().toString(*mPersona->weight, 'g', QLocale::FloatingPointShortest));
    if (mPersona->cadence != Cadence::None)
        about += tr("Active means: %1. ").arg(cadenceKey(mPersona->cadence));
    if (!mInPoster)
        about += mPersona->description.simplified();
    if (!about.trimmed().isEmpty()) {
        const qreal h = std::min(textHeight(body, about, width), QFontMetricsF(body).height() * 3);
        if (painter) {
            painter->setFont(body);
            painter->drawText(QRectF(0, y, width, h), textFlags, about);
        }
        y += h + 4;
    }

    // Today's verdict and the verdict with planned use cases, side by side.
    const PersonaVerdict today = personaVerdict(*mPersona, VerdictScope::CurrentOnly);
    const PersonaVerdict planned = personaVerdict(*mPersona, VerdictScope::WithPlanned);
    const QFont label = font(7.5, true);
    const qreal boxHeight = QFontMetricsF(label).height() + QFontMetricsF(body).height() + 3 * pad;
    const qreal boxWidth = (width - 8) / 2;
    const std::pair<QString, const PersonaVerdict *> boxes[] = {
        {tr("Today (current use cases)"), &today},
        {tr("With planned use cases"), &planned},
    };
    for (int i = 0; i < 2; ++i) {
        const QRectF box(i * (boxWidth + 8), y, boxWidth, boxHeight);
        if (!painter)
            continue;
        painter->save();
        const bool forgotten = boxes[i].second->forgottenZone;
        painter->setPen(QPen(forgotten ? QColor(0xb0, 0x30, 0x30) : QColor(0x40, 0x80, 0x40),
                             forgotten ? 1.2 : 0.8));
        painter->setBrush(forgotten ? QColor(0xfd, 0xe8, 0xe6) : QColor(0xee, 0xf6, 0xec));
        painter->drawRect(box);
        painter->setPen(Qt::black);
        painter->setFont(label);
        painter->drawText(box.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignTop,
                          boxes[i].first);
        painter->setFont(body);
        painter->drawText(box.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignBottom,
                          verdictLine(*boxes[i].second));
        painter->restore();
    }
    y += boxHeight + 4;

    if (mInPoster)
        return y; // the poster's legend explains the markers
    const QString legend = tr("\u25BD below monthly: the forgotten zone    \u26A0 below the "
                              "persona's cadence: at risk of inactivity    italics: planned use "
                              "case");
    if (painter) {
        painter->setFont(small);
        painter->drawText(QRectF(0, y, width, QFontMetricsF(small).height()),
                          Qt::AlignLeft | Qt::AlignVCenter, legend);
    }
    y += QFontMetricsF(small).height() + 4;
    return y;
}

UseCaseMapPrinter::Layout UseCaseMapPrinter::layout(const QSizeF &area) const
{
    Layout result;
    if (!mPersona)
        return result;
    const qreal width = area.width();
    // Tall enough for the axis labels, which the chart elides when squeezed.
    const qreal chartHeight = std::clamp(area.height() * 0.42, 160.0, 250.0);
    result.firstTableTop = paintHeader(nullptr, width) + chartHeight + 6;
    const qreal headerRow = QFontMetricsF(font(bodySize, true)).height() + 2 * pad;
    const qreal bottom = area.height() - (mInPoster ? 0 : footerHeight);

    QList<int> page;
    qreal y = result.firstTableTop + headerRow;
    result.rowHeights.reserve(qsizetype(mPersona->useCases.size()));
    for (int row = 0; row < int(mPersona->useCases.size()); ++row) {
        result.rowHeights << rowHeight(row, width);
        const qreal h = std::min(result.rowHeights.back(), bottom - headerRow);
        if (y + h > bottom && !page.isEmpty()) {
            result.pages << page;
            page.clear();
            y = headerRow;
        }
        page << row;
        y += h;
    }
    result.pages << page; // page one exists even with no rows
    return result;
}

int UseCaseMapPrinter::pageCount(const QSizeF &area) const
{
    return mPersona ? int(layout(area).pages.size()) : 0;
}

qreal UseCaseMapPrinter::paintTableHeader(QPainter *painter, qreal top, qreal width) const
{
    const QFont f = font(bodySize, true);
    const qreal h = QFontMetricsF(f).height() + 2 * pad;
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe8, 0xe8, 0xe8));
    painter->drawRect(QRectF(0, top, width, h));
    painter->setPen(Qt::black);
    painter->setFont(f);
    const QString titles[] = {
        u"#"_s,
        UseCaseTableModel::tr("Problem"),
        UseCaseTableModel::tr("Use case"),
        UseCaseTableModel::tr("Why we are better"),
        UseCaseTableModel::tr("Alternative"),
        UseCaseTableModel::tr("Frequency"),
        UseCaseTableModel::tr("Weight"),
        UseCaseTableModel::tr("Status"),
        UseCaseTableModel::tr("Notes"),
    };
    for (int c = 0; c < columnCount; ++c) {
        const QRectF cell(columnX(c, width), top, columnShares[c] * width, h);
        painter->drawText(cell.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignVCenter,
                          titles[c]);
    }
    painter->setPen(QPen(Qt::black, 0.8));
    painter->drawLine(QPointF(0, top + h), QPointF(width, top + h));
    painter->restore();
    return h;
}

qreal UseCaseMapPrinter::paintRow(QPainter *painter, int row, qreal top, qreal width, qreal h) const
{
    const UseCase &u = mPersona->useCases[size_t(row)];
    const QRectF rect(0, top, width, h);
    painter->save();
    painter->setClipRect(rect);
    if (isForgotten(u)) {
        painter->fillRect(rect, QColor(0xfd, 0xe8, 0xe6));
        painter->fillRect(QRectF(0, top, columnShares[0] * width, h),
                          QBrush(QColor(0xb0, 0x30, 0x30, 90), Qt::BDiagPattern));
    } else if (isBelowCadence(u, mPersona->cadence)) {
        painter->fillRect(rect, QColor(0xfd, 0xf4, 0xdc));
    }
    painter->setPen(Qt::black);
    const QFont f = font(bodySize, false, u.status == UseCaseStatus::Planned);
    for (int c = 0; c < columnCount; ++c) {
        const QRectF cell(columnX(c, width), top, columnShares[c] * width, h);
        painter->setFont(c == 0 ? font(bodySize, true) : f);
        painter->drawText(cell.adjusted(pad, pad, -pad, -pad), textFlags,
                          cellText(*mPersona, u, c, row));
    }
    painter->setClipping(false);
    painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.5));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    painter->restore();
    return h;
}

void UseCaseMapPrinter::paintChart(QPainter *painter, const QRectF &rect) const
{
    QGraphicsScene scene;
    auto *chart = new QChart; // owned by the scene
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundPen(QPen(QColor(0xc0, 0xc0, 0xc0), 0.5));
    FrequencySpectrumChart::Style style;
    style.print = true;
    style.fontSize = 7.5;
    style.markerSize = 9;
    FrequencySpectrumChart::populate(chart, FrequencySpectrum::forPersona(*mPersona),
                                     tr("Frequency spectrum"), style);
    const QRectF sceneRect(0, 0, rect.width(), rect.height());
    chart->setGeometry(sceneRect);
    scene.setSceneRect(sceneRect);
    chart->layout()->activate(); // lay out axes and legend now, not on the next event
    QCoreApplication::sendPostedEvents(chart);
    scene.render(painter, rect, sceneRect);
}

void UseCaseMapPrinter::paintPage(QPainter *painter, const QSizeF &area, int page) const
{
    if (mPersona)
        paintPage(painter, area, layout(area), page);
}

void UseCaseMapPrinter::paintPage(QPainter *painter, const QSizeF &area, const Layout &l,
                                  int page) const
{
    if (page < 0 || page >= l.pages.size())
        return;
    const qreal width = area.width();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    qreal y = 0;
    if (page == 0) {
        y = paintHeader(painter, width);
        const qreal chartHeight = l.firstTableTop - 6 - y;
        paintChart(painter, QRectF(0, y, width, chartHeight));
        y = l.firstTableTop;
    }
    y += paintTableHeader(painter, y, width);
    for (int row : l.pages.at(page))
        y += paintRow(painter, row, y, width, l.rowHeights.at(row));
    if (mPersona->useCases.empty()) {
        painter->setFont(font(bodySize, false, true));
        painter->drawText(QRectF(0, y + pad, width, 20), Qt::AlignLeft | Qt::AlignTop,
                          tr("No use case yet."));
    }

    if (mInPoster) {
        painter->restore();
        return;
    }
    painter->setFont(font(7));
    painter->setPen(QColor(0x60, 0x60, 0x60));
    const QRectF footer(0, area.height() - footerHeight + 4, width, footerHeight - 4);
    painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                      tr("Parcours — use-case map of %1").arg(mPersona->name));
    painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                      tr("Page %1 of %2").arg(page + 1).arg(l.pages.size()));
    painter->restore();
}

bool UseCaseMapPrinter::print(QPagedPaintDevice *device) const
{
    if (!mPersona)
        return false;
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QSizeF area = device->pageLayout().paintRect(QPageLayout::Point).size();
    const qreal scale = device->logicalDpiX() / 72.0;
    // Laid out once: measuring every row again for each page made printing quadratic.
    const Layout l = layout(area);
    const int pages = int(l.pages.size());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.scale(scale, scale);
        paintPage(&painter, area, l, page);
        painter.restore();
    }
    return painter.end();
}

bool UseCaseMapPrinter::exportPdf(const QString &path, QString *error) const
{
    if (!mPersona) {
        *error = tr("no persona to print");
        return false;
    }
    QPdfWriter writer(path);
    writer.setTitle(tr("Use-case map — %1").arg(mPersona->name));
    writer.setCreator(u"Parcours"_s);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    if (!print(&writer)) {
        *error = tr("the file cannot be written");
        return false;
    }
    return true;
}

} // namespace Parcours
