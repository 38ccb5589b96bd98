#pragma once

#include "domain/comment.h"
#include "domain/journey.h"
#include "domain/observedusage.h"
#include "domain/opportunity.h"
#include "domain/persona.h"

#include <QDate>

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

    bool operator==(const MetricPeriod &o) const;
    bool operator!=(const MetricPeriod &o) const { return !(*this == o); }
};

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
