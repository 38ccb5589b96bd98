#include "formats/opportunitycsvformat.h"
#include "domain/opportunitylinkplace.h"

#include "analytics/opportunityranking.h"
#include "domain/opportunitylinknames.h"
#include "formats/csv.h"
#include "formats/messageexcerpt.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Parcours {

using MessageText::excerpt;

namespace {

// Columns after the Labels columns, counted from Status.
enum Tail {
    Status,
    Owner,
    StatusKey,
    CustomerValue,
    BusinessValue,
    Effort,
    Votes,
    Score,
    Quadrant,
    Links,
    LinkSteps, // issue 18: optional on reading (step 1 of the stage when absent)
    TailCount
};
constexpr int labelsStart = 3; // after Summary, Description, Priority

constexpr std::array<const char16_t *, 5> trackerStatuses
    = {u"Backlog", u"To Do", u"In Progress", u"Done", u"Canceled"};

// A name as one label: trackers split labels at spaces.
QString label(const QString &name)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return name.trimmed().replace(spaces, u"-"_s);
}

QStringList labelsOf(const Workspace &w, const Opportunity &o, OpportunityQuadrant quadrant)
{
    QStringList journeys;
    QStringList personas;
    const auto add = [](QStringList &to, const QString &name) {
        const QString text = label(name);
        if (!text.isEmpty() && !to.contains(text))
            to << text;
    };
    for (const OpportunityLink &link : liveLinks(w, o)) {
        if (link.kind == OpportunityLink::Kind::UseCase) {
            add(personas, w.personaOfUseCase(link.target)->name);
            continue;
        }
        const Journey &j = *linkPlace(w, link).journey;
        add(journeys, j.name);
        if (const Persona *p = w.persona(j.personaId))
            add(personas, p->name);
    }
    return journeys + personas + QStringList {opportunityQuadrantKey(quadrant).replace(u'_', u'-')};
}

QString linksText(const Workspace &w, const Opportunity &o)
{
    QStringList names;
    for (const OpportunityLink &link : liveLinks(w, o))
        names << opportunityLinkName(w, link).value_or(QString());
    return names.join(u'\n');
}

// For each line of linksText(), the cell's step as its number in its stage (1 the first);
// empty for a stage or use case.
QString linkStepsText(const Workspace &w, const Opportunity &o)
{
    QStringList numbers;
    for (const OpportunityLink &link : liveLinks(w, o)) {
        if (link.kind != OpportunityLink::Kind::Cell) {
            numbers << QString();
            continue;
        }
        const std::vector<Step> &steps = linkPlace(w, link).stage->steps;
        const auto at = std::find_if(steps.begin(), steps.end(),
                                     [&link](const Step &s) { return s.id == link.target; });
        numbers << QString::number(at - steps.begin() + 1);
    }
    return numbers.join(u'\n');
}

std::optional<OpportunityStatus> statusFromTrackerName(const QString &name)
{
    for (size_t i = 0; i < trackerStatuses.size(); ++i) {
        if (name.compare(QStringView(trackerStatuses.at(i)), Qt::CaseInsensitive) == 0)
            return OpportunityStatus(i);
    }
    return opportunityStatusFromKey(name.toLower());
}

std::optional<int> wholeNumber(const QString &text, int min, int max)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok && n >= min && n <= max ? std::optional<int>(n) : std::nullopt;
}

// How many Labels columns the header at the start of `head` has (1 when it has none: the
// header check then says what is expected).
int labelColumns(const QByteArray &head)
{
    QByteArray first = head.left(head.indexOf('\n'));
    if (first.startsWith("\xEF\xBB\xBF"))
        first.remove(0, 3);
    const Csv::Document doc = Csv::read(first);
    if (doc.records.isEmpty())
        return 1;
    int labels = 0;
    for (const QString &name : doc.records.first().fields)
        labels += name.trimmed().compare(u"labels"_s, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return std::max(labels, 1);
}

} // namespace

QString OpportunityCsvFormat::priorityName(double score)
{
    if (score >= 6)
        return u"Highest"_s;
    if (score >= 3)
        return u"High"_s;
    if (score >= 1.5)
        return u"Medium"_s;
    if (score >= 0.8)
        return u"Low"_s;
    return u"Lowest"_s;
}

