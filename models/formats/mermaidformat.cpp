#include "formats/mermaidformat.h"

#include "formats/utf8text.h"
#include "formats/workspacejson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

// Comment lines carrying what Mermaid cannot show; the JSON follows the prefix.
const QString journeyMetaPrefix = u"%% parcours-journey "_s;
const QString stageMetaPrefix = u"%% parcours-stage "_s;
const QString indent = u"    "_s;
const QString innerIndent = u"        "_s;

QString tr(const char *text)
{
    return MermaidFormat::tr(text);
}

// User text quoted in a message, shortened.
QString excerpt(QStringView text)
{
    constexpr qsizetype max = 60;
    return text.size() <= max ? text.toString() : text.left(max).toString() + u'…';
}

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'_';
}

// Length of a Mermaid entity ("#58;", "#quot;": '#', word characters, ';') at text[i], or 0.
qsizetype entityLength(QStringView text, qsizetype i)
{
    constexpr qsizetype maxLength = 32; // bounded, so scanning stays linear
    if (i >= text.size() || text.at(i) != u'#')
        return 0;
    qsizetype j = i + 1;
    while (j < text.size() && j - i <= maxLength && isWordChar(text.at(j)))
        ++j;
    return j > i + 1 && j < text.size() && text.at(j) == u';' ? j - i + 1 : 0;
}

std::optional<QString> entityText(QStringView entity)
{
    const QStringView inner = entity.mid(1, entity.size() - 2);
    if (std::all_of(inner.begin(), inner.end(), [](QChar c) { return c.isDigit(); })) {
        if (inner.size() > 7)
            return std::nullopt;
        const uint code = inner.toUInt();
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return std::nullopt;
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, QString> named = {
        {u"quot"_s, u"\""_s},  {u"amp"_s, u"&"_s},       {u"lt"_s, u"<"_s},     {u"gt"_s, u">"_s},
        {u"apos"_s, u"'"_s},   {u"nbsp"_s, u"\u00a0"_s}, {u"colon"_s, u":"_s},  {u"semi"_s, u";"_s},
        {u"num"_s, u"#"_s},    {u"percnt"_s, u"%"_s},    {u"comma"_s, u","_s},  {u"lcub"_s, u"{"_s},
        {u"rcub"_s, u"}"_s},   {u"lbrace"_s, u"{"_s},    {u"rbrace"_s, u"}"_s}, {u"hash"_s, u"#"_s},
        {u"commat"_s, u"@"_s}, {u"excl"_s, u"!"_s},
    };
    const auto it = named.constFind(inner.toString());
    return it == named.cend() ? std::nullopt : std::optional<QString>(*it);
}

// Length of "<br>", "<br/>", "<br />" (any case) at text[i], or 0: Mermaid's line break.
qsizetype lineBreakLength(QStringView text, qsizetype i)
{
    if (text.size() - i < 4 || text.at(i) != u'<'
        || text.mid(i + 1, 2).compare(u"br", Qt::CaseInsensitive) != 0)
        return 0;
    qsizetype j = i + 3;
    while (j < text.size() && text.at(j).isSpace())
        ++j;
    if (j < text.size() && text.at(j) == u'/')
        ++j;
    return j < text.size() && text.at(j) == u'>' ? j - i + 1 : 0;
}

// A '#' that does not start an entity: Mermaid reads it as the start of a comment.
bool hasBareHash(QStringView text)
{
    for (qsizetype i = text.indexOf(u'#'); i >= 0; i = text.indexOf(u'#', i + 1)) {
        if (entityLength(text, i) == 0)
            return true;
    }
    return false;
}

// A ';' that does not end an entity: Mermaid does not accept it in a statement.
bool hasBareSemicolon(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (const qsizetype length = entityLength(text, i))
            i += length - 1;
        else if (text.at(i) == u';')
            return true;
    }
    return false;
}

// "title Foo" → rest "Foo" for word "title": case-insensitive, followed by a space or the end.
bool startsWithWord(QStringView line, QLatin1StringView word, QStringView *rest)
{
    if (line.size() < word.size() || line.left(word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    if (line.size() > word.size() && !line.at(word.size()).isSpace())
        return false;
    *rest = line.mid(word.size());
    return true;
}

// "accDescr: Foo" → rest "Foo" for key "accDescr" and separator ':'.
bool startsWithKey(QStringView line, QLatin1StringView key, QChar separator, QStringView *rest)
{
    if (line.size() < key.size() || line.left(key.size()).compare(key, Qt::CaseInsensitive) != 0)
        return false;
    qsizetype i = key.size();
    while (i < line.size() && line.at(i).isSpace())
        ++i;
    if (i >= line.size() || line.at(i) != separator)
        return false;
    *rest = line.mid(i + 1);
    return true;
}

// An accessibility description as Mermaid keeps it: entities decoded, trimmed, and the
// indentation after each line break dropped.
QString readDescription(QStringView raw)
{
    const QString text = MermaidFormat::decode(raw).trimmed();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        out += text.at(i);
        if (text.at(i) == u'\n') {
            while (i + 1 < text.size() && text.at(i + 1).isSpace())
                ++i;
        }
    }
    return out;
}

std::optional<double> parseScore(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> scoreDigit(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() == 1 && trimmed.at(0) >= u'1' && trimmed.at(0) <= u'5')
        return trimmed.at(0).unicode() - u'0';
    return std::nullopt;
}

QStringList splitActors(QStringView text)
{
    QStringList actors;
    for (QStringView part : text.split(u',')) {
        const QString actor = MermaidFormat::decode(part).trimmed();
        if (!actor.isEmpty())
            actors << actor;
    }
    return actors;
}

// Escapes in a customer-actions cell line: only what would change how the line reads back.
QString cellEscape(const QString &text, bool colons, bool commas)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'#' && entityLength(text, i) > 0)
            out += u"#35;"_s;
        else if (c == u'<' && lineBreakLength(text, i) > 0)
            out += u"#60;"_s;
        else if (colons && c == u':')
            out += u"#58;"_s;
        else if (commas && c == u',')
            out += u"#44;"_s;
        else
            out += c;
    }
    return out;
}

