#include "document/edits.h"
#include "document/workspacedocument.h"
#include "store/workspacestore.h"
#include "support/testworkspaces.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

// Edits, undo and redo through the public edit API; after each step the file on disk
// must hold exactly what memory holds.
class TestWorkspaceDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void setFieldUndoRedo();
    void noOpEditIsNotPushed();
    void mergeableEditsFoldIntoOneStep();
    void removePersonaUntiesJourneysAndUndoRestores();
    void removeStageWithCellsAndUndo();
    void removeLaneRestoresItsCells();
    void moveStageAndUndo();
    void exclusiveConversionStage();
    void importFragmentMergesByName();
    void changeSignalsCarryIndexes();
    void readOnlyDocumentRefusesEdits();
    void saveAsOverItsOwnFile();
    void saveAsOverItsOwnFileAfterAFailedWrite();

private:
    void verifyFileMatchesMemory();
    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<WorkspaceDocument> mDoc;
};

void TestWorkspaceDocument::init()
{
    mDoc.reset();
    mDir = std::make_unique<QTemporaryDir>();
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(mDir->filePath(u"w.parcours"_s), TestData::everyField());
    QVERIFY2(created.document, qPrintable(created.error));
    mDoc = std::move(created.document);
}

void TestWorkspaceDocument::verifyFileMatchesMemory()
{
    QVERIFY(mDoc->isSaved());
    { // A reader reads the file while the document has it open.
        const WorkspaceStore::OpenResult reread
            = WorkspaceStore::open(mDoc->filePath(), WorkspaceStore::Access::ReadOnly);
        QVERIFY2(reread.store, qPrintable(reread.error));
        QCOMPARE(reread.workspace, mDoc->workspace());
    }
    // And so does a copy, from which the document goes on in the original file.
    const QString copy = mDir->filePath(u"copy.parcours"_s);
    QFile::remove(copy);
    const Workspace memory = mDoc->workspace();
    const QString original = mDoc->filePath();
    QString error;
    QVERIFY2(mDoc->saveAs(copy, &error), qPrintable(error));
    QCOMPARE(WorkspaceStore::open(copy, WorkspaceStore::Access::ReadOnly).workspace, memory);
    QVERIFY2(mDoc->saveAs(original, &error), qPrintable(error));
}

namespace {

// Whether a second writer is still refused, as long as the document has the file open.
bool refusesASecondWriter(const QString &path)
{
    const WorkspaceStore::OpenResult second = WorkspaceStore::open(path);
    return !second.store && second.failure == WorkspaceStore::Failure::Busy;
}

} // namespace

void TestWorkspaceDocument::saveAsOverItsOwnFile()
{
    const QString file = mDoc->filePath();
    QString error;
    QVERIFY2(mDoc->saveAs(file, &error), qPrintable(error));
    QCOMPARE(mDoc->filePath(), file);
    QVERIFY(refusesASecondWriter(file));
    Persona visitor;
    visitor.name = u"Visitor"_s;
    Edit::addPersona(*mDoc, visitor);
    verifyFileMatchesMemory();
    const Workspace memory = mDoc->workspace();
    mDoc.reset();
    QCOMPARE(QDir(mDir->path()).entryList({u"w.parcours*"_s}, QDir::Files),
             QStringList {u"w.parcours"_s});
    QCOMPARE(WorkspaceStore::open(file).workspace, memory);
}

// After a failed write the file lags behind memory: Save As over it writes memory anew, and
// the document keeps the file to itself throughout.
void TestWorkspaceDocument::saveAsOverItsOwnFileAfterAFailedWrite()
{
    const QString file = mDoc->filePath();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TRIGGER no_new_persona BEFORE INSERT ON persona "
                       "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"saboteur"_s);
    Persona visitor;
    visitor.name = u"Visitor"_s;
    Edit::addPersona(*mDoc, visitor);
    QVERIFY(!mDoc->isSaved());

    QString error;
    QVERIFY2(mDoc->saveAs(file, &error), qPrintable(error));
    QVERIFY(mDoc->isSaved());
    QVERIFY(refusesASecondWriter(file));
    Persona another;
    another.name = u"Another visitor"_s;
    Edit::addPersona(*mDoc, another); // no trigger in the file written anew
    verifyFileMatchesMemory();
    const Workspace memory = mDoc->workspace();
    mDoc.reset();
    QCOMPARE(QDir(mDir->path()).entryList({u"w.parcours*"_s}, QDir::Files),
             QStringList {u"w.parcours"_s});
    QCOMPARE(WorkspaceStore::open(file).workspace, memory);
}

