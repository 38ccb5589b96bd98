#include "formats/workspacesnapshot.h"
#include "domain/opportunitylinkplace.h"

#include "formats/workspacejson.h"

#include <QtEndian>

#include <cstring>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace Parcours {

// Every field of the domain is written below. A field added to one of these structs must be
// written and read here too (and binaryFormat raised when older snapshots then read
// differently); these sizes make the build say so instead of versions silently losing it.
// Workspace::comments is the one field left out on purpose: a version keeps the map, not the
// discussion about it, and restoring one leaves the comment threads as they are.
static_assert(sizeof(Workspace) == 224 && sizeof(WorkspaceInfo) == 56 && sizeof(Persona) == 128
                  && sizeof(UseCase) == 200 && sizeof(Journey) == 152 && sizeof(Stage) == 152
                  && sizeof(Step) == 40 && sizeof(Cell) == 128 && sizeof(Lane) == 64
                  && sizeof(CellArrow) == 16 && sizeof(RenewalAnswer) == 32
                  && sizeof(MetricPeriod) == 112 && sizeof(Opportunity) == 128
                  && sizeof(OpportunityLink) == 24 && sizeof(ObservedUsage) == 48
                  && sizeof(UsageSource) == 160 && sizeof(UsageUser) == 32
                  && sizeof(UsageCount) == 32 && sizeof(UsageActivity) == 32,
              "a domain struct changed: write and read its new field in workspacesnapshot.cpp, "
              "then update these sizes");

namespace {

constexpr char tag[] = "PRCV";
constexpr int tagSize = 4;
// 2: metric periods carry the counts computed from events (issue 22); format 1 snapshots
// still read, with every count typed.
// 3: a cell link names its step (schema 14); before, it named its stage.
constexpr quint8 binaryFormat = 3;
constexpr quint8 firstBinaryFormat = 1;
// zlib level 3: at L it compresses the 13 MB binary workspace to 1.39 MB in 47 ms of CPU;
// level 1 saves 7 ms for 11 % more bytes, level 9 saves a fifth of them for 4.6 times the
// time (docs/PERFORMANCE.md).
constexpr int compressionLevel = 3;

// Appends values: integers as LEB128 varints (zigzag for signed ones), doubles as their 8
// little-endian bytes, strings as their UTF-8 length and bytes.
class Writer
{
public:
    explicit Writer(QByteArray &out)
        : mOut(out)
    { }

    void byte(quint8 value) { mOut.append(char(value)); }
    void boolean(bool value) { byte(value ? 1 : 0); }
    void unsignedInt(quint64 value)
    {
        while (value >= 0x80) {
            mOut.append(char((value & 0x7f) | 0x80));
            value >>= 7;
        }
        mOut.append(char(value));
    }
    void integer(qint64 value)
    {
        unsignedInt((quint64(value) << 1) ^ quint64(value >> 63)); // zigzag
    }
    void size(size_t value) { unsignedInt(value); }
    void real(double value)
    {
        quint64 bits = 0;
        std::memcpy(&bits, &value, sizeof bits);
        bits = qToLittleEndian(bits);
        mOut.append(reinterpret_cast<const char *>(&bits), sizeof bits);
    }
    void text(const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        size(size_t(utf8.size()));
        mOut.append(utf8);
    }
    template<typename E>
    void enumValue(E value)
    {
        static_assert(std::is_enum_v<E>);
        byte(quint8(value));
    }
    void optionalReal(const std::optional<double> &value)
    {
        boolean(value.has_value());
        if (value)
            real(*value);
    }
    void optionalInteger(const std::optional<qint64> &value)
    {
        boolean(value.has_value());
        if (value)
            integer(*value);
    }
    void date(const QDate &value)
    {
        boolean(value.isValid());
        if (value.isValid())
            integer(value.toJulianDay());
    }
    void dateTime(const QDateTime &value)
    {
        boolean(value.isValid());
        if (value.isValid())
            integer(value.toMSecsSinceEpoch());
    }

private:
    QByteArray &mOut;
};

// Reads what Writer wrote. Running past the end or reading a value out of range marks it
// failed; every later read then returns a default, so callers check ok() once at the end.
class Reader
{
public:
    explicit Reader(const QByteArray &in, quint8 format)
        : mAt(in.constData())
        , mEnd(in.constData() + in.size())
        , mFormat(format)
    { }

