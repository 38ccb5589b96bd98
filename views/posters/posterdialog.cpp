#include "posters/posterdialog.h"

#include "common/preferences.h"
#include "posters/journeypostercontent.h"
#include "posters/postercontent.h"
#include "posters/posterviewchoice.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

const QString settingsGroup = PosterDefaults().settingsGroup; // the export directory
constexpr int customSizeItem = -1;

QString sizeKey(const QPageSize &size)
{
    if (size.id() != QPageSize::Custom)
        return QPageSize::key(size.id());
    const QSizeF mm = size.size(QPageSize::Millimeter);
    return u"%1x%2"_s.arg(mm.width()).arg(mm.height());
}

QString sizeItemText(QPageSize::PageSizeId id)
{
    const QSizeF mm = QPageSize(id).size(QPageSize::Millimeter);
    return PosterDialog::tr("%1 (%2 × %3 mm)")
        .arg(QPageSize::name(id),
             QLocale().toString(mm.width(), 'f', mm.width() == std::round(mm.width()) ? 0 : 1),
             QLocale().toString(mm.height(), 'f', mm.height() == std::round(mm.height()) ? 0 : 1));
}

QDoubleSpinBox *millimetreBox(qreal min, qreal max, qreal value)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(0);
    box->setSuffix(PosterDialog::tr(" mm"));
    box->setValue(value);
    return box;
}

} // namespace

// A thumbnail of the poster on its sheet, with the tiles' outlines, overlaps and labels.
class PosterThumbnail final : public QWidget
{
public:
    explicit PosterThumbnail(QWidget *parent = nullptr)
        : QWidget(parent)
    {
        setMinimumSize(300, 260);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setAccessibleName(PosterDialog::tr("Poster preview"));
    }

    void setPoster(PosterContent *content, const PosterRenderer *renderer,
                   const PosterLayout *layout)
    {
        mContent = content;
        mRenderer = renderer;
        mLayout = layout;
        mCache = QPixmap();
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        if (!mLayout || !mLayout->isValid())
            return;
        const QSizeF poster = mLayout->posterSize();
        const qreal k
            = std::min((width() - 16) / poster.width(), (height() - 16) / poster.height());
        const QSizeF size = poster * k;
        const QRectF page(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2),
                          size);
        p.fillRect(page.translated(2, 3), QColor(0, 0, 0, 50));
        const qreal ratio = devicePixelRatioF();
        const QSize pixels = (size * ratio).toSize();
        if (mCache.size() != pixels) {
            mCache = QPixmap(pixels);
            mCache.fill(Qt::white);
            PosterSettings s = mLayout->settings();
            s.tiled = false;
            const PosterLayout whole = mRenderer->layout(s);
            QPainter q(&mCache);
            q.setRenderHint(QPainter::Antialiasing);
            q.scale(k * ratio, k * ratio);
            mContent->setDraft(true); // unreadable text as grey bars: faster, and honest
            mRenderer->paintSheet(&q, whole, 0);
            mContent->setDraft(false);
            mCache.setDevicePixelRatio(ratio);
        }
        p.drawPixmap(page.topLeft(), mCache);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(page);
        if (!mLayout->settings().tiled)
            return;
        // The blank part left out of the tiles, greyed.
        if (mLayout->isTrimmed()) {
            const QRectF printed = mLayout->printedRect();
            QPainterPath blank;
            blank.addRect(page);
            QPainterPath kept;
            kept.addRect(QRectF(page.topLeft() + printed.topLeft() * k, printed.size() * k));
            p.fillPath(blank.subtracted(kept), QColor(0, 0, 0, 40));
        }
        // Sheets: overlaps tinted, outlines, labels.
        const QColor accent(0x3b, 0x5b, 0xa9);
        QColor tint = accent;
        tint.setAlpha(40);
        QFont font = this->font();
        font.setBold(true);
        p.setFont(font);
        for (const PosterTile &t : mLayout->tiles()) {
            const QRectF r(page.topLeft() + t.source.topLeft() * k, t.source.size() * k);
            if (t.overlapRight > 0)
                p.fillRect(
                    QRectF(r.right() - t.overlapRight * k, r.top(), t.overlapRight * k, r.height()),
                    tint);
            if (t.overlapBottom > 0)
                p.fillRect(QRectF(r.left(), r.bottom() - t.overlapBottom * k, r.width(),
                                  t.overlapBottom * k),
                           tint);
            p.setPen(QPen(accent, 1.2, Qt::DashLine));
            p.drawRect(r);
            if (r.width() > 18 && r.height() > 14) {
                const QRectF box(r.center() - QPointF(16, 9), QSizeF(32, 18));
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(255, 255, 255, 210));
                p.drawRoundedRect(box, 4, 4);
                p.setPen(accent);
                p.drawText(box, Qt::AlignCenter, t.label);
            }
        }
    }

