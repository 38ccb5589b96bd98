#include "analytics/forgottenzone.h"
#include "analytics/forgottenzonereport.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

UseCase useCase(const QString &name, UsageFrequency frequency,
                UseCaseStatus status = UseCaseStatus::Current,
                std::optional<double> weight = std::nullopt)
{
    UseCase u;
    u.id = newId();
    u.useCase = name;
    u.frequency = frequency;
    u.status = status;
    u.weight = weight;
    return u;
}

// Seed 003: a home purchase every 5.5 years; Rentals yearly and Zestimate monthly planned.
Persona zillow(bool withRentals = true)
{
    Persona p;
    p.id = newId();
    p.name = u"Home buyer"_s;
    p.useCases.push_back(useCase(u"Buy a home"_s, UsageFrequency(1, 5.5, Period::Year)));
    if (withRentals) {
        p.useCases.push_back(
            useCase(u"Rentals"_s, UsageFrequency(1, 1, Period::Year), UseCaseStatus::Planned));
    }
    p.useCases.push_back(
        useCase(u"Zestimate"_s, UsageFrequency(1, 1, Period::Month), UseCaseStatus::Planned));
    return p;
}

} // namespace

class TestForgottenZone : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void boundary_data();
    void boundary();
    void zillowToday();
    void zillowWithPlanned();
    void aMonthlyPlannedUseCasePullsThePersonaOut();
    void weightedVersusUnweighted();
    void partialWeightsFallBackToCount();
    void useCasesWithoutFrequencyDoNotCount();
    void cadence_data();
    void cadence();
    void workspaceNeedsAMajority();
    void summaryLine();
    void reportJson();
    void reportText();
};

void TestForgottenZone::boundary_data()
{
    QTest::addColumn<QString>("frequency");
    QTest::addColumn<bool>("forgotten");
    QTest::newRow("monthly") << u"monthly"_s << false;
    QTest::newRow("12 times a year") << u"12 times a year"_s << false;
    QTest::newRow("every 4 weeks") << u"every 4 weeks"_s << false;
    QTest::newRow("every 31 days") << u"every 31 days"_s << true;
    QTest::newRow("11 times a year") << u"11 times a year"_s << true;
    QTest::newRow("every 5.5 years") << u"every 5.5 years"_s << true;
    QTest::newRow("daily") << u"daily"_s << false;
}

void TestForgottenZone::boundary()
{
    QFETCH(QString, frequency);
    QFETCH(bool, forgotten);
    const auto parsed = UsageFrequency::parse(frequency);
    QVERIFY(parsed.frequency);
    QCOMPARE(isForgotten(useCase(u"x"_s, *parsed.frequency)), forgotten);
}

void TestForgottenZone::zillowToday()
{
    const PersonaVerdict v = personaVerdict(zillow(), VerdictScope::CurrentOnly);
    QCOMPARE(v.segments, 1);
    QCOMPARE(v.segmentsBelowMonthly, 1);
    QVERIFY(v.forgottenZone);
    QCOMPARE(v.shareBelowMonthly(), 1.0);
}

void TestForgottenZone::zillowWithPlanned()
{
    // Rentals (yearly) are still below monthly: 2 of 3, still forgotten.
    const PersonaVerdict v = personaVerdict(zillow(), VerdictScope::WithPlanned);
    QCOMPARE(v.segments, 3);
    QCOMPARE(v.segmentsBelowMonthly, 2);
    QVERIFY(v.forgottenZone);
}

void TestForgottenZone::aMonthlyPlannedUseCasePullsThePersonaOut()
{
    const Persona p = zillow(false);
    QVERIFY(personaVerdict(p, VerdictScope::CurrentOnly).forgottenZone);
    const PersonaVerdict planned = personaVerdict(p, VerdictScope::WithPlanned);
    QCOMPARE(planned.shareBelowMonthly(), 0.5); // half is not "most"
    QVERIFY(!planned.forgottenZone);
}

