#include "analytics/forgottenzonereport.h"
#include "analytics/frequencyspectrum.h"
#include "analytics/inactivecustomers.h"
#include "analytics/observedfrequency.h"
#include "formats/inactivecsv.h"

#include "support/observedusagedata.h"

#include <QJsonArray>
#include <QTest>

using namespace Parcours;
using namespace Parcours::TestData;
using namespace Qt::StringLiterals;

namespace {

const Persona &persona(const Workspace &w, Id id)
{
    for (const Persona &p : w.personas) {
        if (p.id == id)
            return p;
    }
    qFatal("no such persona");
}

const UseCase &useCase(const Persona &p, Id id)
{
    for (const UseCase &u : p.useCases) {
        if (u.id == id)
            return u;
    }
    qFatal("no such use case");
}

// One use in the 60-day window, per month.
constexpr double oneUse = 30.436875 / 60; // 0.50728125

bool near(double actual, double expected)
{
    return qAbs(actual - expected) < 1e-9;
}

} // namespace

class TestObservedUsage : public QObject
{
    Q_OBJECT

private slots:
    void windowOfEvents();
    void activeUsersArePersonaUsersWithEvents();
    void payRentMedianAndQuartiles();
    void moveOutIsRare();
    void repairIsForgottenInPractice();
    void useCaseWithoutEventsIsNotObserved();
    void disagreements();
    void observedPersonaVerdict();
    void givenWindowKeepsItsMonths();
    void quantiles_data();
    void quantiles();
    void noUsageObservesNothing();
    void inactiveCustomersOnAFixedDay();
    void inactiveCsv();
    void inactiveCsvNeutralisesFormulas();
    void reportJsonGainsObserved();
    void reportJsonWithoutUsageIsUnchanged();
    void reportTextGainsObserved();
    void allPersonasSpectrumGainsObservedPoints();
};

void TestObservedUsage::windowOfEvents()
{
    const ObservedFrequency observed(observedUsage());
    QCOMPARE(observed.window().start, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(observed.window().end, QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC));
    QVERIFY(near(observed.window().months(), 60 / 30.436875)); // 1.9713 months
}

void TestObservedUsage::activeUsersArePersonaUsersWithEvents()
{
    const ObservedFrequency observed(observedUsage());
    QCOMPARE(observed.activeUsers(renterId), 4); // a b c d; e was never seen
    QCOMPARE(observed.activeUsers(ownerId), 1); // f; g has no persona
}

void TestObservedUsage::payRentMedianAndQuartiles()
{
    const Workspace w = observedUsage();
    const Persona &renter = persona(w, renterId);
    const ObservedUseCase o = ObservedFrequency(w).useCase(renter, useCase(renter, payRentId));
    // Uses per user: a 0, b 2, c 4, d 6 (g's 100 have no persona and do not count).
    QVERIFY(o.observed);
    QCOMPARE(o.activeUsers, 4);
    QCOMPARE(o.users, 3);
    // Ranks 0..3: the median at 1.5 is 3 uses, p25 at 0.75 is 1.5 uses, p75 at 2.25 4.5 uses.
    QVERIFY2(near(o.usesPerMonthMedian, 1.52184375),
             qPrintable(QString::number(o.usesPerMonthMedian)));
    QVERIFY(near(o.usesPerMonthP25, 0.760921875));
    QVERIFY(near(o.usesPerMonthP75, 2.282765625));
    QVERIFY(near(o.usesPerMonthMedian, 3 * oneUse));
    // Only a is below monthly: b's 2 uses in 1.97 months are 1.0146 a month.
    QCOMPARE(o.shareBelowMonthly, 0.25);
    QVERIFY(!o.forgottenZone);
}