private:
    PosterContent *mContent = nullptr;
    const PosterRenderer *mRenderer = nullptr;
    const PosterLayout *mLayout = nullptr;
    QPixmap mCache;
};

PosterDialog::PosterDialog(PosterContent &content, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , mContent(content)
    , mSettingsGroup(content.defaults().settingsGroup)
{
    createWidgets(purpose);
    QSettings settings;
    mNotes->setText(settings.value(mSettingsGroup + u"notes"_s).toString());
    const int dpiIndex = mDpi->findData(settings.value(mSettingsGroup + u"dpi"_s, 300).toInt());
    mDpi->setCurrentIndex(dpiIndex >= 0 ? dpiIndex : mDpi->findData(300));
    setSettings(savedSettings(content.defaults()));
}

PosterDialog::~PosterDialog() = default;

void PosterDialog::createWidgets(Purpose purpose)
{
    mRenderer = std::make_unique<PosterRenderer>(mContent);
    setWindowTitle(purpose == Purpose::Print ? tr("Print Poster") : tr("Export Poster"));

    mPosterSize = new QComboBox;
    mTileSize = new QComboBox;
    for (QPageSize::PageSizeId id : PosterSettings::standardSizes()) {
        mPosterSize->addItem(sizeItemText(id), int(id));
        mTileSize->addItem(sizeItemText(id), int(id));
    }
    mPosterSize->addItem(tr("Custom size"), customSizeItem);
    mCustomWidth = millimetreBox(50, PosterSettings::maximumSideMm, 600);
    mCustomHeight = millimetreBox(50, PosterSettings::maximumSideMm, 900);
    mCustomWidth->setAccessibleName(tr("Custom width"));
    mCustomHeight->setAccessibleName(tr("Custom height"));
    mOrientation = new QComboBox;
    mOrientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    mOrientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    mMargin = millimetreBox(0, 50, 10);
    // Rows: automatic, then every count up to one stage a row (at most 50 offered). A use-case
    // map's table takes columns instead, as many as it can fill.
    const bool inColumns = mRenderer->flowsIntoColumns();
    mRows = new QComboBox;
    mRows->addItem(tr("Automatic (largest text)"), PosterSettings::automaticRows);
    mRows->addItem(inColumns ? tr("1 (one column)") : tr("1 (one band)"), 1);
    const int units
        = inColumns ? mRenderer->maxColumns() : int(mContent.wrapGeometry().unitWidths.size());
    for (int rows = 2; rows <= std::min(units, 50); ++rows)
        mRows->addItem(QString::number(rows), rows);

    // A service blueprint's audience; not remembered: a poster for the staff never loses its
    // backstage because the last one printed was for customers.
    mCustomerView = new QCheckBox(tr("Customer view on&ly (leave out what is below the line of "
                                     "visibility)"));

    mOneSheet = new QRadioButton(tr("&One sheet of the poster's size"));
    mTiled = new QRadioButton(tr("&Tiled across smaller sheets, to assemble"));
    mTileOrientation = new QComboBox;
    mTileOrientation->addItem(tr("Automatic (fewest sheets)"),
                              int(PosterSettings::TileOrientation::Automatic));
    mTileOrientation->addItem(tr("Portrait"), int(PosterSettings::TileOrientation::Portrait));
    mTileOrientation->addItem(tr("Landscape"), int(PosterSettings::TileOrientation::Landscape));
    mOverlap = millimetreBox(0, 50, 10);

    mNotes = new QLineEdit;
    mNotes->setPlaceholderText(tr("Version or notes, e.g. “v2, after the March workshop”"));
    mDpi = new QComboBox;
    for (int dpi : {150, 300, 600})
        mDpi->addItem(tr("%1 dpi").arg(dpi), dpi);

    // Named for tests and accessibility tools.
    mPosterSize->setObjectName(u"posterSize"_s);
    mCustomWidth->setObjectName(u"customWidth"_s);
    mCustomHeight->setObjectName(u"customHeight"_s);
    mOrientation->setObjectName(u"orientation"_s);
    mMargin->setObjectName(u"margin"_s);
    mRows->setObjectName(u"rows"_s);
    mCustomerView->setObjectName(u"customerView"_s);
    mOneSheet->setObjectName(u"oneSheet"_s);
    mTiled->setObjectName(u"tiled"_s);
    mTileSize->setObjectName(u"tileSize"_s);
    mTileOrientation->setObjectName(u"tileOrientation"_s);
    mOverlap->setObjectName(u"overlap"_s);
    mNotes->setObjectName(u"notes"_s);
    mDpi->setObjectName(u"dpi"_s);

    auto *customRow = new QHBoxLayout;
    customRow->addWidget(mCustomWidth);
    customRow->addWidget(new QLabel(u"×"_s));
    customRow->addWidget(mCustomHeight);
    customRow->addStretch();

    auto *posterBox = new QGroupBox(tr("Poster"));
    auto *posterForm = new QFormLayout(posterBox);
    posterForm->addRow(tr("&Size:"), mPosterSize);
    posterForm->addRow(tr("C&ustom size:"), customRow);
    posterForm->addRow(tr("O&rientation:"), mOrientation);
    posterForm->addRow(tr("&Margins:"), mMargin);
    posterForm->addRow(inColumns ? tr("Co&lumns:") : tr("Ro&ws:"), mRows);
    // Only content that wraps has rows or columns (not the dashboard, nor a short table).
    posterForm->setRowVisible(mRows, mRenderer->canWrap() || inColumns);
    posterForm->addRow(mCustomerView);
    posterForm->setRowVisible(mCustomerView, mContent.offersAudience());
    mView = PosterViewChoice::create(mContent);
    if (mView)
        posterForm->addRow(tr("V&iew:"), mView);
    // Comments print only when asked (issue 23); not remembered, as the audience.
    if (auto *journey = dynamic_cast<JourneyPosterContent *>(&mContent)) {
        mComments = new QCheckBox(tr("Print &comments (numbered on the map, listed below it)"));
        mComments->setObjectName(u"printComments"_s);
        mComments->setChecked(journey->printsComments());
        mComments->setEnabled(journey->hasComments() || journey->printsComments());
        if (!mComments->isEnabled())
            mComments->setToolTip(tr("The journey has no open comments."));
        posterForm->addRow(mComments);
    }
    // Buddies for the custom row's label.
    if (auto *label = qobject_cast<QLabel *>(posterForm->labelForField(customRow)))
        label->setBuddy(mCustomWidth);

    auto *sheetsBox = new QGroupBox(tr("Print on"));
    auto *sheetsLayout = new QVBoxLayout(sheetsBox);
    sheetsLayout->addWidget(mOneSheet);
    sheetsLayout->addWidget(mTiled);
    auto *tileForm = new QFormLayout;
    tileForm->setContentsMargins(24, 0, 0, 0);
    tileForm->addRow(tr("S&heet size:"), mTileSize);
    tileForm->addRow(tr("Sheet orie&ntation:"), mTileOrientation);
    tileForm->addRow(tr("O&verlap:"), mOverlap);
    sheetsLayout->addLayout(tileForm);

    auto *extraBox = new QGroupBox(tr("Title block and pictures"));
    auto *extraForm = new QFormLayout(extraBox);
    extraForm->addRow(tr("&Notes line:"), mNotes);
    extraForm->addRow(tr("&PNG resolution:"), mDpi);

    mThumbnail = new PosterThumbnail;
    mSummary = new QLabel;
    mSummary->setWordWrap(true);
    mSummary->setObjectName(u"posterSummary"_s);
    mWarning = new QLabel;
    mWarning->setWordWrap(true);
    mWarning->setObjectName(u"posterWarning"_s);
    QPalette warningPalette = mWarning->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1f, 0x1f));
    mWarning->setPalette(warningPalette);

    auto *left = new QVBoxLayout;
    left->addWidget(posterBox);
    left->addWidget(sheetsBox);
    left->addWidget(extraBox);
    left->addWidget(mSummary);
    left->addWidget(mWarning);
    left->addStretch();
    auto *leftWidget = new QWidget;
    leftWidget->setLayout(left);
    leftWidget->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred); // whole labels

    auto *columns = new QHBoxLayout;
    columns->addWidget(leftWidget);
    columns->addWidget(mThumbnail, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    mPreviewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    mExportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    mPrintButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    (purpose == Purpose::Print ? mPrintButton : mExportButton)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mPreviewButton, &QPushButton::clicked, this, &PosterDialog::preview);
    connect(mPrintButton, &QPushButton::clicked, this, [this] {
        if (printPoster())
            accept();
    });
    connect(mExportButton, &QPushButton::clicked, this, [this] {
        if (exportFile())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    auto changed = [this] {
        refresh();
    };
    connect(mPosterSize, &QComboBox::currentIndexChanged, this, changed);
    connect(mCustomWidth, &QDoubleSpinBox::valueChanged, this, changed);
    connect(mCustomHeight, &QDoubleSpinBox::valueChanged, this, changed);
    connect(mOrientation, &QComboBox::currentIndexChanged, this, changed);
    connect(mMargin, &QDoubleSpinBox::valueChanged, this, changed);
    connect(mRows, &QComboBox::currentIndexChanged, this, changed);
    connect(mCustomerView, &QCheckBox::toggled, this, changed);
    if (mView)
        connect(mView, &QComboBox::currentIndexChanged, this, changed);
    if (mComments)
        connect(mComments, &QCheckBox::toggled, this, changed);
    connect(mOneSheet, &QRadioButton::toggled, this, changed);
    connect(mTileSize, &QComboBox::currentIndexChanged, this, changed);
    connect(mTileOrientation, &QComboBox::currentIndexChanged, this, changed);
    connect(mOverlap, &QDoubleSpinBox::valueChanged, this, changed);
    connect(mNotes, &QLineEdit::textChanged, this, changed);
}

PosterSettings PosterDialog::settings() const
{
    PosterSettings s;
    const int size = mPosterSize->currentData().toInt();
    s.posterSize = size == customSizeItem
        ? PosterSettings::customSize(mCustomWidth->value(), mCustomHeight->value())
        : QPageSize(QPageSize::PageSizeId(size));
    s.orientation = QPageLayout::Orientation(mOrientation->currentData().toInt());
    s.margin = mMargin->value();
    s.rows
        = mRenderer->canWrap() || mRenderer->flowsIntoColumns() ? mRows->currentData().toInt() : 1;
    s.audience = mContent.offersAudience() && mCustomerView->isChecked()
        ? PosterSettings::Audience::Customer
        : PosterSettings::Audience::Everyone;
    s.tiled = mTiled->isChecked();
    s.tileSize = QPageSize(QPageSize::PageSizeId(mTileSize->currentData().toInt()));
    s.tileOrientation = PosterSettings::TileOrientation(mTileOrientation->currentData().toInt());
    s.overlap = mOverlap->value();
    return s;
}

void PosterDialog::setSettings(const PosterSettings &s)
{
    mUpdating = true;
    const int size = s.posterSize.id() == QPageSize::Custom
        ? mPosterSize->findData(customSizeItem)
        : mPosterSize->findData(int(s.posterSize.id()));
    if (size < 0 || s.posterSize.id() == QPageSize::Custom) {
        const QSizeF mm = s.posterSize.size(QPageSize::Millimeter);
        mCustomWidth->setValue(mm.width());
        mCustomHeight->setValue(mm.height());
        mPosterSize->setCurrentIndex(mPosterSize->findData(customSizeItem));
    } else {
        mPosterSize->setCurrentIndex(size);
    }
    mOrientation->setCurrentIndex(mOrientation->findData(int(s.orientation)));
    mMargin->setValue(s.margin);
    const int rows = mRows->findData(s.rows);
    mRows->setCurrentIndex(rows >= 0 ? rows : mRows->count() - 1); // more rows than offered
    mCustomerView->setChecked(s.audience == PosterSettings::Audience::Customer);
    (s.tiled ? mTiled : mOneSheet)->setChecked(true);
    const int tile = mTileSize->findData(int(s.tileSize.id()));
    mTileSize->setCurrentIndex(tile >= 0 ? tile : mTileSize->findData(int(QPageSize::A4)));
    mTileOrientation->setCurrentIndex(mTileOrientation->findData(int(s.tileOrientation)));
    mOverlap->setValue(s.overlap);
    mUpdating = false;
    refresh();
}

PosterInfo PosterDialog::info() const
{
    return PosterInfo {QDate::currentDate(), mNotes->text().trimmed()};
}

int PosterDialog::dpi() const
{
    return mDpi->currentData().toInt();
}

void PosterDialog::refresh()
{
    if (mUpdating)
        return;
    const PosterSettings s = settings();
    const bool custom = mPosterSize->currentData().toInt() == customSizeItem;
    mCustomWidth->setEnabled(custom);
    mCustomHeight->setEnabled(custom);
    mTileSize->setEnabled(s.tiled);
    mTileOrientation->setEnabled(s.tiled);
    mOverlap->setEnabled(s.tiled);

    mContent.setAudience(s.audience); // before the renderer measures it
    if (mView)
        mView->apply();
    if (mComments)
        dynamic_cast<JourneyPosterContent &>(mContent).setPrintComments(mComments->isChecked());
    mRenderer = std::make_unique<PosterRenderer>(mContent, info());
    mLayout = std::make_unique<PosterLayout>(mRenderer->layout(s));
    mThumbnail->setPoster(&mContent, mRenderer.get(), mLayout.get());
    const bool valid = mLayout->isValid();
    if (valid) {
        const QString rows = mRenderer->describeRows(*mLayout);
        QString summary = rows.isEmpty()
            ? tr("%1.\nSmallest text %2 pt.")
                  .arg(mLayout->describe(), QLocale().toString(mLayout->smallestTextPt(), 'f', 1))
            : tr("%1.\n%2.").arg(mLayout->describe(), rows);
        const QString advice = mLayout->orientationAdvice();
        if (!advice.isEmpty())
            summary += u'\n' + advice;
        mSummary->setText(summary);
    } else {
        mSummary->clear();
    }
    PosterAdvice advice;
    advice.suggestTiling = mContent.suggestsTiling();
    advice.shrink = mContent.shrinkAdvice();
    advice.wrap = mRenderer->wrapAdvice(s, advice);
    mWarning->setText(valid ? mLayout->legibilityWarning(advice) : mLayout->error());
    mWarning->setVisible(!mWarning->text().isEmpty());
    mPrintButton->setEnabled(valid);
    mPreviewButton->setEnabled(valid);
    mExportButton->setEnabled(valid);
}

PosterSettings PosterDialog::savedSettings(const PosterDefaults &defaults)
{
    QSettings settings;
    const QString &group = defaults.settingsGroup;
    PosterSettings s = defaults.settings;
    // Unless a poster of this kind was printed since, the sheet of the Preferences (A4 or
    // Letter).
    s.posterSize = QPageSize(Preferences::posterPageSize());
    s.tileSize = s.posterSize;
    const auto size = PosterSettings::parsePageSize(
        settings.value(group + u"size"_s, sizeKey(s.posterSize)).toString());
    if (size)
        s.posterSize = *size;
    s.orientation
        = settings
                .value(group + u"orientation"_s,
                       s.orientation == QPageLayout::Portrait ? u"portrait"_s : u"landscape"_s)
                .toString()
            == u"portrait"
        ? QPageLayout::Portrait
        : QPageLayout::Landscape;
    s.margin = std::clamp(settings.value(group + u"margin"_s, s.margin).toDouble(), 0.0, 50.0);
    // "auto" or a count; anything else: one band.
    const QString rows = settings.value(group + u"rows"_s, u"1"_s).toString();
    s.rows = rows == u"auto" ? PosterSettings::automaticRows : std::max(1, rows.toInt());
    s.tiled = settings.value(group + u"tiled"_s, s.tiled).toBool();
    const auto tile
        = PosterSettings::parsePageSize(settings.value(group + u"tileSize"_s).toString());
    if (tile && tile->id() != QPageSize::Custom)
        s.tileSize = *tile;
    const QString tileOrientation = settings.value(group + u"tileOrientation"_s).toString();
    s.tileOrientation = tileOrientation == u"portrait"
        ? PosterSettings::TileOrientation::Portrait
        : (tileOrientation == u"landscape" ? PosterSettings::TileOrientation::Landscape
                                           : PosterSettings::TileOrientation::Automatic);
    s.overlap = std::clamp(settings.value(group + u"overlap"_s, s.overlap).toDouble(), 0.0, 50.0);
    return s;
}

void PosterDialog::saveSettings(const PosterSettings &s, const QString &notes, int dpi,
                                const QString &group)
{
    QSettings settings;
    settings.setValue(group + u"size"_s, sizeKey(s.posterSize));
    settings.setValue(group + u"orientation"_s,
                      s.orientation == QPageLayout::Portrait ? u"portrait"_s : u"landscape"_s);
    settings.setValue(group + u"margin"_s, s.margin);
    settings.setValue(group + u"rows"_s,
                      s.rows == PosterSettings::automaticRows ? u"auto"_s
                                                              : QString::number(s.rows));
    settings.setValue(group + u"tiled"_s, s.tiled);
    settings.setValue(group + u"tileSize"_s, sizeKey(s.tileSize));
    settings.setValue(group + u"tileOrientation"_s,
                      s.tileOrientation == PosterSettings::TileOrientation::Portrait
                          ? u"portrait"_s
                          : (s.tileOrientation == PosterSettings::TileOrientation::Landscape
                                 ? u"landscape"_s
                                 : u"automatic"_s));
    settings.setValue(group + u"overlap"_s, s.overlap);
    settings.setValue(group + u"notes"_s, notes);
    settings.setValue(group + u"dpi"_s, dpi);
}

void PosterDialog::saveChoices() const
{
    saveSettings(settings(), mNotes->text(), dpi(), mSettingsGroup);
}

PosterExporter::Progress PosterDialog::progressFor(const QString &title, int total)
{
    QPointer<QProgressDialog> progress
        = new QProgressDialog(title, tr("Cancel"), 0, std::max(1, total), this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    return [progress](int done, int steps) {
        if (!progress)
            return true;
        progress->setMaximum(std::max(1, steps));
        progress->setValue(done); // processes events: the Cancel button works
        const bool go = !progress->wasCanceled();
        if (done >= steps || !go)
            progress->close();
        return go;
    };
}

bool PosterDialog::printPoster()
{
    QPrinter printer(QPrinter::HighResolution);
    PosterExporter::preparePrinter(&printer, *mLayout, mRenderer->documentTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Poster"));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // The printer dialog may have changed the paper: the sheets follow it.
    const PosterLayout layout
        = mRenderer->layout(PosterExporter::withPrinterPage(settings(), &printer));
    if (!layout.isValid()) {
        QMessageBox::warning(this, tr("Cannot print the poster"), layout.error());
        return false;
    }
    const PosterExporter::Result result
        = PosterExporter(*mRenderer, layout)
              .print(&printer, progressFor(tr("Printing the poster…"), layout.sheetCount()));
    saveChoices();
    if (!result.ok && !result.cancelled)
        QMessageBox::warning(this, tr("Cannot print the poster"), result.error);
    return result.ok;
}

void PosterDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    PosterExporter::preparePrinter(&printer, *mLayout, mRenderer->documentTitle());
    // From the File menu this dialog stays hidden: the preview then belongs to the window.
    QPrintPreviewDialog dialog(&printer, isVisible() || !parentWidget() ? this : parentWidget());
    dialog.setWindowTitle(tr("Poster Preview — %1").arg(mRenderer->documentTitle()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        // The preview's page setup may turn or change the sheets: follow it.
        const PosterLayout layout
            = mRenderer->layout(PosterExporter::withPrinterPage(settings(), p));
        PosterExporter(*mRenderer, layout).print(p);
    });
    dialog.resize(1000, 760);
    dialog.exec();
    saveChoices();
}

bool PosterDialog::exportFile()
{
    QSettings settings;
    const QString dir
        = settings
              .value(settingsGroup + u"directory"_s,
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    QString name = mRenderer->documentTitle();
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"-"_s);
    const QString pdf = tr("PDF (*.pdf)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString png = tr("PNG image (*.png)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Poster"),
                                                QDir(dir).filePath(name + u".pdf"_s),
                                                QStringList {pdf, svg, png}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return false;
    if (!PosterExporter::formatFromName(QFileInfo(path).suffix()))
        path += filter == svg ? u".svg"_s : (filter == png ? u".png"_s : u".pdf"_s);
    settings.setValue(settingsGroup + u"directory"_s, QFileInfo(path).absolutePath());
    return exportTo(path).ok;
}

PosterExporter::Result PosterDialog::exportTo(const QString &path)
{
    const auto format = PosterExporter::formatFromName(QFileInfo(path).suffix());
    if (!format) {
        PosterExporter::Result r;
        r.error = tr("Choose a file name ending in .pdf, .svg or .png.");
        QMessageBox::warning(this, tr("Cannot export the poster"), r.error);
        return r;
    }
    // Pictures hold the whole poster; tiling is for PDF and printing.
    PosterSettings s = settings();
    if (*format != PosterExporter::Format::Pdf)
        s.tiled = false;
    const PosterLayout layout = mRenderer->layout(s);
    PosterExporter::Result result
        = PosterExporter(*mRenderer, layout)
              .write(*format, path, dpi(),
                     progressFor(tr("Exporting the poster…"), layout.sheetCount()));
    saveChoices();
    if (result.ok)
        emit exported(path, layout.describe());
    if (!result.ok && !result.cancelled) {
        QMessageBox::warning(
            this, tr("Cannot export the poster"),
            tr("%1 could not be written:\n%2").arg(QDir::toNativeSeparators(path), result.error));
    }
    return result;
}

void PosterDialog::print(QWidget *parent, PosterContent &content)
{
    PosterDialog dialog(content, Purpose::Print, parent);
    dialog.exec();
}

void PosterDialog::printPreview(QWidget *parent, PosterContent &content)
{
    PosterDialog dialog(content, Purpose::Print, parent);
    dialog.preview();
}

void PosterDialog::exportPoster(QWidget *parent, PosterContent &content)
{
    PosterDialog dialog(content, Purpose::Export, parent);
    dialog.exec();
}

} // namespace Parcours
