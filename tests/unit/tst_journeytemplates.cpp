// The three retention-type templates and the service blueprint, in English and French.
#include "analytics/journeyanalytics.h"
#include "domain/journeytemplates.h"

#include <QSet>
#include <QTest>

using namespace Parcours;
using namespace Parcours::JourneyTemplates;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Parcours::JourneyTemplates::Kind)
Q_DECLARE_METATYPE(Parcours::JourneyTemplates::Language)

class TestJourneyTemplates : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void languagesDiffer();
    void keys();
    void workspaceForNew();
    void blankJourney();
    void serviceBlueprint_data();
    void serviceBlueprint();
    void stepsWhereJourneysHaveThem_data();
    void stepsWhereJourneysHaveThem();
};

void TestJourneyTemplates::complete_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Language>("language");
    for (Kind kind : all()) {
        if (kind == Kind::Blueprint) // lanes of its own: serviceBlueprint()
            continue;
        for (Language language : {Language::English, Language::French}) {
            QTest::addRow("%s-%s", qPrintable(key(kind)), qPrintable(languageKey(language)))
                << kind << language;
        }
    }
}

void TestJourneyTemplates::complete()
{
    QFETCH(Kind, kind);
    QFETCH(Language, language);
    const Journey j = make(kind, language);
    QVERIFY(j.id != 0);
    QVERIFY(!j.name.isEmpty());
    QVERIFY(!j.description.isEmpty());
    QVERIFY(j.stages.size() >= 8);
    QCOMPARE(int(j.lanes.size()), 9);
    const QList<LaneKind> kinds
        = {LaneKind::Text, LaneKind::Chips, LaneKind::Chips, LaneKind::Text, LaneKind::Emotion,
           LaneKind::Text, LaneKind::Text,  LaneKind::Text,  LaneKind::Kpi};
    QSet<Id> ids {j.id};
    for (size_t i = 0; i < j.lanes.size(); ++i) {
        QCOMPARE(j.lanes[i].kind, kinds[int(i)]);
        QVERIFY(!j.lanes[i].name.isEmpty());
        ids.insert(j.lanes[i].id);
    }
    int conversions = 0;
    int values = 0;
    for (const Stage &s : j.stages) {
        ids.insert(s.id);
        QVERIFY(!s.name.isEmpty());
        QVERIFY(!s.description.isEmpty());
        conversions += s.isConversion ? 1 : 0;
        values += s.isValueDelivered ? 1 : 0;
        QVERIFY2(s.firstCells().size() >= 8, qPrintable(s.name));
        const Cell emotion = s.firstCells().value(j.lanes[4].id);
        QVERIFY(emotion.emotion);
        QVERIFY(*emotion.emotion >= emotionMin && *emotion.emotion <= emotionMax);
        for (auto it = s.firstCells().cbegin(); it != s.firstCells().cend(); ++it)
            QVERIFY(indexOfId(j.lanes, it.key()) >= 0);
        const QList<Kpi> kpis = kpisOf(s.firstCells().value(j.lanes[8].id).text);
        QVERIFY(!kpis.isEmpty());
        QVERIFY2(!kpis.front().value.isEmpty(),
                 qPrintable(s.firstCells().value(j.lanes[8].id).text));
    }
    QCOMPARE(ids.size(), int(j.stages.size() + j.lanes.size() + 1));
    QCOMPARE(conversions, 1);
    QCOMPARE(values, 1);
    const TimeToValue ttv = timeToValue(j);
    QVERIFY(ttv.isComplete());
    QVERIFY(ttv.days > 0);
    // The emotion curve has ups and downs.
    double low = 2;
    double high = -2;
    for (const Stage &s : j.stages) {
        low = std::min(low, *s.firstCells().value(j.lanes[4].id).emotion);
        high = std::max(high, *s.firstCells().value(j.lanes[4].id).emotion);
    }
    QVERIFY(low < 0 && high > 0);
}

void TestJourneyTemplates::languagesDiffer()
{
    for (Kind kind : all()) {
        const Journey en = make(kind, Language::English);
        const Journey fr = make(kind, Language::French);
        QCOMPARE(en.stages.size(), fr.stages.size());
        QVERIFY(en.name != fr.name);
        int differing = 0;
        for (size_t i = 0; i < en.stages.size(); ++i) {
            differing += en.stages[i].name != fr.stages[i].name ? 1 : 0;
            QCOMPARE(en.stages[i].duration, fr.stages[i].duration);
            QCOMPARE(en.stages[i].isConversion, fr.stages[i].isConversion);
        }
        QVERIFY(differing >= int(en.stages.size()) - 2);
        QCOMPARE(fr.lanes[kind == Kind::Blueprint ? 2 : 4].name, u"Émotion"_s);
        // No line may start with the question mark of "temps ?".
        for (const Stage &s : fr.stages) {
            for (const Cell &cell : s.firstCells()) {
                QVERIFY2(!cell.text.contains(u" ?"_s) && !cell.text.contains(u" :"_s),
                         qPrintable(cell.text));
            }
        }
    }
}

void TestJourneyTemplates::keys()
{
    for (Kind kind : all())
        QCOMPARE(fromKey(key(kind)), kind);
    QCOMPARE(fromKey(u"SaaS"_s), Kind::Saas);
    QVERIFY(!fromKey(u"subscription"_s));
    QCOMPARE(languageFromKey(u"fr"_s), Language::French);
    QCOMPARE(languageFromKey(u"EN"_s), Language::English);
    QVERIFY(!languageFromKey(u"de"_s));
    QCOMPARE(retentionType(Kind::Saas), RetentionType::Continuous);
    QCOMPARE(retentionType(Kind::Seasonal), RetentionType::Discontinuous);
    QCOMPARE(retentionType(Kind::Service), RetentionType::Intentional);
    QCOMPARE(fromKey(u"blueprint"_s), Kind::Blueprint);
    QCOMPARE(retentionType(Kind::Blueprint), RetentionType::Unspecified);
}