void TestObservedUsage::moveOutIsRare()
{
    const Workspace w = observedUsage();
    const Persona &renter = persona(w, renterId);
    const ObservedUseCase o = ObservedFrequency(w).useCase(renter, useCase(renter, moveOutId));
    QCOMPARE(o.users, 1);
    QCOMPARE(o.usesPerMonthMedian, 0.0);
    QCOMPARE(o.usesPerMonthP25, 0.0);
    QVERIFY(near(o.usesPerMonthP75, 0.25 * oneUse)); // a quarter of the way from 0 to 1 use
    QCOMPARE(o.shareBelowMonthly, 1.0);
    QVERIFY(o.forgottenZone);
}

void TestObservedUsage::repairIsForgottenInPractice()
{
    const Workspace w = observedUsage();
    const Persona &renter = persona(w, renterId);
    const ObservedUseCase o = ObservedFrequency(w).useCase(renter, useCase(renter, repairId));
    // Uses 0, 0, 1, 1 (b in January, c in February, mapped by "repair_*").
    QCOMPARE(o.users, 2);
    QVERIFY(near(o.usesPerMonthMedian, 0.253640625));
    QCOMPARE(o.usesPerMonthP25, 0.0);
    QVERIFY(near(o.usesPerMonthP75, oneUse));
    QCOMPARE(o.shareBelowMonthly, 1.0);
    QVERIFY(o.forgottenZone);
}

void TestObservedUsage::useCaseWithoutEventsIsNotObserved()
{
    const Workspace w = observedUsage();
    const Persona &renter = persona(w, renterId);
    const ObservedUseCase o = ObservedFrequency(w).useCase(renter, useCase(renter, subletId));
    QVERIFY(!o.observed);
    QCOMPARE(o.activeUsers, 4);
    QCOMPARE(o.users, 0);
}

void TestObservedUsage::disagreements()
{
    const Workspace w = observedUsage();
    const ObservedFrequency observed(w);
    const Persona &renter = persona(w, renterId);
    auto of = [&](const Persona &p, Id id) {
        const UseCase &u = useCase(p, id);
        return ObservedFrequency::disagreement(u, observed.useCase(p, u));
    };
    // Declared yearly, observed 1.5 a month.
    QCOMPARE(of(renter, payRentId), FrequencyDisagreement::MoreOftenInPractice);
    // Declared every 2 years, observed below monthly: they agree.
    QCOMPARE(of(renter, moveOutId), FrequencyDisagreement::None);
    // Declared weekly, observed 0.25 a month.
    QCOMPARE(of(renter, repairId), FrequencyDisagreement::ForgottenInPractice);
    QCOMPARE(of(renter, subletId), FrequencyDisagreement::None); // not observed
    // Declared monthly, observed 5.07 a month (10 uses).
    QCOMPARE(of(persona(w, ownerId), checkValueId), FrequencyDisagreement::None);

    QCOMPARE(ObservedFrequency::describe(FrequencyDisagreement::ForgottenInPractice),
             u"\u26a0 forgotten in practice"_s);
    QCOMPARE(ObservedFrequency::describe(FrequencyDisagreement::MoreOftenInPractice),
             u"\u2191 more often in practice"_s);
    QVERIFY(ObservedFrequency::describe(FrequencyDisagreement::None).isEmpty());
}

void TestObservedUsage::observedPersonaVerdict()
{
    const Workspace w = observedUsage();
    const ObservedFrequency observed(w);
    const PersonaVerdict renter
        = observed.personaVerdict(persona(w, renterId), VerdictScope::CurrentOnly);
    QCOMPARE(renter.segments, 3); // Sublet is planned and names no events
    QCOMPARE(renter.segmentsBelowMonthly, 2); // Move out, Report a repair
    QVERIFY(renter.forgottenZone);
    QVERIFY(qFuzzyCompare(renter.shareBelowMonthly(), 2.0 / 3));
    const PersonaVerdict owner
        = observed.personaVerdict(persona(w, ownerId), VerdictScope::CurrentOnly);
    QCOMPARE(owner.segments, 1);
    QCOMPARE(owner.segmentsBelowMonthly, 0);
    QVERIFY(!owner.forgottenZone);
}

