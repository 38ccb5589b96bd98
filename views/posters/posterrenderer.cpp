#include "posters/posterrenderer.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// What `measure` gives at `width`, measured once per width: a poster asks for the same few
// widths again and again (each sheet, the preview's pages).
template<typename Measured, typename Measure>
const Measured &measuredOnce(std::vector<std::pair<qreal, Measured>> &measured, qreal width,
                             Measure measure)
{
    const auto known = std::find_if(measured.cbegin(), measured.cend(),
                                    [width](const auto &each) { return each.first == width; });
    if (known != measured.cend())
        return known->second;
    return measured.emplace_back(width, measure()).second;
}

// The title block and legend are laid out for a 13 px body text, then scaled to the content's.
constexpr qreal referenceBody = 13;
constexpr qreal minimumWidth = 640; // title block units
constexpr qreal partGap = 28;
constexpr qreal legendIcon = 18;
constexpr qreal legendRow = 22;
constexpr int markFontPixels = 100; // marks are drawn at this size, scaled to millimetres

QFont fontOf(const QString &family, int pixels, bool bold = false)
{
    QFont font(family);
    font.setPixelSize(pixels);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    // No ligatures, so that a PDF's text reads "first" when searched (see JourneyPosterContent).
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

// Text `sizeMm` high (its em) in `rect` (mm), for the marks around tiled sheets. Elided to
// the rect's width.
void drawMmText(QPainter *painter, const QRectF &rect, int flags, const QString &text, qreal sizeMm,
                const QFont &base, const QColor &color, qreal rotation = 0)
{
    if (text.isEmpty() || rect.width() <= 0 || sizeMm <= 0)
        return;
    QFont font = base;
    font.setPixelSize(markFontPixels);
    const qreal k = sizeMm / markFontPixels;
    painter->save();
    painter->translate(rect.center());
    painter->rotate(rotation);
    const bool turned = std::abs(std::remainder(rotation, 180.0)) > 45;
    const QSizeF box = turned ? QSizeF(rect.height(), rect.width()) : rect.size();
    painter->scale(k, k);
    const QRectF local(-box.width() / 2 / k, -box.height() / 2 / k, box.width() / k,
                       box.height() / k);
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, local.width());
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(local, flags | Qt::TextSingleLine, shown);
    painter->restore();
}

// A sheet's notes in `rect` (millimetres): wrapped at words (inside a word when one is too
// long), at `sizeMm` or smaller until every line fits; never cut or elided.
void drawMmParagraph(QPainter *painter, const QRectF &rect, int flags, const QString &text,
                     qreal sizeMm, const QFont &base, const QColor &color)
{
    if (text.isEmpty() || rect.width() <= 0 || rect.height() <= 0 || sizeMm <= 0)
        return;
    QFont font = base;
    font.setPixelSize(markFontPixels);
    const QFontMetricsF metrics(font);
    const int wrap = flags | Qt::TextWordWrap;
    qreal size = sizeMm;
    for (;; size *= 0.9) {
        const qreal k = size / markFontPixels;
        const QRectF local(0, 0, rect.width() / k, rect.height() / k);
        const QRectF needed = metrics.boundingRect(local, wrap | Qt::TextWrapAnywhere, text);
        if ((needed.height() <= local.height() && needed.width() <= local.width()) || size < 0.5)
            break;
    }
    const qreal k = size / markFontPixels;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(k, k);
    painter->setFont(font);
    painter->setPen(color);
    const QRectF local(0, 0, rect.width() / k, rect.height() / k);
    // Whole words when they fit on a line, else breaks inside one.
    const bool wordsFit = metrics.boundingRect(local, wrap, text).width() <= local.width();
    painter->drawText(local, wordsFit ? wrap : wrap | Qt::TextWrapAnywhere, text);
    painter->restore();
}

qreal mmTextWidth(const QString &text, qreal sizeMm, const QFont &base)
{
    QFont font = base;
    font.setPixelSize(markFontPixels);
    return QFontMetricsF(font).horizontalAdvance(text) * sizeMm / markFontPixels;
}

QRectF scaled(const QRectF &r, qreal k)
{
    return QRectF(r.x() * k, r.y() * k, r.width() * k, r.height() * k);
}

} // namespace