    bool ok() const { return mOk; }
    quint8 format() const { return mFormat; } // the binary format being read
    bool atEnd() const { return mAt == mEnd; }
    bool fail()
    {
        mOk = false;
        mAt = mEnd;
        return false;
    }

    quint8 byte()
    {
        if (mAt == mEnd) {
            fail();
            return 0;
        }
        return quint8(*mAt++);
    }
    bool boolean() { return byte() != 0; }
    quint64 unsignedInt()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const quint8 b = byte();
            value |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return value;
        }
        fail();
        return 0;
    }
    qint64 integer()
    {
        const quint64 v = unsignedInt();
        return qint64(v >> 1) ^ -qint64(v & 1);
    }
    // A count of items that each take at least one byte: never more than what is left, so a
    // damaged count cannot make a reader allocate gigabytes.
    size_t count()
    {
        const quint64 n = unsignedInt();
        if (n > quint64(mEnd - mAt)) {
            fail();
            return 0;
        }
        return size_t(n);
    }
    double real()
    {
        quint64 bits = 0;
        if (mEnd - mAt < qsizetype(sizeof bits)) {
            fail();
            return 0;
        }
        std::memcpy(&bits, mAt, sizeof bits);
        mAt += sizeof bits;
        bits = qFromLittleEndian(bits);
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    QString text()
    {
        const size_t n = count();
        QString value = QString::fromUtf8(mAt, qsizetype(n));
        mAt += n;
        return value;
    }
    template<typename E>
    E enumValue(E last)
    {
        const quint8 value = byte();
        if (value > quint8(last)) {
            fail();
            return E {};
        }
        return E(value);
    }
    std::optional<double> optionalReal()
    {
        if (!boolean())
            return std::nullopt;
        return real();
    }
    std::optional<qint64> optionalInteger()
    {
        if (!boolean())
            return std::nullopt;
        return integer();
    }
    QDate date()
    {
        if (!boolean())
            return {};
        return QDate::fromJulianDay(integer());
    }
    QDateTime dateTime()
    {
        if (!boolean())
            return {};
        return QDateTime::fromMSecsSinceEpoch(integer(), Qt::UTC);
    }

private:
    const char *mAt;
    const char *mEnd;
    quint8 mFormat;
    bool mOk = true;
};

// ---- writing ----

void writeUseCase(Writer &w, const UseCase &u)
{
    w.integer(u.id);
    w.text(u.problem);
    w.text(u.useCase);
    w.text(u.whyBetter);
    w.text(u.alternative);
    w.real(u.frequency.times());
    w.real(u.frequency.interval());
    w.enumValue(u.frequency.period());
    w.optionalReal(u.weight);
    w.enumValue(u.status);
    w.text(u.notes);
    w.size(size_t(u.events.size()));
    for (const QString &event : u.events)
        w.text(event);
}

void writePersona(Writer &w, const Persona &p)
{
    w.integer(p.id);
    w.text(p.name);
    w.text(p.description);
    w.text(p.color);
    w.optionalReal(p.weight);
    w.enumValue(p.cadence);
    w.size(p.useCases.size());
    for (const UseCase &u : p.useCases)
        writeUseCase(w, u);
}

void writeCell(Writer &w, const Cell &c)
{
    w.text(c.text);
    w.optionalReal(c.emotion);
    w.boolean(c.failurePoint);
    w.text(c.wait);
    w.size(c.arrows.size());
    for (const CellArrow &arrow : c.arrows) {
        w.integer(arrow.step);
        w.integer(arrow.lane);
    }
    w.size(c.severities.size());
    for (const PainSeverity severity : c.severities)
        w.enumValue(severity);
    w.size(size_t(c.curves.size()));
    for (auto it = c.curves.cbegin(); it != c.curves.cend(); ++it) {
        w.integer(it.key());
        w.real(it.value());
    }
}

