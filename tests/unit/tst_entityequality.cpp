#include "document/entityfields.h"
#include "document/entitykinds.h"
#include "support/testworkspaces.h"

#include <QTest>

using namespace Parcours;
using namespace Qt::StringLiterals;

// The domain structs compare field by field with hand-written operator== (C++17 cannot
// default it). Import de-duplication relies on them: a field left out would make two
// different use cases or periods "the same", and the second would silently not be imported.
// For every kind, every field EntityFields knows is changed alone, and the entities must
// then differ.
class TestEntityEquality : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldTakesPartInEquality_data();
    void everyFieldTakesPartInEquality();
    void entitiesWithTheSameFieldsAreEqual_data();
    void entitiesWithTheSameFieldsAreEqual();
};

namespace {

// One entity of each kind in TestData::withComments().
QList<std::pair<const char *, EntityRef>> entityOfEachKind()
{
    const Workspace w = TestData::withComments();
    const Journey &j = w.journeys.front();
    const Stage &stage = j.stages.front();
    const Id lane = stage.firstCells().keys().front();
    QList<std::pair<const char *, EntityRef>> refs {
        {"workspace", EntityRef::workspace()},
        {"persona", EntityRef::persona(w.personas.front().id)},
        {"use case", EntityRef::useCase(w.personas.front().id, w.personas.front().useCases[0].id)},
        {"journey", EntityRef::journey(j.id)},
        {"stage", EntityRef::stage(j.id, stage.id)},
        {"lane", EntityRef::lane(j.id, j.lanes.front().id)},
        {"cell", EntityRef::cell(j.id, stage.id, lane)},
        {"metric period", EntityRef::metricPeriod(w.metrics.front().id)},
        {"renewal answer", EntityRef::renewal(j.id, j.renewal.firstKey())},
        {"opportunity", EntityRef::opportunity(w.opportunities.front().id)},
        {"comment thread", EntityRef::commentThread(w.comments.front().id)},
        {"comment", EntityRef::comment(w.comments.front().id, w.comments.front().comments[0].id)},
    };
    Q_ASSERT(refs.size() == qsizetype(std::size(entityKinds)));
    return refs;
}

// Another value of the same type as `value`, valid for the field.
QVariant otherValue(const QVariant &value)
{
    if (!value.isValid())
        return 7; // an absent optional number
    if (value.metaType() == QMetaType::fromType<UsageFrequency>()) {
        const auto f = value.value<UsageFrequency>();
        return QVariant::fromValue(f.isValid()
                                       ? UsageFrequency(f.times() + 1, f.interval(), f.period())
                                       : UsageFrequency(2, 1, Period::Week));
    }
    switch (value.metaType().id()) {
    case QMetaType::QString: return value.toString() + u" (changed)"_s;
    case QMetaType::Bool: return !value.toBool();
    case QMetaType::Int: return value.toInt() == 0 ? 1 : 0; // enums: 0 and 1 exist in each
    case QMetaType::LongLong: return value.toLongLong() + 1;
    case QMetaType::Double: return value.toDouble() + 0.5;
    case QMetaType::QDate: return value.toDate().addDays(1);
    case QMetaType::QDateTime: return value.toDateTime().addSecs(60);
    case QMetaType::QStringList: return value.toStringList() + QStringList {u"changed.*"_s};
    default: return {};
    }
}

// Compares the entity `ref` names in two workspaces with its own operator==.
bool sameEntity(const Workspace &a, const Workspace &b, const EntityRef &ref)
{
    switch (ref.kind) {
    case EntityKind::Workspace: return a.info == b.info;
    case EntityKind::Persona: return *a.persona(ref.id) == *b.persona(ref.id);
    case EntityKind::UseCase: return *a.useCase(ref.id) == *b.useCase(ref.id);
    case EntityKind::Journey: return *a.journey(ref.id) == *b.journey(ref.id);
    case EntityKind::Stage:
        return *findById(a.journey(ref.parent)->stages, ref.id)
            == *findById(b.journey(ref.parent)->stages, ref.id);
    case EntityKind::Lane:
        return *findById(a.journey(ref.parent)->lanes, ref.id)
            == *findById(b.journey(ref.parent)->lanes, ref.id);
    case EntityKind::Cell:
        return findById(a.journey(ref.parent)->stages, ref.id)->firstCells().value(ref.secondary)
            == findById(b.journey(ref.parent)->stages, ref.id)->firstCells().value(ref.secondary);
    case EntityKind::MetricPeriod: return *a.metricPeriod(ref.id) == *b.metricPeriod(ref.id);
    case EntityKind::Renewal:
        return a.journey(ref.parent)->renewal.value(int(ref.id))
            == b.journey(ref.parent)->renewal.value(int(ref.id));
    case EntityKind::Opportunity: return *a.opportunity(ref.id) == *b.opportunity(ref.id);
    case EntityKind::CommentThread: return *a.commentThread(ref.id) == *b.commentThread(ref.id);
    case EntityKind::Comment:
        return *findById(a.commentThread(ref.parent)->comments, ref.id)
            == *findById(b.commentThread(ref.parent)->comments, ref.id);
    }
    return false;
}

void addEveryField()
{
    QTest::addColumn<EntityRef>("ref");
    QTest::addColumn<int>("field");
    for (const auto &[name, ref] : entityOfEachKind()) {
        const int count = EntityFields::fieldCount(ref.kind);
        QVERIFY(count > 0);
        for (int field = 0; field < count; ++field)
            QTest::addRow("%s, field %d", name, field) << ref << field;
    }
}

} // namespace

