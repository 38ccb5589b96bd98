#pragma once

#include "workspace.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Parcours {

// Reads a whole workspace from the current schema's tables.
class StoreReader
{
    Q_DECLARE_TR_FUNCTIONS(StoreReader)

public:
    explicit StoreReader(const QSqlDatabase &db)
        : mDb(db)
    { }

    // Returns false with error() set when a table cannot be read or holds impossible values.
    bool read(Workspace &workspace);
    QString error() const { return mError; }

private:
    bool readInfo(Workspace &w);
    bool readPersonas(Workspace &w);
    bool readUseCases(Workspace &w);
    bool readJourneys(Workspace &w);
    bool readLanes(Workspace &w);
    bool readStages(Workspace &w);
    bool readCells(Workspace &w);
    bool readRenewal(Workspace &w);
    bool readMetrics(Workspace &w);
    bool select(QSqlQuery &query, const QString &sql);
    bool fail(const QString &message);

    QSqlDatabase mDb;
    QString mError;
    QHash<Id, std::pair<int, int>> mStageIndex; // stage id -> (journey index, stage index)
};

} // namespace Parcours