QString OpportunityCsvFormat::trackerStatusName(OpportunityStatus status)
{
    return QString::fromUtf16(trackerStatuses.at(size_t(status)));
}

QStringList OpportunityCsvFormat::header(int labels)
{
    QStringList columns = {u"Summary"_s, u"Description"_s, u"Priority"_s};
    for (int i = 0; i < labels; ++i)
        columns << u"Labels"_s;
    columns << u"Status"_s << u"owner"_s << u"status_key"_s << u"customer_value"_s
            << u"business_value"_s << u"effort"_s << u"votes"_s << u"score"_s << u"quadrant"_s
            << u"links"_s << u"link_steps"_s;
    return columns;
}

bool OpportunityCsvFormat::isHeader(const QStringList &columns)
{
    const int labels = int(columns.count(u"labels"_s));
    QStringList expected;
    for (const QString &column : header(std::max(labels, 1)))
        expected << column.toLower();
    // Files from before link_steps (issue 18) end at links.
    return labels > 0 && (columns == expected || columns == expected.first(expected.size() - 1));
}

QString OpportunityCsvFormat::shortName() const
{
    return u"opportunities-csv"_s;
}

QString OpportunityCsvFormat::displayName() const
{
    return tr("Opportunities for a tracker (CSV)");
}

QString OpportunityCsvFormat::nameFilter() const
{
    return u"*.csv"_s;
}

ImportResult OpportunityCsvFormat::read(const QByteArray &data, const ImportOptions &options) const
{
    return readRecords(options, CsvImport::fromText(data), labelColumns(data.left(1 << 16)));
}

ImportResult OpportunityCsvFormat::readFile(QIODevice &file, const ImportOptions &options,
                                            const ImportProgress &progress) const
{
    const int labels = labelColumns(file.peek(1 << 16));
    return CsvImport::readWholeFile(
        file, options, shortName(), progress,
        [&](const CsvImport::Source &source) { return readRecords(options, source, labels); });
}

