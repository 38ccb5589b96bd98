#include "analytics/frequencyspectrum.h"
#include "document/edits.h"
#include "itemmodels/usecasefiltermodel.h"
#include "itemmodels/usecasetablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

UseCase useCase(const QString &name, const QString &frequency,
                UseCaseStatus status = UseCaseStatus::Current)
{
    UseCase u;
    u.useCase = name;
    if (!frequency.isEmpty())
        u.frequency = *UsageFrequency::parse(frequency).frequency;
    u.status = status;
    return u;
}

Persona zillowPersona()
{
    Persona p;
    p.name = u"Home buyer"_s;
    p.color = u"#e15759"_s;
    p.cadence = Cadence::Weekly;
    p.useCases = {useCase(u"Buy a home"_s, u"every 5.5 years"_s),
                  useCase(u"Rentals"_s, u"yearly"_s, UseCaseStatus::Planned),
                  useCase(u"Zestimate"_s, u"monthly"_s, UseCaseStatus::Planned),
                  useCase(u"Saved searches"_s, u"3 times a week"_s)};
    return p;
}

} // namespace

class TestUseCaseTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnsAndValues();
    void frenchFrequencyStoresExactly();
    void badFrequencyRefused();
    void eventsEditedAsTextWithUndo();
    void unparsedFrequencyKeptAsDraft();
    void typedQuarterPrintsBackAsTyped();
    void weightWithDecimalComma();
    void statusFromTextOrNumber();
    void flagAppearsWhenFrequencyDropsBelowMonthly();
    void cadenceChangeUpdatesRows();
    void rowSignalsFollowInsertRemoveMove();
    void addUseCasesIsOneUndoStep();
    void duplicateUseCases();
    void setFieldsIsOneUndoStep();
    void filterForgottenZoneAndSearch();
    void sortByFrequencyUsesUsesPerMonth();

    void spectrumForPersona();
    void spectrumForWorkspace();
    void spectrumAxisCoversEveryPoint();
    void spectrumMergesEqualFrequenciesOfLargeWorkspaces();

private:
    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceDocument> mDoc;
    UseCaseTableModel *mModel = nullptr;
    Id mPersona = 0;
};

void TestUseCaseTableModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(mDir.isValid());
}

void TestUseCaseTableModel::init()
{
    static int n = 0;
    WorkspaceDocument::OpenResult created
        = WorkspaceDocument::create(mDir.filePath(u"t%1.parcours"_s.arg(++n)));
    QVERIFY2(created.document, qPrintable(created.error));
    mDoc = std::move(created.document);
    mPersona = Edit::addPersona(*mDoc, zillowPersona());
    mModel = new UseCaseTableModel;
    new QAbstractItemModelTester(mModel, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 mModel);
    mModel->setDocument(mDoc.get());
    mModel->setPersona(mPersona);
}

void TestUseCaseTableModel::cleanup()
{
    delete mModel;
    mModel = nullptr;
    mDoc.reset();
}

void TestUseCaseTableModel::columnsAndValues()
{
    QCOMPARE(mModel->rowCount(), 4);
    QCOMPARE(mModel->columnCount(), 9);
    QCOMPARE(mModel->headerData(UseCaseTableModel::FrequencyColumn, Qt::Horizontal).toString(),
             u"Frequency"_s);
    QCOMPARE(mModel->index(0, UseCaseTableModel::UseCaseColumn).data().toString(), u"Buy a home"_s);
    QCOMPARE(mModel->index(0, UseCaseTableModel::FrequencyColumn).data().toString(),
             u"every 5.5 years"_s);
    QCOMPARE(mModel->index(1, UseCaseTableModel::StatusColumn).data().toString(), u"Planned"_s);
    QVERIFY(mModel->index(0, 0).data(UseCaseTableModel::ForgottenZoneRole).toBool());
    QVERIFY(!mModel->index(3, 0).data(UseCaseTableModel::ForgottenZoneRole).toBool());
    QCOMPARE(mModel->headerData(0, Qt::Vertical).toString(), u"\u25BD 1"_s);
    QCOMPARE(mModel->headerData(2, Qt::Vertical).toString(), u"\u26A0 3"_s); // monthly < weekly
    QCOMPARE(mModel->headerData(3, Qt::Vertical).toString(), u"4"_s);
    const QString tip
        = mModel->index(0, UseCaseTableModel::FrequencyColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"about once every 66 months: below monthly"_s), qPrintable(tip));
}