void TestForgottenZone::weightedVersusUnweighted()
{
    Persona p;
    p.useCases
        = {useCase(u"rare"_s, UsageFrequency(1, 1, Period::Year), UseCaseStatus::Current, 0.8),
           useCase(u"a"_s, UsageFrequency(1, 1, Period::Week), UseCaseStatus::Current, 0.1),
           useCase(u"b"_s, UsageFrequency(1, 1, Period::Day), UseCaseStatus::Current, 0.1)};
    PersonaVerdict v = personaVerdict(p, VerdictScope::CurrentOnly);
    QVERIFY(v.weighted);
    QCOMPARE(v.shareBelowMonthly(), 0.8);
    QVERIFY(v.forgottenZone);

    for (UseCase &u : p.useCases)
        u.weight.reset();
    v = personaVerdict(p, VerdictScope::CurrentOnly);
    QVERIFY(!v.weighted);
    QCOMPARE(v.segmentsBelowMonthly, 1);
    QVERIFY(!v.forgottenZone);
}

void TestForgottenZone::partialWeightsFallBackToCount()
{
    Persona p;
    p.useCases
        = {useCase(u"rare"_s, UsageFrequency(1, 1, Period::Year), UseCaseStatus::Current, 0.9),
           useCase(u"a"_s, UsageFrequency(1, 1, Period::Week)),
           useCase(u"b"_s, UsageFrequency(1, 1, Period::Day))};
    const PersonaVerdict v = personaVerdict(p, VerdictScope::CurrentOnly);
    QVERIFY(!v.weighted);
    QVERIFY(!v.forgottenZone);
}

void TestForgottenZone::useCasesWithoutFrequencyDoNotCount()
{
    Persona p;
    p.useCases = {useCase(u"rare"_s, UsageFrequency(1, 2, Period::Year)),
                  useCase(u"unknown"_s, UsageFrequency())};
    const PersonaVerdict v = personaVerdict(p, VerdictScope::CurrentOnly);
    QCOMPARE(v.segments, 1);
    QVERIFY(v.forgottenZone);
    QVERIFY(!isForgotten(p.useCases[1]));
}

void TestForgottenZone::cadence_data()
{
    QTest::addColumn<int>("cadence");
    QTest::addColumn<QString>("frequency");
    QTest::addColumn<bool>("atRisk");
    QTest::newRow("weekly persona, monthly use") << int(Cadence::Weekly) << u"monthly"_s << true;
    QTest::newRow("weekly persona, weekly use") << int(Cadence::Weekly) << u"weekly"_s << false;
    QTest::newRow("daily persona, 3 a week") << int(Cadence::Daily) << u"3 times a week"_s << true;
    QTest::newRow("daily persona, daily") << int(Cadence::Daily) << u"daily"_s << false;
    QTest::newRow("monthly persona, monthly") << int(Cadence::Monthly) << u"monthly"_s << false;
    QTest::newRow("monthly persona, quarterly") << int(Cadence::Monthly) << u"quarterly"_s << true;
    QTest::newRow("no cadence") << int(Cadence::None) << u"every 5 years"_s << false;
}

void TestForgottenZone::cadence()
{
    QFETCH(int, cadence);
    QFETCH(QString, frequency);
    QFETCH(bool, atRisk);
    const UseCase u = useCase(u"x"_s, *UsageFrequency::parse(frequency).frequency);
    QCOMPARE(isBelowCadence(u, Cadence(cadence)), atRisk);
}

void TestForgottenZone::workspaceNeedsAMajority()
{
    Workspace w;
    w.personas.push_back(zillow());
    Persona daily;
    daily.useCases = {useCase(u"daily"_s, UsageFrequency(1, 1, Period::Day))};
    w.personas.push_back(daily);
    w.personas.emplace_back(); // no use cases: not counted
    WorkspaceVerdict v = workspaceVerdict(w, VerdictScope::CurrentOnly);
    QCOMPARE(v.personas, 2);
    QCOMPARE(v.personasInForgottenZone, 1);
    QVERIFY(!v.forgottenZone);
    w.personas.push_back(zillow());
    v = workspaceVerdict(w, VerdictScope::CurrentOnly);
    QVERIFY(v.forgottenZone);
}