PosterRenderer::PosterRenderer(const PosterContent &content, const PosterInfo &info)
    : mContent(content)
    , mInfo(info)
    , mStyle(JourneyStyle::standard())
{
    mStyle.font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // no ligatures, as fontOf()
    const qreal body = content.bodyTextSize();
    mUnit = body > 0 ? body / referenceBody : 1;
    mSmallestText = content.smallestTextSize() > 0
        ? std::min(content.smallestTextSize(), 12 * mUnit)
        : 12 * mUnit;
    mWrap = content.wrapGeometry();
    qreal left = mWrap.headerWidth;
    for (qreal w : mWrap.unitWidths) {
        mUnitLefts.push_back(left);
        left += w;
    }
    arrange({});
}

void PosterRenderer::arrange(std::vector<PosterRowCut> cuts, int columns) const
{
    if (cuts.size() <= 1)
        cuts.clear(); // one row is the band itself
    columns = std::clamp(columns, 1, mContent.maxColumns());
    if (mArranged && cuts == mCuts && columns == mColumns)
        return;
    mArranged = true;
    mCuts = std::move(cuts);
    mColumns = columns;
    QSizeF contentSize = mContent.columnsSize(mColumns);
    if (!mCuts.empty()) {
        qreal widest = 0;
        for (const PosterRowCut &c : mCuts)
            widest = std::max(widest, c.width);
        const auto rows = qreal(mCuts.size());
        contentSize
            = QSizeF(mWrap.headerWidth + widest, rows * mWrap.rowHeight + (rows - 1) * mWrap.gap);
    }
    const qreal width = std::max(contentSize.width(), minimumWidth * mUnit);
    measureHeading(width / mUnit);
    measureLegend(width / mUnit);

    mHeadingRect = QRectF(0, 0, width, mHeading.height * mUnit);
    mContentRect
        = QRectF((width - contentSize.width()) / 2, mHeadingRect.bottom() + partGap * mUnit,
                 contentSize.width(), contentSize.height());
    qreal bottom = mContentRect.bottom();
    mLegendRect = QRectF();
    if (mLegend.height > 0) {
        mLegendRect = QRectF(0, bottom + partGap * mUnit, width, mLegend.height * mUnit);
        bottom = mLegendRect.bottom();
    }
    mSize = QSizeF(width, bottom);
}

qreal PosterRenderer::aroundHeight(qreal width) const
{
    mArranged = false; // the parts are measured at another width here
    measureHeading(width / mUnit);
    measureLegend(width / mUnit);
    return (mHeading.height + partGap + (mLegend.height > 0 ? partGap + mLegend.height : 0))
        * mUnit;
}

int PosterRenderer::automaticRowCount(const PosterSettings &settings) const
{
    // The title block and legend grow as the poster narrows: choose with their height at the
    // width of the last choice until the choice holds (it does at once or after a step).
    int rows = 1;
    for (int pass = 0; pass < 4; ++pass) {
        const qreal width
            = std::max(mWrap.headerWidth + PosterRows::narrowestWidth(mWrap.unitWidths, rows),
                       minimumWidth * mUnit);
        const int chosen = PosterRows::choose(settings, mWrap, mSmallestText, aroundHeight(width),
                                              minimumWidth * mUnit)
                               .rows;
        if (chosen == rows && pass > 0)
            break;
        rows = chosen;
    }
    return rows;
}

std::vector<PosterRowCut> PosterRenderer::cutsFor(const PosterSettings &settings) const
{
    if (!mWrap.canWrap() || settings.rows == 1)
        return {};
    const int rows = settings.rows == PosterSettings::automaticRows ? automaticRowCount(settings)
                                                                    : settings.rows;
    return PosterRows::cut(mWrap.unitWidths, rows);
}

int PosterRenderer::columnsFor(const PosterSettings &settings) const
{
    if (!flowsIntoColumns())
        return 1;
    return settings.rows == PosterSettings::automaticRows
        ? automaticColumnCount(settings)
        : std::clamp(settings.rows, 1, mContent.maxColumns());
}

// The column count printing the smallest text largest on the sheet (the fewest on a tie):
// every count tried, the title block and legend measured at each width.
int PosterRenderer::automaticColumnCount(const PosterSettings &settings) const
{
    PosterSettings sheet = settings;
    sheet.tiled = false; // the poster's scale does not depend on its tiles
    int best = 1;
    qreal bestScale = 0;
    for (int columns = 1; columns <= mContent.maxColumns(); ++columns) {
        arrange({}, columns);
        const PosterLayout layout(sheet, mSize, mSmallestText);
        if (!layout.isValid())
            break;
        if (layout.scale() > bestScale * (1 + 1e-9)) {
            best = columns;
            bestScale = layout.scale();
        }
    }
    return best;
}