void writeStage(Writer &w, const Stage &s)
{
    w.integer(s.id);
    w.text(s.name);
    w.text(s.description);
    w.text(s.color);
    w.optionalReal(s.duration);
    w.enumValue(s.durationUnit);
    w.optionalInteger(s.entering);
    w.enumValue(s.assessment);
    w.boolean(s.isConversion);
    w.boolean(s.isValueDelivered);
    w.size(s.steps.size());
    for (const Step &step : s.steps) {
        w.integer(step.id);
        w.text(step.name);
        w.size(size_t(step.cells.size()));
        for (auto it = step.cells.cbegin(); it != step.cells.cend(); ++it) {
            w.integer(it.key());
            writeCell(w, it.value());
        }
    }
}

void writeJourney(Writer &w, const Journey &j)
{
    w.integer(j.id);
    w.text(j.name);
    w.text(j.description);
    w.integer(j.personaId);
    w.size(j.lanes.size());
    for (const Lane &lane : j.lanes) {
        w.integer(lane.id);
        w.text(lane.name);
        w.enumValue(lane.kind);
        w.boolean(lane.visible);
        w.text(lane.group);
    }
    w.size(j.stages.size());
    for (const Stage &stage : j.stages)
        writeStage(w, stage);
    w.size(size_t(j.renewal.size()));
    for (auto it = j.renewal.cbegin(); it != j.renewal.cend(); ++it) {
        w.integer(it.key());
        w.enumValue(it.value().answer);
        w.text(it.value().note);
    }
    w.integer(j.compareWith);
    w.text(audienceViewsKey(j.views));
}

void writeMetricPeriod(Writer &w, const MetricPeriod &m)
{
    w.integer(m.id);
    w.date(m.periodStart);
    w.date(m.periodEnd);
    w.optionalInteger(m.customersStart);
    w.optionalInteger(m.customersNew);
    w.optionalInteger(m.customersEnd);
    w.optionalInteger(m.dau);
    w.optionalInteger(m.mau);
    w.unsignedInt(m.computed);
}

void writeOpportunity(Writer &w, const Opportunity &o)
{
    w.integer(o.id);
    w.text(o.title);
    w.text(o.description);
    w.text(o.owner);
    w.enumValue(o.status);
    w.integer(o.customerValue);
    w.integer(o.businessValue);
    w.integer(o.effort);
    w.integer(o.votes);
    w.size(o.links.size());
    for (const OpportunityLink &link : o.links) {
        w.enumValue(link.kind);
        w.integer(link.target);
        w.integer(link.lane);
    }
}

void writeUsageSource(Writer &w, const UsageSource &s)
{
    w.integer(s.id);
    w.text(s.fileName);
    w.integer(s.size);
    w.text(s.fingerprint);
    w.dateTime(s.importedAt);
    w.integer(s.events);
    w.integer(s.unmappedEvents);
    w.dateTime(s.firstEvent);
    w.dateTime(s.lastEvent);
    w.size(size_t(s.unmappedEventNames.size()));
    for (auto it = s.unmappedEventNames.cbegin(); it != s.unmappedEventNames.cend(); ++it) {
        w.text(it.key());
        w.integer(it.value());
    }
    w.size(s.counts.size());
    for (const UsageCount &c : s.counts) {
        w.integer(c.user);
        w.integer(c.useCaseId);
        w.date(c.month);
        w.integer(c.count);
    }
    w.size(s.activity.size());
    for (const UsageActivity &a : s.activity) {
        w.integer(a.user);
        w.date(a.month);
        w.integer(a.activeDays);
        w.date(a.lastDay);
    }
}