void TestWorkspaceDocument::setFieldUndoRedo()
{
    const EntityRef ref = EntityRef::useCase(101, 201);
    const UsageFrequency weekly(1, 1, Period::Week);
    QVERIFY(Edit::setField(*mDoc, ref, Field::UseCaseFrequency, QVariant::fromValue(weekly)));
    QCOMPARE(mDoc->workspace().useCase(201)->frequency, weekly);
    verifyFileMatchesMemory();
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->workspace().useCase(201)->frequency, UsageFrequency(1, 5.5, Period::Year));
    verifyFileMatchesMemory();
    mDoc->undoStack()->redo();
    QCOMPARE(mDoc->workspace().useCase(201)->frequency, weekly);
    verifyFileMatchesMemory();

    QVERIFY(Edit::setField(*mDoc, EntityRef::cell(301, 502, 401), Field::CellText, u"新しい"_s));
    QCOMPARE(mDoc->workspace().journey(301)->stages[1].firstCells().value(401).text, u"新しい"_s);
    verifyFileMatchesMemory();
    mDoc->undoStack()->undo();
    QVERIFY(!mDoc->workspace().journey(301)->stages[1].firstCells().contains(401));
    verifyFileMatchesMemory();
}

void TestWorkspaceDocument::noOpEditIsNotPushed()
{
    QVERIFY(!Edit::setField(*mDoc, EntityRef::persona(101), Field::PersonaName,
                            mDoc->workspace().personas[0].name));
    QVERIFY(!Edit::setField(*mDoc, EntityRef::persona(999), Field::PersonaName, u"x"_s));
    QCOMPARE(mDoc->undoStack()->count(), 0);
}

void TestWorkspaceDocument::mergeableEditsFoldIntoOneStep()
{
    const EntityRef cell = EntityRef::cell(301, 501, 403);
    for (double score : {-1.0, 0.0, 1.0, 2.0})
        QVERIFY(Edit::setField(*mDoc, cell, Field::CellEmotion, score, true));
    QCOMPARE(mDoc->undoStack()->count(), 1);
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->workspace().journey(301)->stages[0].firstCells().value(403).emotion, -1.5);
}

void TestWorkspaceDocument::removePersonaUntiesJourneysAndUndoRestores()
{
    const Persona agent = *mDoc->workspace().persona(102);
    Edit::removePersona(*mDoc, 102);
    QVERIFY(!mDoc->workspace().persona(102));
    QCOMPARE(mDoc->workspace().journey(301)->personaId, Id(0));
    verifyFileMatchesMemory();
    mDoc->undoStack()->undo();
    QCOMPARE(*mDoc->workspace().persona(102), agent); // use cases back, same ids
    QCOMPARE(mDoc->workspace().journey(301)->personaId, Id(102));
    QCOMPARE(mDoc->workspace(), TestData::everyField());
    verifyFileMatchesMemory();
}

void TestWorkspaceDocument::removeStageWithCellsAndUndo()
{
    Edit::removeStage(*mDoc, 301, 501);
    QCOMPARE(mDoc->workspace().journey(301)->stages.size(), size_t(1));
    verifyFileMatchesMemory();
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->workspace(), TestData::everyField());
    verifyFileMatchesMemory();
    mDoc->undoStack()->redo();
    QCOMPARE(mDoc->workspace().journey(301)->stages.front().id, Id(502));
    verifyFileMatchesMemory();
}

void TestWorkspaceDocument::removeLaneRestoresItsCells()
{
    Edit::removeLane(*mDoc, 301, 401);
    const Journey &j = *mDoc->workspace().journey(301);
    QCOMPARE(j.lanes.size(), size_t(3));
    QVERIFY(!j.stages[0].firstCells().contains(401));
    verifyFileMatchesMemory();
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->workspace(), TestData::everyField());
    verifyFileMatchesMemory();
}

void TestWorkspaceDocument::moveStageAndUndo()
{
    QVERIFY(Edit::move(*mDoc, EntityRef::stage(301, 501), 1));
    QCOMPARE(mDoc->workspace().journey(301)->stages[0].id, Id(502));
    verifyFileMatchesMemory();
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->workspace().journey(301)->stages[0].id, Id(501));
    verifyFileMatchesMemory();
    QVERIFY(Edit::move(*mDoc, EntityRef::persona(102), 0));
    QCOMPARE(mDoc->workspace().personas[0].id, Id(102));
    verifyFileMatchesMemory();
}