int PosterRenderer::rowCountFor(const PosterSettings &settings) const
{
    return std::max(1, int(cutsFor(settings).size()));
}

QString PosterRenderer::describeRows(const PosterLayout &layout) const
{
    if (mColumns > 1 && layout.isValid()) {
        //: A use-case map flowed into columns
        return tr("%1 columns, smallest text %2 pt")
            .arg(mColumns)
            .arg(QLocale().toString(layout.smallestTextPt(), 'f', 1));
    }
    if (mCuts.empty() || !layout.isValid())
        return {};
    //: %1 is "4 rows of 12–13 stages"
    return tr("%1, smallest text %2 pt")
        .arg(PosterRows::describe(mCuts), QLocale().toString(layout.smallestTextPt(), 'f', 1));
}

QString PosterRenderer::wrapAdvice(const PosterSettings &settings,
                                   const PosterAdvice &context) const
{
    if (flowsIntoColumns())
        return columnsAdvice(settings, context);
    if (!mWrap.canWrap() || settings.rows != 1)
        return {};
    PosterSettings automatic = settings;
    automatic.rows = PosterSettings::automaticRows;
    const std::vector<PosterRowCut> cuts = cutsFor(automatic);
    if (cuts.size() <= 1)
        return {};
    // The one band's and the wrapped poster's text sizes, then the present arrangement back.
    const std::vector<PosterRowCut> present = mCuts;
    arrange({});
    const qreal band = PosterLayout(settings, mSize, mSmallestText).smallestTextPt();
    arrange(cuts);
    const PosterLayout wrapped(automatic, mSize, mSmallestText);
    arrange(present);
    const QString size = QLocale().toString(wrapped.smallestTextPt(), 'f', 1);
    if (wrapped.isLegible()) {
        return context.commandLine
            ? tr("Wrap it into %1 rows (--rows auto): the smallest text would be %2 pt.")
                  .arg(cuts.size())
                  .arg(size)
            : tr("Choose automatic rows: %1 rows would print the smallest text at %2 pt.")
                  .arg(cuts.size())
                  .arg(size);
    }
    // Still too small, but much larger: wrap first, then what the wrapped poster needs.
    if (wrapped.smallestTextPt() < 1.25 * band)
        return {};
    PosterAdvice then = context;
    then.wrap.clear();
    //: %3 is what the wrapped poster needs: "Choose A1 or larger."
    return context.commandLine
        ? tr("Wrapped into %1 rows (--rows auto), it would print at %2 pt; then: %3")
              .arg(cuts.size())
              .arg(size, wrapped.legibilityRemedy(then))
        : tr("With automatic rows (%1 rows), it would print at %2 pt; then: %3")
              .arg(cuts.size())
              .arg(size, wrapped.legibilityRemedy(then));
}

// For content in columns: when one column prints too small to read and automatic columns
// would print it legibly, how.
QString PosterRenderer::columnsAdvice(const PosterSettings &settings,
                                      const PosterAdvice &context) const
{
    if (settings.rows != 1)
        return {};
    PosterSettings automatic = settings;
    automatic.rows = PosterSettings::automaticRows;
    const std::vector<PosterRowCut> presentCuts = mCuts;
    const int present = mColumns;
    const int columns = automaticColumnCount(automatic);
    arrange({}, columns);
    const PosterLayout flowed(automatic, mSize, mSmallestText);
    arrange({}, 1);
    const qreal one = PosterLayout(settings, mSize, mSmallestText).smallestTextPt();
    arrange(presentCuts, present);
    if (columns <= 1)
        return {};
    const QString size = QLocale().toString(flowed.smallestTextPt(), 'f', 1);
    if (flowed.isLegible()) {
        return context.commandLine
            ? tr("Flow it into %1 columns (--rows auto): the smallest text would be %2 pt.")
                  .arg(columns)
                  .arg(size)
            : tr("Choose automatic columns: %1 columns would print the smallest text at %2 pt.")
                  .arg(columns)
                  .arg(size);
    }
    // Still too small, but much larger: columns first, then what that poster needs.
    if (flowed.smallestTextPt() < 1.25 * one)
        return {};
    PosterAdvice then = context;
    then.wrap.clear();
    //: %3 is what the poster in columns needs: "Choose A0 or larger."
    return context.commandLine
        ? tr("Flowed into %1 columns (--rows auto), it would print at %2 pt; then: %3")
              .arg(columns)
              .arg(size, flowed.legibilityRemedy(then))
        : tr("With automatic columns (%1 columns), it would print at %2 pt; then: %3")
              .arg(columns)
              .arg(size, flowed.legibilityRemedy(then));
}

