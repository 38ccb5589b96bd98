#include "formats/mermaidreader.h"

#include "formats/mermaiddiagram.h"
#include "formats/mermaidformat.h"
#include "formats/mermaidsyntax.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

using namespace MermaidSyntax;
using namespace MermaidDiagram;

namespace {

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

struct TaskParse
{
    std::optional<ParsedTask> task;
    QString error;
    QStringList warnings;
};

// Reads the lines [begin, end) of one diagram; messages name lines of the whole file. Its
// messages are MermaidFormat's (the context lupdate files them under, and the one looked up).
class DiagramReader
{
    Q_DECLARE_TR_FUNCTIONS(MermaidFormat)

public:
    DiagramReader(const QStringList &lines, const QString &fileName, ImportResult &result)
        : mLines(lines)
        , mFileName(fileName)
        , mResult(result)
    { }

    void parse(qsizetype begin, qsizetype end);
    const ParsedDiagram &diagram() const { return mDiagram; }

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
    static TaskParse parseTaskLine(const QString &line);
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
    QString mAccDescrText;
    int mAccDescrLine = 0;
    ParsedDiagram mDiagram;
    QSet<QString> mActors; // every actor named so far: each becomes a persona
    bool mTooManyActors = false;
};

// "Task name: SCORE[: actor, actor]", read as Mermaid does, or as the author meant when a
// colon in the name pushes the score further right.
TaskParse DiagramReader::parseTaskLine(const QString &line)
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
    if (task.name.contains(u'\n')) { // one task, one step of a one-line name
        task.name.replace(u'\n', u' ');
        result.warnings << tr("a line break (<br>) in a task name is imported as a space: each "
                              "task is a step, its name one line; imported as \"%1\"")
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
                mDiagram.frontMatterTitle = title.trimmed();
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
            mDiagram.description = readDescription(mAccDescrText);
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
        mDiagram.title = MermaidFormat::decode(title).trimmed();
    } else if (startsWithKey(text, "accTitle"_L1, u':', &rest)) {
        mDiagram.accTitle = MermaidFormat::decode(rest).trimmed();
    } else if (startsWithKey(text, "accDescr"_L1, u':', &rest)) {
        mDiagram.description = readDescription(rest);
    } else if (startsWithKey(text, "accDescr"_L1, u'{', &rest)) {
        const qsizetype close = rest.indexOf(u'}');
        if (close >= 0) {
            mDiagram.description = readDescription(rest.left(close));
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
        mDiagram.stages.push_back(stage);
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
    if (mDiagram.stages.empty()) { // tasks before the first section: an unnamed first stage
        ParsedStage stage;
        stage.line = line;
        mDiagram.stages.push_back(stage);
    }
    return mDiagram.stages.back();
}

void DiagramReader::addTask(const ParsedTask &task, const QString &text, int line)
{
    // Each actor becomes a persona: beyond these limits a file is a mistake, not a journey.
    if (task.actors.size() > MermaidFormat::maxActorsPerTask) {
        error(line,
              tr("%1 actors on one task; Parcours reads at most %2 (each actor becomes a persona)")
                  .arg(task.actors.size())
                  .arg(MermaidFormat::maxActorsPerTask));
        return;
    }
    for (const QString &actor : task.actors) {
        if (mTooManyActors || mActors.contains(actor))
            continue;
        if (mActors.size() == MermaidFormat::maxPersonas) {
            error(line,
                  tr("\"%1\" is actor number %2; Parcours reads at most %3 different actors from "
                     "one file (each actor becomes a persona)")
                      .arg(excerpt(actor))
                      .arg(MermaidFormat::maxPersonas + 1)
                      .arg(MermaidFormat::maxPersonas));
            mTooManyActors = true;
            break;
        }
        mActors.insert(actor);
    }
    ParsedStage &stage = currentStage(line);
    stage.tasks.push_back(task);
    stage.tasks.back().text = text;
    stage.statementLines << text;
}

void DiagramReader::meta(const QString &text, int line)
{
    if (text.startsWith(journeyMetaPrefix)) {
        if (!mDiagram.journeyMeta.isEmpty()) {
            warning(line, tr("a second \"%% parcours-journey\" line is ignored"));
            return;
        }
        mDiagram.journeyMeta = text.mid(journeyMetaPrefix.size());
        mDiagram.journeyMetaLine = line;
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

} // namespace

void readMermaidDiagram(const QStringList &lines, qsizetype begin, qsizetype end,
                        const QString &fileName, ImportResult &result)
{
    DiagramReader reader(lines, fileName, result);
    reader.parse(begin, end);
    if (result.errors.isEmpty())
        result.fragment = buildJourney(reader.diagram(), fileName, result.warnings);
}

} // namespace Parcours