void TestObservedUsage::givenWindowKeepsItsMonths()
{
    // February only: 28 days; a (January and March) is not active in it.
    const Workspace w = observedUsage();
    const ObservedWindow february = ObservedWindow::between(QDate(2026, 2, 1), QDate(2026, 2, 28));
    QVERIFY(near(february.months(), 28 / 30.436875));
    const ObservedFrequency observed(w, february);
    QCOMPARE(observed.activeUsers(renterId), 3);
    const Persona &renter = persona(w, renterId);
    const ObservedUseCase o = observed.useCase(renter, useCase(renter, payRentId));
    // b 1, c 2, d 3 uses in 28 days; one use is 30.436875 / 28 = 1.08703125 a month.
    QCOMPARE(o.users, 3);
    QVERIFY(near(o.usesPerMonthMedian, 2 * 1.08703125));
    QVERIFY(near(o.usesPerMonthP25, 1.5 * 1.08703125));
    QVERIFY(near(o.usesPerMonthP75, 2.5 * 1.08703125));
    QCOMPARE(o.shareBelowMonthly, 0.0);
}

void TestObservedUsage::quantiles_data()
{
    QTest::addColumn<QList<double>>("sorted");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    QTest::newRow("empty") << QList<double>() << 0.5 << 0.0;
    QTest::newRow("one") << QList<double> {7} << 0.25 << 7.0;
    QTest::newRow("odd median") << QList<double> {1, 2, 9} << 0.5 << 2.0;
    QTest::newRow("even median") << QList<double> {1, 2, 4, 9} << 0.5 << 3.0;
    QTest::newRow("p25 of five") << QList<double> {1, 2, 3, 4, 5} << 0.25 << 2.0;
    QTest::newRow("p75 of four") << QList<double> {0, 2, 4, 6} << 0.75 << 4.5;
    QTest::newRow("max") << QList<double> {0, 2, 4, 6} << 1.0 << 6.0;
}

void TestObservedUsage::quantiles()
{
    QFETCH(QList<double>, sorted);
    QFETCH(double, p);
    QFETCH(double, expected);
    QCOMPARE(quantileOfSorted(sorted, p), expected);
}

void TestObservedUsage::noUsageObservesNothing()
{
    Workspace w = observedUsage();
    w.usage = {};
    const ObservedFrequency observed(w);
    QVERIFY(!observed.hasUsage());
    const Persona &renter = persona(w, renterId);
    QVERIFY(!observed.useCase(renter, useCase(renter, payRentId)).observed);
    QCOMPARE(observed.personaVerdict(renter, VerdictScope::CurrentOnly).segments, 0);
    QVERIFY(inactiveCustomers(w, QDate(2026, 3, 10)).empty());
}

void TestObservedUsage::inactiveCustomersOnAFixedDay()
{
    const Workspace w = observedUsage();
    const QDate today(2026, 3, 10);
    const std::vector<InactiveCustomer> inactive = inactiveCustomers(w, today);
    // Renter (monthly, 30.44 days): b 37 days, d 31 days; a (9) and c (30) are within it.
    // Owner (weekly): f 8 days. g has no persona, e was never seen.
    QCOMPARE(inactive.size(), size_t(3));
    QCOMPARE(inactive[0].userId, u"b"_s);
    QCOMPARE(inactive[0].daysInactive, 37);
    QCOMPARE(inactive[0].lastSeen, QDate(2026, 2, 1));
    QCOMPARE(inactive[1].userId, u"d"_s);
    QCOMPARE(inactive[1].daysInactive, 31);
    QCOMPARE(inactive[2].userId, u"f"_s);
    QCOMPARE(inactive[2].personaId, Id(ownerId));
    QCOMPARE(inactiveCustomerCount(w, renterId, today), 2);
    QCOMPARE(inactiveCustomerCount(w, ownerId, today), 1);
    // A day earlier c's 29 days and d's 30 are within a month; f's 7 days is the cadence.
    QCOMPARE(inactiveCustomerCount(w, renterId, QDate(2026, 3, 9)), 1);
    QCOMPARE(inactiveCustomerCount(w, ownerId, QDate(2026, 3, 9)), 0);
}