PosterRenderer::~PosterRenderer() = default;

QString PosterRenderer::documentTitle() const
{
    const PosterHeading h = mContent.heading();
    return h.documentTitle.isEmpty() ? h.title : h.documentTitle;
}

PosterLayout PosterRenderer::layout(const PosterSettings &settings) const
{
    const int columns = columnsFor(settings);
    arrange(cutsFor(settings), columns);
    return PosterLayout(settings, mSize, mSmallestText);
}

QPageLayout::Orientation PosterRenderer::largerScaleOrientation(PosterSettings settings) const
{
    settings.orientation = QPageLayout::Portrait;
    const qreal portrait = layout(settings).scale();
    settings.orientation = QPageLayout::Landscape;
    return layout(settings).scale() < portrait ? QPageLayout::Portrait : QPageLayout::Landscape;
}

// --- Title block -------------------------------------------------------------------------

void PosterRenderer::measureHeading(qreal width) const
{
    mHeading = measuredOnce(mHeadings, width, [this, width] { return headingAt(width); });
}

PosterRenderer::Heading PosterRenderer::headingAt(qreal width) const
{
    Heading m;
    const QString family = mStyle.font.family();
    const PosterHeading h = mContent.heading();
    QList<std::pair<QString, QString>> fields = h.fields;
    if (mInfo.date.isValid())
        fields << std::pair(tr("Date"), mInfo.date.toString(Qt::ISODate));
    if (!mInfo.notes.isEmpty())
        fields << std::pair(tr("Notes"), mInfo.notes);

    const bool stacked = width < 960;
    const qreal fieldsWidth = stacked ? width : std::clamp(width * 0.28, qreal(280), qreal(440));
    const qreal leftWidth = stacked ? width : width - fieldsWidth - 48;
    qreal y = 0;
    m.kind = TextBox(h.kind.toUpper(), fontOf(family, 13, true), leftWidth);
    y = m.kind.height() + 2;
    m.titleY = y;
    m.title = TextBox(h.title, fontOf(family, 40, true), leftWidth);
    y += m.title.height();
    m.description = TextBox(h.description, fontOf(family, 17), leftWidth);
    if (!m.description.isEmpty()) {
        m.descriptionY = y + 6;
        y = m.descriptionY + m.description.height();
    }
    m.summary = TextBox(h.summary, fontOf(family, 15), leftWidth);
    if (!m.summary.isEmpty()) {
        m.summaryY = y + 10;
        y = m.summaryY + m.summary.height();
    }

    const QFont labelFont = fontOf(family, 12, true);
    const QFont valueFont = fontOf(family, 15, true);
    qreal bottom = y;
    if (!stacked) {
        m.fieldsX = width - fieldsWidth;
        qreal fy = 4;
        for (const auto &[label, value] : std::as_const(fields)) {
            Field f {TextBox(label.toUpper(), labelFont, fieldsWidth),
                     TextBox(value, valueFont, fieldsWidth), QPointF(m.fieldsX, fy)};
            fy += f.label.height() + 1 + f.value.height() + 10;
            m.fields.push_back(std::move(f));
        }
        bottom = std::max(bottom, fy - 10);
    } else if (!fields.isEmpty()) {
        m.fieldsX = 0;
        const int columns = width >= 600 ? 3 : 2;
        const qreal columnWidth = (width - (columns - 1) * 24) / columns;
        qreal rowTop = y + 16;
        qreal rowHeight = 0;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const int column = int(i % columns);
            if (column == 0 && i > 0) {
                rowTop += rowHeight + 10;
                rowHeight = 0;
            }
            Field f {TextBox(fields[i].first.toUpper(), labelFont, columnWidth),
                     TextBox(fields[i].second, valueFont, columnWidth),
                     QPointF(column * (columnWidth + 24), rowTop)};
            rowHeight = std::max(rowHeight, f.label.height() + 1 + f.value.height());
            m.fields.push_back(std::move(f));
        }
        bottom = rowTop + rowHeight;
    }
    m.height = bottom + 14 + 3; // space, then a rule 3 units thick
    return m;
}