int scoreFromEmotion(std::optional<double> emotion)
{
    return emotion ? std::clamp(int(std::lround(*emotion + 3)), 1, 5) : 3;
}

// The lanes that Mermaid tasks and scores map to.
struct TaskLanes
{
    Id actions = 0; // the "Customer actions" text lane, else the first text lane
    Id score = 0; // the first emotion lane
};

TaskLanes taskLanesOf(const Journey &journey)
{
    TaskLanes lanes;
    for (const Lane &lane : journey.lanes) {
        if (lane.kind == LaneKind::Text
            && lane.name.trimmed().compare(u"customer actions", Qt::CaseInsensitive) == 0) {
            lanes.actions = lane.id;
            break;
        }
    }
    for (const Lane &lane : journey.lanes) {
        if (!lanes.actions && lane.kind == LaneKind::Text)
            lanes.actions = lane.id;
        if (!lanes.score && lane.kind == LaneKind::Emotion)
            lanes.score = lane.id;
    }
    return lanes;
}

// One task line Parcours writes for a stage: the line (without indentation), the line of the
// customer-actions cell it comes from, and its score.
struct WrittenTask
{
    QString line;
    QString cellLine;
    int score = 3;
};

std::vector<WrittenTask> writtenTasks(const Stage &stage, const TaskLanes &lanes,
                                      const QString &personaName)
{
    std::vector<WrittenTask> out;
    if (!lanes.actions)
        return out;
    const int stageScore = scoreFromEmotion(stage.cells.value(lanes.score).emotion);
    const QStringList cellLines = stage.cells.value(lanes.actions).text.split(u'\n');
    for (const QString &line : cellLines) {
        if (line.trimmed().isEmpty())
            continue;
        const MermaidFormat::Task task = MermaidFormat::parseActionLine(line);
        const QStringList actors = task.score ? task.actors
            : personaName.trimmed().isEmpty() ? QStringList()
                                              : QStringList {personaName};
        QStringList escapedActors;
        for (const QString &actor : actors) {
            const QString escaped = MermaidFormat::escape(actor, MermaidFormat::NameKind::Actor);
            if (!escaped.trimmed().isEmpty())
                escapedActors << escaped;
        }
        const int score = task.score.value_or(stageScore);
        QString taskLine = MermaidFormat::escape(task.name, MermaidFormat::NameKind::Task) + u": "_s
            + QString::number(score);
        if (!escapedActors.isEmpty())
            taskLine += u": "_s + escapedActors.join(u", "_s);
        out.push_back({taskLine, line, score});
    }
    return out;
}

// A stage's statement lines as written (without indentation): its section line, unless it is
// the unnamed first stage, and one task line per non-empty line of its customer-actions cell.
QStringList stageLines(const Stage &stage, size_t index, const TaskLanes &lanes,
                       const QString &personaName)
{
    QStringList out;
    if (index > 0 || !stage.name.isEmpty())
        out << u"section "_s + MermaidFormat::escape(stage.name, MermaidFormat::NameKind::Section);
    for (const WrittenTask &task : writtenTasks(stage, lanes, personaName))
        out << task.line;
    return out;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject journeyMetaJson(const Journey &journey, const QString &personaName)
{
    QJsonObject o = WorkspaceJson::journeyToJson(journey);
    o.remove(u"stages"_s);
    o[u"persona"_s] = QJsonValue::Null; // the persona goes by name: ids are per workspace
    o[u"persona_name"_s] = personaName.isEmpty() ? QJsonValue(QJsonValue::Null) : personaName;
    return o;
}

QString exportJourney(const Journey &journey, const QString &personaName)
{
    using Kind = MermaidFormat::NameKind;
    QStringList out {u"journey"_s};
    if (!journey.name.isEmpty())
        out << indent + u"title "_s + MermaidFormat::escape(journey.name, Kind::Title);
    if (!journey.description.isEmpty()) {
        const QString description = MermaidFormat::escape(journey.description, Kind::Description);
        if (description.contains(u'\n'))
            out << indent + u"accDescr {"_s << description << indent + u"}"_s;
        else
            out << indent + u"accDescr: "_s + description;
    }
    out << indent
            + u"%% Exported by Parcours: keep the \"%% parcours-\" lines to import the journey "
              "back without loss (other lanes, exact emotions, stage details)."_s;
    out << indent + journeyMetaPrefix + compactJson(journeyMetaJson(journey, personaName));
    const TaskLanes lanes = taskLanesOf(journey);
    const QJsonArray stages = WorkspaceJson::journeyToJson(journey).value(u"stages"_s).toArray();
    for (size_t i = 0; i < journey.stages.size(); ++i) {
        QStringList lines = stageLines(journey.stages[i], i, lanes, personaName);
        const bool hasSection = i > 0 || !journey.stages[i].name.isEmpty();
        if (hasSection)
            out << indent + lines.takeFirst();
        const QString taskIndent = hasSection ? innerIndent : indent;
        out << taskIndent + stageMetaPrefix + compactJson(stages.at(qsizetype(i)).toObject());
        for (const QString &line : std::as_const(lines))
            out << taskIndent + line;
    }
    return out.join(u'\n') + u'\n';
}

QStringList splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' && c != u'\r')
            continue;
        lines << text.mid(start, i - start);
        if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }
    lines << text.mid(start);
    return lines;
}