void TestUseCaseTableModel::frenchFrequencyStoresExactly()
{
    const QModelIndex cell = mModel->index(0, UseCaseTableModel::FrequencyColumn);
    QVERIFY(mModel->setData(cell, u"3 fois par semaine"_s));
    const UseCase *u = mDoc->workspace().personas[0].useCases.data();
    QCOMPARE(u->frequency, UsageFrequency(3, 1, Period::Week));
    QCOMPARE(cell.data().toString(), u"3 times a week"_s);
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->workspace().personas[0].useCases[0].frequency,
             UsageFrequency(1, 5.5, Period::Year));
}

void TestUseCaseTableModel::badFrequencyRefused()
{
    const QModelIndex cell = mModel->index(0, UseCaseTableModel::FrequencyColumn);
    const int steps = mDoc->undoStack()->count();
    QVERIFY(!mModel->setData(cell, u"now and then"_s));
    QVERIFY(mModel->lastError().contains(u"not a frequency"_s));
    QCOMPARE(mDoc->undoStack()->count(), steps);
    QVERIFY(mModel->setData(cell, QString())); // empty clears it
    QVERIFY(!mDoc->workspace().personas[0].useCases[0].frequency.isValid());
}

void TestUseCaseTableModel::eventsEditedAsTextWithUndo()
{
    // Issue 22: the events meaning a use case happened, typed in the table, one undo step.
    const QModelIndex cell = mModel->index(1, UseCaseTableModel::EventsColumn);
    QCOMPARE(mModel->headerData(UseCaseTableModel::EventsColumn, Qt::Horizontal).toString(),
             u"Events"_s);
    QVERIFY(cell.flags() & Qt::ItemIsEditable);
    const int steps = mDoc->undoStack()->count();
    QVERIFY(mModel->setData(cell, u" listing.viewed|search.* | |"_s));
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    QCOMPARE(mDoc->workspace().personas[0].useCases[1].events,
             QStringList({u"listing.viewed"_s, u"search.*"_s}));
    QCOMPARE(cell.data().toString(), u"listing.viewed | search.*"_s);
    mDoc->undoStack()->undo();
    QVERIFY(mDoc->workspace().personas[0].useCases[1].events.isEmpty());
    QCOMPARE(cell.data().toString(), QString());
}

void TestUseCaseTableModel::unparsedFrequencyKeptAsDraft()
{
    // Text that does not parse is kept by the model, shown marked, never saved.
    const QModelIndex cell = mModel->index(0, UseCaseTableModel::FrequencyColumn);
    const int steps = mDoc->undoStack()->count();
    QSignalSpy changed(mModel, &QAbstractItemModel::dataChanged);
    QVERIFY(mModel->setData(cell, u"now and then"_s, UseCaseTableModel::FrequencyDraftRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(mDoc->undoStack()->count(), steps);
    QCOMPARE(mDoc->workspace().personas[0].useCases[0].frequency,
             UsageFrequency(1, 5.5, Period::Year));
    QCOMPARE(cell.data().toString(), u"\u2717 not understood: now and then"_s);
    QCOMPARE(cell.data(Qt::EditRole).toString(), u"now and then"_s);
    QCOMPARE(cell.data(UseCaseTableModel::FrequencyDraftRole).toString(), u"now and then"_s);
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"Not saved: \"now and then\" is not a frequency"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"(every 5.5 years)"_s), qPrintable(tip));
    // Other cells and rows are untouched.
    QCOMPARE(mModel->index(3, UseCaseTableModel::FrequencyColumn).data().toString(),
             u"3 times a week"_s);

    // Kept across another persona shown in between.
    const Id other = Edit::addPersona(*mDoc, Persona());
    mModel->setPersona(other);
    mModel->setPersona(mPersona);
    QCOMPARE(cell.model()->index(0, UseCaseTableModel::FrequencyColumn).data().toString(),
             u"\u2717 not understood: now and then"_s);

    // A frequency set in the cell replaces it.
    const QModelIndex again = mModel->index(0, UseCaseTableModel::FrequencyColumn);
    QVERIFY(mModel->setData(again, u"every 2 years"_s));
    QCOMPARE(again.data().toString(), u"every 2 years"_s);
    QVERIFY(again.data(UseCaseTableModel::FrequencyDraftRole).toString().isEmpty());

    // An empty draft drops it (the edit cancelled).
    QVERIFY(mModel->setData(again, u"sometimes"_s, UseCaseTableModel::FrequencyDraftRole));
    QVERIFY(mModel->setData(again, QString(), UseCaseTableModel::FrequencyDraftRole));
    QCOMPARE(again.data().toString(), u"every 2 years"_s);
}