void TestWorkspaceDocument::exclusiveConversionStage()
{
    Edit::setConversionStage(*mDoc, 301, 502);
    const Journey &j = *mDoc->workspace().journey(301);
    QVERIFY(!j.stages[0].isConversion);
    QVERIFY(j.stages[1].isConversion);
    QCOMPARE(mDoc->undoStack()->count(), 1);
    mDoc->undoStack()->undo();
    QVERIFY(mDoc->workspace().journey(301)->stages[0].isConversion);
    QVERIFY(!mDoc->workspace().journey(301)->stages[1].isConversion);
}

void TestWorkspaceDocument::importFragmentMergesByName()
{
    Workspace fragment = TestData::everyField();
    fragment.personas[0].useCases.resize(2);
    fragment.personas[0].useCases[1].notes = u"Changed in a spreadsheet"_s;
    Edit::ImportNotes notes;
    QVERIFY(Edit::importFragment(*mDoc, fragment, u"Import"_s, &notes));
    const Workspace &w = mDoc->workspace();
    QCOMPARE(w.personas.size(), size_t(2)); // matched by name
    // The first use case is there already, field for field; the changed one is added.
    QCOMPARE(w.personas[0].useCases.size(), size_t(4));
    QCOMPARE(w.personas[0].useCases[3].notes, u"Changed in a spreadsheet"_s);
    QCOMPARE(notes.identicalUseCases, 1 + int(TestData::everyField().personas[1].useCases.size()));
    QCOMPARE(notes.identicalPeriods, int(TestData::everyField().metrics.size()));
    // The opportunity too: its links name the same items (before the journey is renamed).
    QCOMPARE(notes.identicalOpportunities, int(TestData::everyField().opportunities.size()));
    QCOMPARE(w.opportunities.size(), TestData::everyField().opportunities.size());
    QCOMPARE(notes.warnings(u"w.json"_s).size(), 4);
    QCOMPARE(w.journeys.size(), size_t(2));
    // A journey of the same name is kept; the imported one gets the next free name.
    QCOMPARE(w.journeys[0].name, u"旅程 as-is"_s);
    QCOMPARE(w.journeys[1].name, u"旅程 as-is (2)"_s);
    QCOMPARE(notes.renamedJourneys.size(), 1);
    QCOMPARE(notes.renamedJourneys[0].from, u"旅程 as-is"_s);
    QCOMPARE(notes.renamedJourneys[0].to, u"旅程 as-is (2)"_s);
    QVERIFY(w.journeys[1].id != 301); // fresh ids
    QCOMPARE(w.journeys[1].personaId, Id(102)); // tied to the matched persona
    QCOMPARE(w.metrics.size(), TestData::everyField().metrics.size()); // not twice
    verifyFileMatchesMemory();
    mDoc->undoStack()->undo(); // one step
    QCOMPARE(mDoc->workspace(), TestData::everyField());
    verifyFileMatchesMemory();
}

void TestWorkspaceDocument::changeSignalsCarryIndexes()
{
    QSignalSpy before(mDoc.get(), &WorkspaceDocument::aboutToChange);
    QSignalSpy after(mDoc.get(), &WorkspaceDocument::changed);
    UseCase u;
    u.useCase = u"New"_s;
    Edit::addUseCase(*mDoc, 101, u, 1);
    QCOMPARE(before.size(), 1);
    QCOMPARE(after.size(), 1);
    const auto event = after.first().first().value<ChangeEvent>();
    QCOMPARE(event.type, ChangeEvent::Inserted);
    QCOMPARE(event.entity.kind, EntityKind::UseCase);
    QCOMPARE(event.entity.parent, Id(101));
    QCOMPARE(event.index, 1);
    QCOMPARE(mDoc->workspace().personas[0].useCases[1].useCase, u"New"_s);
    verifyFileMatchesMemory();
}

void TestWorkspaceDocument::readOnlyDocumentRefusesEdits()
{
    const QString path = mDoc->filePath();
    mDoc.reset();
    WorkspaceDocument::OpenResult opened
        = WorkspaceDocument::open(path, WorkspaceStore::Access::ReadOnly);
    QVERIFY(opened.document);
    QVERIFY(opened.document->isReadOnly());
    QVERIFY(!Edit::setField(*opened.document, EntityRef::persona(101), Field::PersonaName, u"x"_s));
    Edit::addPersona(*opened.document, Persona {});
    Edit::removePersona(*opened.document, 101);
    QCOMPARE(opened.document->undoStack()->count(), 0);
    QCOMPARE(opened.document->workspace(), TestData::everyField());
}

QTEST_GUILESS_MAIN(TestWorkspaceDocument)
#include "tst_workspacedocument.moc"
