#pragma once

#include "analytics/frequencyspectrum.h"
#include "document/changeevent.h"

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
// the document as it changes; hovering a point names its use case.
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

    // What is drawn, and the chart series of each spectrum series (same order).
    const FrequencySpectrum &spectrum() const { return mSpectrum; }
    QList<QScatterSeries *> pointSeries() const { return mPointSeries; }
    // The description of a point of a scatter series, as the hover tooltip shows it.
    QString describePoint(const QScatterSeries *series, int point) const;
    // Recomputes now; changes to the document do it on the next event-loop turn.
    void refresh();

    // Fills a chart with a spectrum: axes, zone, monthly line, series. Returns the scatter
    // series in the order of spectrum.series. Used by the view and the printout.
    static QList<QScatterSeries *> populate(QChart *chart, const FrequencySpectrum &spectrum,
                                            const QString &title, const Style &style);

signals:
    void useCaseClicked(Parcours::Id useCase);

protected:
    bool viewportEvent(QEvent *event) override;

private:
    void onChanged(const ChangeEvent &event);
    void onHovered(QScatterSeries *series, const QPointF &point, bool state);
    int pointIndex(const QScatterSeries *series, const QPointF &point) const;

    QPointer<WorkspaceDocument> mDocument;
    Id mPersona = 0;
    Scope mScope = Scope::Persona;
    FrequencySpectrum mSpectrum;
    QList<QScatterSeries *> mPointSeries;
    QString mHoverText; // the point under the mouse
    QTimer mRefreshTimer;
};

} // namespace Parcours
