#include "formats/metricscsvformat.h"

#include "analytics/retentionmetrics.h"
#include "formats/csv.h"
#include "formats/messageexcerpt.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString countText(const std::optional<qint64> &count)
{
    return count ? QString::number(*count) : QString();
}

} // namespace

const QStringList &MetricsCsvFormat::header()
{
    static const QStringList columns
        = {u"period_start"_s,  u"period_end"_s,    u"customers_start"_s,
           u"customers_new"_s, u"customers_end"_s, u"dau"_s,
           u"mau"_s,           u"computed"_s};
    return columns;
}

const QStringList &MetricsCsvFormat::headerWithoutComputed()
{
    static const QStringList columns = header().mid(0, header().size() - 1);
    return columns;
}

QString MetricsCsvFormat::shortName() const
{
    return u"metrics-csv"_s;
}

QString MetricsCsvFormat::displayName() const
{
    return tr("Retention metrics (CSV)");
}

QString MetricsCsvFormat::nameFilter() const
{
    return u"*.csv"_s;
}

ImportResult MetricsCsvFormat::read(const QByteArray &data, const ImportOptions &options) const
{
    return readRecords(options, CsvImport::fromText(data));
}

ImportResult MetricsCsvFormat::readFile(QIODevice &file, const ImportOptions &options,
                                        const ImportProgress &progress) const
{
    return CsvImport::readWholeFile(
        file, options, shortName(), progress,
        [&](const CsvImport::Source &source) { return readRecords(options, source); });
}

ImportResult MetricsCsvFormat::readRecords(const ImportOptions &options,
                                           const CsvImport::Source &source) const
{
    ImportResult result;
    const auto report = [&](int line, const QString &reason) {
        result.addError(options, line, reason);
    };

    Workspace fragment;
    const auto addRow = [&](const Csv::Record &record) {
        result.rowLines << record.line;
        QStringList problems;
        MetricPeriod period;
        QString error;
        const auto date = [&](int column, QDate *target) {
            if (!RetentionMetrics::parseDate(record.fields.at(column), target, &error))
                problems << u"%1: %2"_s.arg(
                    header().at(column), MessageText::withExcerpt(error, record.fields.at(column)));
        };
        const auto count = [&](int column, std::optional<qint64> *target) {
            if (!RetentionMetrics::parseCount(record.fields.at(column), target, &error))
                problems << u"%1: %2"_s.arg(
                    header().at(column), MessageText::withExcerpt(error, record.fields.at(column)));
        };
        date(0, &period.periodStart);
        date(1, &period.periodEnd);
        count(2, &period.customersStart);
        count(3, &period.customersNew);
        count(4, &period.customersEnd);
        count(5, &period.dau);
        count(6, &period.mau);
        // Optional (files written before it have 7 columns): the counts computed from events.
        const QString computed = record.fields.value(7).trimmed();
        if (!computed.isEmpty()) {
            QString unknown;
            if (const auto bits = computedCountsFromKeys(computed.split(u'|'), &unknown))
                period.computed = *bits;
            else
                problems << u"%1: %2"_s.arg(
                    header().at(7),
                    tr("“%1” is not a count's column name").arg(MessageText::excerpt(unknown)));
        }
        if (!problems.isEmpty()) {
            result.addError(options, record.line, problems.join(u"; "_s));
            return;
        }
        const PeriodMetrics metrics = RetentionMetrics::compute(period);
        if (metrics.isImpossible()) {
            result.warnings.append(u"%1:%2: %3"_s.arg(options.fileName)
                                       .arg(record.line)
                                       .arg(tr("warning: impossible period, flagged on the "
                                               "dashboard: %1")
                                                .arg(metrics.problem)));
        }
        period.id = newId();
        fragment.metrics.push_back(period);
    };
    if (!source(Csv::Header(header(), 1), addRow, report))
        return result;

    if (!result.errors.isEmpty() && !options.skipBadRows)
        return result;
    result.fragment = std::move(fragment);
    return result;
}

ExportResult MetricsCsvFormat::write(const Workspace &workspace, const ExportOptions &) const
{
    // The `computed` column only when Fill from Events computed a count: a workspace of typed
    // counts keeps the seven-column file that scripts written for it expect.
    const bool anyComputed = std::any_of(workspace.metrics.begin(), workspace.metrics.end(),
                                         [](const MetricPeriod &m) { return m.computed != 0; });
    QList<QStringList> rows {anyComputed ? header() : headerWithoutComputed()};
    for (const MetricPeriod &m : workspace.metrics) {
        QStringList row {m.periodStart.toString(u"yyyy-MM-dd"_s),
                         m.periodEnd.toString(u"yyyy-MM-dd"_s),
                         countText(m.customersStart),
                         countText(m.customersNew),
                         countText(m.customersEnd),
                         countText(m.dau),
                         countText(m.mau)};
        if (anyComputed)
            row << computedCountKeys(m.computed).join(u'|');
        rows << row;
    }
    return {Csv::write(rows), {}};
}

} // namespace Parcours
