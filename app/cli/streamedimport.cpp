#include "streamedimport.h"

#include "location.h"

#include "document/edits.h"
#include "formats/usecasecsvformat.h"
#include "formats/usecasetext.h"
#include "store/workspacestore.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Parcours::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours::Cli", text);
}

// A use case's fields as one key, to find those a persona already has in constant time.
QString contentKey(const UseCase &useCase)
{
    return UseCaseText::fields(useCase).join(QChar(0x1F));
}

// Ids for the imported rows: consecutive from a random start, none of them already in the
// workspace. Random ids (newId()) would scatter a million inserts over the whole use-case
// table, each touching a page long gone from SQLite's 32 MB cache: the import grew faster than
// its rows. Consecutive ids append at the end of the table.
class IdSequence
{
public:
    IdSequence(const Workspace &workspace, qint64 count)
    {
        constexpr quint64 maxSafeInteger = (quint64(1) << 53) - 1;
        const auto span = quint64(count) + 1;
        do {
            mNext = Id(QRandomGenerator::global()->bounded(quint64(1), maxSafeInteger - span));
        } while (holdsIdIn(workspace, mNext, Id(quint64(mNext) + span)));
    }

    Id next() { return mNext++; }

private:
    static bool holdsIdIn(const Workspace &w, Id low, Id high)
    {
        const auto in = [low, high](Id id) {
            return id >= low && id < high;
        };
        for (const Persona &p : w.personas) {
            if (in(p.id)
                || std::any_of(p.useCases.cbegin(), p.useCases.cend(),
                               [&in](const UseCase &u) { return in(u.id); }))
                return true;
        }
        for (const Journey &j : w.journeys) {
            if (in(j.id)
                || std::any_of(j.stages.cbegin(), j.stages.cend(),
                               [&in](const Stage &s) { return in(s.id); })
                || std::any_of(j.lanes.cbegin(), j.lanes.cend(),
                               [&in](const Lane &l) { return in(l.id); }))
                return true;
        }
        return std::any_of(w.metrics.cbegin(), w.metrics.cend(),
                           [&in](const MetricPeriod &m) { return in(m.id); });
    }

    Id mNext = 0;
};

// Where the rows go: a persona of the workspace (matched by name) or a new one, each use case
// at the end of its persona, as Edit::mergeFragment() would put them.
class UseCaseAppender
{
public:
    // `rows`: how many rows at most will be added.
    UseCaseAppender(WorkspaceStore &store, const Workspace &existing, qint64 rows)
        : mStore(store)
        , mIds(existing, 2 * rows)
        , mNextPersonaPosition(int(existing.personas.size()))
    {
        for (const Persona &persona : existing.personas)
            mPersonas.insert(persona.name, {persona.id, int(persona.useCases.size()), &persona});
    }

    bool add(UseCaseCsvFormat::Row &&row)
    {
        auto found = mPersonas.find(row.persona);
        if (found == mPersonas.end()) {
            Persona persona;
            persona.id = mIds.next();
            persona.name = row.persona;
            persona.color = defaultPersonaColor(mNewPersonas++);
            if (!mStore.appendPersona(persona, mNextPersonaPosition++))
                return false;
            found = mPersonas.insert(row.persona, {persona.id, 0, nullptr});
        }
        if (!row.useCase)
            return true;
        if (found->existing && isKnown(*found->existing, *row.useCase)) {
            ++identicalUseCases;
            return true;
        }
        row.useCase->id = mIds.next();
        return mStore.appendUseCase(found->id, *row.useCase, found->nextPosition++);
    }

    int identicalUseCases = 0;

private:
    struct Target
    {
        Id id = 0;
        int nextPosition = 0;
        const Persona *existing = nullptr; // a persona the workspace had before the import
    };

    bool isKnown(const Persona &persona, UseCase useCase)
    {
        auto keys = mKnownKeys.find(persona.id);
        if (keys == mKnownKeys.end()) {
            QHash<QString, const UseCase *> built;
            for (const UseCase &known : persona.useCases)
                built.insert(contentKey(known), &known);
            keys = mKnownKeys.insert(persona.id, built);
        }
        const UseCase *known = keys->value(contentKey(useCase));
        if (!known)
            return false;
        useCase.id = known->id;
        return useCase == *known;
    }

    WorkspaceStore &mStore;
    IdSequence mIds;
    QHash<QString, Target> mPersonas;
    QHash<Id, QHash<QString, const UseCase *>> mKnownKeys;
    int mNextPersonaPosition = 0;
    int mNewPersonas = 0;
};