void TestEntityEquality::everyFieldTakesPartInEquality_data()
{
    addEveryField();
}

void TestEntityEquality::everyFieldTakesPartInEquality()
{
    QFETCH(EntityRef, ref);
    QFETCH(int, field);
    const Workspace original = TestData::withComments();
    Workspace changed = original;
    const QVariant before = EntityFields::value(original, ref, field);
    // A cell's arrows are text of their own form ("stage:lane …"): one more arrow.
    const bool arrows = ref.kind == EntityKind::Cell && field == Field::CellArrows;
    // Its pain-point severities too ("abandonment|trivial"): another severity on a line.
    const bool severities = ref.kind == EntityKind::Cell && field == Field::CellSeverities;
    // Its curves too ("persona:emotion …"): one more persona's point.
    const bool curves = ref.kind == EntityKind::Cell && field == Field::CellCurves;
    // An opportunity's links likewise ("kind:id …"); its ratings stay within 1–5.
    const bool links = ref.kind == EntityKind::Opportunity && field == Field::OpportunityLinks;
    // A journey's audience views are JSON text (issue 23): one view more.
    const bool views = ref.kind == EntityKind::Journey && field == Field::JourneyViews;
    const bool rating
        = ref.kind == EntityKind::Opportunity && before.metaType().id() == QMetaType::Int;
    // A comment thread's target is a key of its own ("cell:journey:step:lane"): another item.
    const bool target
        = ref.kind == EntityKind::CommentThread && field == Field::CommentThreadTarget;
    QVariant after = otherValue(before);
    if (arrows)
        after = (before.toString() + u" 1:2"_s).trimmed();
    else if (severities)
        after = u"workaround|"_s + before.toString();
    else if (curves)
        after = (before.toString() + u" 7:1.5"_s).trimmed();
    else if (links)
        after = (before.toString() + u" stage:1"_s).trimmed();
    else if (target)
        after = u"persona:101"_s;
    else if (views) {
        AudienceView view;
        view.id = 9;
        view.name = u"Executive"_s;
        after = audienceViewsKey({view});
    } else if (rating)
        after = before.toInt() == 1 ? 2 : 1;
    QVERIFY2(after.isValid(), before.metaType().name());
    QVERIFY(EntityFields::setValue(changed, ref, field, after));
    QVERIFY2(EntityFields::value(changed, ref, field) != before, "the field did not change");

    QVERIFY2(!sameEntity(original, changed, ref), "operator== misses this field");
    QVERIFY(original != changed);
}

void TestEntityEquality::entitiesWithTheSameFieldsAreEqual_data()
{
    addEveryField();
}

void TestEntityEquality::entitiesWithTheSameFieldsAreEqual()
{
    QFETCH(EntityRef, ref);
    QFETCH(int, field);
    const Workspace original = TestData::withComments();
    Workspace rewritten = original;
    // Writing a field's own value back changes nothing.
    QVERIFY(
        EntityFields::setValue(rewritten, ref, field, EntityFields::value(original, ref, field)));
    QVERIFY(sameEntity(original, rewritten, ref));
    QVERIFY(original == rewritten);
}

QTEST_GUILESS_MAIN(TestEntityEquality)
#include "tst_entityequality.moc"