ImportResult OpportunityCsvFormat::readRecords(const ImportOptions &options,
                                               const CsvImport::Source &source, int labels) const
{
    ImportResult result;
    const auto report = [&](int line, const QString &reason) {
        result.addError(options, line, reason);
    };
    const Workspace empty;
    const Workspace &target = options.target ? *options.target : empty;
    const QHash<QString, QList<OpportunityLink>> byName = opportunityLinksByName(target);
    const int tail = labelsStart + labels;
    Workspace fragment;

    const auto toOpportunity = [&](const Csv::Record &record) {
        result.rowLines << record.line;
        const QStringList &f = record.fields;
        const auto field = [&](int column) {
            return f.at(tail + column).trimmed();
        };
        QStringList problems;
        Opportunity o;
        o.id = newId();
        o.title = Csv::unprotectText(f.at(0));
        o.description = Csv::unprotectText(f.at(1));
        o.owner = Csv::unprotectText(f.at(tail + Owner));

        const QString statusName = field(Status);
        const QString statusKey = field(StatusKey);
        const std::optional<OpportunityStatus> byKey = opportunityStatusFromKey(statusKey);
        const std::optional<OpportunityStatus> byTracker = statusFromTrackerName(statusName);
        if (!statusKey.isEmpty() && !byKey) {
            problems << tr("unknown status_key \"%1\" (expected idea, planned, in_progress, done "
                           "or dropped)")
                            .arg(excerpt(statusKey));
        } else if (statusKey.isEmpty() && !statusName.isEmpty() && !byTracker) {
            problems << tr("unknown Status \"%1\" (expected Backlog, To Do, In Progress, Done or "
                           "Canceled)")
                            .arg(excerpt(statusName));
        } else if (statusKey.isEmpty() && statusName.isEmpty()) {
            problems << tr("the status is missing: fill status_key (idea, planned, in_progress, "
                           "done or dropped)");
        } else if (byKey && !statusName.isEmpty() && byTracker != byKey) {
            problems << tr("Status \"%1\" and status_key \"%2\" disagree: change one of them")
                            .arg(excerpt(statusName), excerpt(statusKey));
        } else {
            o.status = byKey ? *byKey : *byTracker;
        }

        const auto rating = [&](int column, const char *name) {
            const std::optional<int> n
                = wholeNumber(field(column), Opportunity::minRating, Opportunity::maxRating);
            if (!n) {
                problems << tr("%1 must be a whole number from 1 to 5, not \"%2\"")
                                .arg(QLatin1StringView(name), excerpt(field(column)));
            }
            return n.value_or(Opportunity::minRating);
        };
        o.customerValue = rating(CustomerValue, "customer_value");
        o.businessValue = rating(BusinessValue, "business_value");
        o.effort = rating(Effort, "effort");
        if (const std::optional<int> votes
            = wholeNumber(field(Votes), 0, std::numeric_limits<int>::max())) {
            o.votes = *votes;
        } else {
            problems
                << tr("votes must be a whole number from 0, not \"%1\"").arg(excerpt(field(Votes)));
        }

        const QStringList links = Csv::unprotectText(f.at(tail + Links)).split(u'\n');
        const QStringList steps = f.at(tail + LinkSteps).split(u'\n');
        for (qsizetype i = 0; i < links.size(); ++i) {
            const QString name = links[i].trimmed();
            if (name.isEmpty())
                continue;
            const QList<OpportunityLink> found = byName.value(name);
            if (found.isEmpty()) {
                problems << tr("links: no stage, cell or use case of the workspace is named "
                               "\"%1\"")
                                .arg(excerpt(name));
                continue;
            }
            if (found.size() > 1) {
                result.warnings << u"%1:%2: %3"_s.arg(options.fileName)
                                       .arg(record.line)
                                       .arg(tr("warning: links: %1 items are named \"%2\"; "
                                               "linked to the first")
                                                .arg(found.size())
                                                .arg(excerpt(name)));
            }
            OpportunityLink link = found.first();
            const QString step = i < steps.size() ? steps[i].trimmed() : QString();
            if (link.kind == OpportunityLink::Kind::Cell && !step.isEmpty()) {
                const std::vector<Step> &ofStage = linkPlace(target, link).stage->steps;
                const std::optional<int> n = wholeNumber(step, 1, int(ofStage.size()));
                if (!n) {
                    problems << tr("link_steps: \"%1\" is not a step of \"%2\" (1 to %3)")
                                    .arg(excerpt(step), excerpt(name))
                                    .arg(ofStage.size());
                    continue;
                }
                link.target = ofStage[size_t(*n - 1)].id;
            }
            if (std::find(o.links.cbegin(), o.links.cend(), link) == o.links.cend())
                o.links.push_back(link);
        }

        if (!problems.isEmpty()) {
            result.addError(options, record.line, problems.join(u"; "_s));
            return;
        }
        fragment.opportunities.push_back(std::move(o));
    };

    QStringList columns;
    for (const QString &column : header(labels))
        columns << column.toLower();
    if (!source(Csv::Header(columns, 1), toOpportunity, report)) // link_steps optional
        return result;
    if (!result.errors.isEmpty() && !options.skipBadRows)
        return result;
    result.fragment = std::move(fragment);
    return result;
}

ExportResult OpportunityCsvFormat::write(const Workspace &w, const ExportOptions &) const
{
    QList<QStringList> rows;
    int labels = 1;
    for (const RankedOpportunity &r : rankOpportunities(w)) {
        const Opportunity &o = *r.opportunity;
        QStringList row
            = {Csv::protectText(o.title), Csv::protectText(o.description), priorityName(r.score)};
        const QStringList rowLabels = labelsOf(w, o, r.quadrant);
        for (const QString &text : rowLabels)
            row << Csv::protectText(text);
        labels = std::max(labels, int(rowLabels.size()));
        row << trackerStatusName(o.status) << Csv::protectText(o.owner)
            << opportunityStatusKey(o.status) << QString::number(o.customerValue)
            << QString::number(o.businessValue) << QString::number(o.effort)
            << QString::number(o.votes) << QString::number(std::round(r.score * 1000) / 1000)
            << opportunityQuadrantKey(r.quadrant) << Csv::protectText(linksText(w, o))
            << linkStepsText(w, o);
        rows << row;
    }
    for (QStringList &row : rows) { // every row as many Labels columns as the header
        const qsizetype missing = labelsStart + labels + TailCount - row.size();
        for (qsizetype i = 0; i < missing; ++i)
            row.insert(labelsStart + labels - missing, QString());
    }
    rows.prepend(header(labels));
    return {Csv::write(rows), {}};
}

} // namespace Parcours