void TestObservedUsage::inactiveCsv()
{
    const QByteArray csv = inactiveCustomersCsv(observedUsage(), QDate(2026, 3, 10));
    QCOMPARE(csv,
             "user_id,persona,last_seen,days_inactive,expected_cadence\r\n"
             "b,Renter,2026-02-01,37,monthly\r\n"
             "d,Renter,2026-02-07,31,monthly\r\n"
             "f,Owner,2026-03-02,8,weekly\r\n");
}

void TestObservedUsage::inactiveCsvNeutralisesFormulas()
{
    Workspace w = observedUsage();
    w.usage.users[1].userId = u"=HYPERLINK(\"x\")"_s;
    w.personas[0].name = u"+Renter"_s;
    const QByteArray csv = inactiveCustomersCsv(w, QDate(2026, 3, 10));
    QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"x\"\")\",'+Renter,2026-02-01,37,monthly\r\n"),
             csv.constData());
}

void TestObservedUsage::reportJsonGainsObserved()
{
    const QJsonObject report = ForgottenZoneReport::json(observedUsage());
    const QJsonObject renter = report[u"personas"_s][0].toObject();
    QCOMPARE(renter[u"name"_s].toString(), u"Renter"_s);
    const QJsonObject verdict = renter[u"observed"_s].toObject();
    QCOMPARE(verdict.keys(),
             QStringList({u"active_users"_s, u"forgotten_zone"_s, u"segments"_s,
                          u"segments_below_monthly"_s, u"share_below_monthly"_s}));
    QCOMPARE(verdict[u"active_users"_s].toInt(), 4);
    QCOMPARE(verdict[u"forgotten_zone"_s].toBool(), true);
    QCOMPARE(verdict[u"segments"_s].toInt(), 3);
    QCOMPARE(verdict[u"segments_below_monthly"_s].toInt(), 2);

    const QJsonArray useCases = renter[u"use_cases"_s].toArray();
    const QJsonObject payRent = useCases[0].toObject();
    QCOMPARE(payRent[u"use_case"_s].toString(), u"Pay rent"_s);
    const QJsonObject observed = payRent[u"observed"_s].toObject();
    QCOMPARE(observed.keys(),
             QStringList({u"forgotten_zone"_s, u"share_below_monthly"_s, u"users"_s,
                          u"uses_per_month_median"_s, u"uses_per_month_p25"_s,
                          u"uses_per_month_p75"_s}));
    QCOMPARE(observed[u"users"_s].toInt(), 3);
    QVERIFY(near(observed[u"uses_per_month_median"_s].toDouble(), 1.52184375));
    QVERIFY(near(observed[u"uses_per_month_p25"_s].toDouble(), 0.760921875));
    QVERIFY(near(observed[u"uses_per_month_p75"_s].toDouble(), 2.282765625));
    QCOMPARE(observed[u"share_below_monthly"_s].toDouble(), 0.25);
    QCOMPARE(observed[u"forgotten_zone"_s].toBool(), false);
    QCOMPARE(useCases[2].toObject()[u"observed"_s][u"forgotten_zone"_s].toBool(), true);
    // Sublet names no events: observed is null.
    QVERIFY(useCases[3].toObject()[u"observed"_s].isNull());
}

void TestObservedUsage::reportJsonWithoutUsageIsUnchanged()
{
    Workspace w = observedUsage();
    w.usage = {};
    const QJsonObject report = ForgottenZoneReport::json(w);
    const QJsonObject renter = report[u"personas"_s][0].toObject();
    QVERIFY(!renter.contains(u"observed"_s));
    QVERIFY(!renter[u"use_cases"_s][0].toObject().contains(u"observed"_s));
}

