#include "document/workspacedocument.h"
#include "itemmodels/workspaceoutlinemodel.h"
#include "store/workspacestore.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

// The sidebar's outline: reordering personas and journeys by drag and drop.
class TestWorkspaceOutlineModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dragMovesAPersonaInOneUndoableStep();
    void dropOntoARowTakesItsPlace();
    void dropOutsideTheOwnGroupIsRefused();
    void readOnlyWorkspaceRefusesDrops();

private:
    QStringList personaNames() const;
    std::unique_ptr<QMimeData> dragOf(WorkspaceOutlineModel::Group group, int row) const;
    QModelIndex group(WorkspaceOutlineModel::Group group) const
    {
        return mModel->groupIndex(group);
    }

    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceDocument> mDoc;
    std::unique_ptr<WorkspaceOutlineModel> mModel;
};

void TestWorkspaceOutlineModel::init()
{
    Workspace w;
    for (const QString &name : {u"Ada"_s, u"Bea"_s, u"Cy"_s}) {
        Persona p;
        p.id = w.personas.size() + 1;
        p.name = name;
        w.personas.push_back(p);
    }
    Journey j;
    j.id = 50;
    j.name = u"Onboarding"_s;
    w.journeys.push_back(j);
    auto created = WorkspaceDocument::create(mDir.filePath(u"outline.parcours"_s), w);
    QVERIFY2(created.document, qPrintable(created.error));
    mDoc = std::move(created.document);
    mModel = std::make_unique<WorkspaceOutlineModel>();
    mModel->setDocument(mDoc.get());
    new QAbstractItemModelTester(
        mModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, mModel.get());
}

void TestWorkspaceOutlineModel::cleanup()
{
    mModel.reset();
    mDoc.reset();
    QFile::remove(mDir.filePath(u"outline.parcours"_s));
}

QStringList TestWorkspaceOutlineModel::personaNames() const
{
    QStringList names;
    for (const Persona &p : mDoc->workspace().personas)
        names << p.name;
    return names;
}

std::unique_ptr<QMimeData> TestWorkspaceOutlineModel::dragOf(WorkspaceOutlineModel::Group g,
                                                             int row) const
{
    return std::unique_ptr<QMimeData>(mModel->mimeData({mModel->index(row, 0, group(g))}));
}

void TestWorkspaceOutlineModel::dragMovesAPersonaInOneUndoableStep()
{
    const auto data = dragOf(WorkspaceOutlineModel::PersonasGroup, 0);
    QVERIFY(data);
    // Dropped between Bea and Cy: rows are counted with Ada still in place.
    QVERIFY(mModel->canDropMimeData(data.get(), Qt::MoveAction, 2, 0,
                                    group(WorkspaceOutlineModel::PersonasGroup)));
    QVERIFY(mModel->dropMimeData(data.get(), Qt::MoveAction, 2, 0,
                                 group(WorkspaceOutlineModel::PersonasGroup)));
    QCOMPARE(personaNames(), (QStringList {u"Bea"_s, u"Ada"_s, u"Cy"_s}));
    QCOMPARE(mModel->index(1, 0, group(WorkspaceOutlineModel::PersonasGroup)).data().toString(),
             u"Ada"_s);
    QCOMPARE(mDoc->undoStack()->count(), 1);
    mDoc->undoStack()->undo();
    QCOMPARE(personaNames(), (QStringList {u"Ada"_s, u"Bea"_s, u"Cy"_s}));

    // Cy to the top, then to the end by dropping on the group's own row.
    const auto last = dragOf(WorkspaceOutlineModel::PersonasGroup, 2);
    QVERIFY(mModel->dropMimeData(last.get(), Qt::MoveAction, 0, 0,
                                 group(WorkspaceOutlineModel::PersonasGroup)));
    QCOMPARE(personaNames(), (QStringList {u"Cy"_s, u"Ada"_s, u"Bea"_s}));
    QVERIFY(mModel->dropMimeData(last.get(), Qt::MoveAction, -1, -1,
                                 group(WorkspaceOutlineModel::PersonasGroup)));
    QCOMPARE(personaNames(), (QStringList {u"Ada"_s, u"Bea"_s, u"Cy"_s}));
}

void TestWorkspaceOutlineModel::dropOntoARowTakesItsPlace()
{
    const auto data = dragOf(WorkspaceOutlineModel::PersonasGroup, 2);
    const QModelIndex bea = mModel->index(1, 0, group(WorkspaceOutlineModel::PersonasGroup));
    QVERIFY(mModel->dropMimeData(data.get(), Qt::MoveAction, -1, -1, bea));
    QCOMPARE(personaNames(), (QStringList {u"Ada"_s, u"Cy"_s, u"Bea"_s}));
}

void TestWorkspaceOutlineModel::dropOutsideTheOwnGroupIsRefused()
{
    const auto persona = dragOf(WorkspaceOutlineModel::PersonasGroup, 0);
    const QModelIndex journeys = group(WorkspaceOutlineModel::JourneysGroup);
    QVERIFY(!mModel->canDropMimeData(persona.get(), Qt::MoveAction, 0, 0, journeys));
    QVERIFY(!mModel->dropMimeData(persona.get(), Qt::MoveAction, 0, 0, journeys));
    QVERIFY(!mModel->canDropMimeData(persona.get(), Qt::MoveAction, 0, 0, {}));
    QVERIFY(!mModel->canDropMimeData(persona.get(), Qt::CopyAction, 1, 0,
                                     group(WorkspaceOutlineModel::PersonasGroup)));
    QMimeData foreign;
    foreign.setText(u"Ada"_s);
    QVERIFY(!mModel->canDropMimeData(&foreign, Qt::MoveAction, 1, 0,
                                     group(WorkspaceOutlineModel::PersonasGroup)));
    QVERIFY(!mModel->mimeData({group(WorkspaceOutlineModel::PersonasGroup)})); // groups stay
    QCOMPARE(mDoc->undoStack()->count(), 0);
}

void TestWorkspaceOutlineModel::readOnlyWorkspaceRefusesDrops()
{
    const auto data = dragOf(WorkspaceOutlineModel::PersonasGroup, 0);
    mModel->setDocument(nullptr);
    mDoc.reset();
    auto opened = WorkspaceDocument::open(mDir.filePath(u"outline.parcours"_s),
                                          WorkspaceStore::Access::ReadOnly);
    QVERIFY2(opened.document, qPrintable(opened.error));
    mDoc = std::move(opened.document);
    mModel->setDocument(mDoc.get());
    QVERIFY(!(mModel->flags(mModel->index(0, 0, group(WorkspaceOutlineModel::PersonasGroup)))
              & Qt::ItemIsDragEnabled));
    QVERIFY(!mModel->dropMimeData(data.get(), Qt::MoveAction, 2, 0,
                                  group(WorkspaceOutlineModel::PersonasGroup)));
    QCOMPARE(personaNames(), (QStringList {u"Ada"_s, u"Bea"_s, u"Cy"_s}));
}

QTEST_GUILESS_MAIN(TestWorkspaceOutlineModel)
#include "tst_workspaceoutlinemodel.moc"