void TestUseCaseTableModel::typedQuarterPrintsBackAsTyped()
{
    const QModelIndex first = mModel->index(0, UseCaseTableModel::FrequencyColumn);
    const QModelIndex last = mModel->index(3, UseCaseTableModel::FrequencyColumn);
    QVERIFY(mModel->setData(first, u"quarterly"_s));
    QVERIFY(mModel->setData(last, u"every 3 months"_s));
    QCOMPARE(first.data().toString(), u"quarterly"_s);
    QCOMPARE(last.data().toString(), u"every 3 months"_s);
    QCOMPARE(first.data(UseCaseTableModel::SortRole), last.data(UseCaseTableModel::SortRole));
    QVERIFY(mModel->setData(first, u"trimestriel"_s));
    QCOMPARE(first.data().toString(), u"quarterly"_s);
}

void TestUseCaseTableModel::weightWithDecimalComma()
{
    const QModelIndex cell = mModel->index(0, UseCaseTableModel::WeightColumn);
    QVERIFY(mModel->setData(cell, u"0,7"_s));
    QCOMPARE(mDoc->workspace().personas[0].useCases[0].weight, std::optional<double>(0.7));
    QCOMPARE(cell.data().toString(), u"0.7"_s);
    QVERIFY(!mModel->setData(cell, u"-1"_s));
    QVERIFY(!mModel->setData(cell, u"lots"_s));
    QVERIFY(mModel->setData(cell, u""_s));
    QVERIFY(!mDoc->workspace().personas[0].useCases[0].weight);
}

void TestUseCaseTableModel::statusFromTextOrNumber()
{
    const QModelIndex cell = mModel->index(0, UseCaseTableModel::StatusColumn);
    QVERIFY(mModel->setData(cell, u"planned"_s));
    QCOMPARE(mDoc->workspace().personas[0].useCases[0].status, UseCaseStatus::Planned);
    QVERIFY(mModel->setData(cell, int(UseCaseStatus::Current)));
    QCOMPARE(mDoc->workspace().personas[0].useCases[0].status, UseCaseStatus::Current);
    QVERIFY(!mModel->setData(cell, u"someday"_s));
}

void TestUseCaseTableModel::flagAppearsWhenFrequencyDropsBelowMonthly()
{
    QSignalSpy changed(mModel, &QAbstractItemModel::dataChanged);
    QSignalSpy header(mModel, &QAbstractItemModel::headerDataChanged);
    const QModelIndex cell = mModel->index(3, UseCaseTableModel::FrequencyColumn);
    QVERIFY(!cell.data(UseCaseTableModel::ForgottenZoneRole).toBool());
    QVERIFY(mModel->setData(cell, u"every 2 months"_s));
    QVERIFY(cell.data(UseCaseTableModel::ForgottenZoneRole).toBool());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), mModel->index(3, 0)); // the whole row
    QCOMPARE(changed[0][1].toModelIndex(), mModel->index(3, UseCaseTableModel::ColumnCount - 1));
    QCOMPARE(header.size(), 1);
    QCOMPARE(mModel->headerData(3, Qt::Vertical).toString(), u"\u25BD 4"_s);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"below monthly"_s));
}