void PosterRenderer::paintHeading(QPainter *painter) const
{
    const JourneyStyle &s = mStyle;
    const qreal width = mHeadingRect.width() / mUnit;
    auto draw = [painter](const TextBox &text, const QPointF &at, const QColor &color) {
        if (text.isEmpty())
            return;
        painter->setPen(color);
        text.draw(painter, at);
    };
    draw(mHeading.kind, QPointF(0, 0), s.accent);
    draw(mHeading.title, QPointF(0, mHeading.titleY), s.text);
    draw(mHeading.description, QPointF(0, mHeading.descriptionY), s.secondaryText);
    draw(mHeading.summary, QPointF(0, mHeading.summaryY), s.text);
    for (const Field &f : mHeading.fields) {
        draw(f.label, f.pos, s.secondaryText);
        draw(f.value, f.pos + QPointF(0, f.label.height() + 1), s.text);
    }
    if (mHeading.fieldsX > 0 && !mHeading.fields.empty()) {
        const Field &last = mHeading.fields.back();
        const qreal bottom = last.pos.y() + last.label.height() + 1 + last.value.height();
        painter->fillRect(QRectF(mHeading.fieldsX - 24, 2, 1.5, bottom - 2), s.grid);
    }
    painter->fillRect(QRectF(0, mHeading.height - 3, width, 3), s.text);
}

// --- Legend ------------------------------------------------------------------------------

void PosterRenderer::measureLegend(qreal width) const
{
    mLegend = measuredOnce(mLegends, width, [this, width] { return legendAt(width); });
}

PosterRenderer::Legend PosterRenderer::legendAt(qreal width) const
{
    Legend m;
    m.sections = mContent.legend();
    if (m.sections.isEmpty())
        return m;
    const QString family = mStyle.font.family();
    const QFont titleFont = fontOf(family, 12, true);
    const QFont labelFont = fontOf(family, 13);
    constexpr qreal top = 16;
    constexpr qreal iconGap = 7;
    constexpr qreal entryGap = 24;
    constexpr qreal sectionGap = 44;
    constexpr qreal titleGap = 12;

    // Items flow left to right in rows; a section title stays with its first entry.
    std::vector<LegendItem> row;
    qreal x = 0;
    qreal y = top;
    auto finishRow = [&] {
        qreal height = legendRow;
        for (const LegendItem &item : row)
            height = std::max(height, item.text.height());
        for (LegendItem &item : row) {
            item.textPos.setY(y + (height - item.text.height()) / 2);
            if (!item.icon.isEmpty())
                item.icon.moveTop(y + (height - item.icon.height()) / 2);
            m.items.push_back(std::move(item));
        }
        row.clear();
        y += height + 8;
        x = 0;
    };
    auto entryItem = [&](int section, int entry) {
        const PosterLegendEntry &e = m.sections[section].entries[entry];
        const qreal iconWidth = legendIcon * std::max(qreal(1), e.iconWidth);
        LegendItem item;
        qreal labelWidth = std::max(qreal(40), width - iconWidth - iconGap);
        if (e.labelWidth > 0)
            labelWidth = std::min(labelWidth, e.labelWidth);
        item.text = TextBox(e.label, labelFont, labelWidth);
        item.icon = QRectF(0, 0, iconWidth, legendIcon);
        item.section = section;
        item.entry = entry;
        return item;
    };
    auto widthOf = [](const LegendItem &item) {
        return item.icon.isEmpty() ? item.text.size().width()
                                   : item.icon.width() + iconGap + item.text.size().width();
    };
    auto place = [&](LegendItem item) {
        if (item.icon.isEmpty()) {
            item.textPos = QPointF(x, 0);
        } else {
            item.icon.moveLeft(x);
            item.textPos = QPointF(x + item.icon.width() + iconGap, 0);
        }
        x += widthOf(item);
        row.push_back(std::move(item));
    };
    for (int s = 0; s < m.sections.size(); ++s) {
        const PosterLegendSection &section = m.sections[s];
        LegendItem title;
        title.text = TextBox(section.title.toUpper(), titleFont, width);
        title.section = s;
        const qreal firstWidth
            = section.entries.isEmpty() ? 0 : titleGap + widthOf(entryItem(s, 0));
        if (x > 0 && x + sectionGap + widthOf(title) + firstWidth > width)
            finishRow();
        if (x > 0)
            x += sectionGap;
        place(std::move(title));
        for (int e = 0; e < section.entries.size(); ++e) {
            LegendItem item = entryItem(s, e);
            const qreal gap = e == 0 ? titleGap : entryGap;
            if (x > 0 && x + gap + widthOf(item) > width)
                finishRow();
            else
                x += gap;
            place(std::move(item));
        }
    }
    if (!row.empty())
        finishRow();
    m.height = y - 8;
    return m;
}