bool isKnownDiagram(const QString &word)
{
    static const QStringList diagrams = {
        u"flowchart"_s,
        u"graph"_s,
        u"sequencediagram"_s,
        u"classdiagram"_s,
        u"statediagram"_s,
        u"statediagram-v2"_s,
        u"erdiagram"_s,
        u"gantt"_s,
        u"pie"_s,
        u"gitgraph"_s,
        u"mindmap"_s,
        u"timeline"_s,
        u"quadrantchart"_s,
        u"requirementdiagram"_s,
        u"c4context"_s,
        u"sankey-beta"_s,
        u"xychart-beta"_s,
        u"block-beta"_s,
        u"kanban"_s,
        u"architecture-beta"_s,
        u"packet-beta"_s,
        u"radar-beta"_s,
        u"zenuml"_s,
        u"info"_s,
    };
    return diagrams.contains(word.toLower());
}

struct ParsedTask
{
    QString name;
    int score = 3;
    QStringList actors;
    QString text; // the statement as written, trimmed
};

struct ParsedStage
{
    QString name;
    int line = 0;
    QStringList statementLines; // as written, trimmed: to tell whether it was edited
    std::vector<ParsedTask> tasks;
    QString meta;
    int metaLine = 0;
};

struct TaskParse
{
    std::optional<ParsedTask> task;
    QString error;
    QStringList warnings;
};

// "Task name: SCORE[: actor, actor]", read as Mermaid does, or as the author meant when a
// colon in the name pushes the score further right.
TaskParse parseTaskLine(const QString &line)
{
    TaskParse result;
    const QStringList pieces = line.split(u':');
    const qsizetype n = pieces.size();
    if (n == 1) {
        result.error = tr("cannot read \"%1\": a task is written \"Task name: score\" or "
                          "\"Task name: score: actor, actor\"")
                           .arg(excerpt(line));
        return result;
    }
    QString nameText;
    QString scoreText;
    QString actorsText;
    bool colonInName = false;
    if (parseScore(pieces.at(1))) {
        nameText = pieces.at(0);
        scoreText = pieces.at(1);
        if (n >= 3)
            actorsText = pieces.at(2);
        if (n > 3) {
            result.warnings << tr("Mermaid ignores the text after the third colon: \"%1\"")
                                   .arg(excerpt(pieces.mid(3).join(u':').trimmed()));
        }
    } else if (n >= 3 && parseScore(pieces.at(n - 2))) {
        nameText = pieces.mid(0, n - 2).join(u':');
        scoreText = pieces.at(n - 2);
        actorsText = pieces.at(n - 1);
        colonInName = true;
    } else if (parseScore(pieces.at(n - 1))) {
        nameText = pieces.mid(0, n - 1).join(u':');
        scoreText = pieces.at(n - 1);
        colonInName = true;
    } else {
        result.error = n == 2 && pieces.at(1).trimmed().isEmpty()
            ? tr("a task needs a score from 1 to 5 after the colon")
            : tr("the score \"%1\" is not a number from 1 to 5")
                  .arg(excerpt(pieces.at(1).trimmed()));
        return result;
    }
    if (nameText.trimmed().isEmpty()) {
        result.error = tr("a task needs a name before the colon");
        return result;
    }
    ParsedTask task;
    task.name = MermaidFormat::decode(nameText).trimmed();
    if (task.name.contains(u'\n')) { // one task, one line of the cell
        task.name.replace(u'\n', u' ');
        result.warnings << tr("a line break (<br>) in a task name is imported as a space: each "
                              "task is one line of the stage's customer actions; imported as "
                              "\"%1\"")
                               .arg(excerpt(task.name));
    }
    if (colonInName) {
        result.warnings << tr("Mermaid ends a task name at the first \":\"; imported as \"%1\" "
                              "(write #58; for a colon in a name)")
                               .arg(excerpt(task.name));
    }
    if (hasBareHash(nameText)) {
        result.warnings << tr("Mermaid reads \"#\" as the start of a comment; imported as \"%1\" "
                              "(write #35; for a hash in a name)")
                               .arg(excerpt(task.name));
    }
    if (hasBareSemicolon(line)) {
        result.warnings << tr("Mermaid does not accept \";\" in a task; imported as written "
                              "(write #59; for a semicolon)");
    }
    const double score = *parseScore(scoreText);
    const double rounded = std::round(score);
    const double clamped = std::clamp(rounded, 1.0, 5.0);
    task.score = int(clamped);
    if (score != rounded) {
        result.warnings << tr("score %1 is not a whole number; imported as %2")
                               .arg(excerpt(scoreText.trimmed()))
                               .arg(task.score);
    } else if (rounded != clamped) {
        result.warnings << tr("score %1 is outside 1…5; imported as %2")
                               .arg(excerpt(scoreText.trimmed()))
                               .arg(task.score);
    }
    task.actors = splitActors(actorsText);
    result.task = task;
    return result;
}