void TestUseCaseTableModel::cadenceChangeUpdatesRows()
{
    QSignalSpy changed(mModel, &QAbstractItemModel::dataChanged);
    QVERIFY(mModel->index(2, 0).data(UseCaseTableModel::BelowCadenceRole).toBool());
    Edit::setField(*mDoc, EntityRef::persona(mPersona), Field::PersonaCadence,
                   int(Cadence::Monthly));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!mModel->index(2, 0).data(UseCaseTableModel::BelowCadenceRole).toBool());
}

void TestUseCaseTableModel::rowSignalsFollowInsertRemoveMove()
{
    QSignalSpy inserted(mModel, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(mModel, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(mModel, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(mModel, &QAbstractItemModel::modelReset);
    const Id id = Edit::addUseCase(*mDoc, mPersona, useCase(u"New"_s, u"daily"_s), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][1].toInt(), 1);
    QCOMPARE(mModel->rowOf(id), 1);
    QVERIFY(Edit::move(*mDoc, EntityRef::useCase(mPersona, id), 3));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(mModel->index(3, UseCaseTableModel::UseCaseColumn).data().toString(), u"New"_s);
    Edit::removeUseCases(*mDoc, mPersona, {id});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(mModel->rowCount(), 4);
    // A use case of another persona leaves this table alone.
    const Id other = Edit::addPersona(*mDoc, Persona());
    QVERIFY2(mDoc->isSaved(), qPrintable(mDoc->writeError())); // empty texts are written too
    Edit::addUseCase(*mDoc, other, useCase(u"Elsewhere"_s, u"daily"_s));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    // Deleting the persona empties the table; undo brings the rows back.
    Edit::removePersona(*mDoc, mPersona);
    QCOMPARE(mModel->rowCount(), 0);
    mDoc->undoStack()->undo();
    QCOMPARE(mModel->rowCount(), 4);
}

void TestUseCaseTableModel::addUseCasesIsOneUndoStep()
{
    const int steps = mDoc->undoStack()->count();
    const QList<Id> ids = Edit::addUseCases(
        *mDoc, mPersona, {useCase(u"A"_s, u"daily"_s), useCase(u"B"_s, u"weekly"_s)}, 1,
        u"Paste"_s);
    QCOMPARE(ids.size(), 2);
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    QCOMPARE(mModel->rowOf(ids[0]), 1);
    QCOMPARE(mModel->rowOf(ids[1]), 2);
    mDoc->undoStack()->undo();
    QCOMPARE(mModel->rowCount(), 4);
}

void TestUseCaseTableModel::duplicateUseCases()
{
    const Id first = mModel->useCaseId(0);
    const Id third = mModel->useCaseId(2);
    const QList<Id> copies = Edit::duplicateUseCases(*mDoc, mPersona, {third, first});
    QCOMPARE(copies.size(), 2);
    QCOMPARE(mModel->rowCount(), 6);
    QCOMPARE(mModel->index(3, UseCaseTableModel::UseCaseColumn).data().toString(), u"Buy a home"_s);
    QCOMPARE(mModel->index(4, UseCaseTableModel::UseCaseColumn).data().toString(), u"Zestimate"_s);
    QCOMPARE(mModel->index(4, UseCaseTableModel::StatusColumn).data().toString(), u"Planned"_s);
}

void TestUseCaseTableModel::setFieldsIsOneUndoStep()
{
    const int steps = mDoc->undoStack()->count();
    QVERIFY(Edit::setFields(
        *mDoc,
        {{EntityRef::useCase(mPersona, mModel->useCaseId(0)), Field::UseCaseNotes, u"a"_s},
         {EntityRef::useCase(mPersona, mModel->useCaseId(1)), Field::UseCaseNotes, u"b"_s}},
        u"Paste"_s));
    QCOMPARE(mDoc->undoStack()->count(), steps + 1);
    QCOMPARE(mModel->index(1, UseCaseTableModel::NotesColumn).data().toString(), u"b"_s);
    mDoc->undoStack()->undo();
    QCOMPARE(mModel->index(0, UseCaseTableModel::NotesColumn).data().toString(), QString());
}

void TestUseCaseTableModel::filterForgottenZoneAndSearch()
{
    UseCaseFilterModel filter;
    filter.setSourceModel(mModel);
    QCOMPARE(filter.rowCount(), 4);
    filter.setFilter(UseCaseFilterModel::ForgottenZoneOnly);
    QCOMPARE(filter.rowCount(), 2); // every 5.5 years, yearly
    filter.setFilter(UseCaseFilterModel::PlannedOnly);
    QCOMPARE(filter.rowCount(), 2);
    filter.setFilter(UseCaseFilterModel::BelowCadenceOnly);
    QCOMPARE(filter.rowCount(), 3);
    filter.setFilter(UseCaseFilterModel::AllRows);
    filter.setSearchText(u"zest"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QString());
    // A live edit that leaves the zone leaves the filtered view.
    filter.setFilter(UseCaseFilterModel::ForgottenZoneOnly);
    QVERIFY(mModel->setData(mModel->index(0, UseCaseTableModel::FrequencyColumn), u"daily"_s));
    QCOMPARE(filter.rowCount(), 1);
}

void TestUseCaseTableModel::sortByFrequencyUsesUsesPerMonth()
{
    UseCaseFilterModel filter;
    filter.setSourceModel(mModel);
    filter.sort(UseCaseTableModel::FrequencyColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < filter.rowCount(); ++row)
        order << filter.index(row, UseCaseTableModel::UseCaseColumn).data().toString();
    QCOMPARE(order,
             (QStringList {u"Buy a home"_s, u"Rentals"_s, u"Zestimate"_s, u"Saved searches"_s}));
}

void TestUseCaseTableModel::spectrumForPersona()
{
    const Persona &p = mDoc->workspace().personas[0];
    const FrequencySpectrum s = FrequencySpectrum::forPersona(p);
    QCOMPARE(s.series.size(), size_t(2));
    QCOMPARE(s.series[0].name, u"Current"_s);
    QCOMPARE(s.series[1].name, u"Planned"_s);
    QCOMPARE(s.series[0].points.size(), size_t(2));
    QCOMPARE(s.series[0].points[0].label, u"Buy a home"_s);
    QCOMPARE(s.series[0].points[1].label, u"Saved searches"_s);
    QCOMPARE(s.series[1].points.size(), size_t(2));
    QCOMPARE(s.series[1].points[0].label, u"Rentals"_s);
    QVERIFY(s.series[0].points[0].forgotten);
    QVERIFY(!s.series[0].points[1].forgotten);
    QCOMPARE(s.series[0].points[0].usesPerMonth, 1.0 / 66.0);
    // One band per use case, the first row at the top.
    QCOMPARE(s.bands.size(), size_t(4));
    QCOMPARE(s.bands[0].label, u"Buy a home"_s);
    QVERIFY(s.bands[0].from > s.bands[3].from);
    QCOMPARE(s.series[0].points[0].y, 3.5);
    const auto *zestimate = s.find(p.useCases[2].id);
    QVERIFY(zestimate);
    QVERIFY(zestimate->planned);
    QVERIFY(!zestimate->forgotten); // exactly monthly
    QCOMPARE(FrequencySpectrum::describe(s.series[0].points[0]),
             u"Buy a home — every 5.5 years (about once every 66 months; below monthly)"_s);
    // Labels in words, monthly among them.
    QStringList labels;
    double previous = 0;
    for (const auto &tick : s.ticks()) {
        labels << tick.label;
        QVERIFY2(tick.usesPerMonth > previous, qPrintable(tick.label)); // a category axis needs it
        previous = tick.usesPerMonth;
    }
    QCOMPARE(s.ticks().at(3).usesPerMonth, 30.436875 / 7); // weekly
    QCOMPARE(labels,
             (QStringList {u"every few years"_s, u"yearly"_s, u"monthly"_s, u"weekly"_s, u"daily"_s,
                           u"several a day"_s}));
}

void TestUseCaseTableModel::spectrumForWorkspace()
{
    Persona agent;
    agent.name = u"Agent"_s;
    agent.useCases = {useCase(u"Leads"_s, u"daily"_s), useCase(u"No frequency"_s, QString())};
    Edit::addPersona(*mDoc, agent);
    const FrequencySpectrum s = FrequencySpectrum::forWorkspace(mDoc->workspace());
    QCOMPARE(s.series.size(), size_t(4));
    QCOMPARE(s.series[0].name, u"Home buyer"_s);
    QCOMPARE(s.series[1].name, u"Home buyer (planned)"_s);
    QCOMPARE(s.series[2].points.size(), size_t(1));
    QCOMPARE(s.withoutFrequency, 1);
    QCOMPARE(s.bands.size(), size_t(2));
    // Each persona's points stay inside its band.
    for (const auto &serie : s.series) {
        const auto &band = serie.persona == mPersona ? s.bands[0] : s.bands[1];
        for (const auto &point : serie.points)
            QVERIFY(point.y > band.from && point.y < band.to);
    }
}

void TestUseCaseTableModel::spectrumMergesEqualFrequenciesOfLargeWorkspaces()
{
    const QString phrases[] = {u"daily"_s, u"weekly"_s, u"yearly"_s};
    Workspace w;
    const int perPersona = FrequencySpectrum::separatePointsUpTo / 3 + 1; // 2,001 in all
    for (int p = 0; p < 3; ++p) {
        Persona persona;
        persona.id = p + 1;
        persona.name = u"P%1"_s.arg(p);
        for (int i = 0; i < perPersona; ++i) {
            UseCase u = useCase(u"Use %1"_s.arg(i), phrases[i % 3]);
            u.id = 1000 * (p + 1) + i;
            u.status = i % 2 ? UseCaseStatus::Planned : UseCaseStatus::Current;
            persona.useCases.push_back(u);
        }
        w.personas.push_back(persona);
    }
    const FrequencySpectrum s = FrequencySpectrum::forWorkspace(w);
    QCOMPARE(s.pointCount(), 3 * 6); // per persona: 3 frequencies, current and planned
    int represented = 0;
    for (const auto &serie : s.series) {
        for (const auto &point : serie.points) {
            represented += point.useCases;
            QCOMPARE(point.planned, serie.planned);
        }
    }
    QCOMPARE(represented, 3 * perPersona);
    const FrequencySpectrum::Point &first = s.series[0].points[0];
    QVERIFY2(FrequencySpectrum::describe(first).startsWith(
                 u"%1 use cases — daily"_s.arg(first.useCases)),
             qPrintable(FrequencySpectrum::describe(first)));

    // A small workspace keeps every use case apart, equal frequencies included.
    w.personas[0].useCases.resize(30);
    w.personas.resize(1);
    QCOMPARE(FrequencySpectrum::forWorkspace(w).pointCount(), 30);
}

void TestUseCaseTableModel::spectrumAxisCoversEveryPoint()
{
    Edit::addUseCase(*mDoc, mPersona, useCase(u"Rare"_s, u"every 40 years"_s));
    Edit::addUseCase(*mDoc, mPersona, useCase(u"Constant"_s, u"100 times a day"_s));
    const FrequencySpectrum s = FrequencySpectrum::forPersona(mDoc->workspace().personas[0]);
    QCOMPARE(s.pointCount(), 6);
    for (const auto &serie : s.series) {
        for (const auto &point : serie.points) {
            QVERIFY(point.usesPerMonth > s.minUsesPerMonth);
            QVERIFY(point.usesPerMonth < s.maxUsesPerMonth);
            QVERIFY(point.y > s.minY && point.y < s.maxY);
        }
    }
    QVERIFY(s.minUsesPerMonth > 0); // a logarithmic axis cannot show 0
    QCOMPARE(s.ticks().first().label, u"every 20 years"_s);
    QCOMPARE(s.ticks().last().label, u"hourly"_s);
    // An empty persona still has a sensible axis around the monthly line.
    const FrequencySpectrum empty = FrequencySpectrum::forPersona(Persona());
    QVERIFY(empty.minUsesPerMonth < 1.0 / 12 && empty.maxUsesPerMonth > 30);
}

QTEST_GUILESS_MAIN(TestUseCaseTableModel)
#include "tst_usecasetablemodel.moc"