// A name next to `output` for a new workspace written before it takes the final name.
QString temporaryWorkspace(const QString &output)
{
    QTemporaryFile reserve(output + u".import-XXXXXX"_s);
    reserve.setAutoRemove(false);
    if (!reserve.open())
        return {};
    QString name = reserve.fileName();
    reserve.close();
    return name;
}

void removeWorkspaceFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

} // namespace

int importUseCasesStreamed(QFile &file, const QString &output, const ImportOptions &options,
                           Streams &io)
{
    const QString &input = options.fileName;

    // First the whole file is checked, its problems said, without touching the workspace: a
    // file with errors leaves it byte for byte as it was.
    int errors = 0;
    qint64 good = 0;
    const auto report = [&](int line, const QString &reason) {
        ++errors;
        io.err << u"%1:%2: %3"_s.arg(input).arg(line).arg(reason) << Qt::endl;
    };
    const auto check = [&](UseCaseCsvFormat::Row &&row) {
        if (row.problem.isEmpty())
            ++good;
        else
            report(row.line, row.problem);
    };
    Csv::FileTable outcome;
    const bool read
        = UseCaseCsvFormat::readRows(CsvImport::fromFile(file, {}, &outcome), check, report);
    if (outcome.status == Csv::FileTable::ReadFailed)
        return fail(io, input, outcome.error);
    if (!read || (errors > 0 && !options.skipBadRows)) {
        io.err << (errors == 1
                       ? tr("parcours: %1: nothing imported (1 error)").arg(input)
                       : tr("parcours: %1: nothing imported (%2 errors)").arg(input).arg(errors))
               << Qt::endl;
        return BadInput;
    }

    // Then its good rows go to the workspace, in one transaction. A new workspace is written
    // under a temporary name and takes its name when complete.
    const bool creating = !QFileInfo::exists(output);
    const QString written = creating ? temporaryWorkspace(output) : output;
    if (written.isEmpty()) {
        return fail(io, output,
                    tr("cannot write in %1")
                        .arg(QDir::toNativeSeparators(QFileInfo(output).absolutePath())));
    }
    WorkspaceStore::OpenResult opened
        = creating ? WorkspaceStore::create(written) : WorkspaceStore::open(written);
    const auto failOutput = [&](const QString &error) {
        if (opened.store)
            opened.store->endAppend(false);
        opened.store.reset();
        if (creating)
            removeWorkspaceFiles(written);
        return fail(io, output, error);
    };
    if (!opened.store)
        return failOutput(opened.error);
    if (opened.store->isReadOnly())
        // Why (a file of a newer Parcours is opened read-only) is the notice.
        return failOutput(opened.notice.isEmpty() ? tr("the workspace is read-only")
                                                  : opened.notice);
    if (!opened.store->beginAppend())
        return failOutput(opened.store->lastError());
    UseCaseAppender appender(*opened.store, opened.workspace, good);
    QString writeError;
    const auto write = [&](UseCaseCsvFormat::Row &&row) {
        if (row.problem.isEmpty() && writeError.isEmpty() && !appender.add(std::move(row)))
            writeError = opened.store->lastError();
    };
    UseCaseCsvFormat::readRows(CsvImport::fromFile(file, {}, &outcome), write,
                               [](int, const QString &) {});
    if (outcome.status == Csv::FileTable::ReadFailed) {
        opened.store->endAppend(false);
        opened.store.reset();
        if (creating)
            removeWorkspaceFiles(written);
        return fail(io, input, outcome.error);
    }
    if (!writeError.isEmpty())
        return failOutput(writeError);
    if (!opened.store->endAppend(true))
        return failOutput(opened.store->lastError());
    opened.store.reset(); // closes the file: a single file again
    if (creating) {
        QString error;
        if (!replaceFile(written, output, &error)) {
            removeWorkspaceFiles(written);
            return fail(io, output, error);
        }
    }

    Edit::ImportNotes notes;
    notes.identicalUseCases = appender.identicalUseCases;
    for (const QString &warning : notes.warnings(input))
        io.err << warning << Qt::endl;
    if (errors == 0) {
        io.out
            << tr("Imported %1 rows from %2 into %3.").arg(good).arg(input, displayLocation(output))
            << Qt::endl;
        return Success;
    }
    io.err << tr("parcours: %1: imported %2 rows into %3, skipped %4 (see above)")
                  .arg(input)
                  .arg(good)
                  .arg(displayLocation(output))
                  .arg(errors)
           << Qt::endl;
    return BadInput;
}

} // namespace Parcours::Cli