// Reads the lines [begin, end) of one diagram; messages name lines of the whole file.
class DiagramReader
{
public:
    DiagramReader(const QStringList &lines, const QString &fileName, ImportResult &result)
        : mLines(lines)
        , mFileName(fileName)
        , mResult(result)
    { }

    void parse(qsizetype begin, qsizetype end);
    std::optional<Workspace> build() const;

private:
    enum class State { Start, FrontMatter, Body, AccDescr, Directive };

    void error(int line, const QString &message)
    {
        mResult.errors << u"%1:%2: %3"_s.arg(mFileName).arg(line).arg(message);
    }
    void warning(int line, const QString &message) const
    {
        mResult.warnings << u"%1:%2: warning: %3"_s.arg(mFileName).arg(line).arg(message);
    }
    void statement(const QString &text, int line);
    void addTask(const ParsedTask &task, const QString &text, int line);
    void meta(const QString &text, int line);
    ParsedStage &currentStage(int line);

    const QStringList &mLines;
    QString mFileName;
    ImportResult &mResult;

    State mState = State::Start;
    State mStateAfterDirective = State::Start;
    bool mSawJourney = false;
    std::optional<QString> mTitle;
    QString mFrontMatterTitle;
    QString mAccTitle;
    std::optional<QString> mDescription;
    QString mAccDescrText;
    int mAccDescrLine = 0;
    QString mJourneyMeta;
    int mJourneyMetaLine = 0;
    std::vector<ParsedStage> mStages;
};

void DiagramReader::parse(qsizetype begin, qsizetype end)
{
    bool sawContent = false;
    int frontMatterLine = 0;
    for (qsizetype i = begin; i < end; ++i) {
        const QString &raw = mLines.at(i);
        const int line = int(i + 1);
        const QString text = raw.trimmed();
        switch (mState) {
        case State::FrontMatter:
            if (text == u"---") {
                mState = State::Start;
            } else if (QStringView rest; startsWithKey(text, "title"_L1, u':', &rest)) {
                QString title = rest.trimmed().toString();
                if (title.size() >= 2
                    && ((title.startsWith(u'"') && title.endsWith(u'"'))
                        || (title.startsWith(u'\'') && title.endsWith(u'\''))))
                    title = title.mid(1, title.size() - 2);
                mFrontMatterTitle = title.trimmed();
            }
            continue;
        case State::Directive:
            if (text.contains(u"}%%"_s))
                mState = mStateAfterDirective;
            continue;
        case State::AccDescr: {
            const qsizetype close = raw.indexOf(u'}');
            if (close < 0) {
                mAccDescrText += u'\n' + raw;
                continue;
            }
            mAccDescrText += u'\n' + raw.left(close);
            mDescription = readDescription(mAccDescrText);
            mState = State::Body;
            if (const QString after = raw.mid(close + 1).trimmed(); !after.isEmpty())
                statement(after, line); // Mermaid reads on after the brace
            continue;
        }
        case State::Start:
        case State::Body: break;
        }
        if (text.isEmpty())
            continue;
        if (text.startsWith(u"%%{"_s)) { // a directive, possibly over several lines
            if (!QStringView(text).mid(3).contains(u"}%%"_s)) {
                mStateAfterDirective = mState;
                mState = State::Directive;
            }
            continue;
        }
        if (text.startsWith(u"%%"_s)) {
            if (mState == State::Body)
                meta(text, line);
            continue;
        }
        if (mState == State::Start) {
            if (text == u"---" && !sawContent) {
                mState = State::FrontMatter;
                frontMatterLine = line;
                continue;
            }
            sawContent = true;
            QStringView rest;
            if (startsWithWord(text, "journey"_L1, &rest)) {
                mSawJourney = true;
                mState = State::Body;
                if (!rest.trimmed().isEmpty())
                    statement(rest.trimmed().toString(), line);
                continue;
            }
            const QString word = text.section(u' ', 0, 0).section(u':', 0, 0);
            if (isKnownDiagram(word)) {
                error(line,
                      tr("this is a Mermaid \"%1\" diagram, not a user journey (\"journey\")")
                          .arg(excerpt(word)));
            } else {
                error(line,
                      tr("expected \"journey\" at the start of the diagram, found \"%1\"")
                          .arg(excerpt(text)));
            }
            return;
        }
        statement(text, line);
    }
    if (mState == State::FrontMatter)
        error(frontMatterLine, tr("the front matter opened here is never closed with \"---\""));
    else if (mState == State::AccDescr)
        error(mAccDescrLine, tr("\"accDescr {\" opened here is never closed with \"}\""));
    else if (!mSawJourney && mResult.errors.isEmpty())
        error(int(std::min(end, qsizetype(begin + 1))),
              tr("no \"journey\" line: this is not a Mermaid user journey"));
}