void writeWorkspace(Writer &w, const Workspace &ws)
{
    w.text(ws.info.name);
    w.text(ws.info.product);
    w.enumValue(ws.info.retentionType);
    w.size(ws.personas.size());
    for (const Persona &p : ws.personas)
        writePersona(w, p);
    w.size(ws.journeys.size());
    for (const Journey &j : ws.journeys)
        writeJourney(w, j);
    w.size(ws.metrics.size());
    for (const MetricPeriod &m : ws.metrics)
        writeMetricPeriod(w, m);
    w.size(ws.opportunities.size());
    for (const Opportunity &o : ws.opportunities)
        writeOpportunity(w, o);
    w.size(ws.usage.users.size());
    for (const UsageUser &user : ws.usage.users) {
        w.text(user.userId);
        w.integer(user.personaId);
    }
    w.size(ws.usage.sources.size());
    for (const UsageSource &s : ws.usage.sources)
        writeUsageSource(w, s);
}

// ---- reading ----

UseCase readUseCase(Reader &r)
{
    UseCase u;
    u.id = r.integer();
    u.problem = r.text();
    u.useCase = r.text();
    u.whyBetter = r.text();
    u.alternative = r.text();
    const double times = r.real();
    const double interval = r.real();
    const Period period = r.enumValue(Period::Year);
    u.frequency = UsageFrequency(times, interval, period);
    u.weight = r.optionalReal();
    u.status = r.enumValue(UseCaseStatus::Planned);
    u.notes = r.text();
    const size_t events = r.count();
    u.events.reserve(qsizetype(events));
    for (size_t i = 0; i < events && r.ok(); ++i)
        u.events.append(r.text());
    return u;
}

Persona readPersona(Reader &r)
{
    Persona p;
    p.id = r.integer();
    p.name = r.text();
    p.description = r.text();
    p.color = r.text();
    p.weight = r.optionalReal();
    p.cadence = r.enumValue(Cadence::Monthly);
    const size_t useCases = r.count();
    p.useCases.reserve(useCases);
    for (size_t i = 0; i < useCases && r.ok(); ++i)
        p.useCases.push_back(readUseCase(r));
    return p;
}

Cell readCell(Reader &r)
{
    Cell c;
    c.text = r.text();
    c.emotion = r.optionalReal();
    c.failurePoint = r.boolean();
    c.wait = r.text();
    const size_t arrows = r.count();
    c.arrows.reserve(arrows);
    for (size_t i = 0; i < arrows && r.ok(); ++i) {
        CellArrow arrow;
        arrow.step = r.integer();
        arrow.lane = r.integer();
        c.arrows.push_back(arrow);
    }
    const size_t severities = r.count();
    c.severities.reserve(severities);
    for (size_t i = 0; i < severities && r.ok(); ++i)
        c.severities.push_back(r.enumValue(PainSeverity::Abandonment));
    const size_t curves = r.count();
    for (size_t i = 0; i < curves && r.ok(); ++i) {
        const Id persona = r.integer();
        c.curves.insert(persona, r.real());
    }
    return c;
}

Stage readStage(Reader &r)
{
    Stage s;
    s.id = r.integer();
    s.name = r.text();
    s.description = r.text();
    s.color = r.text();
    s.duration = r.optionalReal();
    s.durationUnit = r.enumValue(DurationUnit::Months);
    s.entering = r.optionalInteger();
    s.assessment = r.enumValue(Assessment::ToAdd);
    s.isConversion = r.boolean();
    s.isValueDelivered = r.boolean();
    const size_t steps = r.count();
    s.steps.clear();
    s.steps.reserve(steps);
    for (size_t i = 0; i < steps && r.ok(); ++i) {
        Step step;
        step.id = r.integer();
        step.name = r.text();
        const size_t cells = r.count();
        step.cells.reserve(qsizetype(cells));
        for (size_t c = 0; c < cells && r.ok(); ++c) {
            const Id lane = r.integer();
            step.cells.insert(lane, readCell(r));
        }
        s.steps.push_back(std::move(step));
    }
    return s;
}