void PosterRenderer::paintLegend(QPainter *painter) const
{
    const JourneyStyle &s = mStyle;
    painter->fillRect(QRectF(0, 0, mLegendRect.width() / mUnit, 1.5), s.grid);
    for (const LegendItem &item : mLegend.items) {
        if (item.entry < 0) {
            painter->setPen(s.secondaryText);
        } else {
            const PosterLegendEntry &e = mLegend.sections[item.section].entries[item.entry];
            if (e.paintIcon) {
                painter->save();
                e.paintIcon(painter, item.icon);
                painter->restore();
            }
            painter->setPen(s.text);
        }
        item.text.draw(painter, item.textPos);
    }
}

// --- Painting ----------------------------------------------------------------------------

void PosterRenderer::paint(QPainter *painter, const QRectF &exposed) const
{
    const QRectF area = exposed.isEmpty() ? QRectF(QPointF(), mSize) : exposed;
    if (mHeadingRect.intersects(area)) {
        painter->save();
        painter->translate(mHeadingRect.topLeft());
        painter->scale(mUnit, mUnit);
        paintHeading(painter);
        painter->restore();
    }
    if (mContentRect.intersects(area)) {
        painter->save();
        painter->translate(mContentRect.topLeft());
        const QRectF part = exposed.isEmpty()
            ? QRectF()
            : area.intersected(mContentRect).translated(-mContentRect.topLeft());
        if (mCuts.empty())
            mContent.paintColumns(painter, mColumns, part);
        else
            paintRows(painter, part);
        painter->restore();
    }
    if (!mLegendRect.isEmpty() && mLegendRect.intersects(area)) {
        painter->save();
        painter->translate(mLegendRect.topLeft());
        painter->scale(mUnit, mUnit);
        paintLegend(painter);
        painter->restore();
    }
}

// The rows of a wrapped content: each row's units from their place in the band, the header
// repeated at its left, and the markers saying where the row goes on and comes from.
void PosterRenderer::paintRows(QPainter *painter, const QRectF &part) const
{
    const qreal header = mWrap.headerWidth;
    const qreal height = mWrap.rowHeight;
    for (size_t i = 0; i < mCuts.size(); ++i) {
        const PosterRowCut &cut = mCuts[i];
        const qreal top = qreal(i) * (height + mWrap.gap);
        const QRectF row(0, top - mWrap.gap, header + cut.width, height + 2 * mWrap.gap);
        if (!part.isEmpty() && !part.intersects(row))
            continue;
        paintPart(painter, QRectF(header, top, cut.width, height),
                  QPointF(mUnitLefts[size_t(cut.first)], 0), part);
        // The header after the units: SVG ignores clipping, and the curve entering the row
        // from the previous one would otherwise show over the lane headers.
        paintPart(painter, QRectF(0, top, header, height), QPointF(0, 0), part);
        paintRowMarkers(painter, int(i), top);
    }
}

// The content's part at `source` (its top-left, in the one-band content) painted into
// `target`, clipped to it; `part` (target coordinates, empty: all) limits the work.
void PosterRenderer::paintPart(QPainter *painter, const QRectF &target, const QPointF &source,
                               const QRectF &part) const
{
    const QRectF visible = part.isEmpty() ? target : part.intersected(target);
    if (visible.isEmpty())
        return;
    painter->save();
    painter->setClipRect(target, Qt::IntersectClip);
    const QPointF shift = target.topLeft() - source;
    painter->translate(shift);
    // A hair inside, so that the neighbouring stages, which only touch the edges, are left out.
    constexpr qreal hair = 0.01;
    mContent.paint(painter, visible.translated(-shift).adjusted(hair, 0, -hair, 0));
    painter->restore();
}

void PosterRenderer::paintRowMarkers(QPainter *painter, int row, qreal top) const
{
    const PosterRowCut &cut = mCuts[size_t(row)];
    const QFont font = fontOf(mStyle.font.family(), std::max(1, qRound(mContent.bodyTextSize())));
    const qreal header = mWrap.headerWidth;
    const qreal inset = mWrap.gap / 8;
    painter->setPen(mStyle.accent);
    if (size_t(row) + 1 < mCuts.size()) { // under the row's end
        const TextBox text(tr("continued ▸"), font, cut.width);
        text.draw(painter,
                  QPointF(header + cut.width - text.size().width(), top + mWrap.rowHeight + inset));
    }
    if (row > 0) { // above the row's start
        const TextBox text(mContent.continuedFrom(cut.first), font, cut.width);
        if (!text.isEmpty())
            text.draw(painter, QPointF(header, top - inset - text.height()));
    }
}

