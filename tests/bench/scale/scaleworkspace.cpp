#include "scaleworkspace.h"

#include <QRandomGenerator>
#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace Parcours::Bench {

namespace {

const std::array<const char16_t *, 16> problems = {
    u"Cannot find last month's invoices when the accountant asks for them",
    u"Loses track of which customers were already contacted",
    u"Spends an afternoon copying figures between two spreadsheets",
    u"Does not know whether the team reached this quarter's goal",
    u"Forgets to renew the subscription before it expires",
    u"Has to ask a colleague every time a report is needed",
    u"Misses messages from suppliers in a crowded inbox",
    u"Cannot prove to the auditor who approved an expense",
    u"Needs the numbers on a phone while visiting a client",
    u"Prepares the yearly budget from scratch every time",
    u"Discovers stock shortages only when an order fails",
    u"Cannot tell which marketing campaign brought new customers",
    u"Waits two days for IT to create an account for a new hire",
    u"Keeps paper notes of meetings that nobody else can read",
    u"Pays late fees because a bill was forgotten",
    u"Answers the same question from customers ten times a day",
};

const std::array<const char16_t *, 16> useCases = {
    u"Search invoices by customer and month",      u"Log every call in the customer's timeline",
    u"Import the bank statement automatically",    u"See the quarter's progress on the dashboard",
    u"Get a reminder a week before renewal",       u"Build a report once and share its link",
    u"Sort supplier messages into a shared inbox", u"Approve expenses with a recorded signature",
    u"Open the mobile app during a visit",         u"Start the budget from last year's figures",
    u"Receive an alert when stock runs low",       u"Compare campaigns by customers gained",
    u"Invite a new hire from the admin page",      u"Write meeting notes in a shared space",
    u"Schedule bill payments in advance",          u"Publish answers in a help centre",
};

const std::array<const char16_t *, 8> whyBetter = {
    u"Takes seconds instead of an hour of digging through folders",
    u"Everybody sees the same up-to-date information",
    u"No copying by hand, so no typing mistakes",
    u"Works offline and syncs when back at the office",
    u"The history is kept and can be shown to an auditor",
    u"Nobody has to remember it: the tool does",
    u"One place instead of five different tools",
    u"Clear at a glance, even for people who never used it",
};

const std::array<const char16_t *, 8> alternatives = {
    u"A shared spreadsheet",  u"Email threads and attachments",
    u"Asking the accountant", u"Paper notebook",
    u"A competitor's app",    u"Nothing: it is simply not done",
    u"Phone calls",           u"An intern doing it by hand",
};

const std::array<const char16_t *, 6> notes = {
    u"",
    u"",
    u"Mentioned in three of the five interviews",
    u"Seasonal: much more often in December",
    u"Only the manager does this",
    u"Check again after the pricing change",
};

// Frequencies from several a day to every few years, weighted towards the common ones.
const std::array<UsageFrequency, 12> frequencies = {
    UsageFrequency(3, 1, Period::Day),   UsageFrequency(1, 1, Period::Day),
    UsageFrequency(3, 1, Period::Week),  UsageFrequency(1, 1, Period::Week),
    UsageFrequency(2, 1, Period::Month), UsageFrequency(1, 1, Period::Month),
    UsageFrequency(1, 3, Period::Month), UsageFrequency(1, 6, Period::Month),
    UsageFrequency(1, 1, Period::Year),  UsageFrequency(1, 2, Period::Year),
    UsageFrequency(1, 1, Period::Week),  UsageFrequency(1, 5.5, Period::Year),
};

const std::array<const char16_t *, 12> roles = {
    u"Accountant",       u"Sales manager",      u"Office manager", u"Store owner",
    u"Freelancer",       u"Operations lead",    u"HR assistant",   u"Marketing analyst",
    u"Field technician", u"Purchasing officer", u"Founder",        u"Support agent",
};

const std::array<const char16_t *, 10> actions = {
    u"Compares prices and features with two alternatives",
    u"Asks a colleague who used it last year",
    u"Reads the onboarding email twice, then gives up",
    u"Needs approval from finance before paying",
    u"Imports data from a spreadsheet",
    u"Invites the team and sets up roles",
    u"Expects an answer from support within a day",
    u"Looks for the export button",
    u"Worried about the price after the first year",
    u"Shares the first report with the manager",
};

const std::array<const char16_t *, 6> channels = {
    u"Website", u"Email", u"In-app message", u"Phone", u"Partner", u"Trade fair",
};

template<size_t N>
QString pick(QRandomGenerator &random, const std::array<const char16_t *, N> &list)
{
    return QString::fromUtf16(list.at(random.bounded(quint32(N))));
}

// Ids from the seeded generator: the same workspace, ids included, on every run.
Id nextId(QRandomGenerator &random)
{
    return Id(random.generate64() & ((quint64(1) << 53) - 1)) | 1;
}

QString sentences(QRandomGenerator &random, int most)
{
    QStringList parts;
    const int count = 1 + int(random.bounded(quint32(most)));
    for (int i = 0; i < count; ++i)
        parts << pick(random, actions);
    return parts.join(u". "_s) + u'.';
}

// Persona curves on the journey's emotion lanes, from a generator of their own: the rest of
// the workspace stays what it was without them.
void addCurves(Journey &journey, const Scale &scale, int index,
               const std::vector<Persona> &personas)
{
    if (scale.curvesPerJourney <= 0 || personas.empty())
        return;
    QRandomGenerator random(quint32(18000 + index));
    for (const Lane &lane : journey.lanes) {
        if (lane.kind != LaneKind::Emotion)
            continue;
        for (Stage &stage : journey.stages) {
            for (Step &step : stage.steps) {
                Cell &cell = step.cells[lane.id];
                for (int k = 0; k < scale.curvesPerJourney; ++k) {
                    const Persona &p = personas[size_t(index + k) % personas.size()];
                    cell.curves.insert(p.id, int(random.bounded(9)) / 2.0 - 2);
                }
            }
        }
    }
}

Journey makeJourney(QRandomGenerator &random, const Scale &scale, int index, Id persona)
{
    Journey journey;
    journey.id = nextId(random);
    journey.name = u"Journey %1: from first visit to renewal"_s.arg(index + 1);
    journey.description = sentences(random, 2);
    journey.personaId = persona;
    static const std::array<std::pair<const char16_t *, LaneKind>, 12> laneSeeds = {{
        {u"Customer actions", LaneKind::Text},
        {u"Touchpoints", LaneKind::Chips},
        {u"Emotions", LaneKind::Emotion},
        {u"Thoughts", LaneKind::Text},
        {u"Pain points", LaneKind::Text},
        {u"Opportunities", LaneKind::Text},
        {u"Backstage", LaneKind::Text},
        {u"Metrics", LaneKind::Kpi},
        {u"Owner", LaneKind::Chips},
        {u"Support", LaneKind::Text},
        {u"Systems", LaneKind::Chips},
        {u"Revenue", LaneKind::Kpi},
    }};
    for (int l = 0; l < scale.lanesPerJourney; ++l) {
        Lane lane;
        lane.id = nextId(random);
        lane.name = QString::fromUtf16(laneSeeds.at(size_t(l) % laneSeeds.size()).first);
        lane.kind = laneSeeds.at(size_t(l) % laneSeeds.size()).second;
        journey.lanes.push_back(lane);
    }
    for (int s = 0; s < scale.stagesPerJourney; ++s) {
        Stage stage;
        stage.id = nextId(random);
        stage.withOneStep();
        stage.name = u"Stage %1 %2"_s.arg(s + 1).arg(pick(random, actions).section(u' ', 0, 1));
        stage.description = pick(random, actions);
        stage.duration = 1 + s % 5;
        stage.entering = 100000 / (s + 1);
        stage.assessment = Assessment(s % 6);
        stage.isConversion = s == std::min(3, scale.stagesPerJourney - 1);
        stage.isValueDelivered = s == std::min(8, scale.stagesPerJourney - 1);
        for (int k = 1; k < scale.stepsPerStage; ++k)
            stage.steps.push_back({nextId(random), u"Step %1.%2"_s.arg(s + 1).arg(k + 1), {}});
        if (scale.stepsPerStage > 1)
            stage.steps.front().name = u"Step %1.1"_s.arg(s + 1);
        for (Step &step : stage.steps) {
            for (const Lane &lane : journey.lanes) {
                Cell cell;
                switch (lane.kind) {
                case LaneKind::Text: cell.text = sentences(random, 3); break;
                case LaneKind::Chips:
                    cell.text = pick(random, channels) + u'\n' + pick(random, channels);
                    break;
                case LaneKind::Emotion: cell.emotion = int(random.bounded(5)) - 2; break;
                case LaneKind::Kpi:
                    cell.text = u"Conversion: %1 %"_s.arg(random.bounded(100));
                    break;
                }
                step.cells.insert(lane.id, cell);
            }
        }
        journey.stages.push_back(stage);
    }
    return journey;
}

} // namespace

