#pragma once

#include "domain/workspace.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace Parcours {

struct ImportOptions
{
    QString fileName; // for messages: "FILE:LINE: reason"
    bool skipBadRows = false; // import the good rows of a file with errors
    int block = 1; // Mermaid: which ```mermaid journey block of a Markdown file (1-based)
    // The workspace the file is imported into, for formats whose rows name its stages, cells
    // and use cases (WorkspaceFormat::namesTargetItems()); null reads as an empty workspace.
    const Workspace *target = nullptr;
};

struct ImportResult
{
    // What the file holds, as a workspace fragment to merge (see Edit::importFragment).
    // Empty when the file has errors and skipBadRows is off: nothing is imported.
    std::optional<Workspace> fragment;
    QStringList errors; // "FILE:LINE: reason", one per problem
    QStringList warnings; // "FILE:LINE: warning: …"
    QList<int> rowLines; // CSV formats: the lines of the data rows read, good or bad
    QSet<int> errorLines; // the lines of the errors added with addError()
    bool cancelled = false; // readFile()'s progress cancelled: nothing is imported

    // Adds "FILE:LINE: reason" for the file named in `options`.
    void addError(const ImportOptions &options, int line, const QString &reason);
};

// Bytes read so far and in all; returns false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ExportOptions
{
    Id journey = 0; // formats of one journey; 0 for all or not applicable
    Id persona = 0; // formats of one persona; 0 for all
};

struct ExportResult
{
    QByteArray data;
    QString error;
};

// A data format Parcours reads and/or writes. Implementations are registered in
// workspaceformats.cpp and serve the command line and File > Import/Export alike.
class WorkspaceFormat
{
public:
    virtual ~WorkspaceFormat() = default;

    virtual QString shortName() const = 0; // as in --format, e.g. "usecases-csv"
    virtual QString displayName() const = 0; // translated, e.g. "Use-case maps (CSV)"
    virtual QString nameFilter() const = 0; // for file dialogs, e.g. "*.csv"
    virtual bool canRead() const = 0;
    virtual bool canWrite() const = 0;
    // Writes one journey only (ExportOptions::journey chooses it when there are several).
    virtual bool writesOneJourney() const { return false; }
    // Its rows link to things of the workspace imported into, by name: read() needs
    // ImportOptions::target, so the command line opens the workspace before reading the file.
    virtual bool namesTargetItems() const { return false; }

    virtual ImportResult read(const QByteArray &data, const ImportOptions &options) const;
    // An open file: the CSV formats read it in pieces (memory bounded by the longest record,
    // progress as they go); the others read it whole, and refuse a file larger than
    // maxWholeFileSize rather than take memory without bound.
    virtual ImportResult readFile(QIODevice &file, const ImportOptions &options,
                                  const ImportProgress &progress = {}) const;
    static constexpr qint64 maxWholeFileSize = qint64(64) << 20;
    virtual ExportResult write(const Workspace &workspace, const ExportOptions &options) const;
};

class WorkspaceFormats
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFormats)

public:
    static QList<const WorkspaceFormat *> all();
    static const WorkspaceFormat *find(const QString &shortName); // in any case: "Mermaid"
    static QStringList names(); // every format's short name, registration order
    // The format a file's beginning shows, or null when it says nothing for sure: a CSV
    // header of one of the CSV formats, a Parcours JSON workspace, a Mermaid journey (also
    // in Markdown). File > Import uses it over the dialog's filter, which is easily left on
    // another format.
    static const WorkspaceFormat *detect(const QString &fileName, const QByteArray &head);
};

} // namespace Parcours