void DiagramReader::statement(const QString &text, int line)
{
    QStringView rest;
    if (text.compare(u"journey", Qt::CaseInsensitive) == 0) {
        error(line, tr("a second \"journey\" line; a diagram has one"));
    } else if (startsWithWord(text, "title"_L1, &rest)) {
        const QStringView title = rest.trimmed();
        if (title.isEmpty()) {
            warning(line, tr("a title without text is ignored"));
            return;
        }
        if (hasBareHash(title) || hasBareSemicolon(title)) {
            warning(line,
                    tr("Mermaid ends a title at \"#\" or \";\"; imported as written (write "
                       "#35; and #59; for them)"));
        }
        mTitle = MermaidFormat::decode(title).trimmed();
    } else if (startsWithKey(text, "accTitle"_L1, u':', &rest)) {
        mAccTitle = MermaidFormat::decode(rest).trimmed();
    } else if (startsWithKey(text, "accDescr"_L1, u':', &rest)) {
        mDescription = readDescription(rest);
    } else if (startsWithKey(text, "accDescr"_L1, u'{', &rest)) {
        const qsizetype close = rest.indexOf(u'}');
        if (close >= 0) {
            mDescription = readDescription(rest.left(close));
            if (const QString after = rest.mid(close + 1).trimmed().toString(); !after.isEmpty())
                statement(after, line);
        } else {
            mAccDescrText = rest.toString();
            mAccDescrLine = line;
            mState = State::AccDescr;
        }
    } else if (startsWithWord(text, "section"_L1, &rest)) {
        const QStringView nameText = rest.trimmed();
        ParsedStage stage;
        stage.name = MermaidFormat::decode(nameText).trimmed();
        stage.line = line;
        stage.statementLines << text;
        if (nameText.isEmpty())
            warning(line, tr("a section without a name; imported as a stage without a name"));
        if (nameText.contains(u':')) {
            warning(line,
                    tr("Mermaid ends a section name at \":\"; imported as \"%1\" (write "
                       "#58; for a colon in a name)")
                        .arg(excerpt(stage.name)));
        }
        if (hasBareHash(nameText)) {
            warning(line,
                    tr("Mermaid reads \"#\" as the start of a comment; imported as \"%1\" "
                       "(write #35; for a hash in a name)")
                        .arg(excerpt(stage.name)));
        }
        if (hasBareSemicolon(nameText)) {
            warning(line,
                    tr("Mermaid does not accept \";\" in a section name; imported as "
                       "\"%1\" (write #59; for a semicolon)")
                        .arg(excerpt(stage.name)));
        }
        mStages.push_back(stage);
    } else if (text.startsWith(u'#') && entityLength(text, 0) == 0) {
        // A comment for Mermaid, unless it is plainly a task.
        const TaskParse parsed = parseTaskLine(text);
        if (!parsed.task)
            return;
        warning(line,
                tr("Mermaid reads a line starting with \"#\" as a comment; imported as a "
                   "task (write #35; for a hash)"));
        addTask(*parsed.task, text, line);
    } else {
        const TaskParse parsed = parseTaskLine(text);
        for (const QString &message : parsed.warnings)
            warning(line, message);
        if (parsed.task)
            addTask(*parsed.task, text, line);
        else
            error(line, parsed.error);
    }
}

ParsedStage &DiagramReader::currentStage(int line)
{
    if (mStages.empty()) { // tasks before the first section: an unnamed first stage
        ParsedStage stage;
        stage.line = line;
        mStages.push_back(stage);
    }
    return mStages.back();
}

void DiagramReader::addTask(const ParsedTask &task, const QString &text, int line)
{
    ParsedStage &stage = currentStage(line);
    stage.tasks.push_back(task);
    stage.tasks.back().text = text;
    stage.statementLines << text;
}

void DiagramReader::meta(const QString &text, int line)
{
    if (text.startsWith(journeyMetaPrefix)) {
        if (!mJourneyMeta.isEmpty()) {
            warning(line, tr("a second \"%% parcours-journey\" line is ignored"));
            return;
        }
        mJourneyMeta = text.mid(journeyMetaPrefix.size());
        mJourneyMetaLine = line;
    } else if (text.startsWith(stageMetaPrefix)) {
        ParsedStage &stage = currentStage(line);
        if (!stage.meta.isEmpty()) {
            warning(line, tr("a second \"%% parcours-stage\" line in one section is ignored"));
            return;
        }
        stage.meta = text.mid(stageMetaPrefix.size());
        stage.metaLine = line;
    }
}

