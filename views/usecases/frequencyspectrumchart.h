#pragma once

#include "analytics/frequencyspectrum.h"
#include "document/changeevent.h"
#include "usecases/spectrummarkers.h"

#include <QChartView>
#include <QPointer>
#include <QTimer>

class QChart;
class QScatterSeries;

namespace Parcours {

class WorkspaceDocument;

// The frequency spectrum of one persona or of all personas: each use case on a logarithmic
// uses-per-month axis labelled in words, the forgotten zone hatched, the monthly line
// dashed, current use cases as filled circles and planned ones as hollow triangles. Follows
// the document as it changes; hovering a point names its use case, clicking it selects it.
// The points are drawn by one SpectrumMarkers item, not by Qt Charts (one item per point).
class FrequencySpectrumChart final : public QChartView
{
    Q_OBJECT

public:
    enum class Scope { Persona, AllPersonas };

    // How the chart is drawn: on screen, or for print (fonts in pixel sizes so that a
    // painter scaled to points draws them at their size in points).
    struct Style
    {
        bool print = false;
        qreal fontSize = 9; // points on screen, pixels (= points when printed) for print
        qreal markerSize = 13;
    };

    explicit FrequencySpectrumChart(QWidget *parent = nullptr);
    ~FrequencySpectrumChart() override;

    void setDocument(WorkspaceDocument *document);
    void setPersona(Id persona);
    void setScope(Scope scope);
    Scope scope() const { return mScope; }

    // What is drawn; the chart series of each spectrum series (same order), which give the
    // legend its entries; the markers of their points.
    const FrequencySpectrum &spectrum() const { return mSpectrum; }
    QList<QScatterSeries *> pointSeries() const { return mPointSeries; }
    const SpectrumMarkers *markers() const { return mMarkers; }
    // The description of a point of a series, as the hover tooltip shows it.
    QString describePoint(int series, int point) const;
    // Recomputes now; changes to the document do it on the next event-loop turn.
    void refresh();

    // Fills a chart with a spectrum: axes, zone, monthly line, legend entries and the markers
    // item (SpectrumMarkers::of(chart)). Returns the scatter series of the legend, without
    // points, in the order of spectrum.series. Used by the view and the printout.
    static QList<QScatterSeries *> populate(QChart *chart, const FrequencySpectrum &spectrum,
                                            const QString &title, const Style &style);

signals:
    void useCaseClicked(Parcours::Id useCase);

protected:
    bool viewportEvent(QEvent *event) override;

private:
    void onChanged(const ChangeEvent &event);
    SpectrumMarkers::Hit markerAt(const QPoint &viewportPosition) const;
    void hover(const QPoint &viewportPosition);

    QPointer<WorkspaceDocument> mDocument;
    Id mPersona = 0;
    Scope mScope = Scope::Persona;
    FrequencySpectrum mSpectrum;
    QList<QScatterSeries *> mPointSeries;
    SpectrumMarkers *mMarkers = nullptr; // a child of the chart
    SpectrumMarkers::Hit mHovered;
    SpectrumMarkers::Hit mPressed;
    QString mHoverText; // the point under the mouse
    QTimer mRefreshTimer;
};

} // namespace Parcours