void TestForgottenZone::summaryLine()
{
    Persona p;
    const double weights[] = {0.3, 0.22, 0.2, 0.14, 0.14};
    const Period periods[] = {Period::Year, Period::Year, Period::Year, Period::Day, Period::Day};
    for (int i = 0; i < 5; ++i) {
        p.useCases.push_back(
            useCase(u"u"_s, UsageFrequency(1, 1, periods[i]), UseCaseStatus::Current, weights[i]));
    }
    QCOMPARE(describeVerdict(personaVerdict(p, VerdictScope::CurrentOnly)),
             u"3 of 5 segments, 72 % of weight, below monthly"_s);
    for (UseCase &u : p.useCases)
        u.weight.reset();
    QCOMPARE(describeVerdict(personaVerdict(p, VerdictScope::CurrentOnly)),
             u"3 of 5 segments below monthly"_s);
    QCOMPARE(describeVerdict(PersonaVerdict()), u"no use case with a frequency yet"_s);
}

void TestForgottenZone::reportJson()
{
    Workspace w;
    w.info.name = u"HomeFinder"_s;
    w.personas.push_back(zillow(false));
    w.personas.back().useCases.push_back(useCase(u"Draft"_s, UsageFrequency()));
    const QJsonObject json = ForgottenZoneReport::json(w);
    const QJsonObject ws = json[u"workspace"_s].toObject();
    QCOMPARE(ws[u"forgotten_zone"_s].toBool(), true);
    QCOMPARE(ws[u"forgotten_zone_with_planned"_s].toBool(), false);
    const QJsonArray personas = json[u"personas"_s].toArray();
    QCOMPARE(personas.size(), 1);
    const QJsonObject p = personas[0].toObject();
    QCOMPARE(p[u"name"_s].toString(), u"Home buyer"_s);
    QVERIFY(p[u"forgotten_zone"_s].isBool());
    QCOMPARE(p[u"forgotten_zone"_s].toBool(), true);
    QCOMPARE(p[u"forgotten_zone_with_planned"_s].toBool(), false);
    QVERIFY(p[u"share_below_monthly"_s].isDouble());
    QCOMPARE(p[u"share_below_monthly"_s].toDouble(), 1.0);
    const QJsonArray useCases = p[u"use_cases"_s].toArray();
    QCOMPARE(useCases.size(), 2); // the one without frequency is listed apart
    const QJsonObject purchase = useCases[0].toObject();
    QCOMPARE(purchase[u"use_case"_s].toString(), u"Buy a home"_s);
    QCOMPARE(purchase[u"frequency"_s].toString(), u"every 5.5 years"_s);
    QCOMPARE(purchase[u"uses_per_month"_s].toDouble(), 1.0 / 66.0);
    QCOMPARE(purchase[u"status"_s].toString(), u"current"_s);
    QCOMPARE(purchase[u"forgotten_zone"_s].toBool(), true);
    const QJsonObject zestimate = useCases[1].toObject();
    QCOMPARE(zestimate[u"status"_s].toString(), u"planned"_s);
    QCOMPARE(zestimate[u"forgotten_zone"_s].toBool(), false);
    QCOMPARE(p[u"use_cases_without_frequency"_s].toArray().first().toString(), u"Draft"_s);
}

void TestForgottenZone::reportText()
{
    Workspace w;
    w.personas.push_back(zillow());
    const QString text = ForgottenZoneReport::text(w);
    QVERIFY2(text.contains(u"Home buyer: in the forgotten zone"_s), qPrintable(text));
    QVERIFY2(text.contains(u"share below monthly: 100 % today"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Buy a home — every 5.5 years: 0.0152 uses a month (about once "
                           "every 66 months)"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Rentals — yearly"_s), qPrintable(text));
    QVERIFY(!text.contains(u"Zestimate"_s));
}

QTEST_GUILESS_MAIN(TestForgottenZone)
#include "tst_forgottenzone.moc"