void TestJourneyTemplates::workspaceForNew()
{
    const Workspace empty = makeWorkspace(std::nullopt, Language::English);
    QVERIFY(empty.journeys.empty());
    const Workspace w = makeWorkspace(Kind::Service, Language::French);
    QCOMPARE(int(w.journeys.size()), 1);
    QCOMPARE(w.info.retentionType, RetentionType::Intentional);
    QCOMPARE(w.journeys.front().name, u"Prestation limitée dans le temps"_s);
}

void TestJourneyTemplates::blankJourney()
{
    const Journey j = blank(u"Mine"_s, Language::English);
    QCOMPARE(j.name, u"Mine"_s);
    QCOMPARE(int(j.lanes.size()), 9);
    QCOMPARE(int(j.stages.size()), 3);
    for (const Stage &s : j.stages)
        QVERIFY(s.firstCells().isEmpty());
}

void TestJourneyTemplates::serviceBlueprint_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("lanes");
    QTest::addRow("en") << Language::English
                        << QStringList {u"Physical evidence"_s, u"Customer actions"_s,
                                        u"Emotion"_s,           u"Frontstage actions"_s,
                                        u"Backstage actions"_s, u"Support processes"_s};
    QTest::addRow("fr") << Language::French
                        << QStringList {u"Preuves physiques"_s,
                                        u"Actions du client"_s,
                                        u"Émotion"_s,
                                        u"Actions visibles (front office)"_s,
                                        u"Actions invisibles (back office)"_s,
                                        u"Processus de support"_s};
}

void TestJourneyTemplates::serviceBlueprint()
{
    QFETCH(Language, language);
    QFETCH(QStringList, lanes);
    const Journey j = make(Kind::Blueprint, language);
    QStringList names;
    QList<LaneRole> roles;
    for (const Lane &l : j.lanes) {
        names << l.name;
        roles << laneRole(l.group);
    }
    QCOMPARE(names, lanes);
    QCOMPARE(roles,
             (QList<LaneRole> {LaneRole::Evidence, LaneRole::Customer, LaneRole::None,
                               LaneRole::Frontstage, LaneRole::Backstage, LaneRole::Support}));
    QCOMPARE(j.stages.size(), size_t(4));
    // Every lane has an example in every stage: the example rows.
    for (const Stage &s : j.stages) {
        QCOMPARE(s.firstCells().size(), qsizetype(j.lanes.size()));
        QVERIFY(s.firstCells().value(j.lanes[2].id).emotion.has_value());
    }
    QCOMPARE(j.stages[1].firstCells().value(j.lanes[1].id).text,
             language == Language::French ? u"Paie"_s : u"Pays"_s);
    QVERIFY(j.stages[1].isConversion);
}

QTEST_GUILESS_MAIN(TestJourneyTemplates)
#include "tst_journeytemplates.moc"

void TestJourneyTemplates::stepsWhereJourneysHaveThem_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QStringList>("steps");
    QTest::addRow("saas-en") << Kind::Saas << Language::English << u"Free trial"_s
                             << QStringList {u"Sign-up form"_s, u"Confirmation e-mail"_s,
                                             u"First login"_s};
    QTest::addRow("saas-fr") << Kind::Saas << Language::French << u"Essai gratuit"_s
                             << QStringList {u"Formulaire d'inscription"_s,
                                             u"E-mail de confirmation"_s, u"Première connexion"_s};
    QTest::addRow("seasonal-en") << Kind::Seasonal << Language::English << u"Purchase"_s
                                 << QStringList {u"Cart"_s, u"Payment"_s, u"Confirmation"_s};
    QTest::addRow("blueprint-fr") << Kind::Blueprint << Language::French
                                  << u"Commande et paiement"_s
                                  << QStringList {u"Panier"_s, u"Paiement"_s, u"Confirmation"_s};
    QTest::addRow("service-en") << Kind::Service << Language::English << QString() << QStringList();
}

// The stages real journeys map in steps have them, each step scored, with its own customer
// action and a fresh id; every other stage keeps one unnamed step of its own id.
void TestJourneyTemplates::stepsWhereJourneysHaveThem()
{
    QFETCH(Kind, kind);
    QFETCH(Language, language);
    QFETCH(QString, stage);
    QFETCH(QStringList, steps);
    const Journey j = make(kind, language);
    const Id emotionLane = j.lanes[kind == Kind::Blueprint ? 2 : 4].id;
    const Id actionsLane = j.lanes[kind == Kind::Blueprint ? 1 : 0].id;
    QSet<Id> ids;
    for (const Stage &s : j.stages) {
        if (s.name != stage) {
            QCOMPARE(s.steps.size(), size_t(1));
            QCOMPARE(s.steps.front().id, s.id);
            QVERIFY(s.steps.front().name.isEmpty());
            continue;
        }
        QStringList names;
        for (const Step &step : s.steps) {
            names << step.name;
            QVERIFY(step.cells.value(emotionLane).emotion.has_value());
            QVERIFY(!step.cells.value(actionsLane).text.isEmpty());
            QVERIFY(!ids.contains(step.id));
            ids.insert(step.id);
        }
        QCOMPARE(names, steps);
        QCOMPARE(s.steps.front().id, s.id);
        // A dip in the middle: the step the map exists to show.
        QVERIFY(*s.steps[1].cells.value(emotionLane).emotion < 0);
    }
    QCOMPARE(stepCount(j), int(j.stages.size()) + std::max(0, int(steps.size()) - 1));
}