void PosterRenderer::paintSheet(QPainter *painter, const PosterLayout &layout, int tile,
                                const QRectF &exposed) const
{
    if (!layout.isValid() || tile < 0 || tile >= layout.sheetCount())
        return;
    const PosterTile &t = layout.tiles()[size_t(tile)];
    const QRectF target = t.target();
    const QRectF visible = exposed.isEmpty() ? target : exposed.intersected(target);
    if (!visible.isEmpty()) {
        painter->save();
        if (layout.settings().tiled)
            painter->setClipRect(target, Qt::IntersectClip);
        const QPointF toPoster = t.source.topLeft() - target.topLeft();
        painter->translate(-toPoster);
        // Poster millimetres from here; then the content's unit.
        const QRectF posterArea = visible.translated(toPoster);
        const QRectF content = layout.contentRect();
        painter->translate(content.topLeft());
        painter->scale(layout.scale(), layout.scale());
        paint(painter,
              scaled(posterArea.translated(-content.topLeft()), 1 / layout.scale())
                  .adjusted(-1, -1, 1, 1));
        painter->restore();
    }
    if (layout.settings().tiled)
        paintTileMarks(painter, layout, tile);
}

// Around each tiled sheet: cut marks at the corners of the printed part, alignment marks
// where the next sheet's edge goes, the sheet's label and place in the grid, its neighbours'
// labels on each joining edge, and how to assemble it.
void PosterRenderer::paintTileMarks(QPainter *painter, const PosterLayout &layout, int tile) const
{
    const PosterTile &t = layout.tiles()[size_t(tile)];
    const QRectF r = t.target();
    const qreal m = layout.settings().margin;
    const QFont font = mStyle.font;
    const QColor ink(Qt::black);
    const QColor soft = mStyle.secondaryText;
    const qreal gap = std::min(qreal(1.5), m * 0.2);
    const qreal length = std::clamp(m - gap - 1, qreal(0), qreal(6));
    const qreal text = std::min(qreal(6), m * 0.55); // label size, mm: 5.5 in a 10 mm margin
    const qreal small = std::min(qreal(2.6), text * 0.5);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Cut marks, outside the printed part so that trimming leaves none.
    QPen pen(ink, 0.2);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    for (const QPointF &corner : {r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight()}) {
        const qreal sx = corner.x() < r.center().x() ? -1 : 1;
        const qreal sy = corner.y() < r.center().y() ? -1 : 1;
        painter->drawLine(QPointF(corner.x() + sx * gap, corner.y()),
                          QPointF(corner.x() + sx * (gap + length), corner.y()));
        painter->drawLine(QPointF(corner.x(), corner.y() + sy * gap),
                          QPointF(corner.x(), corner.y() + sy * (gap + length)));
    }

    // Alignment marks: the neighbour's trimmed edge goes on the line they point at.
    const qreal a = std::min(qreal(2.5), m * 0.3);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mStyle.accent);
    auto triangle = [painter, a](const QPointF &tip, qreal dx, qreal dy) {
        // Pointing in direction (dx, dy).
        QPainterPath path(tip);
        path.lineTo(tip.x() - dx * a - dy * a / 2, tip.y() - dy * a - dx * a / 2);
        path.lineTo(tip.x() - dx * a + dy * a / 2, tip.y() - dy * a + dx * a / 2);
        path.closeSubpath();
        painter->drawPath(path);
    };
    qreal mapRight = r.right() - gap - 1;
    if (t.overlapRight > 0) {
        const qreal x = r.right() - t.overlapRight;
        triangle(QPointF(x, r.top() - gap), 0, 1);
        triangle(QPointF(x, r.bottom() + gap), 0, -1);
        mapRight = std::min(mapRight, x - a - 1);
    }
    if (t.overlapBottom > 0) {
        const qreal y = r.bottom() - t.overlapBottom;
        triangle(QPointF(r.left() - gap, y), 1, 0);
        triangle(QPointF(r.right() + gap, y), -1, 0);
    }

    // Neighbours, on the joining edges.
    const int rows = layout.rows();
    const int columns = layout.columns();
    const QFont bold = [&font] {
        QFont f = font;
        f.setBold(true);
        return f;
    }();
    const qreal hint = std::min(qreal(3.6), text * 0.65);
    qreal topHintLeft = r.right();
    qreal bottomHintLeft = r.right();
    auto hintRect = [&](const QString &label, qreal centreX, qreal top) {
        const qreal w = mmTextWidth(label, hint, bold) + 1;
        return QRectF(centreX - w / 2, top, w, m);
    };
    if (t.row > 0) {
        const QString label = u"▲ "_s + PosterLayout::tileLabel(t.row - 1, t.column);
        const QRectF box = hintRect(label, r.center().x(), 0);
        drawMmText(painter, box, Qt::AlignCenter, label, hint, bold, soft);
        topHintLeft = box.left();
    }
    if (t.row + 1 < rows) {
        const QString label = u"▼ "_s + PosterLayout::tileLabel(t.row + 1, t.column);
        const QRectF box = hintRect(label, r.center().x(), r.bottom());
        drawMmText(painter, box.adjusted(0, 0, 0, layout.sheetSize().height() - r.bottom() - m),
                   Qt::AlignCenter, label, hint, bold, soft);
        bottomHintLeft = box.left();
    }
    const qreal sideHeight = std::min(r.height() / 2, qreal(60));
    if (t.column > 0) {
        const QString label = u"▲ "_s + PosterLayout::tileLabel(t.row, t.column - 1);
        drawMmText(painter, QRectF(0, r.center().y() - sideHeight / 2, r.left(), sideHeight),
                   Qt::AlignCenter, label, hint, bold, soft, -90);
    }
    if (t.column + 1 < columns) {
        const QString label = u"▲ "_s + PosterLayout::tileLabel(t.row, t.column + 1);
        drawMmText(painter,
                   QRectF(r.right(), r.center().y() - sideHeight / 2,
                          layout.sheetSize().width() - r.right(), sideHeight),
                   Qt::AlignCenter, label, hint, bold, soft, 90);
    }

    // Where this sheet goes: a small map of the grid, this sheet filled.
    const qreal mapHeight = std::min(m * 0.55, qreal(7));
    qreal cellH = mapHeight / rows;
    qreal cellW = cellH * layout.sheetSize().width() / layout.sheetSize().height();
    if (cellW * columns > 40) {
        cellH *= 40 / (cellW * columns);
        cellW = 40 / qreal(columns);
    }
    const QRectF map(mapRight - cellW * columns, (m - cellH * rows) / 2, cellW * columns,
                     cellH * rows);
    QPen gridPen(soft, 0.12);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QRectF cell(map.left() + column * cellW, map.top() + row * cellH, cellW, cellH);
            painter->setPen(gridPen);
            painter->setBrush(row == t.row && column == t.column ? QBrush(mStyle.accent)
                                                                 : QBrush(Qt::white));
            painter->drawRect(cell);
        }
    }

    // The label, then the sheet's place and the poster's name.
    const qreal labelLeft = r.left() + gap + 1;
    const qreal labelWidth = mmTextWidth(t.label, text, bold) + 0.5;
    drawMmText(painter, QRectF(labelLeft, 0, labelWidth + 1, m), Qt::AlignLeft | Qt::AlignVCenter,
               t.label, text, bold, ink);
    const qreal detailsLeft = labelLeft + labelWidth + 2.5;
    const qreal detailsRight = std::min(topHintLeft, map.left()) - 3;
    const QString details = tr("Row %1, column %2 · sheet %3 of %4 · %5")
                                .arg(PosterLayout::rowLetters(t.row))
                                .arg(t.column + 1)
                                .arg(tile + 1)
                                .arg(layout.sheetCount())
                                .arg(documentTitle());
    drawMmParagraph(painter, QRectF(detailsLeft, 0, detailsRight - detailsLeft, m),
                    Qt::AlignLeft | Qt::AlignVCenter, details, small, font, soft);

    // How to assemble, below.
    const QRectF below(r.left() + gap + 1, r.bottom(), 0, m);
    const QString how = t.row == 0 && t.column == 0
        ? tr("Start with this sheet and lay the others over it, edges on the ▼ ▶ marks.")
        : tr("Trim the top and left edges on the cut marks; lay over the neighbours, edges on "
             "their ▼ ▶ marks.");
    drawMmParagraph(
        painter,
        QRectF(below.left(), below.top(), bottomHintLeft - 3 - below.left(), below.height()),
        Qt::AlignLeft | Qt::AlignVCenter, how, small, font, soft);
    painter->restore();
}

} // namespace Parcours