std::optional<Workspace> DiagramReader::build() const
{
    // The exact journey Parcours wrote, when the comments are there and readable.
    std::optional<Journey> meta;
    QJsonObject metaObject;
    QString metaPersona;
    auto unreadable = [this](int line, const QString &why) {
        warning(line,
                tr("the Parcours details on this line cannot be read (%1); imported from "
                   "the Mermaid text only")
                    .arg(why));
    };
    if (!mJourneyMeta.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(mJourneyMeta.toUtf8(), &parseError);
        if (!doc.isObject()) {
            unreadable(mJourneyMetaLine,
                       parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : tr("not a JSON object"));
        } else {
            metaObject = doc.object();
            metaPersona = metaObject.value(u"persona_name"_s).toString();
            metaObject[u"persona"_s] = QJsonValue::Null;
            metaObject[u"stages"_s] = QJsonArray();
            WorkspaceJson::JourneyResult read
                = WorkspaceJson::journeyFromJson(metaObject, u"parcours-journey"_s);
            if (read.journey)
                meta = std::move(read.journey);
            else
                unreadable(mJourneyMetaLine, read.error);
        }
    }

    Journey journey;
    journey.id = newId();
    if (meta) {
        journey.lanes = meta->lanes;
        journey.renewal = meta->renewal;
    } else {
        journey.lanes = {{newId(), u"Customer actions"_s, LaneKind::Text, true},
                         {newId(), u"Emotion"_s, LaneKind::Emotion, true}};
    }
    const auto titleAsRead = [](const QString &name) {
        return MermaidFormat::decode(MermaidFormat::escape(name, MermaidFormat::NameKind::Title))
            .trimmed();
    };
    // The name Parcours wrote wins over the title when they agree, and over nothing at all.
    if (meta && (meta->name.isEmpty() ? !mTitle : mTitle && titleAsRead(meta->name) == *mTitle))
        journey.name = meta->name; // NOLINT(bugprone-branch-clone): the same name, two priorities
    else if (mTitle)
        journey.name = *mTitle;
    else if (!mFrontMatterTitle.isEmpty())
        journey.name = mFrontMatterTitle;
    else if (!mAccTitle.isEmpty())
        journey.name = mAccTitle;
    else if (meta)
        journey.name = meta->name;
    else
        journey.name = QFileInfo(mFileName).completeBaseName();
    if (journey.name.isEmpty() && !meta)
        journey.name = tr("Imported journey");
    const auto descriptionAsRead = [](const QString &text) {
        return readDescription(MermaidFormat::escape(text, MermaidFormat::NameKind::Description));
    };
    if (meta
        && (meta->description.isEmpty()
                ? !mDescription
                : mDescription && descriptionAsRead(meta->description) == *mDescription))
        journey.description = meta->description;
    else
        journey.description = mDescription.value_or(QString());

    TaskLanes lanes = taskLanesOf(journey);
    for (size_t k = 0; k < mStages.size(); ++k) {
        const ParsedStage &parsed = mStages[k];
        std::optional<Stage> metaStage;
        if (!parsed.meta.isEmpty() && !meta) {
            warning(parsed.metaLine,
                    tr("a \"%% parcours-stage\" line needs the \"%% "
                       "parcours-journey\" line; ignored"));
        } else if (!parsed.meta.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(parsed.meta.toUtf8(), &parseError);
            if (!doc.isObject()) {
                unreadable(parsed.metaLine,
                           parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                        : tr("not a JSON object"));
            } else {
                QJsonObject object = metaObject;
                object[u"stages"_s] = QJsonArray {doc.object()};
                WorkspaceJson::JourneyResult read
                    = WorkspaceJson::journeyFromJson(object, u"parcours-stage"_s);
                if (read.journey)
                    metaStage = read.journey->stages.front();
                else
                    unreadable(parsed.metaLine, read.error);
            }
        }
        if (metaStage && stageLines(*metaStage, k, lanes, metaPersona) == parsed.statementLines) {
            journey.stages.push_back(*metaStage); // untouched since Parcours wrote it
            continue;
        }
        Stage stage = metaStage.value_or(Stage());
        if (metaStage) {
            warning(parsed.line,
                    tr("section \"%1\" differs from what Parcours exported; its name "
                       "and tasks are imported as written")
                        .arg(excerpt(parsed.name)));
        }
        stage.id = newId();
        stage.name = parsed.name;
        if (!parsed.tasks.empty() || metaStage) {
            if (!lanes.actions) {
                journey.lanes.push_back({newId(), u"Customer actions"_s, LaneKind::Text, true});
                lanes.actions = journey.lanes.back().id;
            }
            // A task line left as Parcours wrote it keeps its cell line as it was (a line
            // without a score stays without one); the others are written with their score.
            std::vector<WrittenTask> written;
            if (metaStage)
                written = writtenTasks(*metaStage, lanes, metaPersona);
            bool sameScores = metaStage && written.size() == parsed.tasks.size();
            std::vector<bool> used(written.size(), false);
            QStringList cellLines;
            double sum = 0;
            for (size_t t = 0; t < parsed.tasks.size(); ++t) {
                const ParsedTask &task = parsed.tasks[t];
                qsizetype match = -1;
                for (size_t w = 0; w < written.size() && match < 0; ++w) {
                    if (!used[w] && written[w].line == task.text)
                        match = qsizetype(w);
                }
                if (match >= 0) {
                    used[size_t(match)] = true;
                    cellLines << written[size_t(match)].cellLine;
                } else {
                    cellLines << MermaidFormat::actionLine({task.name, task.score, task.actors});
                }
                sum += task.score;
                sameScores = sameScores && written[t].score == task.score;
            }
            Cell actions = stage.cells.value(lanes.actions);
            actions.text = cellLines.join(u'\n');
            stage.cells.remove(lanes.actions);
            if (!actions.isEmpty())
                stage.cells.insert(lanes.actions, actions);
            if (!parsed.tasks.empty()) {
                if (!lanes.score) {
                    journey.lanes.push_back({newId(), u"Emotion"_s, LaneKind::Emotion, true});
                    lanes.score = journey.lanes.back().id;
                }
                // The scores as exported: the stage keeps its exact emotion. Else the mean
                // score, to two decimals (4, 4 and 3 give +0.67, not +0.666…).
                std::optional<double> &emotion = stage.cells[lanes.score].emotion;
                if (!sameScores || !emotion)
                    emotion = std::round((sum / double(parsed.tasks.size()) - 3) * 100) / 100;
            }
        }
        journey.stages.push_back(stage);
    }

    // Actors are personas; the journey's persona is the first actor, or the one Parcours wrote.
    QStringList personaNames;
    const QString journeyPersona = meta ? metaPersona.trimmed() : QString();
    if (!journeyPersona.isEmpty())
        personaNames << journeyPersona;
    for (const ParsedStage &stage : mStages) {
        for (const ParsedTask &task : stage.tasks) {
            for (const QString &actor : task.actors) {
                if (!personaNames.contains(actor))
                    personaNames << actor;
            }
        }
    }
    Workspace fragment;
    for (const QString &name : std::as_const(personaNames)) {
        Persona persona;
        persona.id = newId();
        persona.name = name;
        persona.color = defaultPersonaColor(int(fragment.personas.size()));
        fragment.personas.push_back(persona);
    }
    if (!fragment.personas.empty() && (!meta || !journeyPersona.isEmpty()))
        journey.personaId = fragment.personas.front().id;
    fragment.journeys.push_back(journey);
    return fragment;
}