void TestObservedUsage::reportTextGainsObserved()
{
    // The figures of payRentMedianAndQuartiles(), repairIsForgottenInPractice() and
    // observedPersonaVerdict(), three significant digits.
    const QString text = ForgottenZoneReport::text(observedUsage());
    QVERIFY2(text.contains(u"\n  observed (active users: 4): in the forgotten zone (66.7 % below "
                           u"monthly)\n"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"\n    Pay rent: 1.52 uses a month observed (median; quartiles "
                          u"0.761–2.28), 3 of 4 users, 25 % below monthly; \u2191 more often in "
                          u"practice\n"_s));
    QVERIFY(text.contains(u"\n    Move out: 0 uses a month observed (median; quartiles 0–0.127), "
                          u"1 of 4 users, 100 % below monthly\n"_s));
    QVERIFY(text.contains(u"\n    Report a repair: 0.254 uses a month observed (median; quartiles "
                          u"0–0.507), 2 of 4 users, 100 % below monthly; \u26a0 forgotten in "
                          u"practice\n"_s));
    QVERIFY(!text.contains(u"Sublet"_s)); // names no events
    QVERIFY(text.contains(u"\n  observed (active users: 1): not in the forgotten zone (0 % below "
                          u"monthly)\n"_s));
    // f's 10 uses in 60 days.
    QVERIFY(text.contains(u"\n    Check value: 5.07 uses a month observed"_s));

    Workspace w = observedUsage();
    w.usage = {};
    QVERIFY(!ForgottenZoneReport::text(w).contains(u"observed"_s));
}

void TestObservedUsage::allPersonasSpectrumGainsObservedPoints()
{
    const Workspace w = observedUsage();
    const FrequencySpectrum declared = FrequencySpectrum::forWorkspace(w);
    const FrequencySpectrum s = FrequencySpectrum::forWorkspace(w, ObservedFrequency(w));
    // Per persona: current, planned, then observed.
    QCOMPARE(s.series.size(), size_t(6));
    const FrequencySpectrum::Series &renter = s.series[2];
    QVERIFY(renter.observed);
    QCOMPARE(renter.persona, Id(renterId));
    QCOMPARE(renter.name, u"Renter (observed)"_s);
    QCOMPARE(renter.points.size(), size_t(3)); // Sublet names no events
    const FrequencySpectrum::Point &payRent = renter.points[0];
    QCOMPARE(payRent.useCase, Id(payRentId));
    QVERIFY(near(payRent.usesPerMonth, 1.52184375));
    QVERIFY(near(payRent.spreadFrom, 0.760921875));
    QVERIFY(near(payRent.spreadTo, 2.282765625));
    QVERIFY(!payRent.forgotten);
    const FrequencySpectrum::Point *declaredPayRent = declared.find(payRentId);
    QVERIFY(declaredPayRent);
    // In the persona's band, just below its declared point.
    QVERIFY(payRent.y < declaredPayRent->y);
    QVERIFY(payRent.y > declaredPayRent->y - 0.2);
    QVERIFY(payRent.y > 1); // the renter's band is the upper one, from 1 to 2
    // Move out: a median of 0 sits at the rare end, every 5 years.
    QCOMPARE(renter.points[1].useCase, Id(moveOutId));
    QVERIFY(near(renter.points[1].usesPerMonth, 1.0 / 60));
    QVERIFY(renter.points[1].forgotten);
    const FrequencySpectrum::Series &owner = s.series[5];
    QVERIFY(owner.observed);
    QCOMPARE(owner.points.size(), size_t(1));
    QVERIFY(near(owner.points[0].usesPerMonth, 10 * oneUse));
    // The declared series are those of forWorkspace().
    QCOMPARE(s.series[0].points.size(), declared.series[0].points.size());
    QCOMPARE(s.series[3].name, declared.series[2].name);

    Workspace without = w;
    without.usage = {};
    QCOMPARE(FrequencySpectrum::forWorkspace(without, ObservedFrequency(without)).series.size(),
             size_t(4));
}

QTEST_GUILESS_MAIN(TestObservedUsage)
#include "tst_observedusage.moc"