Journey readJourney(Reader &r)
{
    Journey j;
    j.id = r.integer();
    j.name = r.text();
    j.description = r.text();
    j.personaId = r.integer();
    const size_t lanes = r.count();
    j.lanes.reserve(lanes);
    for (size_t i = 0; i < lanes && r.ok(); ++i) {
        Lane lane;
        lane.id = r.integer();
        lane.name = r.text();
        lane.kind = r.enumValue(LaneKind::Kpi);
        lane.visible = r.boolean();
        lane.group = r.text();
        j.lanes.push_back(std::move(lane));
    }
    const size_t stages = r.count();
    j.stages.reserve(stages);
    for (size_t i = 0; i < stages && r.ok(); ++i)
        j.stages.push_back(readStage(r));
    const size_t answers = r.count();
    for (size_t i = 0; i < answers && r.ok(); ++i) {
        const int question = int(r.integer());
        RenewalAnswer answer;
        answer.answer = r.enumValue(RenewalAnswerValue::No);
        answer.note = r.text();
        j.renewal.insert(question, answer);
    }
    j.compareWith = r.integer();
    // Written by audienceViewsKey() above, so it reads; a damaged one leaves the views out.
    if (std::optional<std::vector<AudienceView>> views = audienceViewsFromKey(r.text()))
        j.views = std::move(*views);
    return j;
}

MetricPeriod readMetricPeriod(Reader &r)
{
    MetricPeriod m;
    m.id = r.integer();
    m.periodStart = r.date();
    m.periodEnd = r.date();
    m.customersStart = r.optionalInteger();
    m.customersNew = r.optionalInteger();
    m.customersEnd = r.optionalInteger();
    m.dau = r.optionalInteger();
    m.mau = r.optionalInteger();
    if (r.format() >= 2)
        m.computed = unsigned(r.unsignedInt()) & MetricPeriod::AllCounts;
    return m;
}

Opportunity readOpportunity(Reader &r)
{
    Opportunity o;
    o.id = r.integer();
    o.title = r.text();
    o.description = r.text();
    o.owner = r.text();
    o.status = r.enumValue(OpportunityStatus::Dropped);
    o.customerValue = int(r.integer());
    o.businessValue = int(r.integer());
    o.effort = int(r.integer());
    o.votes = int(r.integer());
    const size_t links = r.count();
    o.links.reserve(links);
    for (size_t i = 0; i < links && r.ok(); ++i) {
        OpportunityLink link;
        link.kind = r.enumValue(OpportunityLink::Kind::UseCase);
        link.target = r.integer();
        link.lane = r.integer();
        o.links.push_back(link);
    }
    return o;
}

UsageSource readUsageSource(Reader &r)
{
    UsageSource s;
    s.id = r.integer();
    s.fileName = r.text();
    s.size = r.integer();
    s.fingerprint = r.text();
    s.importedAt = r.dateTime();
    s.events = r.integer();
    s.unmappedEvents = r.integer();
    s.firstEvent = r.dateTime();
    s.lastEvent = r.dateTime();
    const size_t names = r.count();
    for (size_t i = 0; i < names && r.ok(); ++i) {
        const QString name = r.text();
        s.unmappedEventNames.insert(name, r.integer());
    }
    const size_t counts = r.count();
    s.counts.reserve(counts);
    for (size_t i = 0; i < counts && r.ok(); ++i) {
        UsageCount c;
        c.user = int(r.integer());
        c.useCaseId = r.integer();
        c.month = r.date();
        c.count = r.integer();
        s.counts.push_back(c);
    }
    const size_t activity = r.count();
    s.activity.reserve(activity);
    for (size_t i = 0; i < activity && r.ok(); ++i) {
        UsageActivity a;
        a.user = int(r.integer());
        a.month = r.date();
        a.activeDays = int(r.integer());
        a.lastDay = r.date();
        s.activity.push_back(a);
    }
    return s;
}

