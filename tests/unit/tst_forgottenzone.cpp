#include "forgottenzone.h"

#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

UseCase useCase(const UsageFrequency &f, std::optional<double> weight = std::nullopt,
                UseCaseStatus status = UseCaseStatus::Current)
{
    UseCase u;
    u.frequency = f;
    u.weight = weight;
    u.status = status;
    return u;
}

const UsageFrequency monthly(1, 1, Period::Month);
const UsageFrequency every31Days(1, 31, Period::Day);
const UsageFrequency yearly(1, 1, Period::Year);
const UsageFrequency weekly(1, 1, Period::Week);

} // namespace

class TestForgottenZone : public QObject
{
    Q_OBJECT

private slots:
    void useCaseBoundary();
    void unweightedCountsSegments();
    void weightedUsesWeights();
    void missingWeightFallsBackToCount();
    void zillowPlannedPullsOutOfZone();
    void cadenceRisk();
    void workspaceMajority();
};

void TestForgottenZone::useCaseBoundary()
{
    QVERIFY(!isForgotten(useCase(monthly)));
    QVERIFY(isForgotten(useCase(every31Days)));
    QVERIFY(!isForgotten(useCase(UsageFrequency()))); // no frequency: not classified
}

void TestForgottenZone::unweightedCountsSegments()
{
    Persona p;
    p.useCases = {useCase(yearly), useCase(every31Days), useCase(weekly)};
    PersonaVerdict v = personaVerdict(p, VerdictScope::CurrentOnly);
    QCOMPARE(v.segments, 3);
    QCOMPARE(v.segmentsBelowMonthly, 2);
    QVERIFY(!v.weighted);
    QVERIFY(v.forgottenZone);
    QCOMPARE(v.shareBelowMonthly(), 2.0 / 3);

    p.useCases = {useCase(yearly), useCase(weekly)}; // exactly half is not "most"
    QVERIFY(!personaVerdict(p, VerdictScope::CurrentOnly).forgottenZone);
}

void TestForgottenZone::weightedUsesWeights()
{
    Persona p;
    // Two of three segments below monthly, but they hold only 30 % of the weight.
    p.useCases = {useCase(yearly, 0.1), useCase(every31Days, 0.2), useCase(weekly, 0.7)};
    const PersonaVerdict v = personaVerdict(p, VerdictScope::CurrentOnly);
    QVERIFY(v.weighted);
    QCOMPARE(v.segmentsBelowMonthly, 2);
    QVERIFY(qFuzzyCompare(v.shareBelowMonthly(), 0.3));
    QVERIFY(!v.forgottenZone);

    p.useCases[2].weight = 0.2; // now 60 % of the weight is below monthly
    QVERIFY(personaVerdict(p, VerdictScope::CurrentOnly).forgottenZone);
}

void TestForgottenZone::missingWeightFallsBackToCount()
{
    Persona p;
    p.useCases = {useCase(yearly, 0.1), useCase(every31Days), useCase(weekly, 0.9)};
    const PersonaVerdict v = personaVerdict(p, VerdictScope::CurrentOnly);
    QVERIFY(!v.weighted);
    QVERIFY(v.forgottenZone); // 2 of 3 by count
}

void TestForgottenZone::zillowPlannedPullsOutOfZone()
{
    Persona buyer;
    buyer.useCases = {useCase(UsageFrequency(1, 5.5, Period::Year)),
                      useCase(yearly, std::nullopt, UseCaseStatus::Planned),
                      useCase(monthly, std::nullopt, UseCaseStatus::Planned),
                      useCase(monthly, std::nullopt, UseCaseStatus::Planned)};
    QVERIFY(personaVerdict(buyer, VerdictScope::CurrentOnly).forgottenZone);
    QCOMPARE(personaVerdict(buyer, VerdictScope::CurrentOnly).segments, 1);
    const PersonaVerdict withPlanned = personaVerdict(buyer, VerdictScope::WithPlanned);
    QCOMPARE(withPlanned.segments, 4);
    QCOMPARE(withPlanned.segmentsBelowMonthly, 2);
    QVERIFY(!withPlanned.forgottenZone);
}

void TestForgottenZone::cadenceRisk()
{
    QVERIFY(isBelowCadence(useCase(monthly), Cadence::Weekly));
    QVERIFY(!isBelowCadence(useCase(weekly), Cadence::Weekly));
    QVERIFY(!isBelowCadence(useCase(yearly), Cadence::None));
    QVERIFY(isBelowCadence(useCase(UsageFrequency(6, 1, Period::Week)), Cadence::Daily));
}

void TestForgottenZone::workspaceMajority()
{
    Persona forgotten;
    forgotten.useCases = {useCase(yearly)};
    Persona active;
    active.useCases = {useCase(weekly)};
    Persona empty;
    Workspace w;
    w.personas = {forgotten, active, empty};
    WorkspaceVerdict v = workspaceVerdict(w, VerdictScope::CurrentOnly);
    QCOMPARE(v.personas, 2); // the persona without frequencies is not counted
    QVERIFY(!v.forgottenZone);
    w.personas.push_back(forgotten);
    v = workspaceVerdict(w, VerdictScope::CurrentOnly);
    QCOMPARE(v.personasInForgottenZone, 2);
    QVERIFY(v.forgottenZone);
}

QTEST_GUILESS_MAIN(TestForgottenZone)
#include "tst_forgottenzone.moc"
