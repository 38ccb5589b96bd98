#pragma once

#include "domain/comment.h"
#include "domain/journey.h"
#include "domain/observedusage.h"
#include "domain/opportunity.h"
#include "domain/persona.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace Parcours {

enum class RetentionType { Unspecified, Continuous, Discontinuous, Intentional };

struct MetricPeriod
{
    Id id = 0;
    QDate periodStart;
    QDate periodEnd;
    std::optional<qint64> customersStart;
    std::optional<qint64> customersNew;
    std::optional<qint64> customersEnd;
    std::optional<qint64> dau;
    std::optional<qint64> mau;
    // Which counts were computed from imported events ("Fill from Events", issue 22) rather
    // than typed: bits of the MetricCount values. Typing a count clears its bit.
    unsigned computed = 0;

    // The counts, in table and CSV order; their bits in `computed`.
    enum MetricCount : unsigned {
        CustomersStartCount = 1U << 0,
        CustomersNewCount = 1U << 1,
        CustomersEndCount = 1U << 2,
        DauCount = 1U << 3,
        MauCount = 1U << 4,
        AllCounts = (1U << 5) - 1,
    };
    bool isComputed(MetricCount count) const { return (computed & count) != 0; }

    bool operator==(const MetricPeriod &o) const;
    bool operator!=(const MetricPeriod &o) const { return !(*this == o); }
};

// The names of the counts computed (MetricPeriod::computed), in table order, as the JSON and
// CSV formats write them: the counts' own column names ("customers_end", "dau").
QStringList computedCountKeys(unsigned computed);
// The bits of those names; nullopt when one is not a count's name (written to `unknown`).
std::optional<unsigned> computedCountsFromKeys(const QStringList &keys, QString *unknown = nullptr);

struct WorkspaceInfo
{
    QString name;
    QString product;
    RetentionType retentionType = RetentionType::Unspecified;

    bool operator==(const WorkspaceInfo &o) const;
    bool operator!=(const WorkspaceInfo &o) const { return !(*this == o); }
};

// The whole document as plain data. Only WorkspaceDocument mutates it, on behalf of commands.
struct Workspace
{
    WorkspaceInfo info;
    std::vector<Persona> personas;
    std::vector<Journey> journeys;
    std::vector<MetricPeriod> metrics;
    std::vector<Opportunity> opportunities;
    ObservedUsage usage; // from imported events (issue 22); empty until some are imported
    std::vector<CommentThread> comments; // comment threads on items (issue 23)

    const Persona *persona(Id id) const;
    const Journey *journey(Id id) const;
    const MetricPeriod *metricPeriod(Id id) const;
    const Opportunity *opportunity(Id id) const;
    const CommentThread *commentThread(Id id) const;
    // The persona owning a use case, or nullptr.
    const Persona *personaOfUseCase(Id useCaseId) const;
    const UseCase *useCase(Id useCaseId) const;

    bool operator==(const Workspace &o) const;
    bool operator!=(const Workspace &o) const { return !(*this == o); }
};

QString retentionTypeKey(RetentionType type);
std::optional<RetentionType> retentionTypeFromKey(const QString &key);

// Index of the element with that id in a vector of entities, or -1.
template<typename T>
int indexOfId(const std::vector<T> &items, Id id)
{
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace Parcours