Workspace readWorkspace(Reader &r)
{
    Workspace ws;
    ws.info.name = r.text();
    ws.info.product = r.text();
    ws.info.retentionType = r.enumValue(RetentionType::Intentional);
    const size_t personas = r.count();
    ws.personas.reserve(personas);
    for (size_t i = 0; i < personas && r.ok(); ++i)
        ws.personas.push_back(readPersona(r));
    const size_t journeys = r.count();
    ws.journeys.reserve(journeys);
    for (size_t i = 0; i < journeys && r.ok(); ++i)
        ws.journeys.push_back(readJourney(r));
    const size_t metrics = r.count();
    ws.metrics.reserve(metrics);
    for (size_t i = 0; i < metrics && r.ok(); ++i)
        ws.metrics.push_back(readMetricPeriod(r));
    const size_t opportunities = r.count();
    ws.opportunities.reserve(opportunities);
    for (size_t i = 0; i < opportunities && r.ok(); ++i)
        ws.opportunities.push_back(readOpportunity(r));
    const size_t users = r.count();
    ws.usage.users.reserve(users);
    for (size_t i = 0; i < users && r.ok(); ++i) {
        UsageUser user;
        user.userId = r.text();
        user.personaId = r.integer();
        ws.usage.users.push_back(std::move(user));
    }
    const size_t sources = r.count();
    ws.usage.sources.reserve(sources);
    for (size_t i = 0; i < sources && r.ok(); ++i)
        ws.usage.sources.push_back(readUsageSource(r));
    return ws;
}

} // namespace

QByteArray WorkspaceSnapshot::encode(const Workspace &workspace)
{
    QByteArray out;
    Writer writer(out);
    writeWorkspace(writer, workspace);
    return out;
}

WorkspaceSnapshot::ReadResult WorkspaceSnapshot::decode(const QByteArray &binary, int format)
{
    Reader reader(binary, quint8(format < 0 ? binaryFormat : format));
    Workspace workspace = readWorkspace(reader);
    if (!reader.ok() || !reader.atEnd())
        return {std::nullopt,
                tr("the snapshot is damaged: its data ends early or is out of range")};
    return {std::move(workspace), {}};
}

bool WorkspaceSnapshot::isBinary(const QByteArray &stored)
{
    return stored.size() > tagSize && std::memcmp(stored.constData(), tag, tagSize) == 0;
}

QByteArray WorkspaceSnapshot::pack(const Workspace &workspace, qint64 *rawSize)
{
    const QByteArray binary = encode(workspace);
    if (rawSize)
        *rawSize = binary.size();
    QByteArray stored = QByteArray(tag, tagSize) + char(binaryFormat);
    stored += qCompress(binary, compressionLevel);
    return stored;
}

WorkspaceSnapshot::ReadResult WorkspaceSnapshot::unpack(const QByteArray &stored)
{
    if (!isBinary(stored)) {
        // Before the binary form: the workspace JSON compressed with qCompress.
        const QByteArray json = qUncompress(stored);
        if (json.isEmpty())
            return {std::nullopt, tr("the snapshot is damaged: it does not uncompress")};
        WorkspaceJson::ReadResult read = WorkspaceJson::read(json);
        return {std::move(read.workspace), read.error};
    }
    const auto format = quint8(stored.at(tagSize));
    if (format < firstBinaryFormat || format > binaryFormat) {
        return {std::nullopt,
                tr("the snapshot is in format %1, newer than this version of Parcours reads (%2)")
                    .arg(format)
                    .arg(binaryFormat)};
    }
    const QByteArray binary
        = qUncompress(reinterpret_cast<const uchar *>(stored.constData()) + tagSize + 1,
                      stored.size() - tagSize - 1);
    if (binary.isEmpty())
        return {std::nullopt, tr("the snapshot is damaged: it does not uncompress")};
    ReadResult read = decode(binary, format);
    if (read.workspace && format < 3) // what the version showed: the stages' first steps
        legacyCellLinksToFirstSteps(*read.workspace);
    return read;
}

} // namespace Parcours