Scale Scale::byName(const QString &name)
{
    if (name == u"S")
        return {name, 5, 20, 1, 12, 9};
    if (name == u"M")
        return {name, 50, 100, 10, 50, 12};
    if (name == u"L")
        return {name, 200, 100, 50, 40, 12, 5, 3}; // 200 columns: 40 stages of 5 steps
    return {};
}

Workspace generateWorkspace(const Scale &scale)
{
    QRandomGenerator random(20260901);
    Workspace w;
    w.info.name = u"Benchmark %1"_s.arg(scale.name);
    w.info.product = u"Ledgerly accounting"_s;
    w.info.retentionType = RetentionType::Continuous;
    for (int p = 0; p < scale.personas; ++p) {
        Persona persona;
        persona.id = nextId(random);
        persona.name = u"%1 %2"_s.arg(pick(random, roles)).arg(p + 1);
        persona.description = u"Works in a company of %1 people; uses the product %2."_s
                                  .arg(5 + random.bounded(500))
                                  .arg(random.bounded(2) ? u"at the office"_s : u"on the road"_s);
        persona.color = defaultPersonaColor(p);
        persona.cadence = Cadence(1 + random.bounded(3));
        for (int u = 0; u < scale.useCasesPerPersona; ++u) {
            UseCase useCase;
            useCase.id = nextId(random);
            useCase.problem = pick(random, problems);
            useCase.useCase = pick(random, useCases);
            useCase.whyBetter = pick(random, whyBetter);
            useCase.alternative = pick(random, alternatives);
            useCase.frequency = frequencies.at(random.bounded(quint32(frequencies.size())));
            if (random.bounded(3) == 0)
                useCase.weight = 0.5 + random.bounded(10) / 2.0;
            useCase.status
                = random.bounded(5) == 0 ? UseCaseStatus::Planned : UseCaseStatus::Current;
            useCase.notes = pick(random, notes);
            persona.useCases.push_back(useCase);
        }
        w.personas.push_back(persona);
    }
    for (int j = 0; j < scale.journeys; ++j) {
        const Id persona = w.personas.empty() ? 0 : w.personas[size_t(j) % w.personas.size()].id;
        w.journeys.push_back(makeJourney(random, scale, j, persona));
        addCurves(w.journeys.back(), scale, j, w.personas);
    }
    return w;
}

} // namespace Parcours::Bench