struct Block
{
    qsizetype begin = 0; // first line inside the fence
    qsizetype end = 0; // the closing fence, or the end of the file
};

// The ```mermaid (or ~~~mermaid, ```mermaid-example) blocks of a Markdown file.
std::vector<Block> mermaidBlocks(const QStringList &lines)
{
    std::vector<Block> blocks;
    bool inFence = false;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    bool isMermaid = false;
    qsizetype begin = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        qsizetype p = 0;
        while (p < line.size() && p < 4 && line.at(p) == u' ')
            ++p;
        if (p > 3 || p >= line.size() || (line.at(p) != u'`' && line.at(p) != u'~'))
            continue;
        const QChar c = line.at(p);
        qsizetype length = 0;
        while (p + length < line.size() && line.at(p + length) == c)
            ++length;
        if (length < 3)
            continue;
        const QString info = line.mid(p + length).trimmed();
        if (!inFence) {
            if (c == u'`' && info.contains(u'`'))
                continue;
            const QString language = info.section(u' ', 0, 0).toLower();
            inFence = true;
            fenceChar = c;
            fenceLength = length;
            isMermaid = language == u"mermaid" || language == u"mermaid-example";
            begin = i + 1;
        } else if (c == fenceChar && length >= fenceLength && info.isEmpty()) {
            inFence = false;
            if (isMermaid)
                blocks.push_back({begin, i});
        }
    }
    if (inFence && isMermaid)
        blocks.push_back({begin, lines.size()});
    return blocks;
}

bool isJourneyBlock(const QStringList &lines, const Block &block)
{
    bool frontMatter = false;
    for (qsizetype i = block.begin; i < block.end; ++i) {
        const QString text = lines.at(i).trimmed();
        if (text == u"---") {
            frontMatter = !frontMatter;
            continue;
        }
        if (frontMatter || text.isEmpty() || text.startsWith(u"%%"_s))
            continue;
        QStringView rest;
        return startsWithWord(text, "journey"_L1, &rest);
    }
    return false;
}

} // namespace

MermaidFormat::Task MermaidFormat::parseActionLine(const QString &line)
{
    Task task;
    const qsizetype last = line.lastIndexOf(u':');
    if (last >= 0) {
        if (const auto score = scoreDigit(QStringView(line).mid(last + 1))) {
            task.name = decode(QStringView(line).left(last)).trimmed();
            task.score = score;
            return task;
        }
        const qsizetype before = last > 0 ? line.lastIndexOf(u':', last - 1) : -1;
        if (before >= 0) {
            if (const auto score
                = scoreDigit(QStringView(line).mid(before + 1, last - before - 1))) {
                task.name = decode(QStringView(line).left(before)).trimmed();
                task.score = score;
                task.actors = splitActors(QStringView(line).mid(last + 1));
                return task;
            }
        }
    }
    task.name = line.trimmed();
    return task;
}

QString MermaidFormat::actionLine(const Task &task)
{
    QStringList actors;
    for (const QString &actor : task.actors)
        actors << cellEscape(actor, true, true);
    const QString tail = u": "_s + QString::number(task.score.value_or(3))
        + (actors.isEmpty() ? QString() : u": "_s + actors.join(u", "_s));
    QString line = cellEscape(task.name, false, false) + tail;
    Task expected = task;
    expected.score = task.score.value_or(3);
    if (!(parseActionLine(line) == expected)) // a colon in the name reads as a field
        line = cellEscape(task.name, true, false) + tail;
    return line;
}

