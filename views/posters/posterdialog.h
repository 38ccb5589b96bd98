#pragma once

#include "layout/posterlayout.h"
#include "posters/posterexporter.h"
#include "posters/posterrenderer.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QRadioButton;

namespace Parcours {

class PosterContent;
class PosterThumbnail;
class PosterViewChoice;

// File > Print…, Print Preview… and Export Poster…: the poster's size and orientation,
// margins, the rows a journey's stages wrap into, a service blueprint's audience, one sheet or
// tiled across smaller sheets with an overlap, the notes line and the PNG resolution, with a
// thumbnail of the poster and its sheets, what the settings give (sheet count, smallest text) and a
// warning when the text would be too small to read. Choices are remembered between sessions.
class PosterDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Print, Export };

    // `content` must outlive the dialog.
    PosterDialog(PosterContent &content, Purpose purpose, QWidget *parent = nullptr);
    ~PosterDialog() override;

    PosterSettings settings() const;
    void setSettings(const PosterSettings &settings);
    PosterInfo info() const;
    int dpi() const;
    // The layout of the current settings, and the renderer it is for.
    const PosterLayout &posterLayout() const { return *mLayout; }
    const PosterRenderer &renderer() const { return *mRenderer; }

    // The File menu's entry points: the dialog, or the preview straight away with the
    // remembered settings.
    static void print(QWidget *parent, PosterContent &content);
    static void printPreview(QWidget *parent, PosterContent &content);
    static void exportPoster(QWidget *parent, PosterContent &content);

    // Asks for a printer, then prints with progress; false when cancelled or failed.
    bool printPoster();
    // The preview window, on a printer set to the poster's sheets.
    void preview();
    // Asks for a file, then writes it with progress.
    bool exportFile();
    // Writes `path` in the format of its suffix, with a progress dialog; reports errors.
    PosterExporter::Result exportTo(const QString &path);

    // The settings remembered for a kind of poster (its PosterContent::defaults()).
    static PosterSettings savedSettings(const PosterDefaults &defaults = {});
    static void saveSettings(const PosterSettings &settings, const QString &notes, int dpi,
                             const QString &group = PosterDefaults().settingsGroup);

signals:
    // A file was written: its path and what it holds (sheets, size), as the command line says.
    void exported(const QString &path, const QString &summary);

private:
    void createWidgets(Purpose purpose);
    void refresh();
    void saveChoices() const;
    PosterExporter::Progress progressFor(const QString &title, int total);

    PosterContent &mContent;
    QString mSettingsGroup; // where this kind of poster's choices are remembered
    std::unique_ptr<PosterRenderer> mRenderer;
    std::unique_ptr<PosterLayout> mLayout;
    bool mUpdating = false;

    QComboBox *mPosterSize = nullptr;
    QDoubleSpinBox *mCustomWidth = nullptr;
    QDoubleSpinBox *mCustomHeight = nullptr;
    QComboBox *mOrientation = nullptr;
    QDoubleSpinBox *mMargin = nullptr;
    QComboBox *mRows = nullptr; // automatic, 1, 2 …; for content that wraps (a journey)
    QCheckBox *mCustomerView = nullptr; // a service blueprint without its backstage
    PosterViewChoice *mView = nullptr; // a journey's audience view; null when it has none
    QCheckBox *mComments = nullptr; // a journey's comments, numbered; null for other posters
    QRadioButton *mOneSheet = nullptr;
    QRadioButton *mTiled = nullptr;
    QComboBox *mTileSize = nullptr;
    QComboBox *mTileOrientation = nullptr;
    QDoubleSpinBox *mOverlap = nullptr;
    QLineEdit *mNotes = nullptr;
    QComboBox *mDpi = nullptr;
    QLabel *mSummary = nullptr;
    QLabel *mWarning = nullptr;
    PosterThumbnail *mThumbnail = nullptr;
    QPushButton *mPrintButton = nullptr;
    QPushButton *mExportButton = nullptr;
    QPushButton *mPreviewButton = nullptr;
};

} // namespace Parcours