QString MermaidFormat::escape(const QString &text, NameKind kind)
{
    QString out;
    out.reserve(text.size() + 8);
    const bool names
        = kind == NameKind::Section || kind == NameKind::Task || kind == NameKind::Actor;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'#': out += u"#35;"_s; break;
        case u';': out += u"#59;"_s; break;
        case u'%': out += u"#37;"_s; break;
        case u'<': out += u"#60;"_s; break;
        case u'\r': out += u"#13;"_s; break;
        case u':': out += names ? u"#58;"_s : u":"_s; break;
        case u',': out += kind == NameKind::Actor ? u"#44;"_s : u","_s; break;
        case u'}': out += kind == NameKind::Description ? u"#125;"_s : u"}"_s; break;
        case u'\n': out += kind == NameKind::Description ? u"\n"_s : u"<br>"_s; break;
        default: out += c;
        }
    }
    if (kind == NameKind::Task && !out.isEmpty()) {
        // A task line must not start like a statement, nor close a Markdown fence.
        static const QLatin1StringView keywords[]
            = {"journey"_L1, "title"_L1, "section"_L1, "acctitle"_L1, "accdescr"_L1};
        const bool keyword
            = std::any_of(std::begin(keywords), std::end(keywords), [&out](QLatin1StringView k) {
                  return out.startsWith(k, Qt::CaseInsensitive);
              });
        if (keyword || out.front() == u'`' || out.front() == u'~')
            out.replace(0, 1, u"#%1;"_s.arg(out.front().unicode()));
    }
    if ((kind == NameKind::Section || kind == NameKind::Task) && out.trimmed().isEmpty())
        return u"#32;"_s; // Mermaid needs a name; reads back as empty
    return out;
}

QString MermaidFormat::decode(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'#') {
            if (const qsizetype length = entityLength(text, i)) {
                if (const auto decoded = entityText(text.mid(i, length))) {
                    out += *decoded;
                    i += length - 1;
                    continue;
                }
            }
        } else if (c == u'<') {
            if (const qsizetype length = lineBreakLength(text, i)) {
                out += u'\n';
                i += length - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString MermaidFormat::shortName() const
{
    return u"mermaid"_s;
}

QString MermaidFormat::displayName() const
{
    return tr("Mermaid user journey");
}

QString MermaidFormat::nameFilter() const
{
    return u"*.mmd *.mermaid *.md"_s;
}

ImportResult MermaidFormat::read(const QByteArray &data, const ImportOptions &options) const
{
    ImportResult result;
    const QString &file = options.fileName;
    const Utf8Text decoded = decodeUtf8(data);
    if (decoded.badLine != 0) {
        result.addError(options, decoded.badLine, tr("the text is not UTF-8"));
        return result;
    }
    const QString &text = decoded.text;
    if (text.trimmed().isEmpty()) {
        result.errors << u"%1:1: %2"_s.arg(
            file, tr("the file is empty; expected a Mermaid user journey (\"journey\")"));
        return result;
    }
    const QStringList lines = splitLines(text);
    const std::vector<Block> blocks = mermaidBlocks(lines);
    Block chosen {0, lines.size()};
    if (!blocks.empty()) { // Markdown: the n-th ```mermaid block holding a journey
        std::vector<Block> journeys;
        std::copy_if(blocks.cbegin(), blocks.cend(), std::back_inserter(journeys),
                     [&lines](const Block &b) { return isJourneyBlock(lines, b); });
        if (journeys.empty()) {
            result.errors << u"%1: %2"_s.arg(
                file, tr("no ```mermaid block of this file holds a user journey (\"journey\")"));
            return result;
        }
        if (options.block > int(journeys.size())) {
            result.errors << u"%1: %2"_s.arg(file,
                                             tr("--block %1: the file has %n Mermaid "
                                                "journey block(s)",
                                                nullptr, int(journeys.size()))
                                                 .arg(options.block));
            return result;
        }
        chosen = journeys[size_t(std::max(1, options.block) - 1)];
    } else if (options.block > 1) {
        result.errors << u"%1: %2"_s.arg(
            file,
            tr("--block %1: the file is one Mermaid diagram, not Markdown with ```mermaid blocks")
                .arg(options.block));
        return result;
    }

    DiagramReader reader(lines, file, result);
    reader.parse(chosen.begin, chosen.end);
    if (!result.errors.isEmpty())
        return result;
    result.fragment = reader.build();
    return result;
}

ExportResult MermaidFormat::write(const Workspace &workspace, const ExportOptions &options) const
{
    const Journey *journey = nullptr;
    if (options.journey) {
        journey = workspace.journey(options.journey);
        if (!journey)
            return {{}, tr("the journey to export is not in the workspace")};
    } else if (workspace.journeys.size() == 1) {
        journey = &workspace.journeys.front();
    } else if (workspace.journeys.empty()) {
        return {{}, tr("the workspace has no journey to export")};
    } else {
        QStringList names;
        for (const Journey &j : workspace.journeys)
            names << j.name;
        return {{},
                tr("a Mermaid diagram holds one journey; choose one with --journey: %1")
                    .arg(names.join(u", "_s))};
    }
    const Persona *persona = workspace.persona(journey->personaId);
    return {exportJourney(*journey, persona ? persona->name : QString()).toUtf8(), {}};
}

} // namespace Parcours
